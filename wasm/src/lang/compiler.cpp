// compiler.cpp — the compiler's core: per-opcode stack effects, compilation
// units (one per code object), name resolution to opcodes, the constant pool,
// and the assembler (labels -> absolute word offsets, inline-cache numbering,
// and a flow analysis that computes stacksize and maxblocks).
// Statements live in compiler_stmt.cpp, expressions in compiler_expr.cpp.
#include "lang/compiler.h"

#include <algorithm>
#include <climits>
#include <cstring>

namespace il::lang {

using namespace compiler_detail;

// ---------------------------------------------------------------------------
// Stack effects
// ---------------------------------------------------------------------------
int stack_effect(Op op, uint32_t arg, bool jump) {
  int a = int(arg);
  switch (op) {
    case Op::NOP: return 0;
    case Op::POP_TOP: return -1;
    case Op::PUSH_NULL: return 1;
    case Op::COPY: return 1;
    case Op::SWAP: return 0;
    case Op::LOAD_CONST:
    case Op::LOAD_FAST:
    case Op::LOAD_DEREF:
    case Op::LOAD_CLOSURE:
    case Op::LOAD_CLASSDEREF:
    case Op::LOAD_GLOBAL:
    case Op::LOAD_NAME: return 1;
    case Op::STORE_FAST:
    case Op::STORE_DEREF:
    case Op::STORE_GLOBAL:
    case Op::STORE_NAME: return -1;
    case Op::DELETE_FAST:
    case Op::DELETE_DEREF:
    case Op::DELETE_GLOBAL:
    case Op::DELETE_NAME: return 0;
    case Op::LOAD_ATTR: return 0;
    case Op::STORE_ATTR: return -2;
    case Op::DELETE_ATTR: return -1;
    case Op::LOAD_METHOD: return 1;
    case Op::BINARY_SUBSCR: return -1;
    case Op::STORE_SUBSCR: return -3;
    case Op::DELETE_SUBSCR: return -2;
    case Op::BUILD_SLICE: return 1 - a;
    case Op::BINARY_OP: return -1;
    case Op::UNARY_NEGATIVE:
    case Op::UNARY_POSITIVE:
    case Op::UNARY_NOT:
    case Op::UNARY_INVERT: return 0;
    case Op::COMPARE_OP:
    case Op::IS_OP:
    case Op::CONTAINS_OP: return -1;
    case Op::BUILD_TUPLE:
    case Op::BUILD_LIST:
    case Op::BUILD_SET:
    case Op::BUILD_STRING: return 1 - a;
    case Op::BUILD_MAP: return 1 - 2 * a;
    case Op::LIST_APPEND:
    case Op::SET_ADD: return -1;
    case Op::MAP_ADD: return -2;
    case Op::LIST_EXTEND:
    case Op::SET_UPDATE:
    case Op::DICT_UPDATE:
    case Op::DICT_MERGE: return -1;
    case Op::LIST_TO_TUPLE: return 0;
    case Op::FORMAT_VALUE: return (a & 4) ? -1 : 0;
    case Op::UNPACK_SEQUENCE: return a - 1;
    case Op::UNPACK_EX: return (a & 0xff) + (a >> 8);
    case Op::JUMP_FORWARD:
    case Op::JUMP_BACKWARD: return 0;
    case Op::POP_JUMP_IF_FALSE:
    case Op::POP_JUMP_IF_TRUE:
    case Op::POP_JUMP_IF_NONE:
    case Op::POP_JUMP_IF_NOT_NONE: return -1;
    case Op::JUMP_IF_FALSE_OR_POP:
    case Op::JUMP_IF_TRUE_OR_POP: return jump ? 0 : -1;
    case Op::GET_ITER: return 0;
    case Op::FOR_ITER: return jump ? -1 : 1;
    case Op::RETURN_VALUE: return -1;
    case Op::KW_NAMES: return 0;
    case Op::CALL: return -a - 1;
    case Op::CALL_FUNCTION_EX: return -2 - (a & 1);
    case Op::MAKE_FUNCTION: {
      // pops the code and one item per flag bit, pushes the function
      int n = 0;
      for (uint32_t bit = 1; bit <= 8; bit <<= 1)
        if (arg & bit) ++n;
      return -n;
    }
    case Op::LOAD_BUILD_CLASS: return 1;
    case Op::RETURN_GENERATOR: return 0;
    case Op::SETUP_FINALLY: return jump ? 2 : 0;  // handler: [prev_exc, exc] above the level
    case Op::SETUP_WITH: return jump ? 1 : 0;     // level excludes TOS, then [prev_exc, exc]
    case Op::POP_BLOCK: return 0;
    case Op::POP_EXCEPT: return -1;
    case Op::RERAISE: return -1;
    case Op::RAISE_VARARGS: return -a;
    case Op::CHECK_EXC_MATCH: return 0;
    case Op::LOAD_ASSERTION_ERROR: return 1;
    case Op::BEFORE_WITH: return 3;
    case Op::WITH_EXCEPT_START: return 5;
    case Op::YIELD_VALUE: return 0;
    case Op::GET_YIELD_FROM_ITER: return 0;
    case Op::SEND: return jump ? -1 : 0;
    case Op::GET_AWAITABLE:
    case Op::GET_AITER: return 0;
    case Op::GET_ANEXT: return 1;
    case Op::END_ASYNC_FOR: return -3;
    case Op::BEFORE_ASYNC_WITH: return 1;
    case Op::IMPORT_NAME: return -1;
    case Op::IMPORT_FROM: return 1;
    case Op::IMPORT_STAR: return -1;
    case Op::SETUP_ANNOTATIONS: return 0;
    case Op::MATCH_CLASS: return -2;
    case Op::MATCH_MAPPING:
    case Op::MATCH_SEQUENCE:
    case Op::MATCH_KEYS:
    case Op::GET_LEN: return 1;
    case Op::CHECK_EG_MATCH: return 0;
    case Op::PREP_RERAISE_STAR: return -1;
    case Op::OP_COUNT: break;
  }
  return 0;
}

int block_effect(Op op, bool jump) {
  switch (op) {
    case Op::SETUP_FINALLY:
    case Op::SETUP_WITH: return 1;
    case Op::POP_BLOCK:
    case Op::POP_EXCEPT: return -1;
    case Op::END_ASYNC_FOR: return -1;
    default: return 0;
  }
}

bool has_jump_target(Op op) {
  switch (op) {
    case Op::JUMP_FORWARD:
    case Op::JUMP_BACKWARD:
    case Op::POP_JUMP_IF_FALSE:
    case Op::POP_JUMP_IF_TRUE:
    case Op::POP_JUMP_IF_NONE:
    case Op::POP_JUMP_IF_NOT_NONE:
    case Op::JUMP_IF_FALSE_OR_POP:
    case Op::JUMP_IF_TRUE_OR_POP:
    case Op::FOR_ITER:
    case Op::SETUP_FINALLY:
    case Op::SETUP_WITH:
    case Op::SEND: return true;
    default: return false;
  }
}

namespace {

// Instructions after which control never falls through.
bool is_terminal(Op op) {
  switch (op) {
    case Op::RETURN_VALUE:
    case Op::RERAISE:
    case Op::RAISE_VARARGS:
    case Op::JUMP_FORWARD:
    case Op::JUMP_BACKWARD: return true;
    default: return false;
  }
}

void const_key(const Const& c, std::string& out) {
  out += char('A' + int(c.kind));
  switch (c.kind) {
    case Const::Kind::Int:
    case Const::Kind::Str:
    case Const::Kind::Bytes:
      out += std::to_string(c.text.size());
      out += ':';
      out += c.text;
      break;
    case Const::Kind::Float:
    case Const::Kind::Complex: {
      // Bit pattern, so 0.0 and -0.0 stay distinct.
      char buf[sizeof(double)];
      std::memcpy(buf, &c.number, sizeof buf);
      out.append(buf, sizeof buf);
      break;
    }
    case Const::Kind::Tuple:
    case Const::Kind::FrozenSet:
      out += std::to_string(c.items.size());
      out += '(';
      for (auto& item : c.items) const_key(item, out);
      out += ')';
      break;
    case Const::Kind::Code:
      out += std::to_string(reinterpret_cast<uintptr_t>(c.code.get()));
      break;
    default: break;
  }
}

}  // namespace

namespace compiler_detail {

// ---------------------------------------------------------------------------
// Units
// ---------------------------------------------------------------------------
Compiler::Compiler(const SymbolTable& st, std::string_view source, std::string filename, bool interactive)
    : st_(st), source_(source), filename_(std::move(filename)), interactive_(interactive) {}

void Compiler::fail_at(std::string msg, const ast::Pos& pos) {
  if (!error_) error_ = make_syntax_error(std::move(msg), pos, source_);
}

void Compiler::fail(std::string msg) { fail_at(std::move(msg), u_ ? u_->loc : ast::Pos{}); }

void Compiler::enter_scope(UnitKind kind, const std::string& name, const void* node, int firstlineno) {
  auto unit = std::make_unique<Unit>();
  Unit* u = unit.get();
  u->kind = kind;
  u->ste = node ? st_.lookup(node) : st_.top;
  if (!u->ste) {
    // Only possible if the symbol table and the AST disagree.
    fail("internal compiler error: no scope for '" + name + "'");
    static const Scope kEmpty;
    u->ste = &kEmpty;
  }
  u->code = std::make_shared<CodeUnit>();
  CodeUnit& code = *u->code;
  code.name = name;
  code.filename = filename_;
  code.firstlineno = firstlineno;
  u->private_name = u_ ? u_->private_name : std::string();
  if (kind == UnitKind::Class) u->private_name = name;
  u->nest_level = u_ ? u_->nest_level + 1 : 0;
  u->loc = ast::Pos{firstlineno, 0, firstlineno, 0};

  for (const std::string& v : u->ste->varnames) {
    u->varname_index.emplace(v, int(code.varnames.size()));
    code.varnames.push_back(v);
  }
  // Cells and free variables, sorted by name as CPython does.
  for (auto& [n, sym] : u->ste->symbols) {
    if (sym.scope == NameScope::Cell) code.cellvars.push_back(n);
    if (sym.scope == NameScope::Free || (sym.flags & kDefFreeClass)) code.freevars.push_back(n);
  }
  if (kind == UnitKind::Class && u->ste->needs_class_closure) code.cellvars.push_back("__class__");
  std::sort(code.cellvars.begin(), code.cellvars.end());
  std::sort(code.freevars.begin(), code.freevars.end());
  for (size_t i = 0; i < code.cellvars.size(); i++) {
    u->cell_index.emplace(code.cellvars[i], int(i));
    auto it = u->varname_index.find(code.cellvars[i]);
    code.cell2arg.push_back(it == u->varname_index.end() ? -1 : it->second);
  }
  if (std::all_of(code.cell2arg.begin(), code.cell2arg.end(), [](int x) { return x < 0; })) code.cell2arg.clear();
  for (size_t i = 0; i < code.freevars.size(); i++) u->free_index.emplace(code.freevars[i], int(i));

  units_.push_back(std::move(unit));
  u_ = u;
  set_qualname();
  // Generators and coroutines start by discarding the value the VM pushes
  // when they are first resumed.
  bool is_func = kind != UnitKind::Module && kind != UnitKind::Class;
  if (is_func && (u->ste->generator || u->ste->coroutine)) emit(Op::POP_TOP);
}

void Compiler::set_qualname() {
  CodeUnit& code = *u_->code;
  if (units_.size() <= 1) {
    code.qualname = code.name;
    return;
  }
  Unit* parent = units_[units_.size() - 2].get();
  bool force_global = false;
  if (u_->kind == UnitKind::Function || u_->kind == UnitKind::AsyncFunction || u_->kind == UnitKind::Class) {
    std::string m = mangle(parent->private_name, code.name);
    if (parent->ste->scope_of(m) == NameScope::GlobalExplicit) force_global = true;
  }
  std::string base;
  if (!force_global) {
    if (parent->kind == UnitKind::Function || parent->kind == UnitKind::AsyncFunction ||
        parent->kind == UnitKind::Lambda)
      base = parent->code->qualname + ".<locals>";
    else if (parent->kind != UnitKind::Module)
      base = parent->code->qualname;
  }
  code.qualname = base.empty() ? code.name : base + "." + code.name;
}

std::shared_ptr<CodeUnit> Compiler::exit_scope() {
  Unit& u = *u_;
  assemble(u);
  std::shared_ptr<CodeUnit> code = u.code;
  units_.pop_back();
  u_ = units_.empty() ? nullptr : units_.back().get();
  return code;
}

// ---------------------------------------------------------------------------
// Emission
// ---------------------------------------------------------------------------
void Compiler::emit(Op op, uint32_t arg) {
  if (arg > kMaxArg) {
    fail("too many constants, names or arguments in one code object");
    arg = 0;
  }
  u_->instrs.push_back(Instr{op, arg, -1, u_->loc.line});
}

void Compiler::emit_jump(Op op, int label) {
  Instr in{op, 0, label, u_->loc.line};
  if (op == Op::NOP) in.arg = kJumpPseudo;
  u_->instrs.push_back(in);
}

int Compiler::new_label() {
  u_->labels.push_back(-1);
  return int(u_->labels.size()) - 1;
}

void Compiler::bind(int label) { u_->labels[label] = int(u_->instrs.size()); }

bool Compiler::last_is_terminal() const {
  if (u_->instrs.empty()) return false;
  const Instr& in = u_->instrs.back();
  return is_terminal(in.op) || (in.op == Op::NOP && in.arg == kJumpPseudo);
}

// ---------------------------------------------------------------------------
// Constants and names
// ---------------------------------------------------------------------------
int Compiler::add_const(Const c) {
  std::string key;
  const_key(c, key);
  auto it = u_->const_index.find(key);
  if (it != u_->const_index.end()) return it->second;
  int idx = int(u_->code->consts.size());
  u_->code->consts.push_back(std::move(c));
  u_->const_index.emplace(std::move(key), idx);
  return idx;
}

int Compiler::add_name_raw(const std::string& name) {
  auto it = u_->name_index.find(name);
  if (it != u_->name_index.end()) return it->second;
  int idx = int(u_->code->names.size());
  u_->code->names.push_back(name);
  u_->name_index.emplace(name, idx);
  return idx;
}

int Compiler::add_name(const std::string& name) { return add_name_raw(mangled(name)); }

int Compiler::varname_slot(const std::string& name) {
  auto it = u_->varname_index.find(name);
  if (it != u_->varname_index.end()) return it->second;
  int idx = int(u_->code->varnames.size());
  u_->code->varnames.push_back(name);
  u_->varname_index.emplace(name, idx);
  return idx;
}

int Compiler::cell_slot(const std::string& name) {
  auto it = u_->cell_index.find(name);
  if (it != u_->cell_index.end()) return it->second;
  auto f = u_->free_index.find(name);
  if (f != u_->free_index.end()) return int(u_->code->cellvars.size()) + f->second;
  fail("internal compiler error: no cell for '" + name + "'");
  return 0;
}

NameScope Compiler::ref_type(const std::string& name) const {
  if (u_->kind == UnitKind::Class && name == "__class__") return NameScope::Cell;
  return u_->ste->scope_of(name);
}

void Compiler::nameop(const std::string& name, ast::ExprCtx ctx) {
  if (name == "__debug__" && ctx != ast::ExprCtx::Load) {
    fail(ctx == ast::ExprCtx::Store ? "cannot assign to __debug__" : "cannot delete __debug__");
    return;
  }
  std::string m = mangled(name);
  NameScope scope = u_->ste->scope_of(m);
  bool in_function = u_->ste->kind == ScopeKind::Function;
  enum { Name, Fast, Global, Deref } kind = Name;
  switch (scope) {
    case NameScope::Free:
    case NameScope::Cell: kind = Deref; break;
    case NameScope::Local: kind = in_function ? Fast : Name; break;
    case NameScope::GlobalImplicit: kind = in_function ? Global : Name; break;
    case NameScope::GlobalExplicit: kind = Global; break;
    case NameScope::Unknown: break;
  }
  switch (kind) {
    case Deref: {
      int slot = cell_slot(m);
      if (ctx == ast::ExprCtx::Load)
        emit(u_->ste->kind == ScopeKind::Class ? Op::LOAD_CLASSDEREF : Op::LOAD_DEREF, slot);
      else
        emit(ctx == ast::ExprCtx::Store ? Op::STORE_DEREF : Op::DELETE_DEREF, slot);
      return;
    }
    case Fast: {
      int slot = varname_slot(m);
      emit(ctx == ast::ExprCtx::Load ? Op::LOAD_FAST : ctx == ast::ExprCtx::Store ? Op::STORE_FAST : Op::DELETE_FAST,
           slot);
      return;
    }
    case Global:
      emit(ctx == ast::ExprCtx::Load    ? Op::LOAD_GLOBAL
           : ctx == ast::ExprCtx::Store ? Op::STORE_GLOBAL
                                        : Op::DELETE_GLOBAL,
           add_name_raw(m));
      return;
    case Name:
      emit(ctx == ast::ExprCtx::Load ? Op::LOAD_NAME : ctx == ast::ExprCtx::Store ? Op::STORE_NAME : Op::DELETE_NAME,
           add_name_raw(m));
      return;
  }
}

void Compiler::make_closure(const std::shared_ptr<CodeUnit>& code, uint32_t flags) {
  if (!code->freevars.empty()) {
    for (const std::string& name : code->freevars) {
      // A free variable of the child is a cell or free variable here (or,
      // in a class body, a DEF_FREE_CLASS name listed among our freevars).
      int slot;
      if (ref_type(name) == NameScope::Cell) {
        auto it = u_->cell_index.find(name);
        if (it == u_->cell_index.end()) {
          fail("internal compiler error: no cell for '" + name + "'");
          slot = 0;
        } else {
          slot = it->second;
        }
      } else {
        auto it = u_->free_index.find(name);
        if (it == u_->free_index.end()) {
          fail("internal compiler error: no free variable '" + name + "'");
          slot = 0;
        } else {
          slot = int(u_->code->cellvars.size()) + it->second;
        }
      }
      emit(Op::LOAD_CLOSURE, slot);
    }
    emit(Op::BUILD_TUPLE, uint32_t(code->freevars.size()));
    flags |= 0x08;
  }
  Const c;
  c.kind = Const::Kind::Code;
  c.code = code;
  load_const(std::move(c));
  emit(Op::MAKE_FUNCTION, flags);
}

// ---------------------------------------------------------------------------
// Assembly
// ---------------------------------------------------------------------------
void Compiler::assemble(Unit& u) {
  CodeUnit& code = *u.code;
  // Falling off the end returns None (also when a label points past the end).
  bool label_at_end = false;
  for (int pos : u.labels)
    if (pos == int(u.instrs.size())) label_at_end = true;
  if (u.instrs.empty() || label_at_end || !last_is_terminal()) {
    load_none();
    emit(Op::RETURN_VALUE);
  }
  std::vector<Instr>& ins = u.instrs;
  const size_t n = ins.size();

  // Word offsets.
  std::vector<uint32_t> offset(n + 1);
  uint32_t words = 0;
  for (size_t i = 0; i < n; i++) {
    offset[i] = words;
    Op op = ins[i].op == Op::NOP && ins[i].arg == kJumpPseudo ? Op::JUMP_FORWARD : ins[i].op;
    words += 1 + kOpCacheWords[size_t(op)];
  }
  offset[n] = words;

  // Resolve the JUMP pseudo-op: every back edge is a JUMP_BACKWARD (the VM
  // checks its eval breaker there).
  for (size_t i = 0; i < n; i++) {
    Instr& in = ins[i];
    if (in.op == Op::NOP && in.arg == kJumpPseudo) {
      int tgt = u.labels[in.target];
      in.op = tgt <= int(i) ? Op::JUMP_BACKWARD : Op::JUMP_FORWARD;
      in.arg = 0;
    }
  }

  // Encode.
  code.code.clear();
  code.lines.clear();
  code.code.reserve(words);
  code.lines.reserve(words);
  int ncaches = 0;
  for (size_t i = 0; i < n; i++) {
    const Instr& in = ins[i];
    uint32_t arg = in.arg;
    if (in.target >= 0) {
      int tgt = u.labels[in.target];
      if (tgt < 0) {
        fail("internal compiler error: unbound label");
        tgt = 0;
      }
      arg = offset[tgt];
    }
    if (arg > kMaxArg) {
      fail("code object too large");
      arg = 0;
    }
    code.code.push_back(encode(in.op, arg));
    code.lines.push_back(in.line);
    for (int c = 0; c < kOpCacheWords[size_t(in.op)]; c++) {
      code.code.push_back(uint32_t(ncaches++));
      code.lines.push_back(in.line);
    }
  }
  code.ncaches = ncaches;

  // Flow analysis: depth of the value and block stacks at each instruction.
  const bool is_func = u.kind != UnitKind::Module && u.kind != UnitKind::Class;
  const bool is_gen = is_func && (u.ste->generator || u.ste->coroutine);
  constexpr int kUnseen = INT_MIN;
  std::vector<int> depth(n, kUnseen), bdepth(n, 0);
  std::vector<int> work;
  int max_depth = 0, max_blocks = 0;
  bool bad = false;
  auto reach = [&](int i, int d, int b) {
    if (i < 0 || i >= int(n)) return;
    if (depth[i] == kUnseen) {
      depth[i] = d;
      bdepth[i] = b;
      work.push_back(i);
    } else if (depth[i] != d || bdepth[i] != b) {
      bad = true;
    }
  };
  // A generator starts with the value sent by its first resume on the stack.
  reach(0, is_gen ? 1 : 0, 0);
  max_depth = is_gen ? 1 : 0;
  while (!work.empty()) {
    int i = work.back();
    work.pop_back();
    int d = depth[i], b = bdepth[i];
    for (;;) {
      const Instr& in = ins[i];
      if (in.target >= 0) {
        int dj = d + stack_effect(in.op, in.arg, true), bj = b + block_effect(in.op, true);
        max_depth = std::max(max_depth, dj);
        max_blocks = std::max(max_blocks, bj);
        reach(u.labels[in.target], dj, bj);
      }
      d += stack_effect(in.op, in.arg, false);
      b += block_effect(in.op, false);
      if (d < 0 || b < 0) bad = true;
      max_depth = std::max(max_depth, d);
      max_blocks = std::max(max_blocks, b);
      if (is_terminal(in.op)) break;
      if (++i >= int(n)) break;
      if (depth[i] != kUnseen) {
        if (depth[i] != d || bdepth[i] != b) bad = true;
        break;
      }
      depth[i] = d;
      bdepth[i] = b;
    }
  }
  if (bad) fail("internal compiler error: inconsistent stack depth in " + code.qualname);
  code.stacksize = max_depth;
  code.maxblocks = max_blocks;

  // Flags.
  uint32_t flags = 0;
  if (u.ste->kind == ScopeKind::Function) {
    flags |= kCoOptimized | kCoNewLocals;
    if (u.ste->nested) flags |= kCoNested;
    if (u.ste->generator && !u.ste->coroutine) flags |= kCoGenerator;
    if (!u.ste->generator && u.ste->coroutine) flags |= kCoCoroutine;
    if (u.ste->generator && u.ste->coroutine) flags |= kCoAsyncGenerator;
    if (u.ste->varargs) flags |= kCoVarArgs;
    if (u.ste->varkeywords) flags |= kCoVarKeywords;
  }
  if (code.cellvars.empty() && code.freevars.empty()) flags |= kCoNoFree;
  code.flags = flags;
}

// ---------------------------------------------------------------------------
// Module entry
// ---------------------------------------------------------------------------
std::shared_ptr<CodeUnit> Compiler::compile(const ast::Module& mod, CompileMode mode) {
  // Leading `from __future__` imports (after an optional docstring).
  {
    size_t i = 0;
    if (!mod.body.empty() && mod.body[0]->kind == ast::StmtKind::Expr && mod.body[0]->value &&
        mod.body[0]->value->kind == ast::ExprKind::Constant && mod.body[0]->value->const_kind == ast::ConstKind::Str)
      i = 1;
    for (; i < mod.body.size(); i++) {
      const ast::Stmt* s = mod.body[i];
      if (s->kind != ast::StmtKind::ImportFrom || s->name != "__future__" || s->level != 0) break;
      future_lineno_ = s->pos.line;
    }
  }
  enter_scope(UnitKind::Module, "<module>", nullptr, 1);
  if (mode == CompileMode::Eval) {
    if (!mod.body.empty() && mod.body[0]->kind == ast::StmtKind::Expr) {
      set_loc(mod.body[0]->pos);
      visit_expr(mod.body[0]->value);
      emit(Op::RETURN_VALUE);
    }
  } else {
    compile_body(mod.body);
  }
  std::shared_ptr<CodeUnit> code = exit_scope();
  if (failed()) return nullptr;
  return code;
}

}  // namespace compiler_detail

// ---------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------
namespace {

const char* const kFutureFeatures[] = {"nested_scopes",    "generators",     "division",
                                       "absolute_import",  "with_statement", "print_function",
                                       "unicode_literals", "barry_as_FLUFL", "generator_stop",
                                       "annotations"};

// Validates the leading `from __future__ import ...` statements (CPython's
// future.c) and reports whether `annotations` is enabled.
std::optional<SyntaxErrorInfo> check_future(const ast::Module& mod, std::string_view source, bool& annotations) {
  annotations = false;
  size_t i = 0;
  if (!mod.body.empty() && mod.body[0]->kind == ast::StmtKind::Expr && mod.body[0]->value &&
      mod.body[0]->value->kind == ast::ExprKind::Constant && mod.body[0]->value->const_kind == ast::ConstKind::Str)
    i = 1;
  for (; i < mod.body.size(); i++) {
    const ast::Stmt* s = mod.body[i];
    if (s->kind != ast::StmtKind::ImportFrom || s->name != "__future__" || s->level != 0) break;
    for (const ast::Alias& a : s->names) {
      if (a.name == "annotations") annotations = true;
      if (a.name == "braces") return make_syntax_error("not a chance", s->pos, source);
      bool known = false;
      for (const char* f : kFutureFeatures)
        if (a.name == f) known = true;
      if (!known) {
        SyntaxErrorInfo e = make_syntax_error("future feature " + a.name + " is not defined", s->pos, source);
        e.end_offset = 0;
        return e;
      }
    }
  }
  return std::nullopt;
}

}  // namespace

CompileResult compile_module(const ast::Module& mod, std::string_view source, std::string_view filename,
                             CompileMode mode) {
  CompileResult result;
  bool future_annotations = false;
  if (auto err = check_future(mod, source, future_annotations)) {
    result.error = std::move(err);
    return result;
  }
  SymbolTable st;
  if (auto err = build_symtable(mod, source, future_annotations, st)) {
    result.error = std::move(err);
    return result;
  }
  Compiler c(st, source, std::string(filename), mode == CompileMode::Single);
  result.code = c.compile(mod, mode);
  if (c.error()) {
    result.code.reset();
    result.error = c.error();
  }
  return result;
}

CompileResult compile_source(std::string_view source, std::string_view filename, CompileMode mode) {
  ParseResult parsed = mode == CompileMode::Eval ? parse_expression(source) : parse_module(source);
  if (parsed.error || !parsed.module) {
    CompileResult r;
    if (parsed.error) {
      r.error = std::move(parsed.error);
    } else {
      SyntaxErrorInfo e;
      e.type = "SyntaxError";
      e.msg = "invalid syntax";
      r.error = std::move(e);
    }
    return r;
  }
  return compile_module(*parsed.module, source, filename, mode);
}

}  // namespace il::lang
