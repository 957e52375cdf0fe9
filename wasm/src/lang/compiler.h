// compiler.h — AST -> bytecode (CodeUnit). The public entry points
// (compile_source, compile_module, disassemble) are declared in codeunit.h;
// this header adds the executable stack-effect table and the Compiler class
// shared by compiler.cpp (units, names, constants, assembly and flow
// analysis), compiler_stmt.cpp and compiler_expr.cpp.
//
// Code generation follows CPython 3.10's compile.c for control flow and
// exceptions (the VM uses a 3.10-style block stack, see opcodes.h) and
// CPython 3.11's for calls (PUSH_NULL / LOAD_METHOD + CALL, KW_NAMES).
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lang/codeunit.h"
#include "lang/symtable.h"

namespace il::lang {

// Net value-stack effect of one instruction. `jump` selects the effect when
// the instruction's jump is taken (for SETUP_FINALLY/SETUP_WITH: at the
// handler, after the VM has pushed [prev_exc, exc]).
int stack_effect(Op op, uint32_t arg, bool jump);
// Net block-stack effect (SETUP_* push a block; at their handler the VM has
// replaced it with an EXCEPT_HANDLER block; POP_BLOCK/POP_EXCEPT pop one).
int block_effect(Op op, bool jump);
// True for opcodes whose arg is an absolute jump target.
bool has_jump_target(Op op);

namespace compiler_detail {

// Keep evaluation stacks small, like CPython's STACK_USE_GUIDELINE: longer
// displays/calls are built incrementally.
inline constexpr int kStackUseGuideline = 30;

enum class UnitKind : uint8_t { Module, Class, Function, AsyncFunction, Lambda, Comprehension };

// Compile-time record of the control structures enclosing the current code,
// so `break`/`continue`/`return` can emit the unwinding code (CPython's fblock).
enum class FBlockKind : uint8_t {
  WhileLoop, ForLoop, TryExcept, FinallyTry, FinallyEnd, With, AsyncWith, HandlerCleanup, PopValue,
  AsyncComprehensionGenerator,
  ExceptionGroupHandler,  // an except* body: break/continue/return may not leave it
};

// State while compiling one case's pattern (CPython's pattern_context).
struct PatternContext {
  std::vector<std::string> stores;  // captured names, in the order their values sit on the stack
  bool allow_irrefutable = false;
  std::vector<int> fail_pop;  // fail_pop[n]: label that pops n items, then fails
  int on_top = 0;             // items above the stores that a failure must pop
};

struct FBlock {
  FBlockKind kind;
  int start = -1;  // loops: label of the loop head (continue target)
  int exit = -1;   // loops: label after the loop (break target)
  const std::vector<ast::Stmt*>* finalbody = nullptr;  // FinallyTry
  const ast::Stmt* stmt = nullptr;                     // With/AsyncWith: for the line of the __exit__ call
  const std::string* name = nullptr;                   // HandlerCleanup: the `as` name, if any
};

// One instruction before assembly. `target` is a label id for jumps.
struct Instr {
  Op op;
  uint32_t arg;
  int target;
  int line;
};

// Pseudo-op: an unconditional jump whose direction (JUMP_FORWARD or
// JUMP_BACKWARD) is chosen at assembly time. Stored as NOP with kJumpPseudo.
inline constexpr uint32_t kJumpPseudo = 0xFFFFFF;

struct Unit {
  UnitKind kind = UnitKind::Module;
  const Scope* ste = nullptr;
  std::shared_ptr<CodeUnit> code;  // metadata (names, consts, ...) filled as we go
  std::vector<Instr> instrs;
  std::vector<int> labels;  // label id -> instruction index (-1 = unbound)
  std::unordered_map<std::string, int> const_index, name_index, varname_index, cell_index, free_index;
  std::vector<FBlock> fblocks;
  std::string private_name;  // enclosing class name for mangling
  ast::Pos loc;              // current source location
  int nest_level = 0;
};

class Compiler {
 public:
  Compiler(const SymbolTable& st, std::string_view source, std::string filename, bool interactive);
  std::shared_ptr<CodeUnit> compile(const ast::Module& mod, CompileMode mode);
  const std::optional<SyntaxErrorInfo>& error() const { return error_; }

 private:
  friend struct CompilerTestAccess;
  const SymbolTable& st_;
  std::string_view source_;
  std::string filename_;
  bool interactive_;
  std::optional<SyntaxErrorInfo> error_;
  std::vector<std::unique_ptr<Unit>> units_;
  Unit* u_ = nullptr;
  int future_lineno_ = 0;  // last line of the leading `from __future__` imports

  // ---- compiler.cpp: units, emission, names, constants, assembly
  void fail(std::string msg);
  void fail_at(std::string msg, const ast::Pos& pos);
  bool failed() const { return error_.has_value(); }
  void enter_scope(UnitKind kind, const std::string& name, const void* node, int firstlineno);
  std::shared_ptr<CodeUnit> exit_scope();  // assembles the current unit
  void set_qualname();
  void emit(Op op, uint32_t arg = 0);
  void emit_jump(Op op, int label);
  void emit_jump_any(int label) { emit_jump(Op::NOP, label); }  // JUMP pseudo-op
  int new_label();
  void bind(int label);
  bool last_is_terminal() const;
  int add_const(Const c);
  void load_const(Const c) { emit(Op::LOAD_CONST, add_const(std::move(c))); }
  void load_none() { load_const(Const{}); }
  int add_name(const std::string& name);  // mangles
  int add_name_raw(const std::string& name);
  int varname_slot(const std::string& name);
  int cell_slot(const std::string& name);  // index into cellvars+freevars
  void nameop(const std::string& name, ast::ExprCtx ctx);
  NameScope ref_type(const std::string& name) const;
  void make_closure(const std::shared_ptr<CodeUnit>& code, uint32_t flags);
  std::string mangled(const std::string& name) const { return mangle(u_->private_name, name); }
  void assemble(Unit& u);
  void set_loc(const ast::Pos& pos) { u_->loc = pos; }

  // ---- compiler_stmt.cpp
  void visit_body(const std::vector<ast::Stmt*>& body);
  void compile_body(const std::vector<ast::Stmt*>& body);  // module/class: annotations + docstring
  void visit_stmt(const ast::Stmt* s);
  void function_def(const ast::Stmt* s);
  void class_def(const ast::Stmt* s);
  uint32_t default_arguments(const ast::Arguments* args);
  bool function_annotations(const ast::Arguments* args, const ast::Expr* returns);
  void set_arg_counts(const ast::Arguments* args);
  void decorators(const std::vector<ast::Expr*>& decos);
  void return_stmt(const ast::Stmt* s);
  void if_stmt(const ast::Stmt* s);
  void while_stmt(const ast::Stmt* s);
  void for_stmt(const ast::Stmt* s);
  void async_for_stmt(const ast::Stmt* s);
  void break_stmt();
  void continue_stmt();
  void try_stmt(const ast::Stmt* s);
  void try_except(const ast::Stmt* s);
  void try_finally(const ast::Stmt* s);
  void with_stmt(const ast::Stmt* s, size_t pos);
  void async_with_stmt(const ast::Stmt* s, size_t pos);
  void with_except_finish(bool is_async);
  void call_exit_with_nones();
  void import_stmt(const ast::Stmt* s);
  void import_from(const ast::Stmt* s);
  void assert_stmt(const ast::Stmt* s);
  void raise_stmt(const ast::Stmt* s);
  void delete_target(const ast::Expr* e);
  void ann_assign(const ast::Stmt* s);
  void aug_assign(const ast::Stmt* s);
  void assign(const ast::Stmt* s);
  void expr_stmt(const ast::Stmt* s);
  void push_fblock(FBlock b) { u_->fblocks.push_back(b); }
  void pop_fblock() { u_->fblocks.pop_back(); }
  void unwind_fblock(const FBlock& b, bool preserve_tos);
  // Unwinds to the innermost loop (returns it) or, with loop == nullptr,
  // through every block (for return).
  bool unwind_fblock_stack(bool preserve_tos, FBlock* loop);
  void await_loop();  // LOAD_CONST None; SEND loop (after GET_AWAITABLE etc.)

  // ---- compiler_match.cpp: match statements and try/except*
  void match_stmt(const ast::Stmt* s);
  void try_star_except(const ast::Stmt* s);
  void pattern(const ast::Pattern* p, PatternContext& pc);
  void pattern_subpattern(const ast::Pattern* p, PatternContext& pc);
  void pattern_as(const ast::Pattern* p, PatternContext& pc);
  void pattern_value(const ast::Pattern* p, PatternContext& pc);
  void pattern_sequence(const ast::Pattern* p, PatternContext& pc);
  void pattern_mapping(const ast::Pattern* p, PatternContext& pc);
  void pattern_class(const ast::Pattern* p, PatternContext& pc);
  void pattern_or(const ast::Pattern* p, PatternContext& pc);
  void pattern_store_name(const std::string& name, PatternContext& pc);
  void pattern_rotate(int count);
  void jump_to_fail_pop(PatternContext& pc, Op op);
  void ensure_fail_pop(PatternContext& pc, int n);
  void emit_and_reset_fail_pop(PatternContext& pc);

  // ---- compiler_expr.cpp
  void visit_expr(const ast::Expr* e);
  void visit_expr1(const ast::Expr* e);
  void constant(const ast::Expr* e);
  // Folds literals, -literal and tuples of constants (a list too, as a tuple, if list_as_tuple).
  bool const_of(const ast::Expr* e, Const& out, bool list_as_tuple = false);
  void name_expr(const ast::Expr* e);
  void attribute(const ast::Expr* e);
  void subscript(const ast::Expr* e);
  void slice(const ast::Expr* e);
  void boolop(const ast::Expr* e);
  void binop(const ast::Expr* e);
  void unaryop(const ast::Expr* e);
  void compare(const ast::Expr* e);
  void compare_op(ast::CmpKind op);
  void ifexp(const ast::Expr* e);
  void lambda(const ast::Expr* e);
  void call(const ast::Expr* e);
  bool method_call(const ast::Expr* e);
  void call_helper(int pushed, const std::vector<ast::Expr*>& args, const std::vector<ast::Keyword>& kws);
  void kw_names(const std::vector<ast::Keyword>& kws, size_t begin, size_t end);
  void subkwargs(const std::vector<ast::Keyword>& kws, size_t begin, size_t end);
  bool validate_keywords(const std::vector<ast::Keyword>& kws);
  void starunpack(const std::vector<ast::Expr*>& elts, int pushed, Op build, Op add, Op extend, bool tuple);
  void list_or_tuple(const ast::Expr* e);
  void set_display(const ast::Expr* e);
  void dict_display(const ast::Expr* e);
  void subdict(const ast::Expr* e, size_t begin, size_t end);
  void joined_str(const ast::Expr* e);
  void formatted_value(const ast::Expr* e);
  void comprehension(const ast::Expr* e, const char* name, CompKind kind);
  void comprehension_generator(const ast::Expr* e, size_t gen_index, int depth, CompKind kind);
  void sync_comprehension_generator(const ast::Expr* e, size_t gen_index, int depth, CompKind kind);
  void async_comprehension_generator(const ast::Expr* e, size_t gen_index, int depth, CompKind kind);
  void comprehension_element(const ast::Expr* e, int depth, CompKind kind);
  void yield_expr(const ast::Expr* e);
  void await_expr(const ast::Expr* e);
  void named_expr(const ast::Expr* e);
  void store_target(const ast::Expr* e);  // assignment target, value on TOS
  void unpack_helper(const std::vector<ast::Expr*>& elts);
  bool try_swap_assign(const ast::Stmt* s);  // `a, b = b, a` without a tuple
  // Compiles `e` as a condition: jumps to `label` when its truth == cond.
  void jump_if(const ast::Expr* e, int label, bool cond);
  std::string annotation_text(const ast::Expr* e) const;
};

}  // namespace compiler_detail
}  // namespace il::lang
