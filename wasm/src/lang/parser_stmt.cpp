// parser_stmt.cpp — the statement rules of CPython 3.11's grammar
// (python.gram, "SIMPLE STATEMENTS" and "COMPOUND STATEMENTS"), except
// match statements (parser_match.cpp).
#include "lang/parser_impl.h"

namespace il::lang::detail {

// statements: statement+
bool Parser::statements(std::vector<Stmt*>& out) {
  RULE_ENTER();
  size_t n0 = out.size();
  for (;;) {
    int m = mark;
    if (!statement(out)) {
      mark = m;
      break;
    }
  }
  if (error_indicator) return false;
  return out.size() > n0;
}

// statement: compound_stmt | simple_stmts
bool Parser::statement(std::vector<Stmt*>& out) {
  RULE_ENTER();
  int m = mark;
  if (Stmt* s = compound_stmt()) {
    out.push_back(s);
    return true;
  }
  mark = m;
  if (error_indicator) return false;
  if (simple_stmts(out)) return true;
  mark = m;
  return false;
}

// simple_stmts:
//     | simple_stmt !';' NEWLINE      (a special case of the next)
//     | ';'.simple_stmt+ [';'] NEWLINE
bool Parser::simple_stmts(std::vector<Stmt*>& out) {
  RULE_ENTER();
  int m = mark;
  Stmt* first = simple_stmt();
  if (!first) {
    mark = m;
    return false;
  }
  std::vector<Stmt*> v{first};
  for (;;) {
    int m2 = mark;
    if (expect(T::Semi)) {
      if (Stmt* s = simple_stmt()) {
        v.push_back(s);
        continue;
      }
    }
    mark = m2;
    break;
  }
  if (error_indicator) return false;
  expect(T::Semi);
  if (!expect(T::Newline)) {
    mark = m;
    return false;
  }
  out.insert(out.end(), v.begin(), v.end());
  return true;
}

// simple_stmt:
//     | assignment | star_expressions | &'return' return_stmt | ... | &'nonlocal' nonlocal_stmt
// A statement that starts with one of these keywords can never be an
// assignment or an expression (nor match any invalid_assignment
// alternative), so it goes straight to its rule.
Stmt* Parser::simple_stmt() {
  RULE_ENTER();
  int m = mark;
  const Token* t = peek_tok();
  if (!t) return nullptr;
  switch (t->type) {
    case T::KwReturn: return return_stmt();
    case T::KwImport: return import_name();
    case T::KwFrom: return import_from();
    case T::KwRaise: return raise_stmt();
    case T::KwPass: mark++; return new_stmt(StmtKind::Pass, extra(m));
    case T::KwDel: return del_stmt();
    case T::KwAssert: return assert_stmt();
    case T::KwBreak: mark++; return new_stmt(StmtKind::Break, extra(m));
    case T::KwContinue: mark++; return new_stmt(StmtKind::Continue, extra(m));
    case T::KwGlobal: return global_stmt(false);
    case T::KwNonlocal: return global_stmt(true);
    default: break;
  }
  if (Stmt* s = assignment()) return s;
  mark = m;
  if (error_indicator) return nullptr;
  if (Expr* e = star_expressions()) {
    Stmt* s = new_stmt(StmtKind::Expr, extra(m));
    s->value = e;
    return s;
  }
  mark = m;
  if (error_indicator) return nullptr;
  if (t->type == T::KwYield) {
    if (Stmt* s = yield_stmt()) return s;
    mark = m;
  }
  return nullptr;
}

// compound_stmt:
//     | &('def' | '@' | ASYNC) function_def
//     | &'if' if_stmt
//     | &('class' | '@') class_def
//     | &('with' | ASYNC) with_stmt
//     | &('for' | ASYNC) for_stmt
//     | &'try' try_stmt
//     | &'while' while_stmt
//     | match_stmt
Stmt* Parser::compound_stmt() {
  RULE_ENTER();
  int m = mark;
  const Token* t = peek_tok();
  if (!t) return nullptr;
  T ty = t->type;
  Stmt* s = nullptr;
  if (ty == T::KwDef || ty == T::At || ty == T::KwAsync) {
    if ((s = function_def())) return s;
    mark = m;
    if (error_indicator) return nullptr;
  }
  if (ty == T::KwIf) {
    if ((s = if_stmt())) return s;
    mark = m;
    if (error_indicator) return nullptr;
  }
  if (ty == T::KwClass || ty == T::At) {
    if ((s = class_def())) return s;
    mark = m;
    if (error_indicator) return nullptr;
  }
  if (ty == T::KwWith || ty == T::KwAsync) {
    if ((s = with_stmt())) return s;
    mark = m;
    if (error_indicator) return nullptr;
  }
  if (ty == T::KwFor || ty == T::KwAsync) {
    if ((s = for_stmt())) return s;
    mark = m;
    if (error_indicator) return nullptr;
  }
  if (ty == T::KwTry) {
    if ((s = try_stmt())) return s;
    mark = m;
    if (error_indicator) return nullptr;
  }
  if (ty == T::KwWhile) {
    if ((s = while_stmt())) return s;
    mark = m;
    if (error_indicator) return nullptr;
  }
  if (ty == T::Name) {
    if ((s = match_stmt())) return s;
    mark = m;
  }
  return nullptr;
}

// assignment:
//     | NAME ':' expression ['=' annotated_rhs]
//     | ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
//     | (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
//     | single_target augassign ~ (yield_expr | star_expressions)
//     | invalid_assignment
Stmt* Parser::assignment() {
  RULE_ENTER();
  int m = mark;
  if (!peek_tok()) return nullptr;
  if (const Token* a = expect_name()) {
    if (expect(T::Colon)) {
      if (Expr* b = expression()) {
        Expr* c = nullptr;
        int m2 = mark;
        if (expect(T::Equal)) {
          c = annotated_rhs();
          if (!c) mark = m2;
        }
        if (!error_indicator) {
          Stmt* s = new_stmt(StmtKind::AnnAssign, extra(m));
          s->target = name_expr(a, ast::ExprCtx::Store);
          s->annotation = b;
          s->value = c;
          s->simple = true;
          return s;
        }
      }
    }
  }
  mark = m;
  if (error_indicator) return nullptr;
  {
    Expr* a = nullptr;
    if (expect(T::LPar)) {
      Expr* b = single_target();
      if (b && expect(T::RPar)) a = b;
    }
    if (!a) {
      mark = m;
      if (error_indicator) return nullptr;
      a = single_subscript_attribute_target();
    }
    if (a && expect(T::Colon)) {
      if (Expr* b = expression()) {
        Expr* c = nullptr;
        int m2 = mark;
        if (expect(T::Equal)) {
          c = annotated_rhs();
          if (!c) mark = m2;
        }
        if (!error_indicator) {
          Stmt* s = new_stmt(StmtKind::AnnAssign, extra(m));
          s->target = a;
          s->annotation = b;
          s->value = c;
          s->simple = false;
          return s;
        }
      }
    }
  }
  mark = m;
  if (error_indicator) return nullptr;
  {
    std::vector<Expr*> targets;
    for (;;) {
      int m2 = mark;
      Expr* z = star_targets();
      if (z && expect(T::Equal)) {
        targets.push_back(z);
        continue;
      }
      mark = m2;
      break;
    }
    if (!targets.empty() && !error_indicator) {
      Expr* b = yield_expr();
      if (!b && !error_indicator) b = star_expressions();
      if (b && !check(T::Equal) && !error_indicator) {
        Stmt* s = new_stmt(StmtKind::Assign, extra(m));
        s->targets = std::move(targets);
        s->value = b;
        return s;
      }
    }
  }
  mark = m;
  if (error_indicator) return nullptr;
  {
    Expr* a = single_target();
    ast::OpKind op;
    if (a && augassign(&op)) {
      Expr* c = yield_expr();
      if (!c && !error_indicator) c = star_expressions();
      if (c) {
        Stmt* s = new_stmt(StmtKind::AugAssign, extra(m));
        s->target = a;
        s->op = op;
        s->value = c;
        return s;
      }
      mark = m;
      return nullptr;  // the cut: no other alternative
    }
  }
  mark = m;
  if (error_indicator) return nullptr;
  if (call_invalid_rules) {
    invalid_assignment();
    mark = m;
  }
  return nullptr;
}

// annotated_rhs: yield_expr | star_expressions
Expr* Parser::annotated_rhs() {
  RULE_ENTER();
  if (Expr* e = yield_expr()) return e;
  if (error_indicator) return nullptr;
  return star_expressions();
}

bool Parser::augassign(ast::OpKind* op) {
  const Token* t = peek_tok();
  if (!t) return false;
  using ast::OpKind;
  switch (t->type) {
    case T::PlusEqual: *op = OpKind::Add; break;
    case T::MinEqual: *op = OpKind::Sub; break;
    case T::StarEqual: *op = OpKind::Mult; break;
    case T::AtEqual: *op = OpKind::MatMult; break;
    case T::SlashEqual: *op = OpKind::Div; break;
    case T::PercentEqual: *op = OpKind::Mod; break;
    case T::AmperEqual: *op = OpKind::BitAnd; break;
    case T::VBarEqual: *op = OpKind::BitOr; break;
    case T::CircumflexEqual: *op = OpKind::BitXor; break;
    case T::LeftShiftEqual: *op = OpKind::LShift; break;
    case T::RightShiftEqual: *op = OpKind::RShift; break;
    case T::DoubleStarEqual: *op = OpKind::Pow; break;
    case T::DoubleSlashEqual: *op = OpKind::FloorDiv; break;
    default: return false;
  }
  mark++;
  return true;
}

// return_stmt: 'return' [star_expressions]
Stmt* Parser::return_stmt() {
  RULE_ENTER();
  int m = mark;
  if (!expect(T::KwReturn)) return nullptr;
  int m2 = mark;
  Expr* a = star_expressions();
  if (!a) {
    if (error_indicator) return nullptr;
    mark = m2;
  }
  Stmt* s = new_stmt(StmtKind::Return, extra(m));
  s->value = a;
  return s;
}

// raise_stmt: 'raise' expression ['from' expression] | 'raise'
Stmt* Parser::raise_stmt() {
  RULE_ENTER();
  int m = mark;
  if (!expect(T::KwRaise)) return nullptr;
  int m2 = mark;
  if (Expr* a = expression()) {
    Expr* b = nullptr;
    int m3 = mark;
    if (expect(T::KwFrom)) {
      b = expression();
      if (!b) mark = m3;
    }
    if (error_indicator) return nullptr;
    Stmt* s = new_stmt(StmtKind::Raise, extra(m));
    s->value = a;
    s->cause = b;
    return s;
  }
  if (error_indicator) return nullptr;
  mark = m2;
  return new_stmt(StmtKind::Raise, extra(m));
}

// global_stmt: 'global' ','.NAME+      nonlocal_stmt: 'nonlocal' ','.NAME+
Stmt* Parser::global_stmt(bool nonlocal) {
  RULE_ENTER();
  int m = mark;
  if (!expect(nonlocal ? T::KwNonlocal : T::KwGlobal)) return nullptr;
  std::vector<std::string> names;
  const Token* n = expect_name();
  if (!n) {
    mark = m;
    return nullptr;
  }
  names.emplace_back(text(n));
  for (;;) {
    int m2 = mark;
    if (expect(T::Comma)) {
      if (const Token* n2 = expect_name()) {
        names.emplace_back(text(n2));
        continue;
      }
    }
    mark = m2;
    break;
  }
  if (error_indicator) return nullptr;
  Stmt* s = new_stmt(nonlocal ? StmtKind::Nonlocal : StmtKind::Global, extra(m));
  s->identifiers = std::move(names);
  return s;
}

// del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt
Stmt* Parser::del_stmt() {
  RULE_ENTER();
  int m = mark;
  if (expect(T::KwDel)) {
    std::vector<Expr*> targets;
    if (del_targets(targets)) {
      const Token* t = peek_tok();
      if (t && (t->type == T::Semi || t->type == T::Newline)) {
        Stmt* s = new_stmt(StmtKind::Delete, extra(m));
        s->targets = std::move(targets);
        return s;
      }
    }
  }
  mark = m;
  if (error_indicator) return nullptr;
  if (call_invalid_rules) {
    invalid_del_stmt();
    mark = m;
  }
  return nullptr;
}

// yield_stmt: yield_expr
Stmt* Parser::yield_stmt() {
  RULE_ENTER();
  int m = mark;
  Expr* y = yield_expr();
  if (!y) return nullptr;
  Stmt* s = new_stmt(StmtKind::Expr, extra(m));
  s->value = y;
  return s;
}

// assert_stmt: 'assert' expression [',' expression]
Stmt* Parser::assert_stmt() {
  RULE_ENTER();
  int m = mark;
  if (!expect(T::KwAssert)) return nullptr;
  Expr* a = expression();
  if (!a) {
    mark = m;
    return nullptr;
  }
  Expr* b = nullptr;
  int m2 = mark;
  if (expect(T::Comma)) {
    b = expression();
    if (!b) mark = m2;
  }
  if (error_indicator) return nullptr;
  Stmt* s = new_stmt(StmtKind::Assert, extra(m));
  s->value = a;
  s->cause = b;
  return s;
}

// import_name: 'import' dotted_as_names
Stmt* Parser::import_name() {
  RULE_ENTER();
  int m = mark;
  if (!expect(T::KwImport)) return nullptr;
  std::vector<ast::Alias> names;
  if (!dotted_as_names(names)) {
    mark = m;
    return nullptr;
  }
  Stmt* s = new_stmt(StmtKind::Import, extra(m));
  s->names = std::move(names);
  return s;
}

// import_from:
//     | 'from' ('.' | '...')* dotted_name 'import' import_from_targets
//     | 'from' ('.' | '...')+ 'import' import_from_targets
Stmt* Parser::import_from() {
  RULE_ENTER();
  int m = mark;
  for (int alt = 0; alt < 2; alt++) {
    mark = m;
    if (!expect(T::KwFrom)) return nullptr;
    int level = 0;
    for (;;) {
      if (expect(T::Dot)) {
        level += 1;
      } else if (expect(T::Ellipsis)) {
        level += 3;
      } else {
        break;
      }
    }
    if (error_indicator) return nullptr;
    Expr* b = nullptr;
    if (alt == 0) {
      b = dotted_name();
      if (!b) continue;
    } else if (level == 0) {
      continue;
    }
    if (!expect(T::KwImport)) continue;
    std::vector<ast::Alias> names;
    if (!import_from_targets(names)) continue;
    Stmt* s = new_stmt(StmtKind::ImportFrom, extra(m));
    if (b) s->name = b->name;
    s->names = std::move(names);
    s->level = level;
    return s;
  }
  mark = m;
  return nullptr;
}

// import_from_targets:
//     | '(' import_from_as_names [','] ')'
//     | import_from_as_names !','
//     | '*'
//     | invalid_import_from_targets
bool Parser::import_from_targets(std::vector<ast::Alias>& out) {
  RULE_ENTER();
  int m = mark;
  if (!peek_tok()) return false;
  if (expect(T::LPar)) {
    std::vector<ast::Alias> v;
    if (import_from_as_names(v)) {
      expect(T::Comma);
      if (expect(T::RPar)) {
        out = std::move(v);
        return true;
      }
    }
  }
  mark = m;
  if (error_indicator) return false;
  {
    std::vector<ast::Alias> v;
    if (import_from_as_names(v) && !check(T::Comma) && !error_indicator) {
      out = std::move(v);
      return true;
    }
  }
  mark = m;
  if (error_indicator) return false;
  if (const Token* t = expect(T::Star)) {
    ast::Alias a;
    a.name = "*";
    a.pos = tok_pos(t);
    out.push_back(a);
    return true;
  }
  if (error_indicator) return false;
  if (call_invalid_rules) {
    invalid_import_from_targets();
    mark = m;
  }
  return false;
}

// import_from_as_names: ','.import_from_as_name+
bool Parser::import_from_as_names(std::vector<ast::Alias>& out) {
  RULE_ENTER();
  ast::Alias a;
  if (!import_from_as_name(a)) return false;
  out.push_back(a);
  for (;;) {
    int m = mark;
    if (expect(T::Comma)) {
      ast::Alias b;
      if (import_from_as_name(b)) {
        out.push_back(b);
        continue;
      }
    }
    mark = m;
    break;
  }
  return !error_indicator;
}

// import_from_as_name: NAME ['as' NAME]
bool Parser::import_from_as_name(ast::Alias& out) {
  RULE_ENTER();
  int m = mark;
  const Token* a = expect_name();
  if (!a) return false;
  const Token* b = nullptr;
  int m2 = mark;
  if (expect(T::KwAs)) {
    b = expect_name();
    if (!b) mark = m2;
  }
  if (error_indicator) return false;
  out.name = std::string(text(a));
  out.asname = b ? std::string(text(b)) : std::string();
  out.pos = extra(m);
  return true;
}

// dotted_as_names: ','.dotted_as_name+
bool Parser::dotted_as_names(std::vector<ast::Alias>& out) {
  RULE_ENTER();
  ast::Alias a;
  if (!dotted_as_name(a)) return false;
  out.push_back(a);
  for (;;) {
    int m = mark;
    if (expect(T::Comma)) {
      ast::Alias b;
      if (dotted_as_name(b)) {
        out.push_back(b);
        continue;
      }
    }
    mark = m;
    break;
  }
  return !error_indicator;
}

// dotted_as_name: dotted_name ['as' NAME]
bool Parser::dotted_as_name(ast::Alias& out) {
  RULE_ENTER();
  int m = mark;
  Expr* a = dotted_name();
  if (!a) return false;
  const Token* b = nullptr;
  int m2 = mark;
  if (expect(T::KwAs)) {
    b = expect_name();
    if (!b) mark = m2;
  }
  if (error_indicator) return false;
  out.name = a->name;
  out.asname = b ? std::string(text(b)) : std::string();
  out.pos = extra(m);
  return true;
}

// dotted_name: dotted_name '.' NAME | NAME
Expr* Parser::dotted_name() {
  RULE_ENTER();
  const Token* a = expect_name();
  if (!a) return nullptr;
  Expr* e = name_expr(a);
  for (;;) {
    int m = mark;
    if (expect(T::Dot)) {
      if (const Token* b = expect_name()) {
        e->name += ".";
        e->name += text(b);
        continue;
      }
    }
    mark = m;
    break;
  }
  if (error_indicator) return nullptr;
  return e;
}

// block (memo):
//     | NEWLINE INDENT statements DEDENT
//     | simple_stmts
//     | invalid_block
std::vector<Stmt*>* Parser::block() {
  RULE_ENTER();
  int m = mark;
  void* memo;
  if (memo_get(Memo::Block, &memo)) return (std::vector<Stmt*>*)memo;
  if (error_indicator) return nullptr;
  std::vector<Stmt*>* res = nullptr;
  if (expect(T::Newline) && expect(T::Indent)) {
    std::vector<Stmt*> body;
    if (statements(body) && expect(T::Dedent)) {
      res = new_stmt_list();
      *res = std::move(body);
    }
  }
  if (!res && !error_indicator) {
    mark = m;
    std::vector<Stmt*> body;
    if (simple_stmts(body)) {
      res = new_stmt_list();
      *res = std::move(body);
    }
  }
  if (!res && !error_indicator && call_invalid_rules) {
    mark = m;
    invalid_block();
  }
  if (!res) mark = m;
  if (error_indicator) return nullptr;
  memo_put(m, Memo::Block, res);
  return res;
}

// decorators: ('@' named_expression NEWLINE)+
bool Parser::decorators(std::vector<Expr*>& out) {
  RULE_ENTER();
  for (;;) {
    int m = mark;
    if (expect(T::At)) {
      Expr* f = named_expression();
      if (f && expect(T::Newline)) {
        out.push_back(f);
        continue;
      }
    }
    mark = m;
    break;
  }
  return !error_indicator && !out.empty();
}

// class_def: decorators class_def_raw | class_def_raw
Stmt* Parser::class_def() {
  RULE_ENTER();
  int m = mark;
  std::vector<Expr*> decs;
  if (decorators(decs)) {
    if (Stmt* s = class_def_raw()) {
      s->decorator_list = std::move(decs);
      return s;
    }
  }
  mark = m;
  if (error_indicator) return nullptr;
  return class_def_raw();
}

// class_def_raw:
//     | invalid_class_def_raw
//     | 'class' NAME ['(' [arguments] ')'] ':' block
Stmt* Parser::class_def_raw() {
  RULE_ENTER();
  int m = mark;
  if (!peek_tok()) return nullptr;
  if (call_invalid_rules) {
    invalid_class_def_raw();
    mark = m;
    if (error_indicator) return nullptr;
  }
  if (!expect(T::KwClass)) return nullptr;
  const Token* a = expect_name();
  if (!a) {
    mark = m;
    return nullptr;
  }
  Expr* b = nullptr;
  bool has_parens = false;
  int m2 = mark;
  if (expect(T::LPar)) {
    int m3 = mark;
    b = arguments();
    if (!b) mark = m3;
    if (!error_indicator && expect(T::RPar)) {
      has_parens = true;
    } else {
      b = nullptr;
      mark = m2;
    }
  }
  if (error_indicator) return nullptr;
  (void)has_parens;
  if (!expect(T::Colon)) {
    mark = m;
    return nullptr;
  }
  std::vector<Stmt*>* c = block();
  if (!c) {
    mark = m;
    return nullptr;
  }
  Stmt* s = new_stmt(StmtKind::ClassDef, extra(m));
  s->name = std::string(text(a));
  if (b) {
    s->targets = b->values;
    s->keywords = b->keywords;
  }
  s->body = *c;
  return s;
}

// function_def: decorators function_def_raw | function_def_raw
Stmt* Parser::function_def() {
  RULE_ENTER();
  int m = mark;
  std::vector<Expr*> decs;
  if (decorators(decs)) {
    if (Stmt* s = function_def_raw()) {
      s->decorator_list = std::move(decs);
      return s;
    }
  }
  mark = m;
  if (error_indicator) return nullptr;
  return function_def_raw();
}

// func_type_comment: NEWLINE TYPE_COMMENT &(NEWLINE INDENT) | ... | TYPE_COMMENT
// We never see type comments; what matters is that CPython looks one token
// past a NEWLINE here, which decides where some errors are reported.
void Parser::func_type_comment() {
  int m = mark;
  if (expect(T::Newline)) peek_tok();
  mark = m;
}

// function_def_raw:
//     | invalid_def_raw
//     | 'def' NAME &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block
//     | ASYNC 'def' NAME &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block
Stmt* Parser::function_def_raw() {
  RULE_ENTER();
  int m = mark;
  if (!peek_tok()) return nullptr;
  if (call_invalid_rules) {
    invalid_def_raw();
    mark = m;
    if (error_indicator) return nullptr;
  }
  bool is_async = false;
  if (expect(T::KwAsync)) is_async = true;
  if (!expect(T::KwDef)) {
    mark = m;
    return nullptr;
  }
  const Token* n = expect_name();
  if (!n) {
    mark = m;
    return nullptr;
  }
  if (!expect_forced(T::LPar, "(")) {
    mark = m;
    return nullptr;
  }
  int m2 = mark;
  ast::Arguments* ps = params();
  if (!ps) {
    if (error_indicator) return nullptr;
    mark = m2;
  }
  if (!expect(T::RPar)) {
    mark = m;
    return nullptr;
  }
  Expr* ret = nullptr;
  int m3 = mark;
  if (expect(T::RArrow)) {
    ret = expression();
    if (!ret) mark = m3;
  }
  if (error_indicator) return nullptr;
  if (!expect_forced(T::Colon, ":")) {
    mark = m;
    return nullptr;
  }
  func_type_comment();
  std::vector<Stmt*>* b = block();
  if (!b) {
    mark = m;
    return nullptr;
  }
  Stmt* s = new_stmt(is_async ? StmtKind::AsyncFunctionDef : StmtKind::FunctionDef, extra(m));
  s->name = std::string(text(n));
  s->args = ps ? ps : empty_arguments();
  s->body = *b;
  s->value = ret;
  return s;
}

// if_stmt:
//     | invalid_if_stmt
//     | 'if' named_expression ':' block elif_stmt
//     | 'if' named_expression ':' block [else_block]
Stmt* Parser::if_stmt() {
  RULE_ENTER();
  int m = mark;
  if (!peek_tok()) return nullptr;
  if (call_invalid_rules) {
    invalid_if_stmt();
    mark = m;
    if (error_indicator) return nullptr;
  }
  if (!expect(T::KwIf)) return nullptr;
  Expr* a = named_expression();
  if (!a || !expect(T::Colon)) {
    mark = m;
    return nullptr;
  }
  std::vector<Stmt*>* b = block();
  if (!b) {
    mark = m;
    return nullptr;
  }
  int m2 = mark;
  if (Stmt* c = elif_stmt()) {
    Stmt* s = new_stmt(StmtKind::If, extra(m));
    s->value = a;
    s->body = *b;
    s->orelse.push_back(c);
    return s;
  }
  mark = m2;
  if (error_indicator) return nullptr;
  std::vector<Stmt*> orelse;
  if (!else_block(orelse)) {
    if (error_indicator) return nullptr;
    mark = m2;
  }
  Stmt* s = new_stmt(StmtKind::If, extra(m));
  s->value = a;
  s->body = *b;
  s->orelse = std::move(orelse);
  return s;
}

// elif_stmt:
//     | invalid_elif_stmt
//     | 'elif' named_expression ':' block elif_stmt
//     | 'elif' named_expression ':' block [else_block]
Stmt* Parser::elif_stmt() {
  RULE_ENTER();
  int m = mark;
  if (!peek_tok()) return nullptr;
  if (call_invalid_rules) {
    invalid_elif_stmt();
    mark = m;
    if (error_indicator) return nullptr;
  }
  if (!expect(T::KwElif)) return nullptr;
  Expr* a = named_expression();
  if (!a || !expect(T::Colon)) {
    mark = m;
    return nullptr;
  }
  std::vector<Stmt*>* b = block();
  if (!b) {
    mark = m;
    return nullptr;
  }
  int m2 = mark;
  if (Stmt* c = elif_stmt()) {
    Stmt* s = new_stmt(StmtKind::If, extra(m));
    s->value = a;
    s->body = *b;
    s->orelse.push_back(c);
    return s;
  }
  mark = m2;
  if (error_indicator) return nullptr;
  std::vector<Stmt*> orelse;
  if (!else_block(orelse)) {
    if (error_indicator) return nullptr;
    mark = m2;
  }
  Stmt* s = new_stmt(StmtKind::If, extra(m));
  s->value = a;
  s->body = *b;
  s->orelse = std::move(orelse);
  return s;
}

// else_block: invalid_else_stmt | 'else' &&':' block
bool Parser::else_block(std::vector<Stmt*>& out) {
  RULE_ENTER();
  int m = mark;
  if (call_invalid_rules) {
    invalid_else_stmt();
    mark = m;
    if (error_indicator) return false;
  }
  if (!expect(T::KwElse)) return false;
  if (!expect_forced(T::Colon, ":")) {
    mark = m;
    return false;
  }
  std::vector<Stmt*>* b = block();
  if (!b) {
    mark = m;
    return false;
  }
  out = *b;
  return true;
}

// while_stmt: invalid_while_stmt | 'while' named_expression ':' block [else_block]
Stmt* Parser::while_stmt() {
  RULE_ENTER();
  int m = mark;
  if (!peek_tok()) return nullptr;
  if (call_invalid_rules) {
    invalid_while_stmt();
    mark = m;
    if (error_indicator) return nullptr;
  }
  if (!expect(T::KwWhile)) return nullptr;
  Expr* a = named_expression();
  if (!a || !expect(T::Colon)) {
    mark = m;
    return nullptr;
  }
  std::vector<Stmt*>* b = block();
  if (!b) {
    mark = m;
    return nullptr;
  }
  int m2 = mark;
  std::vector<Stmt*> orelse;
  if (!else_block(orelse)) {
    if (error_indicator) return nullptr;
    mark = m2;
  }
  Stmt* s = new_stmt(StmtKind::While, extra(m));
  s->value = a;
  s->body = *b;
  s->orelse = std::move(orelse);
  return s;
}

// for_stmt:
//     | invalid_for_stmt
//     | 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
//     | ASYNC 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
//     | invalid_for_target
Stmt* Parser::for_stmt() {
  RULE_ENTER();
  int m = mark;
  if (!peek_tok()) return nullptr;
  if (call_invalid_rules) {
    invalid_for_stmt();
    mark = m;
    if (error_indicator) return nullptr;
  }
  for (int alt = 0; alt < 2; alt++) {
    mark = m;
    bool is_async = alt == 1;
    if (is_async && !expect(T::KwAsync)) continue;
    if (!expect(T::KwFor)) continue;
    Expr* t = star_targets();
    if (!t || !expect(T::KwIn)) continue;
    // The cut: past 'in', no other alternative is tried.
    Expr* ex = star_expressions();
    if (!ex || !expect(T::Colon)) {
      mark = m;
      return nullptr;
    }
    peek_tok();  // [TYPE_COMMENT]
    std::vector<Stmt*>* b = block();
    if (!b) {
      mark = m;
      return nullptr;
    }
    int m2 = mark;
    std::vector<Stmt*> orelse;
    if (!else_block(orelse)) {
      if (error_indicator) return nullptr;
      mark = m2;
    }
    Stmt* s = new_stmt(is_async ? StmtKind::AsyncFor : StmtKind::For, extra(m));
    s->target = t;
    s->value = ex;
    s->body = *b;
    s->orelse = std::move(orelse);
    return s;
  }
  mark = m;
  if (error_indicator) return nullptr;
  if (call_invalid_rules) {
    invalid_for_target();
    mark = m;
  }
  return nullptr;
}

// with_stmt:
//     | invalid_with_stmt_indent
//     | 'with' '(' ','.with_item+ ','? ')' ':' block
//     | 'with' ','.with_item+ ':' [TYPE_COMMENT] block
//     | ASYNC 'with' '(' ','.with_item+ ','? ')' ':' block
//     | ASYNC 'with' ','.with_item+ ':' [TYPE_COMMENT] block
//     | invalid_with_stmt
Stmt* Parser::with_stmt() {
  RULE_ENTER();
  int m = mark;
  if (!peek_tok()) return nullptr;
  if (call_invalid_rules) {
    invalid_with_stmt_indent();
    mark = m;
    if (error_indicator) return nullptr;
  }
  for (int alt = 0; alt < 4; alt++) {
    mark = m;
    bool is_async = alt >= 2;
    bool parens = alt % 2 == 0;
    if (is_async && !expect(T::KwAsync)) continue;
    if (!expect(T::KwWith)) continue;
    if (parens && !expect(T::LPar)) continue;
    std::vector<ast::WithItem> items;
    ast::WithItem it;
    if (!with_item(it)) continue;
    items.push_back(it);
    for (;;) {
      int m2 = mark;
      if (expect(T::Comma)) {
        ast::WithItem it2;
        if (with_item(it2)) {
          items.push_back(it2);
          continue;
        }
      }
      mark = m2;
      break;
    }
    if (error_indicator) return nullptr;
    if (parens) {
      expect(T::Comma);
      if (!expect(T::RPar)) continue;
    }
    if (!expect(T::Colon)) continue;
    if (!parens) peek_tok();  // [TYPE_COMMENT]
    std::vector<Stmt*>* b = block();
    if (!b) continue;
    Stmt* s = new_stmt(is_async ? StmtKind::AsyncWith : StmtKind::With, extra(m));
    s->items = std::move(items);
    s->body = *b;
    return s;
  }
  mark = m;
  if (error_indicator) return nullptr;
  if (call_invalid_rules) {
    invalid_with_stmt();
    mark = m;
  }
  return nullptr;
}

// with_item:
//     | expression 'as' star_target &(',' | ')' | ':')
//     | invalid_with_item
//     | expression
bool Parser::with_item(ast::WithItem& out) {
  RULE_ENTER();
  int m = mark;
  Expr* e = expression();
  if (!e) return false;
  if (expect(T::KwAs)) {
    Expr* t = star_target();
    if (t) {
      const Token* nt = peek_tok();
      if (nt && (nt->type == T::Comma || nt->type == T::RPar || nt->type == T::Colon)) {
        out.context_expr = e;
        out.optional_vars = t;
        return true;
      }
    }
  }
  if (error_indicator) return false;
  if (call_invalid_rules) {
    mark = m;
    invalid_with_item();
    if (error_indicator) return false;
  }
  mark = m;
  e = expression();
  if (!e) return false;
  out.context_expr = e;
  out.optional_vars = nullptr;
  return true;
}

// try_stmt:
//     | invalid_try_stmt
//     | 'try' &&':' block finally_block
//     | 'try' &&':' block except_block+ [else_block] [finally_block]
//     | 'try' &&':' block except_star_block+ [else_block] [finally_block]
Stmt* Parser::try_stmt() {
  RULE_ENTER();
  int m = mark;
  if (!peek_tok()) return nullptr;
  if (call_invalid_rules) {
    invalid_try_stmt();
    mark = m;
    if (error_indicator) return nullptr;
  }
  if (!expect(T::KwTry)) return nullptr;
  if (!expect_forced(T::Colon, ":")) {
    mark = m;
    return nullptr;
  }
  std::vector<Stmt*>* b = block();
  if (!b) {
    mark = m;
    return nullptr;
  }
  int after_block = mark;
  {
    std::vector<Stmt*> f;
    if (finally_block(f)) {
      Stmt* s = new_stmt(StmtKind::Try, extra(m));
      s->body = *b;
      s->finalbody = std::move(f);
      return s;
    }
  }
  if (error_indicator) return nullptr;
  for (int star = 0; star < 2; star++) {
    mark = after_block;
    std::vector<ast::ExceptHandler> handlers;
    for (;;) {
      int m2 = mark;
      ast::ExceptHandler h;
      if (star ? except_star_block(h) : except_block(h)) {
        handlers.push_back(std::move(h));
        continue;
      }
      mark = m2;
      break;
    }
    if (error_indicator) return nullptr;
    if (handlers.empty()) continue;
    int m3 = mark;
    std::vector<Stmt*> el, f;
    if (!else_block(el)) {
      if (error_indicator) return nullptr;
      mark = m3;
    }
    int m4 = mark;
    if (!finally_block(f)) {
      if (error_indicator) return nullptr;
      mark = m4;
    }
    Stmt* s = new_stmt(star ? StmtKind::TryStar : StmtKind::Try, extra(m));
    s->body = *b;
    s->handlers = std::move(handlers);
    s->orelse = std::move(el);
    s->finalbody = std::move(f);
    return s;
  }
  mark = m;
  return nullptr;
}

// except_block:
//     | invalid_except_stmt_indent
//     | 'except' expression ['as' NAME] ':' block
//     | 'except' ':' block
//     | invalid_except_stmt
bool Parser::except_block(ast::ExceptHandler& out) {
  RULE_ENTER();
  int m = mark;
  if (!peek_tok()) return false;
  if (call_invalid_rules) {
    invalid_except_stmt_indent();
    mark = m;
    if (error_indicator) return false;
  }
  if (expect(T::KwExcept)) {
    if (Expr* e = expression()) {
      const Token* t = nullptr;
      int m2 = mark;
      if (expect(T::KwAs)) {
        t = expect_name();
        if (!t) mark = m2;
      }
      if (!error_indicator && expect(T::Colon)) {
        if (std::vector<Stmt*>* b = block()) {
          out.type = e;
          out.name = t ? std::string(text(t)) : std::string();
          out.body = *b;
          out.pos = extra(m);
          return true;
        }
      }
    }
  }
  mark = m;
  if (error_indicator) return false;
  if (expect(T::KwExcept) && expect(T::Colon)) {
    if (std::vector<Stmt*>* b = block()) {
      out.type = nullptr;
      out.name.clear();
      out.body = *b;
      out.pos = extra(m);
      return true;
    }
  }
  mark = m;
  if (error_indicator) return false;
  if (call_invalid_rules) {
    invalid_except_stmt();
    mark = m;
  }
  return false;
}

// except_star_block:
//     | invalid_except_star_stmt_indent
//     | 'except' '*' expression ['as' NAME] ':' block
//     | invalid_except_stmt
bool Parser::except_star_block(ast::ExceptHandler& out) {
  RULE_ENTER();
  int m = mark;
  if (!peek_tok()) return false;
  if (call_invalid_rules) {
    invalid_except_star_stmt_indent();
    mark = m;
    if (error_indicator) return false;
  }
  if (expect(T::KwExcept) && expect(T::Star)) {
    if (Expr* e = expression()) {
      const Token* t = nullptr;
      int m2 = mark;
      if (expect(T::KwAs)) {
        t = expect_name();
        if (!t) mark = m2;
      }
      if (!error_indicator && expect(T::Colon)) {
        if (std::vector<Stmt*>* b = block()) {
          out.type = e;
          out.name = t ? std::string(text(t)) : std::string();
          out.body = *b;
          out.pos = extra(m);
          return true;
        }
      }
    }
  }
  mark = m;
  if (error_indicator) return false;
  if (call_invalid_rules) {
    invalid_except_stmt();
    mark = m;
  }
  return false;
}

// finally_block: invalid_finally_stmt | 'finally' &&':' block
bool Parser::finally_block(std::vector<Stmt*>& out) {
  RULE_ENTER();
  int m = mark;
  if (call_invalid_rules) {
    invalid_finally_stmt();
    mark = m;
    if (error_indicator) return false;
  }
  if (!expect(T::KwFinally)) return false;
  if (!expect_forced(T::Colon, ":")) {
    mark = m;
    return false;
  }
  std::vector<Stmt*>* b = block();
  if (!b) {
    mark = m;
    return false;
  }
  out = *b;
  return true;
}

}  // namespace il::lang::detail
