// parser_impl.h — the parser's internals, shared by parser*.cpp.
//
// Each grammar rule of CPython 3.11's python.gram is one method here, with
// the same name and the same alternatives in the same order; a method
// returns nullptr (or false) when its rule does not match and leaves `mark`
// where it found it. Left-recursive rules become loops. Rules that CPython
// memoizes are memoized here too: that keeps backtracking linear, and it
// makes the second (error) pass see exactly what CPython's sees.
#pragma once
#include <deque>
#include <optional>
#include <string>
#include <vector>

#include "lang/ast.h"
#include "lang/parser.h"
#include "lang/tokenizer.h"

namespace il::lang::detail {

using ast::Expr;
using ast::ExprKind;
using ast::Pos;
using ast::Stmt;
using ast::StmtKind;

// Rules whose results are memoized, per token position.
enum class Memo : uint8_t {
  SimpleStmt, Block, Expression, StarExpression, Disjunction, Conjunction,
  Inversion, BitwiseOr, Factor, AwaitPrimary, Primary, TPrimary, Strings,
  Arguments, StarTarget, TargetWithStarAtom, DelTarget, DottedName,
  InvalidNamedExpression, ClosedPattern, StarPattern,
};

// Intermediate results of the parameter rules.
struct NameDefault {
  ast::Arg* arg = nullptr;
  Expr* value = nullptr;  // nullptr: no default
};
struct SlashWithDefault {
  std::vector<ast::Arg*> plain;
  std::vector<NameDefault> with_default;
};
struct StarEtc {
  ast::Arg* vararg = nullptr;
  std::vector<NameDefault> kwonly;
  ast::Arg* kwarg = nullptr;
};
struct KeywordOrStarred {
  ast::Keyword keyword;
  Expr* starred = nullptr;  // set when this is a *arg, not a keyword
};

// What CPython's error macros need: a 1-based line and byte column.
enum class ErrType { Syntax, Indentation, Tab };
// Which kind of target an invalid-target message is about.
enum TargetsType { kStarTargets, kDelTargets, kForTargets };
constexpr int kCurrentPos = -5;  // CPython's CURRENT_POS marker

struct Parser {
  Parser(std::string_view source, bool exec_input, ast::Module* module);

  // --- Entry points -------------------------------------------------------
  bool run_file();
  bool run_eval();
  Expr* run_fstring_expr();  // for f-string replacement fields

  // --- Tokens -------------------------------------------------------------
  bool fill_token();
  const Token* peek_tok();       // token at mark (filled), nullptr on error
  const Token* expect(T type);   // consume a token of this type
  const Token* expect_forced(T type, const char* expected);  // &&'x'
  bool check(T type);            // lookahead without consuming
  const Token* expect_name();    // NAME (not a keyword)
  const Token* expect_soft_keyword(const char* kw);
  const Token* soft_keyword();   // SOFT_KEYWORD: match/case/_
  std::string_view text(const Token* t) const { return tok.text(*t); }
  std::string_view name_text(const Token* t) const { return tok.text(*t); }
  const Token* last_token() { return &tokens[tokens.size() - 1]; }
  const Token* last_nonwhitespace_token();

  // --- Memo ---------------------------------------------------------------
  bool memo_get(Memo rule, void** result);
  void memo_put(int at, Memo rule, void* result);
  void memo_reset();

  // --- Node helpers -------------------------------------------------------
  Pos extra(int start_mark);  // EXTRA: from the token at start_mark to the last consumed
  Pos span(const Pos& a, const Pos& b) const { return {a.line, a.col, b.end_line, b.end_col}; }
  Pos tok_pos(const Token* t) const { return {t->line, t->col_cp, t->end_line, t->end_col_cp}; }
  Expr* new_expr(ExprKind k, Pos p) { return arena->expr(k, p); }
  Stmt* new_stmt(StmtKind k, Pos p) { return arena->stmt(k, p); }
  Expr* name_expr(const Token* t, ast::ExprCtx ctx = ast::ExprCtx::Load);
  Expr* set_expr_context(Expr* e, ast::ExprCtx ctx);
  Expr* number_expr(const Token* t);
  ast::Arg* new_arg(const Token* name, Expr* annotation, Pos p);
  std::vector<Stmt*>* new_stmt_list();
  bool enter();  // recursion guard; false (error raised) when too deep
  void leave() { depth--; }

  // --- Errors -------------------------------------------------------------
  // Columns are 1-based byte offsets in this parser's own source lines, as
  // CPython passes them; the conversion to code points happens at the end.
  void raise_known(ErrType type, int line, int col, int end_line, int end_col,
                   const std::string& msg);
  void raise_error(ErrType type, const std::string& msg);  // at the last token
  void raise_at(const Expr* a, const std::string& msg);
  void raise_range(const Expr* a, const Expr* b, const std::string& msg);
  void raise_at_tok(const Token* t, const std::string& msg);
  void raise_range_tok(const Token* a, const Token* b, const std::string& msg);
  void raise_range_tok_expr(const Token* a, const Expr* b, const std::string& msg);
  void raise_range_expr_tok(const Expr* a, const Token* b, const std::string& msg);
  void raise_starting_from(const Expr* a, const std::string& msg);
  void raise_starting_from_tok(const Token* a, const std::string& msg);
  void raise_invalid_target(TargetsType type, Expr* e);  // RAISE_SYNTAX_ERROR_INVALID_TARGET
  void tokenizer_error();
  void set_syntax_error(const Token* last);
  void tokenize_full_source_to_check_for_errors();
  void raise_unclosed_parentheses_error();
  int node_byte_col(int line, int cp_col) const;  // AST column -> own byte column
  SyntaxErrorInfo finish_error() const;

  // --- Statements (parser.cpp) ---------------------------------------------
  bool statements(std::vector<Stmt*>& out);
  bool statement(std::vector<Stmt*>& out);
  bool simple_stmts(std::vector<Stmt*>& out);
  Stmt* simple_stmt();
  Stmt* compound_stmt();
  Stmt* assignment();
  Expr* annotated_rhs();
  bool augassign(ast::OpKind* op);
  Stmt* return_stmt();
  Stmt* raise_stmt();
  Stmt* global_stmt(bool nonlocal);
  Stmt* del_stmt();
  Stmt* yield_stmt();
  Stmt* assert_stmt();
  Stmt* import_name();
  Stmt* import_from();
  bool import_from_targets(std::vector<ast::Alias>& out);
  bool import_from_as_names(std::vector<ast::Alias>& out);
  bool import_from_as_name(ast::Alias& out);
  bool dotted_as_names(std::vector<ast::Alias>& out);
  bool dotted_as_name(ast::Alias& out);
  Expr* dotted_name();
  std::vector<Stmt*>* block();
  bool decorators(std::vector<Expr*>& out);
  Stmt* class_def();
  Stmt* class_def_raw();
  Stmt* function_def();
  Stmt* function_def_raw();
  void func_type_comment();
  Stmt* if_stmt();
  Stmt* elif_stmt();
  bool else_block(std::vector<Stmt*>& out);
  Stmt* while_stmt();
  Stmt* for_stmt();
  Stmt* with_stmt();
  bool with_item(ast::WithItem& out);
  Stmt* try_stmt();
  bool except_block(ast::ExceptHandler& out);
  bool except_star_block(ast::ExceptHandler& out);
  bool finally_block(std::vector<Stmt*>& out);

  // --- match (parser_match.cpp) -------------------------------------------
  // Pattern rules return true on a match and leave the pattern node in
  // `pat_node` (and its position in `pat_pos`).
  Stmt* match_stmt();
  Expr* subject_expr();
  bool case_block();
  Expr* guard();
  bool patterns();
  bool pattern();
  bool as_pattern();
  bool or_pattern();
  bool closed_pattern();
  bool closed_pattern_uncached();
  bool literal_pattern();
  Expr* literal_expr();
  Expr* complex_number();
  Expr* signed_number();
  Expr* signed_real_number();
  Expr* real_number();
  Expr* imaginary_number();
  bool capture_pattern();
  const Token* pattern_capture_target();
  bool wildcard_pattern();
  bool value_pattern();
  Expr* attr();
  Expr* name_or_attr();
  bool group_pattern();
  bool sequence_pattern();
  bool open_sequence_pattern(std::vector<ast::Pattern*>& out);
  bool maybe_sequence_pattern(std::vector<ast::Pattern*>& out);
  bool maybe_star_pattern();
  bool star_pattern();
  bool mapping_pattern();
  bool items_pattern(std::vector<Expr*>& keys, std::vector<ast::Pattern*>& pats);
  bool key_value_pattern(Expr** key);
  const Token* double_star_pattern();
  bool class_pattern();
  bool positional_patterns(int* count, Pos* first, Pos* last, std::vector<ast::Pattern*>* out = nullptr);
  bool keyword_patterns(std::vector<std::string>* names = nullptr, std::vector<ast::Pattern*>* pats = nullptr);
  bool keyword_pattern(std::string* name = nullptr);
  bool invalid_match_stmt();
  bool invalid_case_block();
  bool invalid_as_pattern();
  bool invalid_class_pattern();

  // --- Parameters (parser_expr.cpp) ---------------------------------------
  ast::Arguments* params();
  ast::Arguments* parameters();
  bool slash_no_default(std::vector<ast::Arg*>& out);
  bool slash_with_default(SlashWithDefault& out);
  bool star_etc(StarEtc& out);
  ast::Arg* kwds();
  ast::Arg* param_no_default();
  ast::Arg* param_no_default_star_annotation();
  bool param_with_default(NameDefault& out);
  bool param_maybe_default(NameDefault& out);
  ast::Arg* param();
  ast::Arg* param_star_annotation();
  Expr* annotation();
  Expr* star_annotation();
  Expr* default_();
  ast::Arguments* make_arguments(std::vector<ast::Arg*>* slash_no_default,
                                 SlashWithDefault* slash_with_default,
                                 std::vector<ast::Arg*>* plain_names,
                                 std::vector<NameDefault>* names_with_default,
                                 StarEtc* star_etc);
  ast::Arguments* empty_arguments();

  // --- Expressions (parser_expr.cpp) --------------------------------------
  Expr* expressions();
  Expr* expression();
  Expr* expression_uncached();
  Expr* yield_expr();
  Expr* star_expressions();
  Expr* star_expression();
  bool star_named_expressions(std::vector<Expr*>& out);
  Expr* star_named_expression();
  Expr* assignment_expression();
  Expr* named_expression();
  Expr* disjunction();
  Expr* conjunction();
  Expr* inversion();
  Expr* comparison();
  Expr* bitwise_or();
  Expr* binary_ops(int min_level);  // bitwise_or .. term
  Expr* factor();
  Expr* power();
  Expr* await_primary();
  Expr* primary();
  Expr* slices();
  Expr* slice();
  Expr* atom();
  Expr* group();
  Expr* lambdef();
  ast::Arguments* lambda_params();
  ast::Arguments* lambda_parameters();
  bool lambda_slash_no_default(std::vector<ast::Arg*>& out);
  bool lambda_slash_with_default(SlashWithDefault& out);
  bool lambda_star_etc(StarEtc& out);
  ast::Arg* lambda_kwds();
  ast::Arg* lambda_param_no_default();
  bool lambda_param_with_default(NameDefault& out);
  bool lambda_param_maybe_default(NameDefault& out);
  ast::Arg* lambda_param();
  Expr* strings();
  Expr* list();
  Expr* tuple();
  Expr* set();
  Expr* dict();
  bool double_starred_kvpairs(std::vector<Expr*>& keys, std::vector<Expr*>& values);
  bool double_starred_kvpair(Expr** key, Expr** value);
  bool kvpair(Expr** key, Expr** value);
  bool for_if_clauses(std::vector<ast::Comprehension>& out);
  bool for_if_clause(ast::Comprehension& out);
  Expr* listcomp();
  Expr* setcomp();
  Expr* genexp();
  Expr* dictcomp();
  Expr* arguments();
  Expr* args();
  bool positional_args(std::vector<Expr*>& out);
  bool kwargs(std::vector<KeywordOrStarred>& out);
  Expr* starred_expression();
  bool kwarg_or_starred(KeywordOrStarred& out);
  bool kwarg_or_double_starred(KeywordOrStarred& out);
  Expr* star_targets();
  bool star_targets_list_seq(std::vector<Expr*>& out);
  bool star_targets_tuple_seq(std::vector<Expr*>& out);
  Expr* star_target();
  Expr* target_with_star_atom();
  Expr* star_atom();
  Expr* single_target();
  Expr* single_subscript_attribute_target();
  Expr* t_primary();
  Expr* t_primary_uncached();
  bool t_lookahead();
  bool del_targets(std::vector<Expr*>& out);
  Expr* del_target();
  Expr* del_t_atom();
  Expr* expression_without_invalid();

  // --- invalid_* rules (parser_invalid.cpp) -------------------------------
  bool invalid_arguments();
  bool invalid_kwarg();
  bool invalid_legacy_expression();
  bool invalid_expression();
  bool invalid_named_expression();
  bool invalid_named_expression_uncached();
  bool invalid_assignment();
  Expr* invalid_ann_assign_target();
  bool invalid_del_stmt();
  bool invalid_block();
  bool invalid_comprehension();
  bool invalid_dict_comprehension();
  bool invalid_parameters();
  bool invalid_default();
  bool invalid_star_etc();
  bool invalid_kwds();
  bool invalid_parameters_helper();
  bool invalid_lambda_parameters();
  bool invalid_lambda_parameters_helper();
  bool invalid_lambda_star_etc();
  bool invalid_lambda_kwds();
  bool invalid_with_item();
  bool invalid_for_target();
  bool invalid_group();
  bool invalid_import_from_targets();
  bool invalid_with_stmt();
  bool invalid_with_stmt_indent();
  bool invalid_try_stmt();
  bool invalid_except_stmt();
  bool invalid_finally_stmt();
  bool invalid_except_stmt_indent();
  bool invalid_except_star_stmt_indent();
  bool invalid_if_stmt();
  bool invalid_elif_stmt();
  bool invalid_else_stmt();
  bool invalid_while_stmt();
  bool invalid_for_stmt();
  bool invalid_def_raw();
  bool invalid_class_def_raw();
  bool invalid_double_starred_kvpairs();
  bool invalid_kvpair();
  bool check_legacy_stmt(const Expr* name) const;

  // --- Strings (parser_string.cpp) ----------------------------------------
  Expr* concatenate_strings(const std::vector<const Token*>& toks);

  // --- State --------------------------------------------------------------
  Tokenizer tok;
  std::deque<Token> tokens;
  int mark = 0;
  int depth = 0;
  bool call_invalid_rules = false;
  bool error_indicator = false;
  std::optional<SyntaxErrorInfo> err;
  ast::Module* module;
  ast::Arena* arena;
  std::vector<std::unique_ptr<std::vector<Stmt*>>> stmt_lists;

  struct MemoEntry {
    Memo rule;
    int next;      // next entry for the same token, -1 at the end
    int end_mark;  // where the rule stopped
    void* result;
  };
  std::vector<MemoEntry> memo_pool;

  // f-string replacement fields are parsed by a sub-parser on "(expr)",
  // whose lines and first-line columns are shifted to the real source.
  bool fstring_mode = false;
  int line_delta = 0;          // added to sub-tokenizer line numbers
  int starting_lineno = 0;     // real line of the sub-source's first line
  int starting_col_cp = 0;     // added to columns on that line (code points)
  Parser* parent = nullptr;    // the parser of the enclosing source

  // The last pattern node a pattern rule produced, its position (for error
  // messages) and the last case_block parsed.
  Pos pat_pos;
  ast::Pattern* pat_node = nullptr;
  ast::MatchCase case_node;
};

// A rule's entry guard: bails out after an error, counts the depth.
struct RuleGuard {
  Parser& p;
  bool ok;
  explicit RuleGuard(Parser& parser) : p(parser), ok(parser.enter()) {}
  ~RuleGuard() { p.leave(); }
};
#define RULE_ENTER()            \
  RuleGuard rule_guard_(*this); \
  if (!rule_guard_.ok) return {}

// get_expr_name: how error messages name an expression ("function call").
const char* expr_name(const Expr* e);
// The first sub-expression that cannot be an assignment/deletion target.
Expr* get_invalid_target(Expr* e, TargetsType type);

}  // namespace il::lang::detail
