// compiler_stmt.cpp — statements: definitions, control flow, exceptions,
// `with`, imports. Exception handling follows CPython 3.10's block-stack
// scheme (see opcodes.h); `break`/`continue`/`return` emit the unwinding code
// of every enclosing try/with/except block (unwind_fblock).
#include <algorithm>

#include "lang/compiler.h"

namespace il::lang::compiler_detail {

using ast::Expr;
using ast::ExprKind;
using ast::Stmt;
using ast::StmtKind;

namespace {

bool is_docstring(const std::vector<Stmt*>& body) {
  if (body.empty()) return false;
  const Stmt* s = body[0];
  return s->kind == StmtKind::Expr && s->value && s->value->kind == ExprKind::Constant &&
         s->value->const_kind == ast::ConstKind::Str;
}

// Does a module/class body contain an annotated assignment (outside nested
// functions/classes)? Then it needs SETUP_ANNOTATIONS.
bool find_ann(const std::vector<Stmt*>& stmts) {
  for (const Stmt* s : stmts) {
    switch (s->kind) {
      case StmtKind::AnnAssign: return true;
      case StmtKind::For:
      case StmtKind::AsyncFor:
      case StmtKind::While:
      case StmtKind::If:
        if (find_ann(s->body) || find_ann(s->orelse)) return true;
        break;
      case StmtKind::With:
      case StmtKind::AsyncWith:
        if (find_ann(s->body)) return true;
        break;
      case StmtKind::Try:
      case StmtKind::TryStar:
        for (auto& h : s->handlers)
          if (find_ann(h.body)) return true;
        if (find_ann(s->body) || find_ann(s->finalbody) || find_ann(s->orelse)) return true;
        break;
      default: break;
    }
  }
  return false;
}

Const str_const(const std::string& s) {
  Const c;
  c.kind = Const::Kind::Str;
  c.text = s;
  return c;
}

Const int_const(int v) {
  Const c;
  c.kind = Const::Kind::Int;
  c.text = std::to_string(v);
  return c;
}

BinOp binop_of(ast::OpKind op) {
  switch (op) {
    case ast::OpKind::Add: return BinOp::Add;
    case ast::OpKind::Sub: return BinOp::Sub;
    case ast::OpKind::Mult: return BinOp::Mul;
    case ast::OpKind::MatMult: return BinOp::MatMul;
    case ast::OpKind::Div: return BinOp::TrueDiv;
    case ast::OpKind::Mod: return BinOp::Remainder;
    case ast::OpKind::Pow: return BinOp::Power;
    case ast::OpKind::LShift: return BinOp::LShift;
    case ast::OpKind::RShift: return BinOp::RShift;
    case ast::OpKind::BitOr: return BinOp::Or;
    case ast::OpKind::BitXor: return BinOp::Xor;
    case ast::OpKind::BitAnd: return BinOp::And;
    case ast::OpKind::FloorDiv: return BinOp::FloorDiv;
  }
  return BinOp::Add;
}

}  // namespace

// ---------------------------------------------------------------------------
// Bodies
// ---------------------------------------------------------------------------
void Compiler::visit_body(const std::vector<Stmt*>& body) {
  for (const Stmt* s : body) {
    if (failed()) return;
    visit_stmt(s);
  }
}

void Compiler::compile_body(const std::vector<Stmt*>& body) {
  if (u_->kind == UnitKind::Module && !body.empty()) set_loc(body[0]->pos);
  if (find_ann(body)) emit(Op::SETUP_ANNOTATIONS);
  size_t i = 0;
  if (!interactive_ && is_docstring(body)) {
    set_loc(body[0]->pos);
    visit_expr(body[0]->value);
    nameop("__doc__", ast::ExprCtx::Store);
    i = 1;
  }
  for (; i < body.size() && !failed(); i++) visit_stmt(body[i]);
}

void Compiler::visit_stmt(const Stmt* s) {
  set_loc(s->pos);
  switch (s->kind) {
    case StmtKind::FunctionDef:
    case StmtKind::AsyncFunctionDef: function_def(s); break;
    case StmtKind::ClassDef: class_def(s); break;
    case StmtKind::Return: return_stmt(s); break;
    case StmtKind::Delete:
      for (const Expr* t : s->targets) delete_target(t);
      break;
    case StmtKind::Assign: assign(s); break;
    case StmtKind::AugAssign: aug_assign(s); break;
    case StmtKind::AnnAssign: ann_assign(s); break;
    case StmtKind::For: for_stmt(s); break;
    case StmtKind::AsyncFor: async_for_stmt(s); break;
    case StmtKind::While: while_stmt(s); break;
    case StmtKind::If: if_stmt(s); break;
    case StmtKind::With: with_stmt(s, 0); break;
    case StmtKind::AsyncWith: async_with_stmt(s, 0); break;
    case StmtKind::Raise: raise_stmt(s); break;
    case StmtKind::Try: try_stmt(s); break;
    case StmtKind::TryStar: s->finalbody.empty() ? try_star_except(s) : try_finally(s); break;
    case StmtKind::Assert: assert_stmt(s); break;
    case StmtKind::Import: import_stmt(s); break;
    case StmtKind::ImportFrom: import_from(s); break;
    case StmtKind::Global:
    case StmtKind::Nonlocal:
    case StmtKind::Pass: break;
    case StmtKind::Expr: expr_stmt(s); break;
    case StmtKind::Break: break_stmt(); break;
    case StmtKind::Continue: continue_stmt(); break;
    case StmtKind::Match: match_stmt(s); break;
  }
}

// ---------------------------------------------------------------------------
// Definitions
// ---------------------------------------------------------------------------
void Compiler::decorators(const std::vector<Expr*>& decos) {
  for (const Expr* d : decos) visit_expr(d);
}

// The annotations of a def as MAKE_FUNCTION's 0x04 operand (3.11's shape: a
// tuple name, value, name, value ...), evaluated in the defining scope.
// Returns false (nothing pushed) when there are none.
bool Compiler::function_annotations(const ast::Arguments* args, const Expr* returns) {
  // Under `from __future__ import annotations` they would be strings of the
  // source; not done: __annotations__ stays empty then.
  if (st_.future_annotations) return false;
  uint32_t n = 0;
  auto one = [&](const ast::Arg* a) {
    if (!a || !a->annotation) return;
    load_const(str_const(mangled(a->name)));
    visit_expr(a->annotation);
    n++;
  };
  if (args) {
    for (const ast::Arg& a : args->posonlyargs) one(&a);
    for (const ast::Arg& a : args->args) one(&a);
    one(args->vararg);
    for (const ast::Arg& a : args->kwonlyargs) one(&a);
    one(args->kwarg);
  }
  if (returns) {
    load_const(str_const("return"));
    visit_expr(returns);
    n++;
  }
  if (n == 0) return false;
  emit(Op::BUILD_TUPLE, 2 * n);
  return true;
}

uint32_t Compiler::default_arguments(const ast::Arguments* args) {
  if (!args) return 0;
  uint32_t flags = 0;
  if (!args->defaults.empty()) {
    Const folded;
    folded.kind = Const::Kind::Tuple;
    bool all_const = true;
    for (const Expr* d : args->defaults) {
      Const c;
      if (!const_of(d, c)) {
        all_const = false;
        break;
      }
      folded.items.push_back(std::move(c));
    }
    if (all_const) {
      load_const(std::move(folded));
    } else {
      for (const Expr* d : args->defaults) visit_expr(d);
      emit(Op::BUILD_TUPLE, uint32_t(args->defaults.size()));
    }
    flags |= 0x01;
  }
  uint32_t nkw = 0;
  for (size_t i = 0; i < args->kwonlyargs.size() && i < args->kw_defaults.size(); i++) {
    if (!args->kw_defaults[i]) continue;
    load_const(str_const(mangled(args->kwonlyargs[i].name)));
    visit_expr(args->kw_defaults[i]);
    nkw++;
  }
  if (nkw) {
    emit(Op::BUILD_MAP, nkw);
    flags |= 0x02;
  }
  return flags;
}

void Compiler::set_arg_counts(const ast::Arguments* args) {
  if (!args) return;
  CodeUnit& code = *u_->code;
  code.posonlyargcount = int(args->posonlyargs.size());
  code.argcount = int(args->posonlyargs.size() + args->args.size());
  code.kwonlyargcount = int(args->kwonlyargs.size());
}

void Compiler::function_def(const Stmt* s) {
  bool is_async = s->kind == StmtKind::AsyncFunctionDef;
  decorators(s->decorator_list);
  int firstlineno = s->decorator_list.empty() ? s->pos.line : s->decorator_list[0]->pos.line;
  uint32_t flags = default_arguments(s->args);
  if (function_annotations(s->args, s->value)) flags |= 0x04;
  enter_scope(is_async ? UnitKind::AsyncFunction : UnitKind::Function, s->name, s, firstlineno);
  size_t i = 0;
  if (is_docstring(s->body)) {
    // The docstring is consts[0] (the VM sets __doc__ from it).
    if (!u_->code->consts.empty()) fail("internal compiler error: docstring is not the first constant");
    add_const(str_const(s->body[0]->value->text));
    u_->code->has_docstring = true;
    i = 1;
  }
  set_arg_counts(s->args);
  for (; i < s->body.size() && !failed(); i++) visit_stmt(s->body[i]);
  std::shared_ptr<CodeUnit> code = exit_scope();
  set_loc(s->pos);
  make_closure(code, flags);
  // Decorators apply bottom-up, each CALL on the decorator's own line.
  for (size_t d = s->decorator_list.size(); d-- > 0;) {
    set_loc(s->decorator_list[d]->pos);
    emit(Op::CALL, 0);
  }
  set_loc(s->pos);
  nameop(s->name, ast::ExprCtx::Store);
}

void Compiler::class_def(const Stmt* s) {
  decorators(s->decorator_list);
  int firstlineno = s->decorator_list.empty() ? s->pos.line : s->decorator_list[0]->pos.line;
  enter_scope(UnitKind::Class, s->name, s, firstlineno);
  set_loc(s->pos);
  nameop("__name__", ast::ExprCtx::Load);
  nameop("__module__", ast::ExprCtx::Store);
  load_const(str_const(u_->code->qualname));
  nameop("__qualname__", ast::ExprCtx::Store);
  compile_body(s->body);
  // Return the __class__ cell (the VM fills it with the new class) or None.
  set_loc(s->pos);
  if (u_->ste->needs_class_closure) {
    emit(Op::LOAD_CLOSURE, u_->cell_index.at("__class__"));
  } else {
    load_none();
  }
  emit(Op::RETURN_VALUE);
  std::shared_ptr<CodeUnit> code = exit_scope();
  set_loc(s->pos);
  emit(Op::PUSH_NULL);
  emit(Op::LOAD_BUILD_CLASS);
  make_closure(code, 0);
  load_const(str_const(s->name));
  call_helper(2, s->targets, s->keywords);
  for (size_t d = s->decorator_list.size(); d-- > 0;) {
    set_loc(s->decorator_list[d]->pos);
    emit(Op::CALL, 0);
  }
  set_loc(s->pos);
  nameop(s->name, ast::ExprCtx::Store);
}

// ---------------------------------------------------------------------------
// Simple statements
// ---------------------------------------------------------------------------
void Compiler::return_stmt(const Stmt* s) {
  if (u_->ste->kind != ScopeKind::Function) {
    fail("'return' outside function");
    return;
  }
  if (s->value && u_->ste->coroutine && u_->ste->generator) {
    fail("'return' with value in async generator");
    return;
  }
  // A non-constant value is computed first and kept on the stack while
  // finally bodies and __exit__ calls run. Constants include folded ones
  // (-1, (1, 2)), as after CPython's AST optimizer.
  Const folded;
  bool preserve_tos = s->value && !const_of(s->value, folded);
  if (preserve_tos)
    visit_expr(s->value);
  else if (s->value && s->value->pos.line == s->pos.line)
    set_loc(s->value->pos);  // as CPython: an except* error points at the constant
  unwind_fblock_stack(preserve_tos, nullptr);
  set_loc(s->pos);
  if (!s->value)
    load_none();
  else if (!preserve_tos)
    visit_expr(s->value);
  emit(Op::RETURN_VALUE);
}

void Compiler::expr_stmt(const Stmt* s) {
  const Expr* v = s->value;
  if (interactive_ && u_->nest_level == 0) {
    // REPL: sys.displayhook(value).
    emit(Op::PUSH_NULL);
    load_const(int_const(0));
    load_none();
    emit(Op::IMPORT_NAME, add_name_raw("sys"));
    emit(Op::LOAD_ATTR, add_name_raw("displayhook"));
    visit_expr(v);
    emit(Op::CALL, 1);
    emit(Op::POP_TOP);
    return;
  }
  if (v->kind == ExprKind::Constant) return;  // no code for a bare constant
  visit_expr(v);
  emit(Op::POP_TOP);
}

void Compiler::assign(const Stmt* s) {
  if (try_swap_assign(s)) return;
  visit_expr(s->value);
  for (size_t i = 0; i < s->targets.size(); i++) {
    if (i + 1 < s->targets.size()) emit(Op::COPY, 1);
    store_target(s->targets[i]);
  }
}

void Compiler::aug_assign(const Stmt* s) {
  const Expr* e = s->target;
  set_loc(e->pos);
  switch (e->kind) {
    case ExprKind::Attribute:
      visit_expr(e->left);
      emit(Op::COPY, 1);
      emit(Op::LOAD_ATTR, add_name(e->name));
      break;
    case ExprKind::Subscript:
      visit_expr(e->left);
      visit_expr(e->right);
      emit(Op::COPY, 2);
      emit(Op::COPY, 2);
      emit(Op::BINARY_SUBSCR);
      break;
    case ExprKind::Name: nameop(e->name, ast::ExprCtx::Load); break;
    default: fail("illegal expression for augmented assignment"); return;
  }
  set_loc(s->pos);
  visit_expr(s->value);
  emit(Op::BINARY_OP, uint32_t(binop_of(s->op)) + kInplaceOffset);
  set_loc(e->pos);
  switch (e->kind) {
    case ExprKind::Attribute:
      emit(Op::SWAP, 2);
      emit(Op::STORE_ATTR, add_name(e->name));
      break;
    case ExprKind::Subscript:
      emit(Op::SWAP, 3);
      emit(Op::SWAP, 2);
      emit(Op::STORE_SUBSCR);
      break;
    default: nameop(e->name, ast::ExprCtx::Store); break;
  }
}

std::string Compiler::annotation_text(const Expr* e) const {
  // The annotation's source text (CPython unparses the AST; for ordinary
  // annotations the two agree). Columns are in code points.
  auto line_start = [&](int line) -> size_t {
    size_t i = 0;
    for (int l = 1; l < line && i < source_.size(); i++)
      if (source_[i] == '\n') ++l;
    return i;
  };
  auto advance = [&](size_t i, int cols) {
    while (cols > 0 && i < source_.size()) {
      unsigned char c = static_cast<unsigned char>(source_[i++]);
      if (c >= 0x80)
        while (i < source_.size() && (static_cast<unsigned char>(source_[i]) & 0xC0) == 0x80) i++;
      cols--;
    }
    return i;
  };
  size_t b = advance(line_start(e->pos.line), e->pos.col);
  size_t end = advance(line_start(e->pos.end_line), e->pos.end_col);
  if (end < b || end > source_.size()) return std::string();
  return std::string(source_.substr(b, end - b));
}

void Compiler::ann_assign(const Stmt* s) {
  const Expr* t = s->target;
  bool module_or_class = u_->kind == UnitKind::Module || u_->kind == UnitKind::Class;
  if (s->value) {
    visit_expr(s->value);
    store_target(t);
  }
  switch (t->kind) {
    case ExprKind::Name:
      if (t->name == "__debug__") {
        fail_at("cannot assign to __debug__", t->pos);
        return;
      }
      // Simple names at module/class level are recorded in __annotations__;
      // annotations of locals are never evaluated (as CPython).
      if (s->simple && module_or_class) {
        if (st_.future_annotations)
          load_const(str_const(annotation_text(s->annotation)));
        else
          visit_expr(s->annotation);
        emit(Op::LOAD_NAME, add_name_raw("__annotations__"));
        load_const(str_const(mangled(t->name)));
        emit(Op::STORE_SUBSCR);
      }
      break;
    case ExprKind::Attribute:
      if (!s->value) {
        visit_expr(t->left);
        emit(Op::POP_TOP);
      }
      break;
    case ExprKind::Subscript:
      if (!s->value) {
        visit_expr(t->left);
        emit(Op::POP_TOP);
        // Everything in the subscript is evaluated (slices part by part).
        auto check = [&](auto& self, const Expr* x) -> void {
          if (x->kind == ExprKind::Slice) {
            for (const Expr* p : {x->left, x->right, x->third})
              if (p) {
                visit_expr(p);
                emit(Op::POP_TOP);
              }
          } else if (x->kind == ExprKind::Tuple) {
            for (const Expr* p : x->values) self(self, p);
          } else {
            visit_expr(x);
            emit(Op::POP_TOP);
          }
        };
        check(check, t->right);
      }
      break;
    default: break;
  }
  // Complex targets: the annotation is evaluated (and dropped) at module/class level.
  if (!s->simple && module_or_class && !st_.future_annotations) {
    visit_expr(s->annotation);
    emit(Op::POP_TOP);
  }
}

void Compiler::delete_target(const Expr* e) {
  ast::Pos saved = u_->loc;
  set_loc(e->pos);
  switch (e->kind) {
    case ExprKind::Name: nameop(e->name, ast::ExprCtx::Del); break;
    case ExprKind::Attribute:
      visit_expr(e->left);
      emit(Op::DELETE_ATTR, add_name(e->name));
      break;
    case ExprKind::Subscript:
      visit_expr(e->left);
      visit_expr(e->right);
      emit(Op::DELETE_SUBSCR);
      break;
    case ExprKind::Tuple:
    case ExprKind::List:
      for (const Expr* x : e->values) delete_target(x);
      break;
    case ExprKind::Starred: fail("cannot delete starred"); break;
    default: fail("cannot delete expression"); break;
  }
  u_->loc = saved;
}

void Compiler::raise_stmt(const Stmt* s) {
  uint32_t n = 0;
  if (s->value) {
    visit_expr(s->value);
    n++;
    if (s->cause) {
      visit_expr(s->cause);
      n++;
    }
  }
  set_loc(s->pos);
  emit(Op::RAISE_VARARGS, n);
}

void Compiler::assert_stmt(const Stmt* s) {
  int end = new_label();
  jump_if(s->value, end, true);
  set_loc(s->pos);
  if (s->cause) {
    emit(Op::PUSH_NULL);
    emit(Op::LOAD_ASSERTION_ERROR);
    visit_expr(s->cause);
    emit(Op::CALL, 1);
  } else {
    emit(Op::LOAD_ASSERTION_ERROR);
  }
  emit(Op::RAISE_VARARGS, 1);
  bind(end);
}

void Compiler::import_stmt(const Stmt* s) {
  for (const ast::Alias& a : s->names) {
    set_loc(s->pos);
    load_const(int_const(0));
    load_none();
    emit(Op::IMPORT_NAME, add_name(a.name));
    size_t dot = a.name.find('.');
    if (!a.asname.empty()) {
      if (dot != std::string::npos) {
        // `import a.b.c as d`: d = (a.b.c module) via IMPORT_FROM b, c.
        size_t pos = dot + 1;
        for (;;) {
          size_t next = a.name.find('.', pos);
          std::string attr = a.name.substr(pos, next == std::string::npos ? std::string::npos : next - pos);
          emit(Op::IMPORT_FROM, add_name_raw(attr));
          if (next == std::string::npos) break;
          emit(Op::SWAP, 2);
          emit(Op::POP_TOP);
          pos = next + 1;
        }
        nameop(a.asname, ast::ExprCtx::Store);
        emit(Op::POP_TOP);
      } else {
        nameop(a.asname, ast::ExprCtx::Store);
      }
    } else {
      nameop(dot == std::string::npos ? a.name : a.name.substr(0, dot), ast::ExprCtx::Store);
    }
  }
}

void Compiler::import_from(const Stmt* s) {
  if (s->name == "__future__" && s->pos.line > future_lineno_) {
    fail("from __future__ imports must occur at the beginning of the file");
    return;
  }
  load_const(int_const(s->level));
  Const names;
  names.kind = Const::Kind::Tuple;
  for (const ast::Alias& a : s->names) names.items.push_back(str_const(a.name));
  load_const(std::move(names));
  emit(Op::IMPORT_NAME, add_name(s->name));
  for (size_t i = 0; i < s->names.size(); i++) {
    const ast::Alias& a = s->names[i];
    if (i == 0 && a.name == "*") {
      emit(Op::IMPORT_STAR);
      return;
    }
    emit(Op::IMPORT_FROM, add_name(a.name));
    nameop(a.asname.empty() ? a.name : a.asname, ast::ExprCtx::Store);
  }
  emit(Op::POP_TOP);  // the module
}

// ---------------------------------------------------------------------------
// Control flow
// ---------------------------------------------------------------------------
void Compiler::if_stmt(const Stmt* s) {
  int end = new_label();
  int next = s->orelse.empty() ? end : new_label();
  jump_if(s->value, next, false);
  visit_body(s->body);
  if (!s->orelse.empty()) {
    emit_jump_any(end);
    bind(next);
    visit_body(s->orelse);
  }
  bind(end);
}

void Compiler::while_stmt(const Stmt* s) {
  int start = new_label(), orelse = new_label(), end = new_label();
  bind(start);
  push_fblock(FBlock{FBlockKind::WhileLoop, start, end});
  jump_if(s->value, orelse, false);
  visit_body(s->body);
  set_loc(s->pos);
  emit_jump_any(start);  // back edge: JUMP_BACKWARD
  pop_fblock();
  bind(orelse);
  visit_body(s->orelse);
  bind(end);
}

void Compiler::for_stmt(const Stmt* s) {
  int start = new_label(), cleanup = new_label(), end = new_label();
  const Expr* it = s->value;
  Const folded;
  // `for x in [1, 2, 3]` iterates a constant tuple.
  if (it->kind == ExprKind::List && const_of(it, folded, true)) {
    set_loc(it->pos);
    load_const(std::move(folded));
  } else {
    visit_expr(it);
  }
  set_loc(s->pos);
  emit(Op::GET_ITER);
  bind(start);
  push_fblock(FBlock{FBlockKind::ForLoop, start, end});
  emit_jump(Op::FOR_ITER, cleanup);
  store_target(s->target);
  visit_body(s->body);
  set_loc(s->pos);
  emit_jump_any(start);
  bind(cleanup);
  pop_fblock();
  visit_body(s->orelse);
  bind(end);
}

void Compiler::async_for_stmt(const Stmt* s) {
  if (u_->kind != UnitKind::AsyncFunction) {
    fail("'async for' outside async function");
    return;
  }
  int start = new_label(), except = new_label(), end = new_label();
  visit_expr(s->value);
  set_loc(s->pos);
  emit(Op::GET_AITER);
  bind(start);
  push_fblock(FBlock{FBlockKind::ForLoop, start, end});
  emit_jump(Op::SETUP_FINALLY, except);
  emit(Op::GET_ANEXT);
  await_loop();
  emit(Op::POP_BLOCK);
  store_target(s->target);
  visit_body(s->body);
  set_loc(s->pos);
  emit_jump_any(start);
  pop_fblock();
  bind(except);
  emit(Op::END_ASYNC_FOR);
  visit_body(s->orelse);
  bind(end);
}

void Compiler::await_loop() {
  // TOS is an awaitable's iterator; drive it to completion, yielding what it yields.
  load_none();
  int loop = new_label(), exit = new_label();
  bind(loop);
  emit_jump(Op::SEND, exit);
  emit(Op::YIELD_VALUE, 1);
  emit_jump_any(loop);
  bind(exit);
}

void Compiler::break_stmt() {
  FBlock loop{FBlockKind::WhileLoop};
  if (!unwind_fblock_stack(false, &loop)) {
    fail("'break' outside loop");
    return;
  }
  unwind_fblock(loop, false);
  emit_jump_any(loop.exit);
}

void Compiler::continue_stmt() {
  FBlock loop{FBlockKind::WhileLoop};
  if (!unwind_fblock_stack(false, &loop)) {
    fail("'continue' not properly in loop");
    return;
  }
  emit_jump_any(loop.start);
}

bool Compiler::unwind_fblock_stack(bool preserve_tos, FBlock* loop) {
  if (u_->fblocks.empty()) return false;
  FBlock top = u_->fblocks.back();
  if (top.kind == FBlockKind::ExceptionGroupHandler) {
    fail("'break', 'continue' and 'return' cannot appear in an except* block");
    return false;
  }
  if (loop && (top.kind == FBlockKind::WhileLoop || top.kind == FBlockKind::ForLoop)) {
    *loop = top;
    return true;
  }
  // The block's own cleanup code runs outside of it (e.g. a `break` inside
  // an inlined finally body refers to the loop around the try).
  u_->fblocks.pop_back();
  unwind_fblock(top, preserve_tos);
  bool found = unwind_fblock_stack(preserve_tos, loop);
  u_->fblocks.push_back(top);
  return found;
}

void Compiler::unwind_fblock(const FBlock& b, bool preserve_tos) {
  switch (b.kind) {
    case FBlockKind::WhileLoop:
    case FBlockKind::AsyncComprehensionGenerator:
    case FBlockKind::ExceptionGroupHandler: return;
    case FBlockKind::ForLoop:
      if (preserve_tos) emit(Op::SWAP, 2);
      emit(Op::POP_TOP);  // the iterator
      return;
    case FBlockKind::TryExcept: emit(Op::POP_BLOCK); return;
    case FBlockKind::FinallyTry:
      emit(Op::POP_BLOCK);
      if (preserve_tos) push_fblock(FBlock{FBlockKind::PopValue});
      visit_body(*b.finalbody);
      if (preserve_tos) pop_fblock();
      return;
    case FBlockKind::FinallyEnd:
      // Leaving a finally body run for an exception: [prev_exc, exc (, v)].
      if (preserve_tos) emit(Op::SWAP, 2);
      emit(Op::POP_TOP);
      if (preserve_tos) emit(Op::SWAP, 2);
      emit(Op::POP_EXCEPT);
      return;
    case FBlockKind::With:
    case FBlockKind::AsyncWith:
      // [NULL, exit (, v)] -> exit(None, None, None)
      set_loc(b.stmt->pos);
      emit(Op::POP_BLOCK);
      if (preserve_tos) {
        emit(Op::SWAP, 3);
        emit(Op::SWAP, 2);
      }
      call_exit_with_nones();
      if (b.kind == FBlockKind::AsyncWith) {
        emit(Op::GET_AWAITABLE, 2);
        await_loop();
      }
      emit(Op::POP_TOP);
      return;
    case FBlockKind::HandlerCleanup:
      // Inside an except body: [prev_exc (, v)].
      if (b.name) emit(Op::POP_BLOCK);
      if (preserve_tos) emit(Op::SWAP, 2);
      emit(Op::POP_EXCEPT);
      if (b.name) {
        load_none();
        nameop(*b.name, ast::ExprCtx::Store);
        nameop(*b.name, ast::ExprCtx::Del);
      }
      return;
    case FBlockKind::PopValue:
      if (preserve_tos) emit(Op::SWAP, 2);
      emit(Op::POP_TOP);
      return;
  }
}

// ---------------------------------------------------------------------------
// try / except / finally
// ---------------------------------------------------------------------------
void Compiler::try_stmt(const Stmt* s) {
  if (!s->finalbody.empty())
    try_finally(s);
  else
    try_except(s);
}

// try: body finally: final
//     SETUP_FINALLY L_exc ; body ; POP_BLOCK ; final ; JUMP L_exit
//   L_exc: [prev_exc, exc]   final ; RERAISE
//   L_exit:
void Compiler::try_finally(const Stmt* s) {
  int handler = new_label(), exit = new_label();
  emit_jump(Op::SETUP_FINALLY, handler);
  push_fblock(FBlock{FBlockKind::FinallyTry, -1, -1, &s->finalbody});
  if (!s->handlers.empty())
    s->kind == StmtKind::TryStar ? try_star_except(s) : try_except(s);
  else
    visit_body(s->body);
  pop_fblock();
  emit(Op::POP_BLOCK);
  visit_body(s->finalbody);
  emit_jump_any(exit);
  bind(handler);
  push_fblock(FBlock{FBlockKind::FinallyEnd});
  visit_body(s->finalbody);
  pop_fblock();
  emit(Op::RERAISE);
  bind(exit);
}

// try: body except T as n: h ... else: orelse
//     SETUP_FINALLY L_exc ; body ; POP_BLOCK ; orelse ; JUMP L_end
//   L_exc: [prev_exc, exc]
//     <T> ; CHECK_EXC_MATCH ; POP_JUMP_IF_FALSE L_next
//     STORE n                          [prev_exc]
//     SETUP_FINALLY L_cleanup ; h ; POP_BLOCK ; POP_EXCEPT ; n = None ; del n ; JUMP L_end
//   L_cleanup: [prev_exc, exc, exc2]   n = None ; del n ; RERAISE
//   L_next: ... ; RERAISE (no clause matched)
//   L_end:
void Compiler::try_except(const Stmt* s) {
  int handler = new_label(), end = new_label();
  emit_jump(Op::SETUP_FINALLY, handler);
  push_fblock(FBlock{FBlockKind::TryExcept});
  visit_body(s->body);
  pop_fblock();
  emit(Op::POP_BLOCK);
  visit_body(s->orelse);
  emit_jump_any(end);
  bind(handler);
  for (size_t i = 0; i < s->handlers.size(); i++) {
    const ast::ExceptHandler& h = s->handlers[i];
    set_loc(h.pos);
    if (!h.type && i + 1 < s->handlers.size()) {
      fail("default 'except:' must be last");
      return;
    }
    int next = new_label();
    if (h.type) {
      visit_expr(h.type);
      emit(Op::CHECK_EXC_MATCH);
      emit_jump(Op::POP_JUMP_IF_FALSE, next);
    }
    if (!h.name.empty()) {
      int cleanup = new_label();
      nameop(h.name, ast::ExprCtx::Store);
      emit_jump(Op::SETUP_FINALLY, cleanup);
      push_fblock(FBlock{FBlockKind::HandlerCleanup, -1, -1, nullptr, nullptr, &h.name});
      visit_body(h.body);
      pop_fblock();
      emit(Op::POP_BLOCK);
      emit(Op::POP_EXCEPT);
      load_none();
      nameop(h.name, ast::ExprCtx::Store);
      nameop(h.name, ast::ExprCtx::Del);
      emit_jump_any(end);
      bind(cleanup);
      load_none();
      nameop(h.name, ast::ExprCtx::Store);
      nameop(h.name, ast::ExprCtx::Del);
      emit(Op::RERAISE);
    } else {
      emit(Op::POP_TOP);
      push_fblock(FBlock{FBlockKind::HandlerCleanup});
      visit_body(h.body);
      pop_fblock();
      emit(Op::POP_EXCEPT);
      emit_jump_any(end);
    }
    bind(next);
  }
  emit(Op::RERAISE);
  bind(end);
}

// ---------------------------------------------------------------------------
// with
// ---------------------------------------------------------------------------
void Compiler::call_exit_with_nones() {
  load_none();
  load_none();
  load_none();
  emit(Op::CALL, 3);
}

// After WITH_EXCEPT_START; CALL 3 (and the await for async with):
// [NULL, exit, prev_exc, exc, suppress?]
void Compiler::with_except_finish(bool) {
  int suppress = new_label();
  emit_jump(Op::POP_JUMP_IF_TRUE, suppress);
  emit(Op::RERAISE);
  bind(suppress);
  emit(Op::POP_TOP);     // exc
  emit(Op::POP_EXCEPT);  // prev_exc, restored as the handled exception
  emit(Op::POP_TOP);     // exit
  emit(Op::POP_TOP);     // NULL
}

// with m as t: body
//     <m> ; BEFORE_WITH ; CALL 0           [NULL, exit, enter_result]
//     SETUP_WITH L_exc ; <store t> ; body ; POP_BLOCK
//     None ; None ; None ; CALL 3 ; POP_TOP ; JUMP L_end
//   L_exc: [NULL, exit, prev_exc, exc]
//     WITH_EXCEPT_START ; CALL 3 ; POP_JUMP_IF_TRUE L_sup ; RERAISE
//   L_sup: POP_TOP ; POP_EXCEPT ; POP_TOP ; POP_TOP
//   L_end:
void Compiler::with_stmt(const Stmt* s, size_t pos) {
  const ast::WithItem& item = s->items[pos];
  int final = new_label(), exit = new_label();
  visit_expr(item.context_expr);
  set_loc(s->pos);
  emit(Op::BEFORE_WITH);
  emit(Op::CALL, 0);
  emit_jump(Op::SETUP_WITH, final);
  push_fblock(FBlock{FBlockKind::With, -1, -1, nullptr, s});
  if (item.optional_vars)
    store_target(item.optional_vars);
  else
    emit(Op::POP_TOP);
  if (pos + 1 == s->items.size())
    visit_body(s->body);
  else
    with_stmt(s, pos + 1);
  emit(Op::POP_BLOCK);
  pop_fblock();
  set_loc(s->pos);
  call_exit_with_nones();
  emit(Op::POP_TOP);
  emit_jump_any(exit);
  bind(final);
  emit(Op::WITH_EXCEPT_START);
  emit(Op::CALL, 3);
  with_except_finish(false);
  bind(exit);
}

// async with: as with, but PUSH_NULL first (BEFORE_ASYNC_WITH pushes only
// [aexit, awaitable]) and every __aenter__/__aexit__ result is awaited.
void Compiler::async_with_stmt(const Stmt* s, size_t pos) {
  if (u_->kind != UnitKind::AsyncFunction) {
    fail("'async with' outside async function");
    return;
  }
  const ast::WithItem& item = s->items[pos];
  int final = new_label(), exit = new_label();
  emit(Op::PUSH_NULL);
  visit_expr(item.context_expr);
  set_loc(s->pos);
  emit(Op::BEFORE_ASYNC_WITH);
  emit(Op::GET_AWAITABLE, 1);
  await_loop();
  emit_jump(Op::SETUP_WITH, final);
  push_fblock(FBlock{FBlockKind::AsyncWith, -1, -1, nullptr, s});
  if (item.optional_vars)
    store_target(item.optional_vars);
  else
    emit(Op::POP_TOP);
  if (pos + 1 == s->items.size())
    visit_body(s->body);
  else
    async_with_stmt(s, pos + 1);
  emit(Op::POP_BLOCK);
  pop_fblock();
  set_loc(s->pos);
  call_exit_with_nones();
  emit(Op::GET_AWAITABLE, 2);
  await_loop();
  emit(Op::POP_TOP);
  emit_jump_any(exit);
  bind(final);
  emit(Op::WITH_EXCEPT_START);
  emit(Op::CALL, 3);
  emit(Op::GET_AWAITABLE, 2);
  await_loop();
  with_except_finish(true);
  bind(exit);
}

}  // namespace il::lang::compiler_detail
