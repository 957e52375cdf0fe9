// parser.cpp — parser infrastructure (tokens, memo, errors, the two passes)
// and the statement rules of CPython 3.11's grammar.
//
// How errors come out, as in CPython's pegen:
//  * The first pass parses with the ordinary rules only. A tokenizer error or
//    a "forced" token (&&':') raises at once.
//  * If the first pass fails without an error, a second pass runs with the
//    invalid_* rules switched on; the first one that matches raises its
//    specialised message.
//  * If nothing matched, it is "invalid syntax" at the furthest token the
//    first pass looked at (or "unexpected indent"), unless the tokenizer
//    finds an error further on in the source, which wins.
#include <cstdint>
#include <cstdio>
#include <cstring>

#include "lang/parser_impl.h"

namespace il::lang {
namespace detail {

namespace {

// Nesting beyond this many bytes of C++ stack below the parse entry point
// gives a SyntaxError instead of overflowing: the runtime may parse on a
// 256 KiB thread stack, and the compiler needs room after us.
constexpr uintptr_t kStackBudget = 160 * 1024;
// CPython's parser gives up past 6000 nested rule calls (MAXSTACK).
constexpr int kMaxDepth = 6000;

thread_local uintptr_t t_stack_base = 0;

uintptr_t stack_address() {
  volatile char probe = 0;
  return (uintptr_t)&probe;
}

T keyword_type(std::string_view s) {
  switch (s.size()) {
    case 2:
      if (s == "if") return T::KwIf;
      if (s == "in") return T::KwIn;
      if (s == "is") return T::KwIs;
      if (s == "as") return T::KwAs;
      if (s == "or") return T::KwOr;
      break;
    case 3:
      if (s == "def") return T::KwDef;
      if (s == "for") return T::KwFor;
      if (s == "and") return T::KwAnd;
      if (s == "not") return T::KwNot;
      if (s == "del") return T::KwDel;
      if (s == "try") return T::KwTry;
      break;
    case 4:
      if (s == "None") return T::KwNone;
      if (s == "True") return T::KwTrue;
      if (s == "else") return T::KwElse;
      if (s == "elif") return T::KwElif;
      if (s == "from") return T::KwFrom;
      if (s == "pass") return T::KwPass;
      if (s == "with") return T::KwWith;
      break;
    case 5:
      if (s == "False") return T::KwFalse;
      if (s == "class") return T::KwClass;
      if (s == "while") return T::KwWhile;
      if (s == "yield") return T::KwYield;
      if (s == "break") return T::KwBreak;
      if (s == "raise") return T::KwRaise;
      if (s == "async") return T::KwAsync;
      if (s == "await") return T::KwAwait;
      break;
    case 6:
      if (s == "return") return T::KwReturn;
      if (s == "import") return T::KwImport;
      if (s == "lambda") return T::KwLambda;
      if (s == "global") return T::KwGlobal;
      if (s == "assert") return T::KwAssert;
      if (s == "except") return T::KwExcept;
      break;
    case 7:
      if (s == "finally") return T::KwFinally;
      break;
    case 8:
      if (s == "continue") return T::KwContinue;
      if (s == "nonlocal") return T::KwNonlocal;
      break;
  }
  return T::Name;
}

const char* err_type_name(ErrType t) {
  switch (t) {
    case ErrType::Indentation: return "IndentationError";
    case ErrType::Tab: return "TabError";
    default: return "SyntaxError";
  }
}

// CPython's _PyPegen_byte_offset_to_character_offset: the number of code
// points in the first `col` bytes of the line (newline and NUL included).
int byte_offset_to_character_offset(std::string_view line, bool has_newline, int col) {
  int len = (int)line.size() + (has_newline ? 1 : 0);
  if (col > len + 1) col = len + 1;
  int n = 0;
  for (int i = 0; i < col; i++) {
    if (i >= (int)line.size()) {
      n++;  // the newline, then the terminating NUL
    } else if (((unsigned char)line[i] & 0xC0) != 0x80) {
      n++;
    }
  }
  return n;
}

}  // namespace

Parser::Parser(std::string_view source, bool exec_input, ast::Module* m)
    : tok(source, exec_input), module(m), arena(&m->arena) {}

bool Parser::enter() {
  depth++;
  if (error_indicator) return false;
  uintptr_t here = stack_address();
  if (depth > kMaxDepth || (t_stack_base && t_stack_base > here && t_stack_base - here > kStackBudget)) {
    raise_error(ErrType::Syntax, tok.level() > 0 ? "too many nested parentheses"
                                                 : "too many nested expressions");
    error_indicator = true;
    return false;
  }
  return true;
}

// --- Tokens ----------------------------------------------------------------

bool Parser::fill_token() {
  Token t = tok.next();
  if (t.type == T::Name) t.type = keyword_type(tok.text(t));
  if (fstring_mode) {
    // Columns on the first line shift by the replacement field's column.
    if (t.end_line == 1 && t.col_cp >= 0) t.col_cp += starting_col_cp;
    if (t.end_line == 1 && t.end_col_cp >= 0) t.end_col_cp += starting_col_cp;
    t.line += line_delta;
    t.end_line += line_delta;
  }
  tokens.push_back(t);
  if (t.type == T::ErrorToken) {
    tokenizer_error();
    error_indicator = true;
    return false;
  }
  return true;
}

const Token* Parser::peek_tok() {
  if (mark == (int)tokens.size() && !fill_token()) {
    error_indicator = true;
    return nullptr;
  }
  return &tokens[mark];
}

const Token* Parser::expect(T type) {
  const Token* t = peek_tok();
  if (!t || t->type != type) return nullptr;
  mark++;
  return t;
}

bool Parser::check(T type) {
  const Token* t = peek_tok();
  return t && t->type == type;
}

const Token* Parser::expect_forced(T type, const char* expected) {
  if (error_indicator) return nullptr;
  const Token* t = peek_tok();
  if (!t) return nullptr;
  if (t->type != type) {
    raise_at_tok(t, std::string("expected '") + expected + "'");
    return nullptr;
  }
  mark++;
  return t;
}

const Token* Parser::expect_name() { return expect(T::Name); }

const Token* Parser::expect_soft_keyword(const char* kw) {
  const Token* t = peek_tok();
  if (!t || t->type != T::Name || tok.text(*t) != kw) return nullptr;
  mark++;
  return t;
}

const Token* Parser::soft_keyword() {
  const Token* t = peek_tok();
  if (!t || t->type != T::Name) return nullptr;
  std::string_view s = tok.text(*t);
  if (s != "_" && s != "case" && s != "match") return nullptr;
  mark++;
  return t;
}

const Token* Parser::last_nonwhitespace_token() {
  const Token* t = nullptr;
  for (int m = mark - 1; m >= 0; m--) {
    t = &tokens[m];
    if (t->type != T::EndMarker && t->type != T::Newline && t->type != T::Indent &&
        t->type != T::Dedent)
      break;
  }
  return t;
}

// --- Memo ----------------------------------------------------------------------

bool Parser::memo_get(Memo rule, void** result) {
  if (!peek_tok()) return false;
  for (int i = tokens[mark].memo; i >= 0; i = memo_pool[i].next) {
    if (memo_pool[i].rule == rule) {
      mark = memo_pool[i].end_mark;
      *result = memo_pool[i].result;
      return true;
    }
  }
  return false;
}

void Parser::memo_put(int at, Memo rule, void* result) {
  Token& t = tokens[at];
  memo_pool.push_back({rule, t.memo, mark, result});
  t.memo = (int)memo_pool.size() - 1;
}

void Parser::memo_reset() {
  memo_pool.clear();
  for (Token& t : tokens) t.memo = -1;
}

// --- Node helpers ------------------------------------------------------------

Pos Parser::extra(int start_mark) {
  const Token& s = tokens[start_mark];
  const Token* e = last_nonwhitespace_token();
  if (!e) e = &s;
  return {s.line, s.col_cp, e->end_line, e->end_col_cp};
}

Expr* Parser::name_expr(const Token* t, ast::ExprCtx ctx) {
  Expr* e = new_expr(ExprKind::Name, tok_pos(t));
  e->name = std::string(tok.text(*t));
  e->ctx = ctx;
  return e;
}

Expr* Parser::number_expr(const Token* t) {
  std::string_view s = tok.text(*t);
  Expr* e = new_expr(ExprKind::Constant, tok_pos(t));
  std::string text;
  text.reserve(s.size());
  for (char c : s)
    if (c != '_') text.push_back(c);
  bool radix = text.size() > 1 && text[0] == '0' &&
               (text[1] == 'x' || text[1] == 'X' || text[1] == 'o' || text[1] == 'O' ||
                text[1] == 'b' || text[1] == 'B');
  if (!radix && (text.back() == 'j' || text.back() == 'J')) {
    text.pop_back();
    e->const_kind = ast::ConstKind::Imag;
  } else if (!radix && text.find_first_of(".eE") != std::string::npos) {
    e->const_kind = ast::ConstKind::Float;
  } else {
    e->const_kind = ast::ConstKind::Int;
  }
  e->text = std::move(text);
  return e;
}

// A copy of the target with the given context, recursively through tuples,
// lists and starred (CPython's _PyPegen_set_expr_context). Copies, because
// the original may be memoized and used elsewhere as a load.
Expr* Parser::set_expr_context(Expr* e, ast::ExprCtx ctx) {
  switch (e->kind) {
    case ExprKind::Name:
    case ExprKind::Subscript:
    case ExprKind::Attribute: {
      Expr* n = new_expr(e->kind, e->pos);
      *n = *e;
      n->ctx = ctx;
      return n;
    }
    case ExprKind::Tuple:
    case ExprKind::List: {
      Expr* n = new_expr(e->kind, e->pos);
      *n = *e;
      n->ctx = ctx;
      for (Expr*& v : n->values) v = set_expr_context(v, ctx);
      return n;
    }
    case ExprKind::Starred: {
      Expr* n = new_expr(e->kind, e->pos);
      *n = *e;
      n->ctx = ctx;
      n->left = set_expr_context(e->left, ctx);
      return n;
    }
    default:
      return e;
  }
}

ast::Arg* Parser::new_arg(const Token* name, Expr* annotation, Pos p) {
  ast::Arg* a = arena->arg_node();
  a->name = std::string(tok.text(*name));
  a->annotation = annotation;
  a->pos = p;
  return a;
}

std::vector<Stmt*>* Parser::new_stmt_list() {
  stmt_lists.push_back(std::make_unique<std::vector<Stmt*>>());
  return stmt_lists.back().get();
}

// --- Errors ------------------------------------------------------------------

int Parser::node_byte_col(int line, int cp_col) const {
  if (fstring_mode && line == starting_lineno) cp_col -= starting_col_cp;
  return tok.byte_col(line - line_delta, cp_col);
}

void Parser::raise_known(ErrType type, int line, int col, int end_line, int end_col,
                         const std::string& msg) {
  error_indicator = true;
  if (end_line == kCurrentPos) end_line = tok.lineno() + line_delta;
  if (end_col == kCurrentPos) end_col = (int)(tok.cur() - tok.line_start());
  SyntaxErrorInfo e;
  e.type = err_type_name(type);
  e.msg = fstring_mode ? "f-string: " + msg : msg;
  std::string_view text = tok.line_text(line - line_delta);
  // Does this line end with a newline in the buffer? (It does unless it is
  // the unterminated last line of eval input.)
  const std::string& buf = tok.buffer();
  bool has_nl = false;
  if (!text.empty() || line >= 1) {
    size_t endpos = (size_t)(text.data() - buf.data()) + text.size();
    has_nl = text.data() >= buf.data() && endpos < buf.size() && buf[endpos] == '\n';
  }
  e.line = line;
  e.end_line = end_line;
  e.text = std::string(text);
  e.offset = col < 0 ? col : byte_offset_to_character_offset(text, has_nl, col);
  e.end_offset = end_col > 0 ? byte_offset_to_character_offset(text, has_nl, end_col) : end_col;
  err = std::move(e);
}

// _PyPegen_raise_error: at the last token fetched.
void Parser::raise_error(ErrType type, const std::string& msg) {
  if (error_indicator && err) return;
  if (tokens.empty()) {
    raise_known(type, 0, 0, 0, -1, msg);
    return;
  }
  const Token& t = tokens.back();
  int col = t.col == -1 ? (int)(tok.cur() - tok.line_start()) : t.col + 1;
  int end_col = t.end_col != -1 ? t.end_col + 1 : -1;
  raise_known(type, t.line, col, t.end_line, end_col, msg);
}

void Parser::raise_at(const Expr* a, const std::string& msg) {
  raise_known(ErrType::Syntax, a->pos.line, node_byte_col(a->pos.line, a->pos.col) + 1,
              a->pos.end_line, node_byte_col(a->pos.end_line, a->pos.end_col) + 1, msg);
}

void Parser::raise_range(const Expr* a, const Expr* b, const std::string& msg) {
  raise_known(ErrType::Syntax, a->pos.line, node_byte_col(a->pos.line, a->pos.col) + 1,
              b->pos.end_line, node_byte_col(b->pos.end_line, b->pos.end_col) + 1, msg);
}

void Parser::raise_at_tok(const Token* t, const std::string& msg) {
  raise_known(ErrType::Syntax, t->line, t->col + 1, t->end_line, t->end_col + 1, msg);
}

void Parser::raise_range_tok(const Token* a, const Token* b, const std::string& msg) {
  raise_known(ErrType::Syntax, a->line, a->col + 1, b->end_line, b->end_col + 1, msg);
}

void Parser::raise_range_tok_expr(const Token* a, const Expr* b, const std::string& msg) {
  raise_known(ErrType::Syntax, a->line, a->col + 1, b->pos.end_line,
              node_byte_col(b->pos.end_line, b->pos.end_col) + 1, msg);
}

void Parser::raise_range_expr_tok(const Expr* a, const Token* b, const std::string& msg) {
  raise_known(ErrType::Syntax, a->pos.line, node_byte_col(a->pos.line, a->pos.col) + 1,
              b->end_line, b->end_col + 1, msg);
}

void Parser::raise_starting_from(const Expr* a, const std::string& msg) {
  raise_known(ErrType::Syntax, a->pos.line, node_byte_col(a->pos.line, a->pos.col) + 1,
              kCurrentPos, kCurrentPos, msg);
}

void Parser::raise_starting_from_tok(const Token* a, const std::string& msg) {
  raise_known(ErrType::Syntax, a->line, a->col + 1, kCurrentPos, kCurrentPos, msg);
}

void Parser::raise_unclosed_parentheses_error() {
  int line = tok.paren_line() + line_delta;
  char msg[40];
  std::snprintf(msg, sizeof msg, "'%c' was never closed", tok.paren_char());
  raise_known(ErrType::Syntax, line, tok.paren_col() + 1, line, 0, msg);
}

// _Pypegen_tokenizer_error: turns the tokenizer's state into an exception.
void Parser::tokenizer_error() {
  switch (tok.done()) {
    case TokDone::Error: {
      const TokError& te = tok.error();
      SyntaxErrorInfo e;
      e.type = "SyntaxError";
      e.msg = te.msg;
      e.line = te.line + line_delta;
      e.end_line = te.end_line + line_delta;
      e.offset = te.offset;
      e.end_offset = te.end_offset;
      e.text = te.text;
      err = std::move(e);
      error_indicator = true;
      return;
    }
    case TokDone::Eof:
      if (tok.level()) {
        raise_unclosed_parentheses_error();
      } else {
        raise_error(ErrType::Syntax, "unexpected EOF while parsing");
      }
      return;
    case TokDone::Dedent:
      raise_error(ErrType::Indentation, "unindent does not match any outer indentation level");
      return;
    case TokDone::TabSpace:
      raise_known(ErrType::Tab, tok.lineno() + line_delta, 1, tok.lineno() + line_delta, 0,
                  "inconsistent use of tabs and spaces in indentation");
      return;
    case TokDone::TooDeep:
      raise_known(ErrType::Indentation, tok.lineno() + line_delta, 1,
                  tok.lineno() + line_delta, 0, "too many levels of indentation");
      return;
    case TokDone::LineCont: {
      int col = (int)(tok.cur() - tok.line_start()) - 1;
      raise_known(ErrType::Syntax, tok.lineno() + line_delta, col + 1, tok.lineno() + line_delta,
                  0, "unexpected character after line continuation character");
      return;
    }
    case TokDone::Ok:
      raise_error(ErrType::Syntax, "unknown parsing error");
      return;
  }
}

// After a parser error, tokenize the rest of the source: a tokenizer error
// further on (an unterminated string, a stray bracket) takes precedence, and
// so does a bracket left open on an earlier line.
void Parser::tokenize_full_source_to_check_for_errors() {
  if (tok.done() != TokDone::Ok) return;
  int current_err_line = tokens.back().line;
  for (;;) {
    Token t = tok.next();
    if (t.type == T::ErrorToken) {
      if (tok.done() == TokDone::Error) {
        tokenizer_error();
        return;
      }
      if (tok.level() != 0) {
        int error_lineno = tok.paren_line() + line_delta;
        if (current_err_line > error_lineno) {
          raise_unclosed_parentheses_error();
          return;
        }
      }
      return;
    }
    if (t.type == T::EndMarker) return;
  }
}

// _Pypegen_set_syntax_error: the message when the second pass found nothing
// more specific.
void Parser::set_syntax_error(const Token* last) {
  if (err) {
    if (tok.done() == TokDone::Ok) tokenize_full_source_to_check_for_errors();
    return;
  }
  if (tokens.empty() || !last) {
    raise_error(ErrType::Syntax, "error at start before reading any input");
    return;
  }
  if (last->type == T::ErrorToken && tok.done() == TokDone::Eof) {
    if (tok.level()) {
      raise_unclosed_parentheses_error();
    } else {
      raise_error(ErrType::Syntax, "unexpected EOF while parsing");
    }
    return;
  }
  if (last->type == T::Indent || last->type == T::Dedent) {
    raise_error(ErrType::Indentation,
                last->type == T::Indent ? "unexpected indent" : "unexpected unindent");
    return;
  }
  raise_known(ErrType::Syntax, last->line, last->col + 1, last->end_line, last->end_col + 1,
              "invalid syntax");
  tokenize_full_source_to_check_for_errors();
}

SyntaxErrorInfo Parser::finish_error() const { return *err; }

// --- Entry points --------------------------------------------------------------

namespace {
// Records the stack address of the outermost parse so that nested parsers
// (f-string fields) share the budget.
struct StackBase {
  bool owner = false;
  StackBase() {
    if (!t_stack_base) {
      t_stack_base = stack_address();
      owner = true;
    }
  }
  ~StackBase() {
    if (owner) t_stack_base = 0;
  }
};
}  // namespace

// Runs one start rule the CPython way: a first pass; on failure a second
// pass with the invalid_* rules; then the generic error if still needed.
template <class F>
bool run_passes(Parser& p, F&& parse_once) {
  StackBase base;
  if (parse_once() && !p.error_indicator) return true;
  int last = (int)p.tokens.size() - 1;
  // reset_parser_state_for_error_pass (an error raised in the first pass
  // stays raised, which makes the second pass a no-op).
  p.memo_reset();
  p.mark = 0;
  p.call_invalid_rules = true;
  if (!p.error_indicator) parse_once();
  p.set_syntax_error(last >= 0 ? &p.tokens[last] : nullptr);
  return false;
}

// file: [statements] ENDMARKER
bool Parser::run_file() {
  return run_passes(*this, [this] {
    std::vector<Stmt*> body;
    statements(body);
    if (error_indicator || !expect(T::EndMarker)) return false;
    module->body = std::move(body);
    return true;
  });
}

// eval: expressions NEWLINE* ENDMARKER
bool Parser::run_eval() {
  return run_passes(*this, [this] {
    Expr* e = expressions();
    if (!e) return false;
    while (expect(T::Newline)) {
    }
    if (error_indicator || !expect(T::EndMarker)) return false;
    Stmt* s = new_stmt(StmtKind::Expr, e->pos);
    s->value = e;
    module->body.clear();
    module->body.push_back(s);
    return true;
  });
}

// fstring: star_expressions
Expr* Parser::run_fstring_expr() {
  Expr* result = nullptr;
  bool ok = run_passes(*this, [this, &result] {
    result = star_expressions();
    return result != nullptr;
  });
  return ok ? result : nullptr;
}

}  // namespace detail

// =============================================================================
// Public API
// =============================================================================

ParseResult parse_module(std::string_view source) {
  ParseResult r;
  auto module = std::make_unique<ast::Module>();
  detail::Parser p(source, /*exec_input=*/true, module.get());
  bool ok = p.run_file();
  if (!ok || p.err) {
    r.error = p.finish_error();
    return r;
  }
  r.module = std::move(module);
  return r;
}

ParseResult parse_expression(std::string_view source) {
  ParseResult r;
  auto module = std::make_unique<ast::Module>();
  detail::Parser p(source, /*exec_input=*/false, module.get());
  bool ok = p.run_eval();
  if (!ok || p.err) {
    r.error = p.finish_error();
    return r;
  }
  r.module = std::move(module);
  return r;
}

}  // namespace il::lang
