// parser_invalid.cpp — the invalid_* rules of CPython 3.11's grammar. They
// run only in the second pass; each either fails (and the caller moves on to
// its next alternative) or raises a SyntaxError with CPython's message and
// location. The grammar text of each rule is quoted above it.
#include <cstdio>
#include <cstring>

#include "lang/parser_impl.h"

namespace il::lang::detail {

namespace {

std::string fmt(const char* f, const char* a) {
  char buf[200];
  std::snprintf(buf, sizeof buf, f, a);
  return buf;
}

std::string fmt_line(const char* f, int line) {
  char buf[200];
  std::snprintf(buf, sizeof buf, f, line);
  return buf;
}

const Expr* last_comprehension_item(const ast::Comprehension& c) {
  return c.ifs.empty() ? c.iter : c.ifs.back();
}

}  // namespace

const char* expr_name(const Expr* e) {
  switch (e->kind) {
    case ExprKind::Attribute: return "attribute";
    case ExprKind::Subscript: return "subscript";
    case ExprKind::Starred: return "starred";
    case ExprKind::Name: return "name";
    case ExprKind::List: return "list";
    case ExprKind::Tuple: return "tuple";
    case ExprKind::Lambda: return "lambda";
    case ExprKind::Call: return "function call";
    case ExprKind::BoolOp:
    case ExprKind::BinOp:
    case ExprKind::UnaryOp: return "expression";
    case ExprKind::GeneratorExp: return "generator expression";
    case ExprKind::Yield:
    case ExprKind::YieldFrom: return "yield expression";
    case ExprKind::Await: return "await expression";
    case ExprKind::ListComp: return "list comprehension";
    case ExprKind::SetComp: return "set comprehension";
    case ExprKind::DictComp: return "dict comprehension";
    case ExprKind::Dict: return "dict literal";
    case ExprKind::Set: return "set display";
    case ExprKind::JoinedStr:
    case ExprKind::FormattedValue: return "f-string expression";
    case ExprKind::Constant:
      switch (e->const_kind) {
        case ast::ConstKind::None: return "None";
        case ast::ConstKind::False: return "False";
        case ast::ConstKind::True: return "True";
        case ast::ConstKind::Ellipsis: return "ellipsis";
        default: return "literal";
      }
    case ExprKind::Compare: return "comparison";
    case ExprKind::IfExp: return "conditional expression";
    case ExprKind::NamedExpr: return "named expression";
    case ExprKind::Slice: return "slice";
  }
  return "expression";
}

// _PyPegen_get_invalid_target
Expr* get_invalid_target(Expr* e, TargetsType type) {
  if (!e) return nullptr;
  switch (e->kind) {
    case ExprKind::List:
    case ExprKind::Tuple:
      for (Expr* v : e->values)
        if (Expr* c = get_invalid_target(v, type)) return c;
      return nullptr;
    case ExprKind::Starred:
      if (type == kDelTargets) return e;
      return get_invalid_target(e->left, type);
    case ExprKind::Compare:
      // "for a in b" parses the target as a comparison; look left of 'in'.
      if (type == kForTargets) {
        if (e->ops[0] == ast::CmpKind::In) return get_invalid_target(e->left, type);
        return nullptr;
      }
      return e;
    case ExprKind::Name:
    case ExprKind::Subscript:
    case ExprKind::Attribute:
      return nullptr;
    default:
      return e;
  }
}

// RAISE_SYNTAX_ERROR_INVALID_TARGET
void Parser::raise_invalid_target(TargetsType type, Expr* e) {
  Expr* t = get_invalid_target(e, type);
  // With no culprit the rule just fails, and the generic error follows.
  if (t) {
    const char* f = type == kDelTargets ? "cannot delete %s" : "cannot assign to %s";
    raise_at(t, fmt(f, expr_name(t)));
  }
}

bool Parser::check_legacy_stmt(const Expr* name) const {
  return name->kind == ExprKind::Name && (name->name == "print" || name->name == "exec");
}

// invalid_arguments:
//     | ((','.(starred_expression | (assignment_expression | expression !':=') !'=')+ ',' kwargs)
//        | kwargs) ',' b='*'       (3.11.7's form; 3.11.2 had a=args ',' '*')
//     | a=expression b=for_if_clauses ',' [args | expression for_if_clauses]
//     | a=NAME b='=' expression for_if_clauses
//     | a=args b=for_if_clauses
//     | args ',' a=expression b=for_if_clauses
//     | a=args ',' args
bool Parser::invalid_arguments() {
  RULE_ENTER();
  int m = mark;
  {
    std::vector<Expr*> pos;
    std::vector<KeywordOrStarred> kw;
    bool ok = positional_args(pos) && expect(T::Comma) && kwargs(kw);
    if (!ok && !error_indicator) {
      mark = m;
      kw.clear();
      ok = kwargs(kw);
    }
    if (ok && expect(T::Comma)) {
      if (const Token* b = expect(T::Star)) {
        raise_at_tok(b, "iterable argument unpacking follows keyword argument unpacking");
        return true;
      }
    }
  }
  mark = m;
  if (error_indicator) return false;
  {
    Expr* a = expression();
    std::vector<ast::Comprehension> b;
    if (a && for_if_clauses(b) && expect(T::Comma)) {
      int m2 = mark;
      if (!args()) {
        mark = m2;
        std::vector<ast::Comprehension> c;
        if (!(expression() && for_if_clauses(c))) mark = m2;
      }
      if (error_indicator) return false;
      raise_range(a, last_comprehension_item(b.back()), "Generator expression must be parenthesized");
      return true;
    }
  }
  mark = m;
  if (error_indicator) return false;
  {
    const Token* a = expect_name();
    const Token* b = a ? expect(T::Equal) : nullptr;
    std::vector<ast::Comprehension> c;
    if (b && expression() && for_if_clauses(c)) {
      raise_range_tok(a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      return true;
    }
  }
  mark = m;
  if (error_indicator) return false;
  {
    Expr* a = args();
    std::vector<ast::Comprehension> b;
    if (a && for_if_clauses(b)) {
      // _PyPegen_nonparen_genexp_in_call
      size_t len = a->values.size();
      if (len <= 1) {
        mark = m;
      } else {
        raise_range(a->values[len - 1], last_comprehension_item(b.back()),
                    "Generator expression must be parenthesized");
        return true;
      }
    }
  }
  mark = m;
  if (error_indicator) return false;
  {
    std::vector<ast::Comprehension> b;
    Expr* a = nullptr;
    if (args() && expect(T::Comma) && (a = expression()) && for_if_clauses(b)) {
      raise_range(a, last_comprehension_item(b.back()), "Generator expression must be parenthesized");
      return true;
    }
  }
  mark = m;
  if (error_indicator) return false;
  {
    Expr* a = args();
    if (a && expect(T::Comma) && args()) {
      // _PyPegen_arguments_parsing_error
      bool keyword_unpacking = false;
      for (auto& k : a->keywords)
        if (k.arg.empty()) keyword_unpacking = true;
      raise_error(ErrType::Syntax, keyword_unpacking
                                       ? "positional argument follows keyword argument unpacking"
                                       : "positional argument follows keyword argument");
      return true;
    }
  }
  mark = m;
  return false;
}

// invalid_kwarg:
//     | a=('True'|'False'|'None') b='='
//     | a=NAME b='=' expression for_if_clauses
//     | !(NAME '=') a=expression b='='
bool Parser::invalid_kwarg() {
  RULE_ENTER();
  int m = mark;
  {
    const Token* a = peek_tok();
    if (a && (a->type == T::KwTrue || a->type == T::KwFalse || a->type == T::KwNone)) {
      mark++;
      if (const Token* b = expect(T::Equal)) {
        raise_range_tok(a, b, "cannot assign to " + std::string(text(a)));
        return true;
      }
    }
  }
  mark = m;
  if (error_indicator) return false;
  {
    const Token* a = expect_name();
    const Token* b = a ? expect(T::Equal) : nullptr;
    std::vector<ast::Comprehension> c;
    if (b && expression() && for_if_clauses(c)) {
      raise_range_tok(a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      return true;
    }
  }
  mark = m;
  if (error_indicator) return false;
  {
    bool name_eq = expect_name() && expect(T::Equal);
    mark = m;
    if (!name_eq && !error_indicator) {
      Expr* a = expression();
      if (a) {
        if (const Token* b = expect(T::Equal)) {
          raise_range_expr_tok(a, b, "expression cannot contain assignment, perhaps you meant \"==\"?");
          return true;
        }
      }
    }
  }
  mark = m;
  return false;
}

// invalid_legacy_expression: a=NAME !'(' b=star_expressions
bool Parser::invalid_legacy_expression() {
  RULE_ENTER();
  int m = mark;
  const Token* a = expect_name();
  if (a && !check(T::LPar) && !error_indicator) {
    if (Expr* b = star_expressions()) {
      Expr* name = name_expr(a);
      if (check_legacy_stmt(name)) {
        std::string n = name->name;
        raise_range(name, b, "Missing parentheses in call to '" + n + "'. Did you mean " + n + "(...)?");
        return true;
      }
    }
  }
  mark = m;
  return false;
}

// invalid_expression:
//    | !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid
//    | a=disjunction 'if' b=disjunction !('else'|':')
bool Parser::invalid_expression() {
  RULE_ENTER();
  int m = mark;
  {
    bool name_string = expect_name() && expect(T::String);
    mark = m;
    bool soft = !name_string && !error_indicator && soft_keyword();
    mark = m;
    if (!name_string && !soft && !error_indicator) {
      Expr* a = disjunction();
      if (a) {
        if (Expr* b = expression_without_invalid()) {
          if (!check_legacy_stmt(a) && tokens[mark - 1].level != 0) {
            raise_range(a, b, "invalid syntax. Perhaps you forgot a comma?");
            return true;
          }
          // The action returned NULL without an error: the alternative fails.
        }
      }
    }
  }
  mark = m;
  if (error_indicator) return false;
  {
    Expr* a = disjunction();
    if (a && expect(T::KwIf)) {
      if (Expr* b = disjunction()) {
        const Token* t = peek_tok();
        if (t && t->type != T::KwElse && t->type != T::Colon) {
          raise_range(a, b, "expected 'else' after 'if' expression");
          return true;
        }
      }
    }
  }
  mark = m;
  return false;
}

// invalid_named_expression (memo):
//     | a=expression ':=' expression
//     | a=NAME '=' b=bitwise_or !('='|':=')
//     | !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or b='=' bitwise_or !('='|':=')
bool Parser::invalid_named_expression() {
  RULE_ENTER();
  int m = mark;
  void* memo;
  if (memo_get(Memo::InvalidNamedExpression, &memo)) return memo != nullptr;
  if (error_indicator) return false;
  bool r = invalid_named_expression_uncached();
  if (error_indicator) return false;
  mark = m;
  memo_put(m, Memo::InvalidNamedExpression, nullptr);
  return r;
}

bool Parser::invalid_named_expression_uncached() {
  int m = mark;
  {
    Expr* a = expression();
    if (a && expect(T::ColonEqual) && expression()) {
      raise_at(a, fmt("cannot use assignment expressions with %s", expr_name(a)));
      return true;
    }
  }
  mark = m;
  if (error_indicator) return false;
  {
    const Token* a = expect_name();
    if (a && expect(T::Equal)) {
      if (Expr* b = bitwise_or()) {
        const Token* t = peek_tok();
        if (t && t->type != T::Equal && t->type != T::ColonEqual) {
          raise_range(name_expr(a), b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
          return true;
        }
      }
    }
  }
  mark = m;
  if (error_indicator) return false;
  {
    bool excluded = false;
    Expr* (Parser::*alts[])() = {&Parser::list, &Parser::tuple, &Parser::genexp};
    for (auto alt : alts) {
      if ((this->*alt)()) excluded = true;
      mark = m;
      if (error_indicator) return false;
      if (excluded) break;
    }
    if (!excluded) {
      const Token* t = peek_tok();
      if (t && (t->type == T::KwTrue || t->type == T::KwNone || t->type == T::KwFalse))
        excluded = true;
    }
    if (!excluded && !error_indicator) {
      Expr* a = bitwise_or();
      if (a && expect(T::Equal) && bitwise_or()) {
        const Token* t = peek_tok();
        if (t && t->type != T::Equal && t->type != T::ColonEqual) {
          raise_at(a, fmt("cannot assign to %s here. Maybe you meant '==' instead of '='?",
                          expr_name(a)));
          return true;
        }
      }
    }
  }
  mark = m;
  return false;
}

// invalid_assignment:
//     | a=invalid_ann_assign_target ':' expression
//     | a=star_named_expression ',' star_named_expressions* ':' expression
//     | a=expression ':' expression
//     | (star_targets '=')* a=star_expressions '='
//     | (star_targets '=')* a=yield_expr '='
//     | a=star_expressions augassign (yield_expr | star_expressions)
bool Parser::invalid_assignment() {
  RULE_ENTER();
  int m = mark;
  {
    Expr* a = invalid_ann_assign_target();
    if (a && expect(T::Colon) && expression()) {
      raise_at(a, fmt("only single target (not %s) can be annotated", expr_name(a)));
      return true;
    }
  }
  mark = m;
  if (error_indicator) return false;
  {
    Expr* a = star_named_expression();
    if (a && expect(T::Comma)) {
      for (;;) {
        int m2 = mark;
        std::vector<Expr*> v;
        if (!star_named_expressions(v)) {
          mark = m2;
          break;
        }
      }
      if (!error_indicator && expect(T::Colon) && expression()) {
        raise_at(a, "only single target (not tuple) can be annotated");
        return true;
      }
    }
  }
  mark = m;
  if (error_indicator) return false;
  {
    Expr* a = expression();
    if (a && expect(T::Colon) && expression()) {
      raise_at(a, "illegal target for annotation");
      return true;
    }
  }
  mark = m;
  if (error_indicator) return false;
  auto skip_targets = [this]() {
    for (;;) {
      int m2 = mark;
      if (star_targets() && expect(T::Equal)) continue;
      mark = m2;
      break;
    }
  };
  {
    skip_targets();
    if (error_indicator) return false;
    Expr* a = star_expressions();
    if (a && expect(T::Equal)) {
      raise_invalid_target(kStarTargets, a);
      return true;
    }
  }
  mark = m;
  if (error_indicator) return false;
  {
    skip_targets();
    if (error_indicator) return false;
    Expr* a = yield_expr();
    if (a && expect(T::Equal)) {
      raise_at(a, "assignment to yield expression not possible");
      return true;
    }
  }
  mark = m;
  if (error_indicator) return false;
  {
    Expr* a = star_expressions();
    ast::OpKind op;
    if (a && augassign(&op)) {
      Expr* c = yield_expr();
      if (!c && !error_indicator) c = star_expressions();
      if (c) {
        raise_at(a, fmt("'%s' is an illegal expression for augmented assignment", expr_name(a)));
        return true;
      }
    }
  }
  mark = m;
  return false;
}

// invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')'
Expr* Parser::invalid_ann_assign_target() {
  RULE_ENTER();
  int m = mark;
  if (Expr* e = list()) return e;
  mark = m;
  if (error_indicator) return nullptr;
  if (Expr* e = tuple()) return e;
  mark = m;
  if (error_indicator) return nullptr;
  if (expect(T::LPar)) {
    Expr* a = invalid_ann_assign_target();
    if (a && expect(T::RPar)) return a;
  }
  mark = m;
  return nullptr;
}

// invalid_del_stmt: 'del' a=star_expressions
bool Parser::invalid_del_stmt() {
  RULE_ENTER();
  int m = mark;
  if (expect(T::KwDel)) {
    if (Expr* a = star_expressions()) {
      raise_invalid_target(kDelTargets, a);
      return true;
    }
  }
  mark = m;
  return false;
}

// invalid_block: NEWLINE !INDENT
bool Parser::invalid_block() {
  RULE_ENTER();
  int m = mark;
  if (expect(T::Newline) && !check(T::Indent) && !error_indicator) {
    raise_error(ErrType::Indentation, "expected an indented block");
    return true;
  }
  mark = m;
  return false;
}

// invalid_comprehension:
//     | ('[' | '(' | '{') a=starred_expression for_if_clauses
//     | ('[' | '{') a=star_named_expression ',' b=star_named_expressions for_if_clauses
//     | ('[' | '{') a=star_named_expression b=',' for_if_clauses
bool Parser::invalid_comprehension() {
  RULE_ENTER();
  int m = mark;
  const Token* t = peek_tok();
  if (!t) return false;
  bool open = t->type == T::LSqb || t->type == T::LPar || t->type == T::LBrace;
  if (!open) return false;
  bool no_paren = t->type != T::LPar;
  mark++;
  {
    Expr* a = starred_expression();
    std::vector<ast::Comprehension> c;
    if (a && for_if_clauses(c)) {
      raise_at(a, "iterable unpacking cannot be used in comprehension");
      return true;
    }
  }
  mark = m;
  if (error_indicator || !no_paren) return false;
  mark = m + 1;
  {
    Expr* a = star_named_expression();
    std::vector<Expr*> b;
    std::vector<ast::Comprehension> c;
    if (a && expect(T::Comma) && star_named_expressions(b) && for_if_clauses(c)) {
      raise_range(a, b.back(), "did you forget parentheses around the comprehension target?");
      return true;
    }
  }
  mark = m + 1;
  if (error_indicator) return false;
  {
    Expr* a = star_named_expression();
    const Token* b = a ? expect(T::Comma) : nullptr;
    std::vector<ast::Comprehension> c;
    if (b && for_if_clauses(c)) {
      raise_range_expr_tok(a, b, "did you forget parentheses around the comprehension target?");
      return true;
    }
  }
  mark = m;
  return false;
}

// invalid_dict_comprehension: '{' a='**' bitwise_or for_if_clauses '}'
bool Parser::invalid_dict_comprehension() {
  RULE_ENTER();
  int m = mark;
  if (expect(T::LBrace)) {
    if (const Token* a = expect(T::DoubleStar)) {
      std::vector<ast::Comprehension> c;
      if (bitwise_or() && for_if_clauses(c) && expect(T::RBrace)) {
        raise_at_tok(a, "dict unpacking cannot be used in dict comprehension");
        return true;
      }
    }
  }
  mark = m;
  return false;
}

// The parameter invalid rules, shared between def (L=false) and lambda.
template <bool L>
struct InvalidParams {
  Parser& p;
  ast::Arg* no_default() { return L ? p.lambda_param_no_default() : p.param_no_default(); }
  bool maybe_default() {
    NameDefault nd;
    return L ? p.lambda_param_maybe_default(nd) : p.param_maybe_default(nd);
  }
  bool slash_no_default() {
    std::vector<ast::Arg*> v;
    return L ? p.lambda_slash_no_default(v) : p.slash_no_default(v);
  }
  bool slash_with_default() {
    SlashWithDefault s;
    return L ? p.lambda_slash_with_default(s) : p.slash_with_default(s);
  }
  bool helper() { return L ? p.invalid_lambda_parameters_helper() : p.invalid_parameters_helper(); }
  ast::Arg* param() { return L ? p.lambda_param() : p.param(); }

  void many_no_default() {
    for (;;) {
      int m = p.mark;
      if (!no_default()) {
        p.mark = m;
        return;
      }
    }
  }
  int many_maybe_default() {
    int n = 0;
    for (;;) {
      int m = p.mark;
      if (!maybe_default()) {
        p.mark = m;
        return n;
      }
      n++;
    }
  }
  bool slash_any() {
    int m = p.mark;
    if (slash_no_default()) return true;
    p.mark = m;
    if (p.error_indicator) return false;
    if (slash_with_default()) return true;
    p.mark = m;
    return false;
  }

  // invalid_parameters / invalid_lambda_parameters
  bool parameters() {
    int m = p.mark;
    // param_no_default* invalid_parameters_helper a=param_no_default
    many_no_default();
    if (!p.error_indicator && helper()) {
      if (ast::Arg* a = no_default()) {
        p.raise_known(ErrType::Syntax, a->pos.line, p.node_byte_col(a->pos.line, a->pos.col) + 1,
                      a->pos.end_line, p.node_byte_col(a->pos.end_line, a->pos.end_col) + 1,
                      "non-default argument follows default argument");
        return true;
      }
    }
    p.mark = m;
    if (p.error_indicator) return false;
    // param_no_default* a='(' param_no_default+ ','? b=')'      (def)
    // lambda_param_no_default* a='(' ','.lambda_param+ ','? b=')'  (lambda)
    many_no_default();
    if (const Token* a = p.expect(T::LPar)) {
      bool ok;
      if (!L) {
        int n = 0;
        for (;;) {
          int m2 = p.mark;
          if (!no_default()) {
            p.mark = m2;
            break;
          }
          n++;
        }
        ok = n > 0;
      } else {
        ok = param() != nullptr;
        while (ok) {
          int m2 = p.mark;
          if (!(p.expect(T::Comma) && param())) {
            p.mark = m2;
            break;
          }
        }
      }
      if (ok && !p.error_indicator) {
        p.expect(T::Comma);
        if (const Token* b = p.expect(T::RPar)) {
          p.raise_range_tok(a, b, L ? "Lambda expression parameters cannot be parenthesized"
                                    : "Function parameters cannot be parenthesized");
          return true;
        }
      }
    }
    p.mark = m;
    if (p.error_indicator) return false;
    // a="/" ','
    if (const Token* a = p.expect(T::Slash)) {
      if (p.expect(T::Comma)) {
        p.raise_at_tok(a, "at least one argument must precede /");
        return true;
      }
    }
    p.mark = m;
    if (p.error_indicator) return false;
    // (slash_no_default | slash_with_default) param_maybe_default* a='/'
    if (slash_any()) {
      many_maybe_default();
      if (const Token* a = p.expect(T::Slash)) {
        p.raise_at_tok(a, "/ may appear only once");
        return true;
      }
    }
    p.mark = m;
    if (p.error_indicator) return false;
    // (slash_no_default | slash_with_default)? param_maybe_default* '*'
    //     (',' | param_no_default) param_maybe_default* a='/'
    slash_any();
    if (p.error_indicator) return false;
    many_maybe_default();
    if (p.expect(T::Star)) {
      int m2 = p.mark;
      bool ok = p.expect(T::Comma) != nullptr;
      if (!ok) {
        p.mark = m2;
        ok = no_default() != nullptr;
      }
      if (ok) {
        many_maybe_default();
        if (const Token* a = p.expect(T::Slash)) {
          p.raise_at_tok(a, "/ must be ahead of *");
          return true;
        }
      }
    }
    p.mark = m;
    if (p.error_indicator) return false;
    // param_maybe_default+ '/' a='*'
    if (many_maybe_default() > 0 && p.expect(T::Slash)) {
      if (const Token* a = p.expect(T::Star)) {
        p.raise_at_tok(a, "expected comma between / and *");
        return true;
      }
    }
    p.mark = m;
    return false;
  }
};

bool Parser::invalid_parameters() {
  RULE_ENTER();
  return InvalidParams<false>{*this}.parameters();
}

bool Parser::invalid_lambda_parameters() {
  RULE_ENTER();
  return InvalidParams<true>{*this}.parameters();
}

// invalid_parameters_helper: a=slash_with_default | param_with_default+
bool Parser::invalid_parameters_helper() {
  RULE_ENTER();
  int m = mark;
  SlashWithDefault s;
  if (slash_with_default(s)) return true;
  mark = m;
  if (error_indicator) return false;
  int n = 0;
  for (;;) {
    int m2 = mark;
    NameDefault nd;
    if (!param_with_default(nd)) {
      mark = m2;
      break;
    }
    n++;
  }
  return n > 0 && !error_indicator;
}

// invalid_lambda_parameters_helper: lambda_slash_with_default | lambda_param_with_default+
bool Parser::invalid_lambda_parameters_helper() {
  RULE_ENTER();
  int m = mark;
  SlashWithDefault s;
  if (lambda_slash_with_default(s)) return true;
  mark = m;
  if (error_indicator) return false;
  int n = 0;
  for (;;) {
    int m2 = mark;
    NameDefault nd;
    if (!lambda_param_with_default(nd)) {
      mark = m2;
      break;
    }
    n++;
  }
  return n > 0 && !error_indicator;
}

// invalid_default: a='=' &(')'|',')
bool Parser::invalid_default() {
  RULE_ENTER();
  int m = mark;
  if (const Token* a = expect(T::Equal)) {
    const Token* t = peek_tok();
    if (t && (t->type == T::RPar || t->type == T::Comma)) {
      raise_at_tok(a, "expected default value expression");
      return true;
    }
  }
  mark = m;
  return false;
}

// invalid_star_etc:
//     | a='*' (')' | ',' (')' | '**'))
//     | '*' ',' TYPE_COMMENT
//     | '*' param a='='
//     | '*' (param_no_default | ',') param_maybe_default* a='*' (param_no_default | ',')
bool Parser::invalid_star_etc() {
  RULE_ENTER();
  int m = mark;
  if (const Token* a = expect(T::Star)) {
    bool ok = expect(T::RPar) != nullptr;
    if (!ok && expect(T::Comma)) ok = expect(T::RPar) || expect(T::DoubleStar);
    if (ok) {
      raise_at_tok(a, "named arguments must follow bare *");
      return true;
    }
  }
  mark = m;
  if (error_indicator) return false;
  if (expect(T::Star) && param()) {
    if (const Token* a = expect(T::Equal)) {
      raise_at_tok(a, "var-positional argument cannot have default value");
      return true;
    }
  }
  mark = m;
  if (error_indicator) return false;
  if (expect(T::Star)) {
    int m2 = mark;
    bool ok = param_no_default() != nullptr;
    if (!ok) {
      mark = m2;
      ok = expect(T::Comma) != nullptr;
    }
    if (ok) {
      for (;;) {
        int m3 = mark;
        NameDefault nd;
        if (!param_maybe_default(nd)) {
          mark = m3;
          break;
        }
      }
      if (const Token* a = expect(T::Star)) {
        int m3 = mark;
        bool ok2 = param_no_default() != nullptr;
        if (!ok2) {
          mark = m3;
          ok2 = expect(T::Comma) != nullptr;
        }
        if (ok2) {
          raise_at_tok(a, "* argument may appear only once");
          return true;
        }
      }
    }
  }
  mark = m;
  return false;
}

// invalid_lambda_star_etc:
//     | '*' (':' | ',' (':' | '**'))
//     | '*' lambda_param a='='
//     | '*' (lambda_param_no_default | ',') lambda_param_maybe_default* a='*' (lambda_param_no_default | ',')
bool Parser::invalid_lambda_star_etc() {
  RULE_ENTER();
  int m = mark;
  if (expect(T::Star)) {
    bool ok = expect(T::Colon) != nullptr;
    if (!ok && expect(T::Comma)) ok = expect(T::Colon) || expect(T::DoubleStar);
    if (ok) {
      raise_error(ErrType::Syntax, "named arguments must follow bare *");
      return true;
    }
  }
  mark = m;
  if (error_indicator) return false;
  if (expect(T::Star) && lambda_param()) {
    if (const Token* a = expect(T::Equal)) {
      raise_at_tok(a, "var-positional argument cannot have default value");
      return true;
    }
  }
  mark = m;
  if (error_indicator) return false;
  if (expect(T::Star)) {
    int m2 = mark;
    bool ok = lambda_param_no_default() != nullptr;
    if (!ok) {
      mark = m2;
      ok = expect(T::Comma) != nullptr;
    }
    if (ok) {
      for (;;) {
        int m3 = mark;
        NameDefault nd;
        if (!lambda_param_maybe_default(nd)) {
          mark = m3;
          break;
        }
      }
      if (const Token* a = expect(T::Star)) {
        int m3 = mark;
        bool ok2 = lambda_param_no_default() != nullptr;
        if (!ok2) {
          mark = m3;
          ok2 = expect(T::Comma) != nullptr;
        }
        if (ok2) {
          raise_at_tok(a, "* argument may appear only once");
          return true;
        }
      }
    }
  }
  mark = m;
  return false;
}

// invalid_kwds / invalid_lambda_kwds:
//     | '**' param a='='
//     | '**' param ',' a=param
//     | '**' param ',' a=('*'|'**'|'/')
bool Parser::invalid_kwds() {
  RULE_ENTER();
  int m = mark;
  if (expect(T::DoubleStar) && param()) {
    if (const Token* a = expect(T::Equal)) {
      raise_at_tok(a, "var-keyword argument cannot have default value");
      return true;
    }
  }
  mark = m;
  if (error_indicator) return false;
  if (expect(T::DoubleStar) && param() && expect(T::Comma)) {
    int m2 = mark;
    if (ast::Arg* a = param()) {
      raise_known(ErrType::Syntax, a->pos.line, node_byte_col(a->pos.line, a->pos.col) + 1,
                  a->pos.end_line, node_byte_col(a->pos.end_line, a->pos.end_col) + 1,
                  "arguments cannot follow var-keyword argument");
      return true;
    }
    mark = m2;
    if (error_indicator) return false;
    const Token* a = peek_tok();
    if (a && (a->type == T::Star || a->type == T::DoubleStar || a->type == T::Slash)) {
      mark++;
      raise_at_tok(a, "arguments cannot follow var-keyword argument");
      return true;
    }
  }
  mark = m;
  return false;
}

bool Parser::invalid_lambda_kwds() {
  RULE_ENTER();
  int m = mark;
  if (expect(T::DoubleStar) && lambda_param()) {
    if (const Token* a = expect(T::Equal)) {
      raise_at_tok(a, "var-keyword argument cannot have default value");
      return true;
    }
  }
  mark = m;
  if (error_indicator) return false;
  if (expect(T::DoubleStar) && lambda_param() && expect(T::Comma)) {
    int m2 = mark;
    if (ast::Arg* a = lambda_param()) {
      raise_known(ErrType::Syntax, a->pos.line, node_byte_col(a->pos.line, a->pos.col) + 1,
                  a->pos.end_line, node_byte_col(a->pos.end_line, a->pos.end_col) + 1,
                  "arguments cannot follow var-keyword argument");
      return true;
    }
    mark = m2;
    if (error_indicator) return false;
    const Token* a = peek_tok();
    if (a && (a->type == T::Star || a->type == T::DoubleStar || a->type == T::Slash)) {
      mark++;
      raise_at_tok(a, "arguments cannot follow var-keyword argument");
      return true;
    }
  }
  mark = m;
  return false;
}

// invalid_with_item: expression 'as' a=expression &(',' | ')' | ':')
bool Parser::invalid_with_item() {
  RULE_ENTER();
  int m = mark;
  if (expression() && expect(T::KwAs)) {
    if (Expr* a = expression()) {
      const Token* t = peek_tok();
      if (t && (t->type == T::Comma || t->type == T::RPar || t->type == T::Colon)) {
        raise_invalid_target(kStarTargets, a);
        return true;
      }
    }
  }
  mark = m;
  return false;
}

// invalid_for_target: ASYNC? 'for' a=star_expressions
bool Parser::invalid_for_target() {
  RULE_ENTER();
  int m = mark;
  expect(T::KwAsync);
  if (expect(T::KwFor)) {
    if (Expr* a = star_expressions()) {
      raise_invalid_target(kForTargets, a);
      return true;
    }
  }
  mark = m;
  return false;
}

// invalid_group:
//     | '(' a=starred_expression ')'
//     | '(' a='**' expression ')'
bool Parser::invalid_group() {
  RULE_ENTER();
  int m = mark;
  if (expect(T::LPar)) {
    Expr* a = starred_expression();
    if (a && expect(T::RPar)) {
      raise_at(a, "cannot use starred expression here");
      return true;
    }
  }
  mark = m;
  if (error_indicator) return false;
  if (expect(T::LPar)) {
    if (const Token* a = expect(T::DoubleStar)) {
      if (expression() && expect(T::RPar)) {
        raise_at_tok(a, "cannot use double starred expression here");
        return true;
      }
    }
  }
  mark = m;
  return false;
}

// invalid_import_from_targets: import_from_as_names ',' NEWLINE
bool Parser::invalid_import_from_targets() {
  RULE_ENTER();
  int m = mark;
  std::vector<ast::Alias> v;
  if (import_from_as_names(v) && expect(T::Comma) && expect(T::Newline)) {
    raise_error(ErrType::Syntax, "trailing comma not allowed without surrounding parentheses");
    return true;
  }
  mark = m;
  return false;
}

namespace {
// ','.(expression ['as' star_target])+  (or expressions, in parentheses)
bool with_items_loose(Parser& p, bool parenthesized) {
  bool any = false;
  for (;;) {
    int m = p.mark;
    if (any && !p.expect(T::Comma)) break;
    if (!(parenthesized ? p.expressions() : p.expression())) {
      p.mark = m;
      break;
    }
    int m2 = p.mark;
    if (!(p.expect(T::KwAs) && p.star_target())) p.mark = m2;
    if (p.error_indicator) return false;
    any = true;
  }
  return any && !p.error_indicator;
}
}  // namespace

// invalid_with_stmt:
//     | [ASYNC] 'with' ','.(expression ['as' star_target])+ NEWLINE
//     | [ASYNC] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' NEWLINE
bool Parser::invalid_with_stmt() {
  RULE_ENTER();
  int m = mark;
  expect(T::KwAsync);
  if (expect(T::KwWith) && with_items_loose(*this, false) && expect(T::Newline)) {
    raise_error(ErrType::Syntax, "expected ':'");
    return true;
  }
  mark = m;
  if (error_indicator) return false;
  expect(T::KwAsync);
  if (expect(T::KwWith) && expect(T::LPar) && with_items_loose(*this, true)) {
    expect(T::Comma);
    if (expect(T::RPar) && expect(T::Newline)) {
      raise_error(ErrType::Syntax, "expected ':'");
      return true;
    }
  }
  mark = m;
  return false;
}

// invalid_with_stmt_indent:
//     | [ASYNC] a='with' ','.(expression ['as' star_target])+ ':' NEWLINE !INDENT
//     | [ASYNC] a='with' '(' ','.(expressions ['as' star_target])+ ','? ')' ':' NEWLINE !INDENT
bool Parser::invalid_with_stmt_indent() {
  RULE_ENTER();
  int m = mark;
  for (int alt = 0; alt < 2; alt++) {
    mark = m;
    expect(T::KwAsync);
    const Token* a = expect(T::KwWith);
    if (!a) continue;
    if (alt == 0) {
      if (!with_items_loose(*this, false)) continue;
    } else {
      if (!expect(T::LPar) || !with_items_loose(*this, true)) continue;
      expect(T::Comma);
      if (!expect(T::RPar)) continue;
    }
    if (expect(T::Colon) && expect(T::Newline) && !check(T::Indent) && !error_indicator) {
      raise_error(ErrType::Indentation,
                  fmt_line("expected an indented block after 'with' statement on line %d", a->line));
      return true;
    }
    if (error_indicator) return false;
  }
  mark = m;
  return false;
}

// invalid_try_stmt:
//     | a='try' ':' NEWLINE !INDENT
//     | 'try' ':' block !('except' | 'finally')
//     | 'try' ':' block* except_block+ a='except' b='*' expression ['as' NAME] ':'
//     | 'try' ':' block* except_star_block+ a='except' [expression ['as' NAME]] ':'
bool Parser::invalid_try_stmt() {
  RULE_ENTER();
  int m = mark;
  if (const Token* a = expect(T::KwTry)) {
    if (expect(T::Colon) && expect(T::Newline) && !check(T::Indent) && !error_indicator) {
      raise_error(ErrType::Indentation,
                  fmt_line("expected an indented block after 'try' statement on line %d", a->line));
      return true;
    }
  }
  mark = m;
  if (error_indicator) return false;
  if (expect(T::KwTry) && expect(T::Colon) && block()) {
    const Token* t = peek_tok();
    if (t && t->type != T::KwExcept && t->type != T::KwFinally) {
      raise_error(ErrType::Syntax, "expected 'except' or 'finally' block");
      return true;
    }
  }
  mark = m;
  if (error_indicator) return false;
  for (int star = 0; star < 2; star++) {
    mark = m;
    if (!(expect(T::KwTry) && expect(T::Colon))) continue;
    for (;;) {
      int m2 = mark;
      if (!block()) {
        mark = m2;
        break;
      }
    }
    int n = 0;
    for (;;) {
      int m2 = mark;
      ast::ExceptHandler h;
      if (!(star ? except_star_block(h) : except_block(h))) {
        mark = m2;
        break;
      }
      n++;
    }
    if (error_indicator) return false;
    if (n == 0) continue;
    const Token* a = expect(T::KwExcept);
    if (!a) continue;
    if (star == 0) {
      const Token* b = expect(T::Star);
      if (b && expression()) {
        int m3 = mark;
        if (!(expect(T::KwAs) && expect_name())) mark = m3;
        if (!error_indicator && expect(T::Colon)) {
          raise_range_tok(a, b, "cannot have both 'except' and 'except*' on the same 'try'");
          return true;
        }
      }
    } else {
      int m3 = mark;
      if (expression()) {
        int m4 = mark;
        if (!(expect(T::KwAs) && expect_name())) mark = m4;
      } else {
        mark = m3;
      }
      if (!error_indicator && expect(T::Colon)) {
        raise_at_tok(a, "cannot have both 'except' and 'except*' on the same 'try'");
        return true;
      }
    }
    if (error_indicator) return false;
  }
  mark = m;
  return false;
}

// invalid_except_stmt:
//     | 'except' '*'? a=expression ',' expressions ['as' NAME ] ':'
//     | a='except' '*'? expression ['as' NAME ] NEWLINE
//     | a='except' NEWLINE
//     | a='except' '*' (NEWLINE | ':')
bool Parser::invalid_except_stmt() {
  RULE_ENTER();
  int m = mark;
  if (expect(T::KwExcept)) {
    expect(T::Star);
    Expr* a = expression();
    if (a && expect(T::Comma) && expressions()) {
      int m2 = mark;
      if (!(expect(T::KwAs) && expect_name())) mark = m2;
      if (!error_indicator && expect(T::Colon)) {
        raise_starting_from(a, "multiple exception types must be parenthesized");
        return true;
      }
    }
  }
  mark = m;
  if (error_indicator) return false;
  if (expect(T::KwExcept)) {
    expect(T::Star);
    if (expression()) {
      int m2 = mark;
      if (!(expect(T::KwAs) && expect_name())) mark = m2;
      if (!error_indicator && expect(T::Newline)) {
        raise_error(ErrType::Syntax, "expected ':'");
        return true;
      }
    }
  }
  mark = m;
  if (error_indicator) return false;
  if (expect(T::KwExcept) && expect(T::Newline)) {
    raise_error(ErrType::Syntax, "expected ':'");
    return true;
  }
  mark = m;
  if (error_indicator) return false;
  if (expect(T::KwExcept) && expect(T::Star) && (expect(T::Newline) || expect(T::Colon))) {
    raise_error(ErrType::Syntax, "expected one or more exception types");
    return true;
  }
  mark = m;
  return false;
}

// invalid_finally_stmt: a='finally' ':' NEWLINE !INDENT
bool Parser::invalid_finally_stmt() {
  RULE_ENTER();
  int m = mark;
  if (const Token* a = expect(T::KwFinally)) {
    if (expect(T::Colon) && expect(T::Newline) && !check(T::Indent) && !error_indicator) {
      raise_error(ErrType::Indentation,
                  fmt_line("expected an indented block after 'finally' statement on line %d", a->line));
      return true;
    }
  }
  mark = m;
  return false;
}

// invalid_except_stmt_indent:
//     | a='except' expression ['as' NAME ] ':' NEWLINE !INDENT
//     | a='except' ':' NEWLINE !INDENT
bool Parser::invalid_except_stmt_indent() {
  RULE_ENTER();
  int m = mark;
  if (const Token* a = expect(T::KwExcept)) {
    if (expression()) {
      int m2 = mark;
      if (!(expect(T::KwAs) && expect_name())) mark = m2;
      if (!error_indicator && expect(T::Colon) && expect(T::Newline) && !check(T::Indent) &&
          !error_indicator) {
        raise_error(ErrType::Indentation,
                    fmt_line("expected an indented block after 'except' statement on line %d", a->line));
        return true;
      }
    }
  }
  mark = m;
  if (error_indicator) return false;
  if (const Token* a = expect(T::KwExcept)) {
    if (expect(T::Colon) && expect(T::Newline) && !check(T::Indent) && !error_indicator) {
      raise_error(ErrType::Indentation,
                  fmt_line("expected an indented block after 'except' statement on line %d", a->line));
      return true;
    }
  }
  mark = m;
  return false;
}

// invalid_except_star_stmt_indent: a='except' '*' expression ['as' NAME ] ':' NEWLINE !INDENT
bool Parser::invalid_except_star_stmt_indent() {
  RULE_ENTER();
  int m = mark;
  if (const Token* a = expect(T::KwExcept)) {
    if (expect(T::Star) && expression()) {
      int m2 = mark;
      if (!(expect(T::KwAs) && expect_name())) mark = m2;
      if (!error_indicator && expect(T::Colon) && expect(T::Newline) && !check(T::Indent) &&
          !error_indicator) {
        raise_error(ErrType::Indentation,
                    fmt_line("expected an indented block after 'except*' statement on line %d", a->line));
        return true;
      }
    }
  }
  mark = m;
  return false;
}

namespace {
// The shape shared by invalid_if_stmt, invalid_elif_stmt, invalid_while_stmt:
//     | KW named_expression NEWLINE                          "expected ':'"
//     | a=KW named_expression ':' NEWLINE !INDENT            IndentationError
bool invalid_cond_stmt(Parser& p, T kw, const char* what) {
  int m = p.mark;
  if (p.expect(kw) && p.named_expression() && p.expect(T::Newline)) {
    p.raise_error(ErrType::Syntax, "expected ':'");
    return true;
  }
  p.mark = m;
  if (p.error_indicator) return false;
  if (const Token* a = p.expect(kw)) {
    Expr* e = p.named_expression();
    if (e && p.expect(T::Colon) && p.expect(T::Newline) && !p.check(T::Indent) &&
        !p.error_indicator) {
      // invalid_if_stmt binds `a` twice; the expression's line wins.
      int line = kw == T::KwIf ? e->pos.line : a->line;
      char msg[120];
      std::snprintf(msg, sizeof msg, "expected an indented block after '%s' statement on line %d",
                    what, line);
      p.raise_error(ErrType::Indentation, msg);
      return true;
    }
  }
  p.mark = m;
  return false;
}
}  // namespace

bool Parser::invalid_if_stmt() {
  RULE_ENTER();
  return invalid_cond_stmt(*this, T::KwIf, "if");
}

bool Parser::invalid_elif_stmt() {
  RULE_ENTER();
  return invalid_cond_stmt(*this, T::KwElif, "elif");
}

bool Parser::invalid_while_stmt() {
  RULE_ENTER();
  return invalid_cond_stmt(*this, T::KwWhile, "while");
}

// invalid_else_stmt: a='else' ':' NEWLINE !INDENT
bool Parser::invalid_else_stmt() {
  RULE_ENTER();
  int m = mark;
  if (const Token* a = expect(T::KwElse)) {
    if (expect(T::Colon) && expect(T::Newline) && !check(T::Indent) && !error_indicator) {
      raise_error(ErrType::Indentation,
                  fmt_line("expected an indented block after 'else' statement on line %d", a->line));
      return true;
    }
  }
  mark = m;
  return false;
}

// invalid_for_stmt:
//     | [ASYNC] 'for' star_targets 'in' star_expressions NEWLINE
//     | [ASYNC] a='for' star_targets 'in' star_expressions ':' NEWLINE !INDENT
bool Parser::invalid_for_stmt() {
  RULE_ENTER();
  int m = mark;
  expect(T::KwAsync);
  if (expect(T::KwFor) && star_targets() && expect(T::KwIn) && star_expressions() &&
      expect(T::Newline)) {
    raise_error(ErrType::Syntax, "expected ':'");
    return true;
  }
  mark = m;
  if (error_indicator) return false;
  expect(T::KwAsync);
  if (const Token* a = expect(T::KwFor)) {
    if (star_targets() && expect(T::KwIn) && star_expressions() && expect(T::Colon) &&
        expect(T::Newline) && !check(T::Indent) && !error_indicator) {
      raise_error(ErrType::Indentation,
                  fmt_line("expected an indented block after 'for' statement on line %d", a->line));
      return true;
    }
  }
  mark = m;
  return false;
}

// invalid_def_raw:
//     | [ASYNC] a='def' NAME '(' [params] ')' ['->' expression] ':' NEWLINE !INDENT
bool Parser::invalid_def_raw() {
  RULE_ENTER();
  int m = mark;
  expect(T::KwAsync);
  const Token* a = expect(T::KwDef);
  if (a && expect_name() && expect(T::LPar)) {
    int m2 = mark;
    if (!params()) mark = m2;
    if (!error_indicator && expect(T::RPar)) {
      int m3 = mark;
      if (!(expect(T::RArrow) && expression())) mark = m3;
      if (!error_indicator && expect(T::Colon) && expect(T::Newline) && !check(T::Indent) &&
          !error_indicator) {
        raise_error(ErrType::Indentation,
                    fmt_line("expected an indented block after function definition on line %d", a->line));
        return true;
      }
    }
  }
  mark = m;
  return false;
}

// invalid_class_def_raw:
//     | 'class' NAME ['(' [arguments] ')'] NEWLINE
//     | a='class' NAME ['(' [arguments] ')'] ':' NEWLINE !INDENT
bool Parser::invalid_class_def_raw() {
  RULE_ENTER();
  int m = mark;
  for (int alt = 0; alt < 2; alt++) {
    mark = m;
    const Token* a = expect(T::KwClass);
    if (!a || !expect_name()) continue;
    int m2 = mark;
    if (expect(T::LPar)) {
      int m3 = mark;
      if (!arguments()) mark = m3;
      if (error_indicator) return false;
      if (!expect(T::RPar)) mark = m2;
    }
    if (error_indicator) return false;
    if (alt == 0) {
      if (expect(T::Newline)) {
        raise_error(ErrType::Syntax, "expected ':'");
        return true;
      }
    } else if (expect(T::Colon) && expect(T::Newline) && !check(T::Indent) && !error_indicator) {
      raise_error(ErrType::Indentation,
                  fmt_line("expected an indented block after class definition on line %d", a->line));
      return true;
    }
    if (error_indicator) return false;
  }
  mark = m;
  return false;
}

// invalid_double_starred_kvpairs:
//     | ','.double_starred_kvpair+ ',' invalid_kvpair
//     | expression ':' a='*' bitwise_or
//     | expression a=':' &('}'|',')
bool Parser::invalid_double_starred_kvpairs() {
  RULE_ENTER();
  int m = mark;
  {
    std::vector<Expr*> k, v;
    // The gather without its optional trailing comma.
    Expr *key, *value;
    if (double_starred_kvpair(&key, &value)) {
      for (;;) {
        int m2 = mark;
        if (expect(T::Comma) && double_starred_kvpair(&key, &value)) continue;
        mark = m2;
        break;
      }
      if (!error_indicator && expect(T::Comma) && invalid_kvpair()) return true;
    }
  }
  mark = m;
  if (error_indicator) return false;
  if (expression() && expect(T::Colon)) {
    if (const Token* a = expect(T::Star)) {
      if (bitwise_or()) {
        raise_starting_from_tok(a, "cannot use a starred expression in a dictionary value");
        return true;
      }
    }
  }
  mark = m;
  if (error_indicator) return false;
  if (expression()) {
    if (const Token* a = expect(T::Colon)) {
      const Token* t = peek_tok();
      if (t && (t->type == T::RBrace || t->type == T::Comma)) {
        raise_at_tok(a, "expression expected after dictionary key and ':'");
        return true;
      }
    }
  }
  mark = m;
  return false;
}

// invalid_kvpair:
//     | a=expression !(':')
//     | expression ':' a='*' bitwise_or
//     | expression a=':' &('}'|',')
bool Parser::invalid_kvpair() {
  RULE_ENTER();
  int m = mark;
  if (Expr* a = expression()) {
    if (!check(T::Colon) && !error_indicator) {
      int col = node_byte_col(a->pos.end_line, a->pos.end_col);
      raise_known(ErrType::Syntax, a->pos.line, col, a->pos.end_line, 0,
                  "':' expected after dictionary key");
      return true;
    }
  }
  mark = m;
  if (error_indicator) return false;
  if (expression() && expect(T::Colon)) {
    if (const Token* a = expect(T::Star)) {
      if (bitwise_or()) {
        raise_starting_from_tok(a, "cannot use a starred expression in a dictionary value");
        return true;
      }
    }
  }
  mark = m;
  if (error_indicator) return false;
  if (expression()) {
    if (const Token* a = expect(T::Colon)) {
      const Token* t = peek_tok();
      if (t && (t->type == T::RBrace || t->type == T::Comma)) {
        raise_at_tok(a, "expression expected after dictionary key and ':'");
        return true;
      }
    }
  }
  mark = m;
  return false;
}

}  // namespace il::lang::detail
