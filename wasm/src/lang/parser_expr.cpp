// parser_expr.cpp — expression rules of CPython 3.11's grammar: operators,
// primaries, atoms, displays and comprehensions, call arguments, lambda.
// (Function parameters are in parser_params.cpp, targets in
// parser_target.cpp.)
#include "lang/parser_impl.h"

namespace il::lang::detail {

using ast::ExprCtx;
using ast::OpKind;

// Memoization around a rule body, as pegen generates it.
#define MEMOIZED(RULE, BODY)                               \
  RULE_ENTER();                                            \
  int m_ = mark;                                           \
  void* memo_;                                             \
  if (memo_get(Memo::RULE, &memo_)) return (Expr*)memo_;   \
  if (error_indicator) return nullptr;                     \
  Expr* r_ = BODY;                                         \
  if (!r_) mark = m_;                                      \
  if (error_indicator) return nullptr;                     \
  memo_put(m_, Memo::RULE, r_);                            \
  return r_

// expressions:
//     | expression (',' expression)+ [',']
//     | expression ','
//     | expression
Expr* Parser::expressions() {
  RULE_ENTER();
  int m = mark;
  if (!peek_tok()) return nullptr;
  Expr* a = expression();
  if (!a) return nullptr;
  std::vector<Expr*> elts{a};
  for (;;) {
    int m2 = mark;
    if (expect(T::Comma)) {
      if (Expr* c = expression()) {
        elts.push_back(c);
        continue;
      }
    }
    mark = m2;
    break;
  }
  if (error_indicator) return nullptr;
  if (elts.size() > 1) {
    expect(T::Comma);
  } else if (!expect(T::Comma)) {
    return a;
  }
  Expr* t = new_expr(ExprKind::Tuple, extra(m));
  t->values = std::move(elts);
  return t;
}

// expression (memo):
//     | invalid_expression
//     | invalid_legacy_expression
//     | disjunction 'if' disjunction 'else' expression
//     | disjunction
//     | lambdef
Expr* Parser::expression() { MEMOIZED(Expression, expression_uncached()); }

Expr* Parser::expression_uncached() {
  int m = mark;
  if (call_invalid_rules) {
    invalid_expression();
    mark = m;
    if (error_indicator) return nullptr;
    invalid_legacy_expression();
    mark = m;
    if (error_indicator) return nullptr;
  }
  if (Expr* a = disjunction()) {
    int m2 = mark;
    if (expect(T::KwIf)) {
      if (Expr* b = disjunction()) {
        if (expect(T::KwElse)) {
          if (Expr* c = expression()) {
            Expr* e = new_expr(ExprKind::IfExp, extra(m));
            e->left = b;
            e->right = a;
            e->third = c;
            return e;
          }
        }
      }
    }
    if (error_indicator) return nullptr;
    mark = m2;
    return a;
  }
  if (error_indicator) return nullptr;
  mark = m;
  return lambdef();
}

// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
Expr* Parser::yield_expr() {
  RULE_ENTER();
  int m = mark;
  if (!expect(T::KwYield)) return nullptr;
  if (expect(T::KwFrom)) {
    if (Expr* a = expression()) {
      Expr* e = new_expr(ExprKind::YieldFrom, extra(m));
      e->left = a;
      return e;
    }
  }
  if (error_indicator) return nullptr;
  mark = m + 1;
  Expr* a = star_expressions();
  if (!a) {
    if (error_indicator) return nullptr;
    mark = m + 1;
  }
  Expr* e = new_expr(ExprKind::Yield, extra(m));
  e->left = a;
  return e;
}

// star_expressions:
//     | star_expression (',' star_expression)+ [',']
//     | star_expression ','
//     | star_expression
Expr* Parser::star_expressions() {
  RULE_ENTER();
  int m = mark;
  if (!peek_tok()) return nullptr;
  Expr* a = star_expression();
  if (!a) return nullptr;
  std::vector<Expr*> elts{a};
  for (;;) {
    int m2 = mark;
    if (expect(T::Comma)) {
      if (Expr* c = star_expression()) {
        elts.push_back(c);
        continue;
      }
    }
    mark = m2;
    break;
  }
  if (error_indicator) return nullptr;
  if (elts.size() > 1) {
    expect(T::Comma);
  } else if (!expect(T::Comma)) {
    return a;
  }
  Expr* t = new_expr(ExprKind::Tuple, extra(m));
  t->values = std::move(elts);
  return t;
}

// star_expression (memo): '*' bitwise_or | expression
Expr* Parser::star_expression() {
  RULE_ENTER();
  int m = mark;
  void* memo;
  if (memo_get(Memo::StarExpression, &memo)) return (Expr*)memo;
  if (error_indicator) return nullptr;
  Expr* r = nullptr;
  if (expect(T::Star)) {
    if (Expr* a = bitwise_or()) {
      r = new_expr(ExprKind::Starred, extra(m));
      r->left = a;
    }
  }
  if (!r && !error_indicator) {
    mark = m;
    r = expression();
  }
  if (!r) mark = m;
  if (error_indicator) return nullptr;
  memo_put(m, Memo::StarExpression, r);
  return r;
}

// star_named_expressions: ','.star_named_expression+ [',']
bool Parser::star_named_expressions(std::vector<Expr*>& out) {
  RULE_ENTER();
  Expr* a = star_named_expression();
  if (!a) return false;
  out.push_back(a);
  for (;;) {
    int m = mark;
    if (expect(T::Comma)) {
      if (Expr* b = star_named_expression()) {
        out.push_back(b);
        continue;
      }
    }
    mark = m;
    break;
  }
  if (error_indicator) return false;
  expect(T::Comma);
  return !error_indicator;
}

// star_named_expression: '*' bitwise_or | named_expression
Expr* Parser::star_named_expression() {
  RULE_ENTER();
  int m = mark;
  if (!peek_tok()) return nullptr;
  if (expect(T::Star)) {
    if (Expr* a = bitwise_or()) {
      Expr* e = new_expr(ExprKind::Starred, extra(m));
      e->left = a;
      return e;
    }
  }
  if (error_indicator) return nullptr;
  mark = m;
  return named_expression();
}

// assignment_expression: NAME ':=' ~ expression
Expr* Parser::assignment_expression() {
  RULE_ENTER();
  int m = mark;
  if (!peek_tok()) return nullptr;
  const Token* a = expect_name();
  if (!a || !expect(T::ColonEqual)) {
    mark = m;
    return nullptr;
  }
  Expr* b = expression();
  if (!b) {
    mark = m;
    return nullptr;
  }
  Expr* e = new_expr(ExprKind::NamedExpr, extra(m));
  e->left = name_expr(a, ExprCtx::Store);
  e->right = b;
  return e;
}

// named_expression:
//     | assignment_expression
//     | invalid_named_expression
//     | expression !':='
Expr* Parser::named_expression() {
  RULE_ENTER();
  int m = mark;
  if (Expr* e = assignment_expression()) return e;
  mark = m;
  if (error_indicator) return nullptr;
  if (call_invalid_rules) {
    invalid_named_expression();
    mark = m;
    if (error_indicator) return nullptr;
  }
  Expr* e = expression();
  if (e && !check(T::ColonEqual) && !error_indicator) return e;
  mark = m;
  return nullptr;
}

// disjunction (memo): conjunction ('or' conjunction)+ | conjunction
Expr* Parser::disjunction() {
  RULE_ENTER();
  int m = mark;
  void* memo;
  if (memo_get(Memo::Disjunction, &memo)) return (Expr*)memo;
  if (error_indicator) return nullptr;
  Expr* r = conjunction();
  if (r) {
    std::vector<Expr*> values{r};
    for (;;) {
      int m2 = mark;
      if (expect(T::KwOr)) {
        if (Expr* c = conjunction()) {
          values.push_back(c);
          continue;
        }
      }
      mark = m2;
      break;
    }
    if (values.size() > 1 && !error_indicator) {
      r = new_expr(ExprKind::BoolOp, extra(m));
      r->boolop = ast::BoolOpKind::Or;
      r->values = std::move(values);
    }
  }
  if (!r) mark = m;
  if (error_indicator) return nullptr;
  memo_put(m, Memo::Disjunction, r);
  return r;
}

// conjunction: inversion ('and' inversion)+ | inversion
Expr* Parser::conjunction() {
  RULE_ENTER();
  int m = mark;
  Expr* a = inversion();
  if (!a) return nullptr;
  std::vector<Expr*> values{a};
  for (;;) {
    int m2 = mark;
    if (expect(T::KwAnd)) {
      if (Expr* c = inversion()) {
        values.push_back(c);
        continue;
      }
    }
    mark = m2;
    break;
  }
  if (error_indicator) return nullptr;
  if (values.size() == 1) return a;
  Expr* e = new_expr(ExprKind::BoolOp, extra(m));
  e->boolop = ast::BoolOpKind::And;
  e->values = std::move(values);
  return e;
}

// inversion: 'not' inversion | comparison
Expr* Parser::inversion() {
  RULE_ENTER();
  int m = mark;
  if (!peek_tok()) return nullptr;
  if (expect(T::KwNot)) {
    if (Expr* a = inversion()) {
      Expr* e = new_expr(ExprKind::UnaryOp, extra(m));
      e->unaryop = ast::UnaryKind::Not;
      e->left = a;
      return e;
    }
    if (error_indicator) return nullptr;
    mark = m;
  }
  return comparison();
}

// comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
// The pairs are tried in the grammar's order: '==' '!=' '<=' '<' '>=' '>'
// 'not' 'in', 'in', 'is' 'not', 'is'. "<>" is a NOTEQUAL token that never
// matches (pegen's barry_as_FLUFL check).
Expr* Parser::comparison() {
  RULE_ENTER();
  int m = mark;
  Expr* a = bitwise_or();
  if (!a) return nullptr;
  std::vector<ast::CmpKind> ops;
  std::vector<Expr*> comparators;
  using ast::CmpKind;
  for (;;) {
    int m2 = mark;
    const Token* t = peek_tok();
    if (!t) return nullptr;
    CmpKind op = CmpKind::Eq;
    bool ok = true;
    switch (t->type) {
      case T::EqEqual: op = CmpKind::Eq; mark++; break;
      case T::NotEqual:
        ok = text(t) == "!=";
        op = CmpKind::NotEq;
        if (ok) mark++;
        break;
      case T::LessEqual: op = CmpKind::LtE; mark++; break;
      case T::Less: op = CmpKind::Lt; mark++; break;
      case T::GreaterEqual: op = CmpKind::GtE; mark++; break;
      case T::Greater: op = CmpKind::Gt; mark++; break;
      case T::KwNot:
        mark++;
        ok = expect(T::KwIn) != nullptr;
        op = CmpKind::NotIn;
        break;
      case T::KwIn: op = CmpKind::In; mark++; break;
      case T::KwIs:
        mark++;
        op = CmpKind::Is;
        if (expect(T::KwNot)) {
          // 'is' 'not' bitwise_or, else 'is' bitwise_or (which then fails on 'not')
          op = CmpKind::IsNot;
        }
        break;
      default: ok = false; break;
    }
    if (!ok || error_indicator) {
      mark = m2;
      break;
    }
    Expr* b = bitwise_or();
    if (!b) {
      mark = m2;
      break;
    }
    ops.push_back(op);
    comparators.push_back(b);
  }
  if (error_indicator) return nullptr;
  if (ops.empty()) return a;
  Expr* e = new_expr(ExprKind::Compare, extra(m));
  e->left = a;
  e->ops = std::move(ops);
  e->values = std::move(comparators);
  return e;
}

namespace {
// Binary operators from bitwise_or (level 0) to term (level 5); -1: none.
int binop_level(T t, OpKind* op) {
  switch (t) {
    case T::VBar: *op = OpKind::BitOr; return 0;
    case T::Circumflex: *op = OpKind::BitXor; return 1;
    case T::Amper: *op = OpKind::BitAnd; return 2;
    case T::LeftShift: *op = OpKind::LShift; return 3;
    case T::RightShift: *op = OpKind::RShift; return 3;
    case T::Plus: *op = OpKind::Add; return 4;
    case T::Minus: *op = OpKind::Sub; return 4;
    case T::Star: *op = OpKind::Mult; return 5;
    case T::Slash: *op = OpKind::Div; return 5;
    case T::DoubleSlash: *op = OpKind::FloorDiv; return 5;
    case T::Percent: *op = OpKind::Mod; return 5;
    case T::At: *op = OpKind::MatMult; return 5;
    default: return -1;
  }
}
}  // namespace

// bitwise_or (memo, left-recursive) down to term: the six left-recursive
// binary-operator rules (bitwise_or, bitwise_xor, bitwise_and, shift_expr,
// sum, term), done by precedence climbing. Each rule only ever looks at the
// token after an operand, and an operator whose right operand fails to parse
// is left unconsumed, exactly as the PEG rules behave; this form just needs
// far fewer C++ frames per nesting level.
Expr* Parser::bitwise_or() { MEMOIZED(BitwiseOr, binary_ops(0)); }

Expr* Parser::binary_ops(int min_level) {
  RULE_ENTER();
  int m = mark;
  Expr* left = factor();
  if (!left) return nullptr;
  for (;;) {
    const Token* t = peek_tok();
    if (!t) return nullptr;
    OpKind op = OpKind::Add;
    int level = binop_level(t->type, &op);
    if (level < min_level) break;
    int m2 = mark;
    mark++;
    Expr* right = binary_ops(level + 1);
    if (!right) {
      if (error_indicator) return nullptr;
      mark = m2;
      break;
    }
    Expr* e = new_expr(ExprKind::BinOp, extra(m));
    e->left = left;
    e->op = op;
    e->right = right;
    left = e;
  }
  return left;
}

// factor (memo): '+' factor | '-' factor | '~' factor | power
Expr* Parser::factor() {
  RULE_ENTER();
  int m = mark;
  const Token* t = peek_tok();
  if (!t) return nullptr;
  ast::UnaryKind k;
  switch (t->type) {
    case T::Plus: k = ast::UnaryKind::UAdd; break;
    case T::Minus: k = ast::UnaryKind::USub; break;
    case T::Tilde: k = ast::UnaryKind::Invert; break;
    default: return power();
  }
  mark++;
  Expr* a = factor();
  if (!a) {
    mark = m;
    return nullptr;
  }
  Expr* e = new_expr(ExprKind::UnaryOp, extra(m));
  e->unaryop = k;
  e->left = a;
  return e;
}

// power: await_primary '**' factor | await_primary
Expr* Parser::power() {
  RULE_ENTER();
  int m = mark;
  Expr* a = await_primary();
  if (!a) return nullptr;
  int m2 = mark;
  if (expect(T::DoubleStar)) {
    if (Expr* b = factor()) {
      Expr* e = new_expr(ExprKind::BinOp, extra(m));
      e->left = a;
      e->op = OpKind::Pow;
      e->right = b;
      return e;
    }
  }
  if (error_indicator) return nullptr;
  mark = m2;
  return a;
}

// await_primary (memo): AWAIT primary | primary
Expr* Parser::await_primary() {
  RULE_ENTER();
  int m = mark;
  if (!peek_tok()) return nullptr;
  if (expect(T::KwAwait)) {
    if (Expr* a = primary()) {
      Expr* e = new_expr(ExprKind::Await, extra(m));
      e->left = a;
      return e;
    }
    if (error_indicator) return nullptr;
    mark = m;
  }
  return primary();
}

// primary (left-recursive):
//     | primary '.' NAME
//     | primary genexp
//     | primary '(' [arguments] ')'
//     | primary '[' slices ']'
//     | atom
Expr* Parser::primary() {
  RULE_ENTER();
  int m = mark;
  Expr* a = atom();
  if (!a) return nullptr;
  for (;;) {
    int m2 = mark;
    if (expect(T::Dot)) {
      if (const Token* b = expect_name()) {
        Expr* e = new_expr(ExprKind::Attribute, extra(m));
        e->left = a;
        e->name = std::string(text(b));
        a = e;
        continue;
      }
    }
    mark = m2;
    if (error_indicator) return nullptr;
    if (Expr* g = genexp()) {
      Expr* e = new_expr(ExprKind::Call, extra(m));
      e->left = a;
      e->values.push_back(g);
      a = e;
      continue;
    }
    mark = m2;
    if (error_indicator) return nullptr;
    if (expect(T::LPar)) {
      int m3 = mark;
      Expr* b = arguments();
      if (!b) {
        if (error_indicator) return nullptr;
        mark = m3;
      }
      if (expect(T::RPar)) {
        Expr* e = new_expr(ExprKind::Call, extra(m));
        e->left = a;
        if (b) {
          e->values = b->values;
          e->keywords = b->keywords;
        }
        a = e;
        continue;
      }
    }
    mark = m2;
    if (error_indicator) return nullptr;
    if (expect(T::LSqb)) {
      Expr* b = slices();
      if (b && expect(T::RSqb)) {
        Expr* e = new_expr(ExprKind::Subscript, extra(m));
        e->left = a;
        e->right = b;
        a = e;
        continue;
      }
    }
    mark = m2;
    if (error_indicator) return nullptr;
    break;
  }
  return a;
}

// slices:
//     | slice !','
//     | ','.(slice | starred_expression)+ [',']
Expr* Parser::slices() {
  RULE_ENTER();
  int m = mark;
  if (!peek_tok()) return nullptr;
  Expr* a = slice();
  if (a && !check(T::Comma) && !error_indicator) return a;
  if (error_indicator) return nullptr;
  mark = m;
  std::vector<Expr*> elts;
  for (;;) {
    int m2 = mark;
    if (!elts.empty() && !expect(T::Comma)) break;
    int m3 = mark;
    Expr* e = slice();
    if (!e && !error_indicator) {
      mark = m3;
      e = starred_expression();
    }
    if (!e) {
      mark = m2;
      break;
    }
    elts.push_back(e);
  }
  if (error_indicator || elts.empty()) {
    mark = m;
    return nullptr;
  }
  expect(T::Comma);
  Expr* t = new_expr(ExprKind::Tuple, extra(m));
  t->values = std::move(elts);
  return t;
}

// slice:
//     | [expression] ':' [expression] [':' [expression]]
//     | named_expression
Expr* Parser::slice() {
  RULE_ENTER();
  int m = mark;
  if (!peek_tok()) return nullptr;
  {
    Expr* a = expression();
    if (!a) {
      if (error_indicator) return nullptr;
      mark = m;
    }
    if (expect(T::Colon)) {
      int m2 = mark;
      Expr* b = expression();
      if (!b) {
        if (error_indicator) return nullptr;
        mark = m2;
      }
      Expr* c = nullptr;
      int m3 = mark;
      if (expect(T::Colon)) {
        int m4 = mark;
        c = expression();
        if (!c) {
          if (error_indicator) return nullptr;
          mark = m4;
        }
      } else {
        mark = m3;
      }
      if (error_indicator) return nullptr;
      Expr* e = new_expr(ExprKind::Slice, extra(m));
      e->left = a;
      e->right = b;
      e->third = c;
      return e;
    }
  }
  if (error_indicator) return nullptr;
  mark = m;
  return named_expression();
}

// atom:
//     | NAME | 'True' | 'False' | 'None' | &STRING strings | NUMBER
//     | &'(' (tuple | group | genexp)
//     | &'[' (list | listcomp)
//     | &'{' (dict | set | dictcomp | setcomp)
//     | '...'
Expr* Parser::atom() {
  RULE_ENTER();
  int m = mark;
  const Token* t = peek_tok();
  if (!t) return nullptr;
  switch (t->type) {
    case T::Name:
      mark++;
      return name_expr(t);
    case T::KwTrue:
    case T::KwFalse:
    case T::KwNone:
    case T::Ellipsis: {
      mark++;
      Expr* e = new_expr(ExprKind::Constant, extra(m));
      e->const_kind = t->type == T::KwTrue    ? ast::ConstKind::True
                      : t->type == T::KwFalse ? ast::ConstKind::False
                      : t->type == T::KwNone  ? ast::ConstKind::None
                                              : ast::ConstKind::Ellipsis;
      return e;
    }
    case T::String:
      return strings();
    case T::Number:
      mark++;
      return number_expr(t);
    case T::LPar: {
      Expr* (Parser::*alts[])() = {&Parser::tuple, &Parser::group, &Parser::genexp};
      for (auto alt : alts) {
        if (Expr* e = (this->*alt)()) return e;
        mark = m;
        if (error_indicator) return nullptr;
      }
      return nullptr;
    }
    case T::LSqb: {
      Expr* (Parser::*alts[])() = {&Parser::list, &Parser::listcomp};
      for (auto alt : alts) {
        if (Expr* e = (this->*alt)()) return e;
        mark = m;
        if (error_indicator) return nullptr;
      }
      return nullptr;
    }
    case T::LBrace: {
      Expr* (Parser::*alts[])() = {&Parser::dict, &Parser::set, &Parser::dictcomp,
                                   &Parser::setcomp};
      for (auto alt : alts) {
        if (Expr* e = (this->*alt)()) return e;
        mark = m;
        if (error_indicator) return nullptr;
      }
      return nullptr;
    }
    default:
      return nullptr;
  }
}

// group: '(' (yield_expr | named_expression) ')' | invalid_group
Expr* Parser::group() {
  RULE_ENTER();
  int m = mark;
  if (expect(T::LPar)) {
    Expr* a = yield_expr();
    if (!a && !error_indicator) a = named_expression();
    if (a && expect(T::RPar)) return a;
  }
  mark = m;
  if (error_indicator) return nullptr;
  if (call_invalid_rules) {
    invalid_group();
    mark = m;
  }
  return nullptr;
}

// lambdef: 'lambda' [lambda_params] ':' expression
Expr* Parser::lambdef() {
  RULE_ENTER();
  int m = mark;
  if (!expect(T::KwLambda)) return nullptr;
  int m2 = mark;
  ast::Arguments* a = lambda_params();
  if (!a) {
    if (error_indicator) return nullptr;
    mark = m2;
  }
  if (!expect(T::Colon)) {
    mark = m;
    return nullptr;
  }
  Expr* b = expression();
  if (!b) {
    mark = m;
    return nullptr;
  }
  Expr* e = new_expr(ExprKind::Lambda, extra(m));
  e->args = a ? a : empty_arguments();
  e->left = b;
  return e;
}

// strings (memo): STRING+
Expr* Parser::strings() {
  RULE_ENTER();
  int m = mark;
  void* memo;
  if (memo_get(Memo::Strings, &memo)) return (Expr*)memo;
  if (error_indicator) return nullptr;
  std::vector<const Token*> toks;
  while (const Token* t = expect(T::String)) toks.push_back(t);
  Expr* r = nullptr;
  if (!toks.empty() && !error_indicator) r = concatenate_strings(toks);
  if (!r) mark = m;
  if (error_indicator) return nullptr;
  memo_put(m, Memo::Strings, r);
  return r;
}

// list: '[' [star_named_expressions] ']'
Expr* Parser::list() {
  RULE_ENTER();
  int m = mark;
  if (!expect(T::LSqb)) return nullptr;
  std::vector<Expr*> elts;
  int m2 = mark;
  if (!star_named_expressions(elts)) {
    if (error_indicator) return nullptr;
    elts.clear();
    mark = m2;
  }
  if (!expect(T::RSqb)) {
    mark = m;
    return nullptr;
  }
  Expr* e = new_expr(ExprKind::List, extra(m));
  e->values = std::move(elts);
  return e;
}

// tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
Expr* Parser::tuple() {
  RULE_ENTER();
  int m = mark;
  if (!expect(T::LPar)) return nullptr;
  std::vector<Expr*> elts;
  int m2 = mark;
  if (Expr* y = star_named_expression()) {
    if (expect(T::Comma)) {
      elts.push_back(y);
      int m3 = mark;
      if (!star_named_expressions(elts)) {
        if (error_indicator) return nullptr;
        elts.resize(1);
        mark = m3;
      }
    } else {
      mark = m2;
    }
  } else {
    mark = m2;
  }
  if (error_indicator) return nullptr;
  if (!expect(T::RPar)) {
    mark = m;
    return nullptr;
  }
  Expr* e = new_expr(ExprKind::Tuple, extra(m));
  e->values = std::move(elts);
  return e;
}

// set: '{' star_named_expressions '}'
Expr* Parser::set() {
  RULE_ENTER();
  int m = mark;
  if (!expect(T::LBrace)) return nullptr;
  std::vector<Expr*> elts;
  if (!star_named_expressions(elts) || !expect(T::RBrace)) {
    mark = m;
    return nullptr;
  }
  Expr* e = new_expr(ExprKind::Set, extra(m));
  e->values = std::move(elts);
  return e;
}

// dict:
//     | '{' [double_starred_kvpairs] '}'
//     | '{' invalid_double_starred_kvpairs '}'
Expr* Parser::dict() {
  RULE_ENTER();
  int m = mark;
  if (!expect(T::LBrace)) return nullptr;
  std::vector<Expr*> keys, values;
  int m2 = mark;
  if (!double_starred_kvpairs(keys, values)) {
    if (error_indicator) return nullptr;
    keys.clear();
    values.clear();
    mark = m2;
  }
  if (expect(T::RBrace)) {
    Expr* e = new_expr(ExprKind::Dict, extra(m));
    e->keys = std::move(keys);
    e->values = std::move(values);
    return e;
  }
  mark = m;
  if (error_indicator) return nullptr;
  if (call_invalid_rules && expect(T::LBrace)) {
    if (invalid_double_starred_kvpairs()) expect(T::RBrace);
  }
  mark = m;
  return nullptr;
}

// double_starred_kvpairs: ','.double_starred_kvpair+ [',']
bool Parser::double_starred_kvpairs(std::vector<Expr*>& keys, std::vector<Expr*>& values) {
  RULE_ENTER();
  Expr *k, *v;
  if (!double_starred_kvpair(&k, &v)) return false;
  keys.push_back(k);
  values.push_back(v);
  for (;;) {
    int m = mark;
    if (expect(T::Comma) && double_starred_kvpair(&k, &v)) {
      keys.push_back(k);
      values.push_back(v);
      continue;
    }
    mark = m;
    break;
  }
  if (error_indicator) return false;
  expect(T::Comma);
  return !error_indicator;
}

// double_starred_kvpair: '**' bitwise_or | kvpair
bool Parser::double_starred_kvpair(Expr** key, Expr** value) {
  RULE_ENTER();
  int m = mark;
  if (expect(T::DoubleStar)) {
    if (Expr* a = bitwise_or()) {
      *key = nullptr;
      *value = a;
      return true;
    }
  }
  mark = m;
  if (error_indicator) return false;
  return kvpair(key, value);
}

// kvpair: expression ':' expression
bool Parser::kvpair(Expr** key, Expr** value) {
  RULE_ENTER();
  int m = mark;
  Expr* a = expression();
  if (a && expect(T::Colon)) {
    if (Expr* b = expression()) {
      *key = a;
      *value = b;
      return true;
    }
  }
  mark = m;
  return false;
}

// for_if_clauses: for_if_clause+
bool Parser::for_if_clauses(std::vector<ast::Comprehension>& out) {
  RULE_ENTER();
  for (;;) {
    int m = mark;
    ast::Comprehension c;
    if (!for_if_clause(c)) {
      mark = m;
      break;
    }
    out.push_back(std::move(c));
  }
  return !error_indicator && !out.empty();
}

// for_if_clause:
//     | ASYNC 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
//     | 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
//     | invalid_for_target
bool Parser::for_if_clause(ast::Comprehension& out) {
  RULE_ENTER();
  int m = mark;
  for (int alt = 0; alt < 2; alt++) {
    mark = m;
    bool is_async = alt == 0;
    if (is_async && !expect(T::KwAsync)) continue;
    if (!expect(T::KwFor)) continue;
    Expr* a = star_targets();
    if (!a || !expect(T::KwIn)) continue;
    Expr* b = disjunction();
    if (!b) {  // the cut
      mark = m;
      return false;
    }
    std::vector<Expr*> ifs;
    for (;;) {
      int m2 = mark;
      if (expect(T::KwIf)) {
        if (Expr* z = disjunction()) {
          ifs.push_back(z);
          continue;
        }
      }
      mark = m2;
      break;
    }
    if (error_indicator) return false;
    out.target = a;
    out.iter = b;
    out.ifs = std::move(ifs);
    out.is_async = is_async;
    return true;
  }
  mark = m;
  if (error_indicator) return false;
  if (call_invalid_rules) {
    invalid_for_target();
    mark = m;
  }
  return false;
}

// listcomp: '[' named_expression for_if_clauses ']' | invalid_comprehension
Expr* Parser::listcomp() {
  RULE_ENTER();
  int m = mark;
  if (expect(T::LSqb)) {
    if (Expr* a = named_expression()) {
      std::vector<ast::Comprehension> gens;
      if (for_if_clauses(gens) && expect(T::RSqb)) {
        Expr* e = new_expr(ExprKind::ListComp, extra(m));
        e->left = a;
        e->generators = std::move(gens);
        return e;
      }
    }
  }
  mark = m;
  if (error_indicator) return nullptr;
  if (call_invalid_rules) {
    invalid_comprehension();
    mark = m;
  }
  return nullptr;
}

// setcomp: '{' named_expression for_if_clauses '}' | invalid_comprehension
Expr* Parser::setcomp() {
  RULE_ENTER();
  int m = mark;
  if (expect(T::LBrace)) {
    if (Expr* a = named_expression()) {
      std::vector<ast::Comprehension> gens;
      if (for_if_clauses(gens) && expect(T::RBrace)) {
        Expr* e = new_expr(ExprKind::SetComp, extra(m));
        e->left = a;
        e->generators = std::move(gens);
        return e;
      }
    }
  }
  mark = m;
  if (error_indicator) return nullptr;
  if (call_invalid_rules) {
    invalid_comprehension();
    mark = m;
  }
  return nullptr;
}

// genexp:
//     | '(' (assignment_expression | expression !':=') for_if_clauses ')'
//     | invalid_comprehension
Expr* Parser::genexp() {
  RULE_ENTER();
  int m = mark;
  if (expect(T::LPar)) {
    int m2 = mark;
    Expr* a = assignment_expression();
    if (!a && !error_indicator) {
      mark = m2;
      a = expression();
      if (a && check(T::ColonEqual)) a = nullptr;
    }
    if (a && !error_indicator) {
      std::vector<ast::Comprehension> gens;
      if (for_if_clauses(gens) && expect(T::RPar)) {
        Expr* e = new_expr(ExprKind::GeneratorExp, extra(m));
        e->left = a;
        e->generators = std::move(gens);
        return e;
      }
    }
  }
  mark = m;
  if (error_indicator) return nullptr;
  if (call_invalid_rules) {
    invalid_comprehension();
    mark = m;
  }
  return nullptr;
}

// dictcomp: '{' kvpair for_if_clauses '}' | invalid_dict_comprehension
Expr* Parser::dictcomp() {
  RULE_ENTER();
  int m = mark;
  if (expect(T::LBrace)) {
    Expr *k, *v;
    if (kvpair(&k, &v)) {
      std::vector<ast::Comprehension> gens;
      if (for_if_clauses(gens) && expect(T::RBrace)) {
        Expr* e = new_expr(ExprKind::DictComp, extra(m));
        e->left = k;
        e->right = v;
        e->generators = std::move(gens);
        return e;
      }
    }
  }
  mark = m;
  if (error_indicator) return nullptr;
  if (call_invalid_rules) {
    invalid_dict_comprehension();
    mark = m;
  }
  return nullptr;
}

// arguments (memo): args [','] &')' | invalid_arguments
// The result is a Call node used only as a carrier of args and keywords.
Expr* Parser::arguments() {
  RULE_ENTER();
  int m = mark;
  void* memo;
  if (memo_get(Memo::Arguments, &memo)) return (Expr*)memo;
  if (error_indicator) return nullptr;
  Expr* r = args();
  if (r) {
    expect(T::Comma);
    if (!check(T::RPar)) r = nullptr;
  }
  if (!r && !error_indicator && call_invalid_rules) {
    mark = m;
    invalid_arguments();
  }
  if (!r) mark = m;
  if (error_indicator) return nullptr;
  memo_put(m, Memo::Arguments, r);
  return r;
}

// args:
//     | ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ [',' kwargs]
//     | kwargs
// The gather ','.(starred_expression | (assignment_expression | expression !':=') !'=')+
bool Parser::positional_args(std::vector<Expr*>& pos) {
  for (;;) {
    int m2 = mark;
    if (!pos.empty() && !expect(T::Comma)) break;
    int m3 = mark;
    Expr* e = starred_expression();
    if (!e && !error_indicator) {
      mark = m3;
      e = assignment_expression();
      if (!e && !error_indicator) {
        mark = m3;
        e = expression();
        if (e && check(T::ColonEqual)) e = nullptr;
      }
      if (e && check(T::Equal)) e = nullptr;
    }
    if (error_indicator) return false;
    if (!e) {
      mark = m2;
      break;
    }
    pos.push_back(e);
  }
  return !error_indicator && !pos.empty();
}

Expr* Parser::args() {
  RULE_ENTER();
  int m = mark;
  if (!peek_tok()) return nullptr;
  std::vector<Expr*> pos;
  positional_args(pos);
  if (error_indicator) return nullptr;
  if (!pos.empty()) {
    std::vector<KeywordOrStarred> kw;
    int m2 = mark;
    if (!(expect(T::Comma) && kwargs(kw))) {
      if (error_indicator) return nullptr;
      kw.clear();
      mark = m2;
    }
    Expr* call = new_expr(ExprKind::Call, extra(m));
    call->values = std::move(pos);
    for (auto& k : kw) {
      if (k.starred) call->values.push_back(k.starred);
    }
    for (auto& k : kw) {
      if (!k.starred) call->keywords.push_back(std::move(k.keyword));
    }
    return call;
  }
  mark = m;
  std::vector<KeywordOrStarred> kw;
  if (!kwargs(kw)) {
    mark = m;
    return nullptr;
  }
  Expr* call = new_expr(ExprKind::Call, extra(m));
  for (auto& k : kw) {
    if (k.starred) call->values.push_back(k.starred);
  }
  for (auto& k : kw) {
    if (!k.starred) call->keywords.push_back(std::move(k.keyword));
  }
  return call;
}

// kwargs:
//     | ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+
//     | ','.kwarg_or_starred+
//     | ','.kwarg_or_double_starred+
bool Parser::kwargs(std::vector<KeywordOrStarred>& out) {
  RULE_ENTER();
  int m = mark;
  auto gather = [this](bool double_starred, std::vector<KeywordOrStarred>& v) {
    for (;;) {
      int m2 = mark;
      if (!v.empty() && !expect(T::Comma)) break;
      KeywordOrStarred k;
      bool ok = double_starred ? kwarg_or_double_starred(k) : kwarg_or_starred(k);
      if (!ok) {
        mark = m2;
        break;
      }
      v.push_back(std::move(k));
    }
    return !error_indicator && !v.empty();
  };
  std::vector<KeywordOrStarred> a;
  if (gather(false, a)) {
    int m2 = mark;
    std::vector<KeywordOrStarred> b;
    if (expect(T::Comma) && gather(true, b)) {
      out = std::move(a);
      for (auto& k : b) out.push_back(std::move(k));
      return true;
    }
    if (error_indicator) return false;
    mark = m2;
    out = std::move(a);
    return true;
  }
  if (error_indicator) return false;
  mark = m;
  std::vector<KeywordOrStarred> b;
  if (gather(true, b)) {
    out = std::move(b);
    return true;
  }
  mark = m;
  return false;
}

// starred_expression: '*' expression
Expr* Parser::starred_expression() {
  RULE_ENTER();
  int m = mark;
  if (!expect(T::Star)) return nullptr;
  Expr* a = expression();
  if (!a) {
    mark = m;
    return nullptr;
  }
  Expr* e = new_expr(ExprKind::Starred, extra(m));
  e->left = a;
  return e;
}

// kwarg_or_starred: invalid_kwarg | NAME '=' expression | starred_expression
bool Parser::kwarg_or_starred(KeywordOrStarred& out) {
  RULE_ENTER();
  int m = mark;
  if (!peek_tok()) return false;
  if (call_invalid_rules) {
    invalid_kwarg();
    mark = m;
    if (error_indicator) return false;
  }
  if (const Token* a = expect_name()) {
    if (expect(T::Equal)) {
      if (Expr* b = expression()) {
        out.keyword.arg = std::string(text(a));
        out.keyword.value = b;
        out.keyword.pos = extra(m);
        out.starred = nullptr;
        return true;
      }
    }
  }
  mark = m;
  if (error_indicator) return false;
  if (Expr* a = starred_expression()) {
    out.starred = a;
    return true;
  }
  mark = m;
  return false;
}

// kwarg_or_double_starred: invalid_kwarg | NAME '=' expression | '**' expression
bool Parser::kwarg_or_double_starred(KeywordOrStarred& out) {
  RULE_ENTER();
  int m = mark;
  if (!peek_tok()) return false;
  if (call_invalid_rules) {
    invalid_kwarg();
    mark = m;
    if (error_indicator) return false;
  }
  if (const Token* a = expect_name()) {
    if (expect(T::Equal)) {
      if (Expr* b = expression()) {
        out.keyword.arg = std::string(text(a));
        out.keyword.value = b;
        out.keyword.pos = extra(m);
        out.starred = nullptr;
        return true;
      }
    }
  }
  mark = m;
  if (error_indicator) return false;
  if (expect(T::DoubleStar)) {
    if (Expr* a = expression()) {
      out.keyword.arg.clear();
      out.keyword.value = a;
      out.keyword.pos = extra(m);
      out.starred = nullptr;
      return true;
    }
  }
  mark = m;
  return false;
}

// expression_without_invalid: expression with the invalid_* rules off.
//     | disjunction 'if' disjunction 'else' expression
//     | disjunction
//     | lambdef
Expr* Parser::expression_without_invalid() {
  RULE_ENTER();
  bool prev = call_invalid_rules;
  call_invalid_rules = false;
  int m = mark;
  Expr* r = nullptr;
  if (Expr* a = disjunction()) {
    int m2 = mark;
    if (expect(T::KwIf)) {
      if (Expr* b = disjunction()) {
        if (expect(T::KwElse)) {
          if (Expr* c = expression()) {
            r = new_expr(ExprKind::IfExp, extra(m));
            r->left = b;
            r->right = a;
            r->third = c;
          }
        }
      }
    }
    if (!r) {
      mark = m2;
      r = a;
    }
  } else if (!error_indicator) {
    mark = m;
    r = lambdef();
  }
  call_invalid_rules = prev;
  if (error_indicator) return nullptr;
  if (!r) mark = m;
  return r;
}

}  // namespace il::lang::detail
