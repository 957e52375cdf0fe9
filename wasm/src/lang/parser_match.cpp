// parser_match.cpp — the match statement (python.gram, "Match statement").
// The statement becomes a Stmt of kind Match (subject in `value`, `cases`).
// Pattern rules return true on a match and leave the pattern node in
// `pat_node` and its position in `pat_pos` (needed by a few error messages).
#include "lang/parser_impl.h"

namespace il::lang::detail {

// match_stmt:
//     | "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
//     | invalid_match_stmt
Stmt* Parser::match_stmt() {
  RULE_ENTER();
  int m = mark;
  if (!peek_tok()) return nullptr;
  if (expect_soft_keyword("match")) {
    Expr* subject = subject_expr();
    if (subject && expect(T::Colon) && expect(T::Newline) && expect(T::Indent)) {
      std::vector<ast::MatchCase> cases;
      for (;;) {
        int m2 = mark;
        if (!case_block()) {
          mark = m2;
          break;
        }
        cases.push_back(std::move(case_node));
      }
      if (!cases.empty() && !error_indicator && expect(T::Dedent)) {
        Stmt* s = new_stmt(StmtKind::Match, extra(m));
        s->value = subject;
        s->cases = std::move(cases);
        return s;
      }
    }
  }
  mark = m;
  if (error_indicator) return nullptr;
  if (call_invalid_rules) {
    invalid_match_stmt();
    mark = m;
  }
  return nullptr;
}

// subject_expr:
//     | star_named_expression ',' star_named_expressions?
//     | named_expression
Expr* Parser::subject_expr() {
  RULE_ENTER();
  int m = mark;
  if (!peek_tok()) return nullptr;
  if (Expr* value = star_named_expression()) {
    if (expect(T::Comma)) {
      std::vector<Expr*> elts{value};
      int m2 = mark;
      if (!star_named_expressions(elts)) {
        if (error_indicator) return nullptr;
        elts.resize(1);
        mark = m2;
      }
      Expr* t = new_expr(ExprKind::Tuple, extra(m));
      t->values = std::move(elts);
      return t;
    }
  }
  mark = m;
  if (error_indicator) return nullptr;
  return named_expression();
}

// case_block: invalid_case_block | "case" patterns guard? ':' block
bool Parser::case_block() {
  RULE_ENTER();
  int m = mark;
  if (call_invalid_rules) {
    invalid_case_block();
    mark = m;
    if (error_indicator) return false;
  }
  if (expect_soft_keyword("case") && patterns()) {
    ast::Pattern* pat = pat_node;
    int m2 = mark;
    Expr* g = guard();
    if (!g) mark = m2;
    if (!error_indicator && expect(T::Colon)) {
      if (std::vector<Stmt*>* body = block()) {
        case_node.pattern = pat;
        case_node.guard = g;
        case_node.body = *body;
        return true;
      }
    }
  }
  mark = m;
  return false;
}

// guard: 'if' named_expression
Expr* Parser::guard() {
  RULE_ENTER();
  int m = mark;
  if (expect(T::KwIf)) {
    if (Expr* e = named_expression()) return e;
  }
  mark = m;
  return nullptr;
}

// patterns: open_sequence_pattern | pattern
bool Parser::patterns() {
  RULE_ENTER();
  int m = mark;
  if (!peek_tok()) return false;
  std::vector<ast::Pattern*> items;
  if (open_sequence_pattern(items)) {
    pat_pos = extra(m);
    pat_node = arena->pattern(ast::PatternKind::MatchSequence, pat_pos);
    pat_node->patterns = std::move(items);
    return true;
  }
  mark = m;
  if (error_indicator) return false;
  return pattern();
}

// pattern: as_pattern | or_pattern
bool Parser::pattern() {
  RULE_ENTER();
  int m = mark;
  if (as_pattern()) return true;
  mark = m;
  if (error_indicator) return false;
  return or_pattern();
}

// as_pattern: or_pattern 'as' pattern_capture_target | invalid_as_pattern
bool Parser::as_pattern() {
  RULE_ENTER();
  int m = mark;
  if (!peek_tok()) return false;
  if (or_pattern()) {
    ast::Pattern* inner = pat_node;
    if (expect(T::KwAs)) {
      if (const Token* target = pattern_capture_target()) {
        pat_pos = extra(m);
        pat_node = arena->pattern(ast::PatternKind::MatchAs, pat_pos);
        pat_node->pattern = inner;
        pat_node->name = std::string(text(target));
        return true;
      }
    }
  }
  mark = m;
  if (error_indicator) return false;
  if (call_invalid_rules) {
    invalid_as_pattern();
    mark = m;
  }
  return false;
}

// or_pattern: '|'.closed_pattern+
bool Parser::or_pattern() {
  RULE_ENTER();
  int m = mark;
  if (!peek_tok()) return false;
  if (!closed_pattern()) return false;
  std::vector<ast::Pattern*> alts{pat_node};
  for (;;) {
    int m2 = mark;
    if (expect(T::VBar) && closed_pattern()) {
      alts.push_back(pat_node);
      continue;
    }
    mark = m2;
    break;
  }
  if (error_indicator) return false;
  if (alts.size() > 1) {
    pat_pos = extra(m);
    pat_node = arena->pattern(ast::PatternKind::MatchOr, pat_pos);
    pat_node->patterns = std::move(alts);
  }
  return true;
}

// closed_pattern (memo):
//     | literal_pattern | capture_pattern | wildcard_pattern | value_pattern
//     | group_pattern | sequence_pattern | mapping_pattern | class_pattern
bool Parser::closed_pattern() {
  RULE_ENTER();
  int m = mark;
  void* memo;
  if (memo_get(Memo::ClosedPattern, &memo)) {
    if (memo) {
      pat_node = static_cast<ast::Pattern*>(memo);
      pat_pos = pat_node->pos;
    }
    return memo != nullptr;
  }
  if (error_indicator) return false;
  bool r = closed_pattern_uncached();
  if (!r) mark = m;
  if (error_indicator) return false;
  if (r) pat_node->pos = pat_pos;  // as CPython: a parenthesised pattern keeps the inner position
  memo_put(m, Memo::ClosedPattern, r ? pat_node : nullptr);
  return r;
}

bool Parser::closed_pattern_uncached() {
  int m = mark;
  bool (Parser::*alts[])() = {&Parser::literal_pattern, &Parser::capture_pattern,
                              &Parser::wildcard_pattern, &Parser::value_pattern,
                              &Parser::group_pattern, &Parser::sequence_pattern,
                              &Parser::mapping_pattern, &Parser::class_pattern};
  for (auto alt : alts) {
    if ((this->*alt)()) return true;
    mark = m;
    if (error_indicator) return false;
  }
  return false;
}

// literal_pattern:
//     | signed_number !('+' | '-') | complex_number | strings | 'None' | 'True' | 'False'
bool Parser::literal_pattern() {
  RULE_ENTER();
  int m = mark;
  if (Expr* e = literal_expr()) {
    pat_pos = e->pos;
    bool singleton = e->kind == ExprKind::Constant &&
                     (e->const_kind == ast::ConstKind::None || e->const_kind == ast::ConstKind::True ||
                      e->const_kind == ast::ConstKind::False);
    pat_node = arena->pattern(singleton ? ast::PatternKind::MatchSingleton : ast::PatternKind::MatchValue, pat_pos);
    pat_node->value = e;
    return true;
  }
  mark = m;
  return false;
}

// literal_expr: the same alternatives, as an expression
Expr* Parser::literal_expr() {
  RULE_ENTER();
  int m = mark;
  const Token* t = peek_tok();
  if (!t) return nullptr;
  if (Expr* e = signed_number()) {
    const Token* n = peek_tok();
    if (n && n->type != T::Plus && n->type != T::Minus) return e;
  }
  mark = m;
  if (error_indicator) return nullptr;
  if (Expr* e = complex_number()) return e;
  mark = m;
  if (error_indicator) return nullptr;
  if (t->type == T::String) return strings();
  if (t->type == T::KwNone || t->type == T::KwTrue || t->type == T::KwFalse) {
    mark++;
    Expr* e = new_expr(ExprKind::Constant, extra(m));
    e->const_kind = t->type == T::KwNone   ? ast::ConstKind::None
                    : t->type == T::KwTrue ? ast::ConstKind::True
                                           : ast::ConstKind::False;
    return e;
  }
  return nullptr;
}

// complex_number: signed_real_number ('+' | '-') imaginary_number
Expr* Parser::complex_number() {
  RULE_ENTER();
  int m = mark;
  Expr* real = signed_real_number();
  if (real) {
    const Token* op = peek_tok();
    if (op && (op->type == T::Plus || op->type == T::Minus)) {
      mark++;
      if (Expr* imag = imaginary_number()) {
        Expr* e = new_expr(ExprKind::BinOp, extra(m));
        e->left = real;
        e->op = op->type == T::Plus ? ast::OpKind::Add : ast::OpKind::Sub;
        e->right = imag;
        return e;
      }
    }
  }
  mark = m;
  return nullptr;
}

// signed_number: NUMBER | '-' NUMBER
Expr* Parser::signed_number() {
  RULE_ENTER();
  int m = mark;
  if (const Token* n = expect(T::Number)) return number_expr(n);
  if (expect(T::Minus)) {
    if (const Token* n = expect(T::Number)) {
      Expr* e = new_expr(ExprKind::UnaryOp, extra(m));
      e->unaryop = ast::UnaryKind::USub;
      e->left = number_expr(n);
      return e;
    }
  }
  mark = m;
  return nullptr;
}

// signed_real_number: real_number | '-' real_number
Expr* Parser::signed_real_number() {
  RULE_ENTER();
  int m = mark;
  if (Expr* r = real_number()) return r;
  if (error_indicator) return nullptr;
  if (expect(T::Minus)) {
    if (Expr* r = real_number()) {
      Expr* e = new_expr(ExprKind::UnaryOp, extra(m));
      e->unaryop = ast::UnaryKind::USub;
      e->left = r;
      return e;
    }
  }
  mark = m;
  return nullptr;
}

// real_number: NUMBER (which must not be imaginary)
Expr* Parser::real_number() {
  RULE_ENTER();
  const Token* n = expect(T::Number);
  if (!n) return nullptr;
  Expr* e = number_expr(n);
  if (e->const_kind == ast::ConstKind::Imag) {
    raise_at(e, "real number required in complex literal");
    return nullptr;
  }
  return e;
}

// imaginary_number: NUMBER (which must be imaginary)
Expr* Parser::imaginary_number() {
  RULE_ENTER();
  const Token* n = expect(T::Number);
  if (!n) return nullptr;
  Expr* e = number_expr(n);
  if (e->const_kind != ast::ConstKind::Imag) {
    raise_at(e, "imaginary number required in complex literal");
    return nullptr;
  }
  return e;
}

// capture_pattern: pattern_capture_target
bool Parser::capture_pattern() {
  RULE_ENTER();
  const Token* t = pattern_capture_target();
  if (!t) return false;
  pat_pos = tok_pos(t);
  pat_node = arena->pattern(ast::PatternKind::MatchAs, pat_pos);
  pat_node->name = std::string(text(t));
  return true;
}

// pattern_capture_target: !"_" NAME !('.' | '(' | '=')
const Token* Parser::pattern_capture_target() {
  RULE_ENTER();
  int m = mark;
  const Token* t = peek_tok();
  if (!t || t->type != T::Name || text(t) == "_") return nullptr;
  mark++;
  const Token* n = peek_tok();
  if (n && n->type != T::Dot && n->type != T::LPar && n->type != T::Equal) return t;
  mark = m;
  return nullptr;
}

// wildcard_pattern: "_"
bool Parser::wildcard_pattern() {
  RULE_ENTER();
  if (const Token* t = expect_soft_keyword("_")) {
    pat_pos = tok_pos(t);
    pat_node = arena->pattern(ast::PatternKind::MatchAs, pat_pos);
    return true;
  }
  return false;
}

// value_pattern: attr !('.' | '(' | '=')
bool Parser::value_pattern() {
  RULE_ENTER();
  int m = mark;
  if (Expr* a = attr()) {
    const Token* n = peek_tok();
    if (n && n->type != T::Dot && n->type != T::LPar && n->type != T::Equal) {
      pat_pos = a->pos;
      pat_node = arena->pattern(ast::PatternKind::MatchValue, pat_pos);
      pat_node->value = a;
      return true;
    }
  }
  mark = m;
  return false;
}

// attr: name_or_attr '.' NAME      (left-recursive: NAME ('.' NAME)+)
Expr* Parser::attr() {
  RULE_ENTER();
  int m = mark;
  Expr* e = name_or_attr();
  if (!e || e->kind != ExprKind::Attribute) {
    mark = m;
    return nullptr;
  }
  return e;
}

// name_or_attr: attr | NAME
Expr* Parser::name_or_attr() {
  RULE_ENTER();
  int m = mark;
  const Token* n = expect_name();
  if (!n) return nullptr;
  Expr* e = name_expr(n);
  for (;;) {
    int m2 = mark;
    if (expect(T::Dot)) {
      if (const Token* b = expect_name()) {
        Expr* a = new_expr(ExprKind::Attribute, extra(m));
        a->left = e;
        a->name = std::string(text(b));
        e = a;
        continue;
      }
    }
    mark = m2;
    break;
  }
  return error_indicator ? nullptr : e;
}

// group_pattern: '(' pattern ')'
bool Parser::group_pattern() {
  RULE_ENTER();
  int m = mark;
  if (expect(T::LPar) && pattern() && expect(T::RPar)) return true;
  mark = m;
  return false;
}

// sequence_pattern:
//     | '[' maybe_sequence_pattern? ']'
//     | '(' open_sequence_pattern? ')'
bool Parser::sequence_pattern() {
  RULE_ENTER();
  int m = mark;
  std::vector<ast::Pattern*> items;
  if (expect(T::LSqb)) {
    int m2 = mark;
    if (!maybe_sequence_pattern(items)) {
      mark = m2;
      items.clear();
    }
    if (!error_indicator && expect(T::RSqb)) {
      pat_pos = extra(m);
      pat_node = arena->pattern(ast::PatternKind::MatchSequence, pat_pos);
      pat_node->patterns = std::move(items);
      return true;
    }
  }
  mark = m;
  if (error_indicator) return false;
  items.clear();
  if (expect(T::LPar)) {
    int m2 = mark;
    if (!open_sequence_pattern(items)) {
      mark = m2;
      items.clear();
    }
    if (!error_indicator && expect(T::RPar)) {
      pat_pos = extra(m);
      pat_node = arena->pattern(ast::PatternKind::MatchSequence, pat_pos);
      pat_node->patterns = std::move(items);
      return true;
    }
  }
  mark = m;
  return false;
}

// open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern?
bool Parser::open_sequence_pattern(std::vector<ast::Pattern*>& out) {
  RULE_ENTER();
  int m = mark;
  size_t n0 = out.size();
  if (maybe_star_pattern()) {
    out.push_back(pat_node);
    if (expect(T::Comma)) {
      int m2 = mark;
      size_t n1 = out.size();
      if (!maybe_sequence_pattern(out)) {
        mark = m2;
        out.resize(n1);
      }
      return !error_indicator;
    }
  }
  out.resize(n0);
  mark = m;
  return false;
}

// maybe_sequence_pattern: ','.maybe_star_pattern+ ','?
bool Parser::maybe_sequence_pattern(std::vector<ast::Pattern*>& out) {
  RULE_ENTER();
  if (!maybe_star_pattern()) return false;
  out.push_back(pat_node);
  for (;;) {
    int m = mark;
    if (expect(T::Comma) && maybe_star_pattern()) {
      out.push_back(pat_node);
      continue;
    }
    mark = m;
    break;
  }
  if (error_indicator) return false;
  expect(T::Comma);
  return !error_indicator;
}

// maybe_star_pattern: star_pattern | pattern
bool Parser::maybe_star_pattern() {
  RULE_ENTER();
  int m = mark;
  if (star_pattern()) return true;
  mark = m;
  if (error_indicator) return false;
  return pattern();
}

// star_pattern (memo): '*' pattern_capture_target | '*' wildcard_pattern
bool Parser::star_pattern() {
  RULE_ENTER();
  int m = mark;
  if (expect(T::Star)) {
    const Token* target = pattern_capture_target();
    if (target || wildcard_pattern()) {
      pat_pos = extra(m);
      pat_node = arena->pattern(ast::PatternKind::MatchStar, pat_pos);
      if (target) pat_node->name = std::string(text(target));
      return true;
    }
  }
  mark = m;
  return false;
}

// mapping_pattern:
//     | '{' '}'
//     | '{' double_star_pattern ','? '}'
//     | '{' items_pattern ',' double_star_pattern ','? '}'
//     | '{' items_pattern ','? '}'
bool Parser::mapping_pattern() {
  RULE_ENTER();
  int m = mark;
  if (!expect(T::LBrace)) return false;
  auto make = [&](std::vector<Expr*> keys, std::vector<ast::Pattern*> pats, const Token* rest) {
    pat_pos = extra(m);
    pat_node = arena->pattern(ast::PatternKind::MatchMapping, pat_pos);
    pat_node->keys = std::move(keys);
    pat_node->patterns = std::move(pats);
    if (rest) pat_node->name = std::string(text(rest));
    return true;
  };
  if (expect(T::RBrace)) return make({}, {}, nullptr);
  if (const Token* rest = double_star_pattern()) {
    expect(T::Comma);
    if (expect(T::RBrace)) return make({}, {}, rest);
  }
  mark = m + 1;
  if (error_indicator) return false;
  {
    std::vector<Expr*> keys;
    std::vector<ast::Pattern*> pats;
    if (items_pattern(keys, pats) && expect(T::Comma)) {
      if (const Token* rest = double_star_pattern()) {
        expect(T::Comma);
        if (expect(T::RBrace)) return make(std::move(keys), std::move(pats), rest);
      }
    }
  }
  mark = m + 1;
  if (error_indicator) return false;
  {
    std::vector<Expr*> keys;
    std::vector<ast::Pattern*> pats;
    if (items_pattern(keys, pats)) {
      expect(T::Comma);
      if (expect(T::RBrace)) return make(std::move(keys), std::move(pats), nullptr);
    }
  }
  mark = m;
  return false;
}

// items_pattern: ','.key_value_pattern+
bool Parser::items_pattern(std::vector<Expr*>& keys, std::vector<ast::Pattern*>& pats) {
  RULE_ENTER();
  Expr* key;
  if (!key_value_pattern(&key)) return false;
  keys.push_back(key);
  pats.push_back(pat_node);
  for (;;) {
    int m = mark;
    if (expect(T::Comma) && key_value_pattern(&key)) {
      keys.push_back(key);
      pats.push_back(pat_node);
      continue;
    }
    mark = m;
    break;
  }
  return !error_indicator;
}

// key_value_pattern: (literal_expr | attr) ':' pattern
bool Parser::key_value_pattern(Expr** out_key) {
  RULE_ENTER();
  int m = mark;
  Expr* key = literal_expr();
  if (!key && !error_indicator) {
    mark = m;
    key = attr();
  }
  if (key && expect(T::Colon) && pattern()) {
    *out_key = key;
    return true;
  }
  mark = m;
  return false;
}

// double_star_pattern: '**' pattern_capture_target
const Token* Parser::double_star_pattern() {
  RULE_ENTER();
  int m = mark;
  if (expect(T::DoubleStar)) {
    if (const Token* t = pattern_capture_target()) return t;
  }
  mark = m;
  return nullptr;
}

// class_pattern:
//     | name_or_attr '(' ')'
//     | name_or_attr '(' positional_patterns ','? ')'
//     | name_or_attr '(' keyword_patterns ','? ')'
//     | name_or_attr '(' positional_patterns ',' keyword_patterns ','? ')'
//     | invalid_class_pattern
bool Parser::class_pattern() {
  RULE_ENTER();
  int m = mark;
  if (!peek_tok()) return false;
  Expr* cls = name_or_attr();
  if (cls && expect(T::LPar)) {
    int after = mark;
    std::vector<ast::Pattern*> pos;
    std::vector<std::string> kwd_names;
    std::vector<ast::Pattern*> kwd_pats;
    auto make = [&]() {
      pat_pos = extra(m);
      pat_node = arena->pattern(ast::PatternKind::MatchClass, pat_pos);
      pat_node->value = cls;
      pat_node->patterns = std::move(pos);
      pat_node->kwd_attrs = std::move(kwd_names);
      pat_node->kwd_patterns = std::move(kwd_pats);
      return true;
    };
    if (expect(T::RPar)) return make();
    int n;
    Pos first, last;
    if (positional_patterns(&n, &first, &last, &pos)) {
      expect(T::Comma);
      if (expect(T::RPar)) return make();
    }
    mark = after;
    pos.clear();
    if (error_indicator) return false;
    if (keyword_patterns(&kwd_names, &kwd_pats)) {
      expect(T::Comma);
      if (expect(T::RPar)) return make();
    }
    mark = after;
    kwd_names.clear();
    kwd_pats.clear();
    if (error_indicator) return false;
    if (positional_patterns(&n, &first, &last, &pos) && expect(T::Comma) && keyword_patterns(&kwd_names, &kwd_pats)) {
      expect(T::Comma);
      if (expect(T::RPar)) return make();
    }
  }
  mark = m;
  if (error_indicator) return false;
  if (call_invalid_rules) {
    invalid_class_pattern();
    mark = m;
  }
  return false;
}

// positional_patterns: ','.pattern+
bool Parser::positional_patterns(int* count, Pos* first, Pos* last, std::vector<ast::Pattern*>* out) {
  RULE_ENTER();
  if (!pattern()) return false;
  *count = 1;
  *first = *last = pat_pos;
  if (out) out->push_back(pat_node);
  for (;;) {
    int m = mark;
    if (expect(T::Comma) && pattern()) {
      ++*count;
      *last = pat_pos;
      if (out) out->push_back(pat_node);
      continue;
    }
    mark = m;
    break;
  }
  return !error_indicator;
}

// keyword_patterns: ','.keyword_pattern+
bool Parser::keyword_patterns(std::vector<std::string>* names, std::vector<ast::Pattern*>* pats) {
  RULE_ENTER();
  std::string name;
  if (!keyword_pattern(&name)) return false;
  if (names) names->push_back(name);
  if (pats) pats->push_back(pat_node);
  for (;;) {
    int m = mark;
    if (expect(T::Comma) && keyword_pattern(&name)) {
      if (names) names->push_back(name);
      if (pats) pats->push_back(pat_node);
      continue;
    }
    mark = m;
    break;
  }
  return !error_indicator;
}

// keyword_pattern: NAME '=' pattern
bool Parser::keyword_pattern(std::string* name) {
  RULE_ENTER();
  int m = mark;
  const Token* n = expect_name();
  if (n && expect(T::Equal) && pattern()) {
    if (name) *name = std::string(text(n));
    return true;
  }
  mark = m;
  return false;
}

// invalid_match_stmt:
//     | "match" subject_expr NEWLINE
//     | a="match" subject=subject_expr ':' NEWLINE !INDENT
bool Parser::invalid_match_stmt() {
  RULE_ENTER();
  int m = mark;
  if (expect_soft_keyword("match") && subject_expr() && expect(T::Newline)) {
    raise_error(ErrType::Syntax, "expected ':'");
    return true;
  }
  mark = m;
  if (error_indicator) return false;
  if (const Token* a = expect_soft_keyword("match")) {
    if (subject_expr() && expect(T::Colon) && expect(T::Newline) && !check(T::Indent) &&
        !error_indicator) {
      raise_error(ErrType::Indentation,
                  "expected an indented block after 'match' statement on line " +
                      std::to_string(a->line));
      return true;
    }
  }
  mark = m;
  return false;
}

// invalid_case_block:
//     | "case" patterns guard? NEWLINE
//     | a="case" patterns guard? ':' NEWLINE !INDENT
bool Parser::invalid_case_block() {
  RULE_ENTER();
  int m = mark;
  for (int alt = 0; alt < 2; alt++) {
    mark = m;
    const Token* a = expect_soft_keyword("case");
    if (!a || !patterns()) continue;
    int m2 = mark;
    if (!guard()) mark = m2;
    if (error_indicator) return false;
    if (alt == 0) {
      if (expect(T::Newline)) {
        raise_error(ErrType::Syntax, "expected ':'");
        return true;
      }
    } else if (expect(T::Colon) && expect(T::Newline) && !check(T::Indent) && !error_indicator) {
      raise_error(ErrType::Indentation,
                  "expected an indented block after 'case' statement on line " +
                      std::to_string(a->line));
      return true;
    }
    if (error_indicator) return false;
  }
  mark = m;
  return false;
}

// invalid_as_pattern:
//     | or_pattern 'as' a="_"
//     | or_pattern 'as' !NAME a=expression
bool Parser::invalid_as_pattern() {
  RULE_ENTER();
  int m = mark;
  if (or_pattern() && expect(T::KwAs)) {
    if (const Token* a = expect_soft_keyword("_")) {
      raise_at_tok(a, "cannot use '_' as a target");
      return true;
    }
  }
  mark = m;
  if (error_indicator) return false;
  if (or_pattern() && expect(T::KwAs) && !check(T::Name) && !error_indicator) {
    if (Expr* a = expression()) {
      raise_at(a, "invalid pattern target");
      return true;
    }
  }
  mark = m;
  return false;
}

// invalid_class_pattern: name_or_attr '(' a=invalid_class_argument_pattern
// invalid_class_argument_pattern: [positional_patterns ','] keyword_patterns ',' a=positional_patterns
bool Parser::invalid_class_pattern() {
  RULE_ENTER();
  int m = mark;
  if (name_or_attr() && expect(T::LPar)) {
    int m2 = mark;
    int n;
    Pos first, last;
    if (!(positional_patterns(&n, &first, &last) && expect(T::Comma))) mark = m2;
    if (!error_indicator && keyword_patterns() && expect(T::Comma) &&
        positional_patterns(&n, &first, &last)) {
      raise_known(ErrType::Syntax, first.line, node_byte_col(first.line, first.col) + 1,
                  last.end_line, node_byte_col(last.end_line, last.end_col) + 1,
                  "positional patterns follow keyword patterns");
      return true;
    }
  }
  mark = m;
  return false;
}

}  // namespace il::lang::detail
