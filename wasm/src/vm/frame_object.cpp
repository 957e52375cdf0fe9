// frame_object.cpp — Python-visible frame objects (sys._getframe, f_back,
// traceback.tb_frame).
//
// The VM's Frame is a plain malloc'd block that is freed when the call returns,
// so the frame object cannot simply point at it. A frame object is "live"
// while its Frame exists (it reads locals and the line from it) and keeps a
// snapshot once the Frame is destroyed (Frame::destroy calls
// frame_object_detach): its locals, its last line and its f_back, which is
// made into a frame object at that moment because the caller is still alive.
#include <algorithm>
#include <cstdio>
#include <string>

#include "lang/codeunit.h"
#include "objects/containers.h"
#include "objects/str.h"
#include "vm/vm.h"

namespace il {

namespace {

struct FrameObj : Object {
  Interp* interp = nullptr;  // Frame::destroy has no Interp: detaching needs one
  Frame* live = nullptr;     // null once the frame has finished
  Code* code = nullptr;
  Dict* globals = nullptr;
  Dict* builtins = nullptr;
  Value locals;              // snapshot (a dict) after detaching
  Value back;                // snapshot of f_back after detaching (empty = None)
  int lineno = 0;            // snapshot after detaching
  void trace(Tracer& t) override {
    t.visit(code);
    t.visit(globals);
    t.visit(builtins);
    t.visit(locals);
    t.visit(back);
    // A suspended generator's frame lives in the generator: keep it alive.
    if (live) t.visit(live->gen);
  }
};

Type* frame_type(Interp& I);

FrameObj* frame_self(Interp& I, Value v) {
  if (!v.is_obj() || v.obj()->type != frame_type(I))
    I.raise(I.t.TypeError, "descriptor requires a 'frame' object but received a '%s'", type_name(I, v));
  return v.as<FrameObj>();
}

// The line the frame is at: pc is saved (one past the CALL) whenever the
// frame calls out; lasti is where an exception last left it.
int frame_line(Frame* f) {
  uint32_t at = f->pc ? f->pc - 1 : 0;
  at = std::max(at, f->lasti);
  if (at == 0 && f->pc == 0) return f->code->firstlineno;
  return f->code->line_at(at);
}

// f_locals of a function frame: the bound locals and cell contents by name.
Value locals_dict(Interp& I, Frame* f) {
  if (f->locals) return obj_value(f->locals);
  Dict* d = I.dict();
  Code* c = f->code;
  for (int i = 0; i < c->nlocals && i < int(c->varnames.size()); i++)
    if (!f->slots[i].empty()) {
      str_note_escape(I, f->slots[i]);  // the dict now shares it (objects/str.h)
      dict_set_str(I, d, c->varnames[size_t(i)], f->slots[i]);
    }
  Value* cells = f->cells();
  for (int i = 0; i < c->ncells + c->nfree; i++) {
    Str* name = i < c->ncells ? (size_t(i) < c->cellvars.size() ? c->cellvars[size_t(i)] : nullptr)
                              : (size_t(i - c->ncells) < c->freevars.size() ? c->freevars[size_t(i - c->ncells)] : nullptr);
    Value v = cells[i];
    if (!name || v.empty()) continue;
    if (v.is_obj() && v.obj()->type == I.t.cell) v = v.as<Cell>()->v;
    if (!v.empty()) dict_set_str(I, d, name, v);
  }
  return obj_value(d);
}

// A generator's frame is linked to its caller only while it runs.
Frame* live_back(Frame* f) {
  if (f->gen && f->gen->state != GenState::Running) return nullptr;
  return f->back;
}

Value frame_get_code(Interp& I, CallArgs& a) { return obj_value(frame_self(I, a[0])->code); }
Value frame_get_globals(Interp& I, CallArgs& a) { return obj_value(frame_self(I, a[0])->globals); }
Value frame_get_builtins(Interp& I, CallArgs& a) {
  FrameObj* fo = frame_self(I, a[0]);
  return fo->builtins ? obj_value(fo->builtins) : obj_value(I.builtins->dict);
}
Value frame_get_locals(Interp& I, CallArgs& a) {
  FrameObj* fo = frame_self(I, a[0]);
  return fo->live ? locals_dict(I, fo->live) : fo->locals;
}
Value frame_get_lineno(Interp& I, CallArgs& a) {
  FrameObj* fo = frame_self(I, a[0]);
  return Value::small(fo->live ? frame_line(fo->live) : fo->lineno);
}
Value frame_get_lasti(Interp& I, CallArgs& a) {
  FrameObj* fo = frame_self(I, a[0]);
  // Byte offsets as CPython (2 bytes per code unit) of the current instruction.
  if (!fo->live) return Value::small(-1);
  return Value::small(int64_t(fo->live->pc ? fo->live->pc - 1 : 0) * 2);
}
Value frame_get_back(Interp& I, CallArgs& a) {
  FrameObj* fo = frame_self(I, a[0]);
  if (!fo->live) return fo->back.empty() ? Value::None() : fo->back;
  Frame* b = live_back(fo->live);
  return b ? frame_object(I, b) : Value::None();
}
Value frame_get_none(Interp& I, CallArgs& a) {
  frame_self(I, a[0]);
  return Value::None();
}
Value frame_set_ignored(Interp& I, CallArgs& a) {  // f_trace: tracing is not supported; accepted and dropped
  frame_self(I, a[0]);
  return Value::None();
}
Value frame_repr(Interp& I, CallArgs& a) {
  FrameObj* fo = frame_self(I, a[0]);
  char buf[32];
  std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(reinterpret_cast<uintptr_t>(fo)));
  int line = fo->live ? frame_line(fo->live) : fo->lineno;
  return I.new_str("<frame at " + std::string(buf) + ", file " + repr_string(I, obj_value(fo->code->filename)) +
                   ", line " + std::to_string(line) + ", code " + std::string(fo->code->name->view()) + ">");
}
Value frame_clear(Interp& I, CallArgs& a) {
  FrameObj* fo = frame_self(I, a[0]);
  if (fo->live && !fo->live->gen) I.raise(I.t.RuntimeError, "cannot clear an executing frame");
  if (!fo->live) fo->locals = obj_value(I.dict());
  return Value::None();
}

const MethodDef kFrameMethods[] = {{"__repr__", frame_repr}, {"clear", frame_clear}, {nullptr, nullptr}};
const GetSetDef kFrameGetSets[] = {
    {"f_code", frame_get_code},
    {"f_globals", frame_get_globals},
    {"f_builtins", frame_get_builtins},
    {"f_locals", frame_get_locals},
    {"f_lineno", frame_get_lineno},
    {"f_lasti", frame_get_lasti},
    {"f_back", frame_get_back},
    {"f_trace", frame_get_none, frame_set_ignored},
    {nullptr, nullptr},
};

Type* frame_type(Interp& I) {
  if (I.vm->frame_type.empty()) {
    Type* t = new_builtin_type(I, "frame", I.t.object, Layout::Native, 0);
    add_methods(I, t, kFrameMethods);
    add_getsets(I, t, kFrameGetSets);
    I.vm->frame_type = obj_value(t);
    I.extra_roots.push_back(&I.vm->frame_type);
  }
  return I.vm->frame_type.as<Type>();
}

}  // namespace

Value frame_object(Interp& I, Frame* f) {
  if (f->pyframe) return obj_value(f->pyframe);
  FrameObj* fo = I.make<FrameObj>(frame_type(I));
  fo->interp = &I;
  fo->live = f;
  fo->code = f->code;
  fo->globals = f->globals;
  fo->builtins = f->builtins;
  f->pyframe = fo;
  return obj_value(fo);
}

void frame_object_detach(Frame* f) {
  FrameObj* fo = static_cast<FrameObj*>(f->pyframe);
  f->pyframe = nullptr;
  if (!fo->live) return;
  Interp& I = *fo->interp;
  fo->lineno = frame_line(f);
  fo->locals = locals_dict(I, f);
  if (fo->locals.as<Dict>() == f->locals) fo->locals = obj_value(f->locals);
  Frame* b = live_back(f);
  fo->back = b ? frame_object(I, b) : Value();
  fo->live = nullptr;
}

Value sys_getframe(Interp& I, CallArgs& a) {
  check_no_kwargs(I, a, "_getframe");
  check_nargs(I, a, "_getframe", 0, 1);
  int64_t depth = a.argc ? to_int64(I, a[0]) : 0;
  Frame* f = I.current ? I.current->top : nullptr;
  for (; f && depth > 0; depth--) f = live_back(f);
  if (!f) I.raise(I.t.ValueError, "call stack is not deep enough");
  return frame_object(I, f);
}

void add_traceback_frame(Interp& I, Value exc, Frame* f, int line) {
  add_traceback(I, exc, f->code, line);
  if (!exc.is_obj() || exc.obj()->type->layout != Layout::Exception) return;
  Traceback* tb = exc.as<ExceptionObj>()->traceback;
  if (tb) tb->frame = frame_object(I, f);
}

}  // namespace il
