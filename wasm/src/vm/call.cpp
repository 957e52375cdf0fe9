// call.cpp — frames, argument binding (CPython's messages), and calling any
// callable from native code.
#include <cstring>
#include <string>

#include "lang/codeunit.h"
#include "objects/containers.h"
#include "objects/str.h"
#include "vm/vm.h"

namespace il {

// ============================================================================
// Frames and tasks
// ============================================================================

static size_t frame_bytes(const Code* code) {
  size_t nslots = size_t(code->nlocals + code->ncells + code->nfree + code->stacksize);
  size_t bytes = sizeof(Frame) + sizeof(Block) * size_t(code->maxblocks) + sizeof(Value) * nslots;
  return (bytes + FramePool::kGranule - 1) & ~(FramePool::kGranule - 1);
}

FramePool::~FramePool() {
  for (size_t c = 0; c < kClasses; c++)
    for (size_t i = 0; i < count[c]; i++) std::free(spare[c][i]);
}

Frame* Frame::create(Code* code, FramePool* pool) {
  size_t nvars = size_t(code->nlocals + code->ncells + code->nfree);
  size_t bytes = frame_bytes(code);
  size_t cls = bytes / FramePool::kGranule;
  void* mem;
  if (pool && cls < FramePool::kClasses && pool->count[cls])
    mem = pool->spare[cls][--pool->count[cls]];
  else
    mem = std::malloc(bytes);
  // Default-initialised (the member initialisers): `Frame()` zeroes the whole
  // header first, which GCC emits as a `rep stos` that cost a third of a
  // call in fib.
  Frame* f = new (mem) Frame;
  // Kept in the frame: at destroy time its code may already be collected
  // (a generator and its code die in the same sweep).
  f->size_class = cls < FramePool::kClasses ? uint8_t(cls) : 0;
  f->code = code;
  // Slots first: they need 8-byte alignment (sizeof(Frame) is a multiple of
  // 8), which a 12-byte Block array in front of them did not keep.
  static_assert(sizeof(Frame) % alignof(Value) == 0);
  f->slots = reinterpret_cast<Value*>(f + 1);
  f->blocks = reinterpret_cast<Block*>(f->slots + size_t(code->nlocals + code->ncells + code->nfree + code->stacksize));
  // Only the variables start empty: the value stack above them is written
  // before it is read (the collector traces it up to sp).
  for (size_t i = 0; i < nvars; i++) f->slots[i] = Value();
  return f;
}

void Frame::destroy(Frame* f, FramePool* pool) {
  if (f->pyframe) frame_object_detach(f);
  size_t cls = f->size_class;
  if (pool && cls != 0 && pool->count[cls] < FramePool::kSpares) {
    pool->spare[cls][pool->count[cls]++] = f;
    return;
  }
  std::free(f);
}

std::string function_str(Interp& I, Value fn) {
  // A bound method reads its function's attributes (CPython's method_getattro).
  if (fn.is_obj() && fn.obj()->type == I.t.method) fn = fn.as<BoundMethod>()->func;
  Value qn = getattr_opt(I, fn, I.names->__qualname__);
  if (qn.empty() || !is_str(I, qn)) return std::string(str_of(I, fn)->view());
  Value mod = getattr_opt(I, fn, I.names->__module__);
  std::string name(str_view(qn));
  if (!mod.empty() && is_str(I, mod) && str_view(mod) != "builtins") name = std::string(str_view(mod)) + "." + name;
  return name + "()";
}

void Frame::trace(Tracer& t) {
  t.visit(code);
  t.visit(func);
  t.visit(globals);
  t.visit(builtins);
  t.visit(locals);
  t.visit(gen);
  t.visit(call_aux);
  t.visit(pyframe);
  uint32_t n = uint32_t(code->nlocals + code->ncells + code->nfree) + sp;
  for (uint32_t i = 0; i < n; i++) t.visit(slots[i]);
}

void Task::trace(Tracer& t) {
  for (Frame* f = top; f; f = f->back) f->trace(t);
  t.visit(handled_exc);
  t.visit(resume_value);
  t.visit(resume_exc);
  t.visit(thread_obj);
  t.visit(result);
  t.visit(exc);
  t.visit(timeout_value);
  t.visit(asyncio_loop);
  t.visit(asyncgen_firstiter);
  t.visit(asyncgen_finalizer);
}

int Code::line_at(uint32_t pc) const {
  if (!unit || unit->lines.empty()) return firstlineno;
  if (pc >= unit->lines.size()) pc = uint32_t(unit->lines.size() - 1);
  return unit->lines[pc];
}

void Code::trace(Tracer& t) {
  for (Value v : consts) t.visit(v);
  for (Str* s : names) t.visit(s);
  for (Str* s : varnames) t.visit(s);
  for (Str* s : cellvars) t.visit(s);
  for (Str* s : freevars) t.visit(s);
  for (auto& c : caches) {
    t.visit(c.value);
    t.visit(c.value2);
  }
  t.visit(name);
  t.visit(qualname);
  t.visit(filename);
}

// ============================================================================
// Argument binding
// ============================================================================

static std::string fn_label(Func* fn) { return std::string(fn->qualname->view()) + "()"; }

[[noreturn]] static void raise_missing(Interp& I, Func* fn, const std::vector<Str*>& missing, const char* kind) {
  std::string names;
  for (size_t i = 0; i < missing.size(); i++) {
    if (i) names += (i + 1 == missing.size()) ? (missing.size() > 2 ? ", and " : " and ") : ", ";
    names += "'" + std::string(missing[i]->view()) + "'";
  }
  I.raise(I.t.TypeError, "%s missing %zu required %s argument%s: %s", fn_label(fn).c_str(), missing.size(), kind,
          missing.size() == 1 ? "" : "s", names.c_str());
}

// Binds arguments into the frame's local slots; CPython 3.11's error texts.
static void bind_args(Interp& I, Func* fn, Frame* f, const Value* argv, uint32_t argc, Tuple* kwnames) {
  Code* co = fn->code;
  Value* locals = f->slots;
  uint32_t nkw = kwnames ? kwnames->size : 0;
  uint32_t npos = argc - nkw;
  int co_argc = co->argcount;
  bool varargs = co->flags & lang::kCoVarArgs;
  bool varkw = co->flags & lang::kCoVarKeywords;
  int total = co->argcount + co->kwonlyargcount;

  Dict* kwdict = nullptr;
  if (varkw) {
    kwdict = I.dict();
    locals[total + (varargs ? 1 : 0)] = obj_value(kwdict);
  }
  uint32_t ncopy = npos < uint32_t(co_argc) ? npos : uint32_t(co_argc);
  for (uint32_t i = 0; i < ncopy; i++) locals[i] = argv[i];
  if (varargs) {
    uint32_t extra = npos > ncopy ? npos - ncopy : 0;
    locals[total] = obj_value(extra ? I.tuple(argv + ncopy, extra) : I.tuple(size_t(0)));
  } else if (npos > uint32_t(co_argc)) {
    // "f() takes 2 positional arguments but 3 were given"
    int ndefaults = fn->defaults ? int(fn->defaults->size) : 0;
    int kwonly_given = 0;
    for (uint32_t k = 0; k < nkw; k++) {
      Str* name = as_str(kwnames->items[k]);
      for (int j = co->argcount; j < total; j++)
        if (str_eq(co->varnames[j], name)) kwonly_given++;
    }
    std::string takes;
    if (ndefaults)
      takes = "from " + std::to_string(co_argc - ndefaults) + " to " + std::to_string(co_argc);
    else
      takes = std::to_string(co_argc);
    std::string kwpart;
    if (kwonly_given)
      kwpart = " positional argument" + std::string(npos == 1 ? "" : "s") + " (and " + std::to_string(kwonly_given) +
               " keyword-only argument" + (kwonly_given == 1 ? "" : "s") + ")";
    else
      kwpart = npos == 1 ? " was" : " were";
    if (kwonly_given)
      I.raise(I.t.TypeError, "%s takes %s positional argument%s but %u%s given", fn_label(fn).c_str(), takes.c_str(),
              (co_argc == 1 && !ndefaults) ? "" : "s", npos, (kwpart + " were").c_str());
    I.raise(I.t.TypeError, "%s takes %s positional argument%s but %u%s given", fn_label(fn).c_str(), takes.c_str(),
            (co_argc == 1 && !ndefaults) ? "" : "s", npos, kwpart.c_str());
  }
  // Keywords.
  for (uint32_t k = 0; k < nkw; k++) {
    Str* name = as_str(kwnames->items[k]);
    Value v = argv[npos + k];
    int slot = -1;
    for (int j = co->posonlyargcount; j < total; j++) {
      Str* vn = co->varnames[j];
      if (vn == name || str_eq(vn, name)) {
        slot = j;
        break;
      }
    }
    if (slot < 0) {
      bool posonly = false;
      for (int j = 0; j < co->posonlyargcount; j++)
        if (str_eq(co->varnames[j], name)) posonly = true;
      if (kwdict && !posonly) {
        dict_set(I, kwdict, obj_value(name), v);
        continue;
      }
      if (kwdict && posonly) {
        dict_set(I, kwdict, obj_value(name), v);
        continue;
      }
      if (posonly)
        I.raise(I.t.TypeError, "%s got some positional-only arguments passed as keyword arguments: '%s'",
                fn_label(fn).c_str(), name->data);
      I.raise(I.t.TypeError, "%s got an unexpected keyword argument '%s'", fn_label(fn).c_str(), name->data);
    }
    if (!locals[slot].empty())
      I.raise(I.t.TypeError, "%s got multiple values for argument '%s'", fn_label(fn).c_str(), name->data);
    locals[slot] = v;
  }
  // Defaults for positionals.
  int ndefaults = fn->defaults ? int(fn->defaults->size) : 0;
  if (npos < uint32_t(co_argc)) {
    std::vector<Str*> missing;
    int first_default = co_argc - ndefaults;
    for (int i = int(npos); i < co_argc; i++) {
      if (!locals[i].empty()) continue;
      if (i >= first_default)
        locals[i] = fn->defaults->items[i - first_default];
      else
        missing.push_back(co->varnames[i]);
    }
    if (!missing.empty()) raise_missing(I, fn, missing, "positional");
  }
  // Keyword-only defaults.
  if (co->kwonlyargcount) {
    std::vector<Str*> missing;
    for (int i = co->argcount; i < total; i++) {
      if (!locals[i].empty()) continue;
      Value d = fn->kwdefaults ? dict_get_str(fn->kwdefaults, co->varnames[i]) : Value();
      if (!d.empty())
        locals[i] = d;
      else
        missing.push_back(co->varnames[i]);
    }
    if (!missing.empty()) raise_missing(I, fn, missing, "keyword-only");
  }
}

Frame* make_call_frame(Interp& I, Func* fn, const Value* argv, uint32_t argc, Tuple* kwnames) {
  Code* co = fn->code;
  Frame* f = Frame::create(co, &I.vm->frames);
  f->func = fn;
  f->globals = fn->globals;
  try {
    if (!kwnames && argc == uint32_t(co->argcount) && !(co->flags & (lang::kCoVarArgs | lang::kCoVarKeywords)) &&
        co->kwonlyargcount == 0) {
      for (uint32_t i = 0; i < argc; i++) f->slots[i] = argv[i];
    } else {
      bind_args(I, fn, f, argv, argc, kwnames);
    }
  } catch (...) {
    Frame::destroy(f, &I.vm->frames);
    throw;
  }
  // Cells: fresh cells for cellvars (initialised from parameters), then the closure.
  if (co->ncells | co->nfree) {
    Value* cells = f->cells();
    for (int i = 0; i < co->ncells; i++) {
      Cell* c = I.make<Cell>(I.t.cell);
      int a = co->cell2arg[i];
      if (a >= 0) {
        c->v = f->slots[a];
        f->slots[a] = Value();
      }
      cells[i] = obj_value(c);
    }
    for (int i = 0; i < co->nfree; i++) cells[co->ncells + i] = fn->closure->items[i];
  }
  return f;
}

// ============================================================================
// Calling from native code
// ============================================================================

uint32_t CallArgs::npos() const { return argc - (kwnames ? kwnames->size : 0); }
uint32_t CallArgs::nkw() const { return kwnames ? kwnames->size : 0; }

Value call_type(Interp& I, Type* cls, const Value* argv, uint32_t argc, Tuple* kwnames);

Value call(Interp& I, Value callable, const Value* argv, uint32_t argc, Tuple* kwnames) {
  I.can_suspend = false;  // natives reached from here run inside native code: they must not park
  if (!callable.is_obj()) I.raise(I.t.TypeError, "'%s' object is not callable", type_name(I, callable));
  Object* o = callable.obj();
  Type* t = o->type;
  if (t == I.t.function) {
    Func* fn = static_cast<Func*>(o);
    Frame* f = make_call_frame(I, fn, argv, argc, kwnames);
    if (fn->code->flags & (lang::kCoGenerator | lang::kCoCoroutine | lang::kCoAsyncGenerator))
      return gen_new(I, f, fn);
    return eval_frame(I, f);
  }
  if (t == I.t.builtin_function) {
    NativeFunc* nf = static_cast<NativeFunc*>(o);
    CallArgs a;
    if (!nf->self.empty()) {
      Value small[8];
      std::vector<Value> big;
      Value* buf = small;
      if (argc + 1 > 8) {
        big.resize(argc + 1);
        buf = big.data();
      }
      buf[0] = nf->self;
      for (uint32_t i = 0; i < argc; i++) buf[i + 1] = argv[i];
      a.argv = buf;
      a.argc = argc + 1;
      a.kwnames = kwnames;
      return nf->fn(I, a);
    }
    a.argv = const_cast<Value*>(argv);
    a.argc = argc;
    a.kwnames = kwnames;
    return nf->fn(I, a);
  }
  if (t == I.t.method) {
    BoundMethod* m = static_cast<BoundMethod*>(o);
    Value small[8];
    std::vector<Value> big;
    Value* buf = small;
    if (argc + 1 > 8) {
      big.resize(argc + 1);
      buf = big.data();
    }
    buf[0] = m->self;
    for (uint32_t i = 0; i < argc; i++) buf[i + 1] = argv[i];
    return call(I, m->func, buf, argc + 1, kwnames);
  }
  if (t->layout == Layout::Type) {
    // type(...) itself and metaclasses with a custom __call__ go through __call__.
    Value mc = type_lookup_cached(I, t, I.names->__call__);
    Value type_call = dict_get_str(I.t.type->dict, I.names->__call__);
    if (mc == type_call || mc.empty()) return call_type(I, static_cast<Type*>(o), argv, argc, kwnames);
  }
  Value c = type_lookup_cached(I, t, I.names->__call__);
  if (c.empty()) I.raise(I.t.TypeError, "'%s' object is not callable", t->name->data);
  Value small[8];
  std::vector<Value> big;
  Value* buf = small;
  if (argc + 1 > 8) {
    big.resize(argc + 1);
    buf = big.data();
  }
  buf[0] = callable;
  for (uint32_t i = 0; i < argc; i++) buf[i + 1] = argv[i];
  return call(I, c, buf, argc + 1, kwnames);
}

Value call_method(Interp& I, Value obj, Str* name, const Value* argv, uint32_t argc) {
  Value m = getattr(I, obj, name);
  return call(I, m, argv, argc);
}

Value call_special(Interp& I, Value obj, Str* name, const Value* argv, uint32_t argc) {
  Type* t = type_of(I, obj);
  Value f = type_lookup_cached(I, t, name);
  if (f.empty()) return Value();
  if (f.is_obj() && (f.obj()->type == I.t.function || f.obj()->type == I.t.builtin_function)) {
    Value small[8];
    std::vector<Value> big;
    Value* buf = small;
    if (argc + 1 > 8) {
      big.resize(argc + 1);
      buf = big.data();
    }
    buf[0] = obj;
    for (uint32_t i = 0; i < argc; i++) buf[i + 1] = argv[i];
    return call(I, f, buf, argc + 1);
  }
  Value bound = descr_get(I, f, obj, obj_value(t));
  return call(I, bound, argv, argc);
}

bool is_callable(Interp& I, Value v) {
  if (!v.is_obj()) return false;
  Type* t = v.obj()->type;
  if (t == I.t.function || t == I.t.builtin_function || t == I.t.method || t->layout == Layout::Type) return true;
  return !type_lookup_cached(I, t, I.names->__call__).empty();
}

// cls(*args): __new__ then __init__ (CPython's type_call).
Value call_type(Interp& I, Type* cls, const Value* argv, uint32_t argc, Tuple* kwnames) {
  if (cls == I.t.type && argc == 1 && !kwnames) return obj_value(type_of(I, argv[0]));
  Value small[8];
  std::vector<Value> big;
  Value* buf = small;
  if (argc + 1 > 8) {
    big.resize(argc + 1);
    buf = big.data();
  }
  buf[0] = obj_value(cls);
  for (uint32_t i = 0; i < argc; i++) buf[i + 1] = argv[i];
  Value nw = type_lookup_cached(I, cls, I.names->__new__);
  if (nw.is_obj() && nw.obj()->type == I.t.staticmethod) nw = nw.as<ClassMethod>()->func;
  Value obj = call(I, nw, buf, argc + 1, kwnames);
  if (!isinstance(I, obj, cls)) return obj;
  Value init = type_lookup_cached(I, type_of(I, obj), I.names->__init__);
  buf[0] = obj;
  Value r;
  if (init.is_obj() && (init.obj()->type == I.t.function || init.obj()->type == I.t.builtin_function))
    r = call(I, init, buf, argc + 1, kwnames);
  else
    r = call(I, descr_get(I, init, obj, obj_value(cls)), argv, argc, kwnames);
  if (!r.is_none())
    I.raise(I.t.TypeError, "__init__() should return None, not '%s'", type_name(I, r));
  return obj;
}

}  // namespace il
