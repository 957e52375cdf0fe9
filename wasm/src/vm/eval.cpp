// eval.cpp — the bytecode interpreter loop.
//
// One loop runs a task's chain of frames: a Python call pushes a frame and
// continues here (no C++ recursion), a return pops it. Native code calling
// back into Python enters a nested loop (eval_frame with an "entry" frame)
// that returns when that frame returns. Exceptions are C++ throws of PyRaise
// caught once per loop iteration batch; unwinding searches the frame's block
// stack and then the callers' (see opcodes.h for the block protocol).
#include <atomic>
#include <cmath>
#include <cstring>

#include "lang/codeunit.h"
#include "objects/container_util.h"
#include "objects/containers.h"
#include "objects/numbers.h"
#include "objects/str.h"
#include "sched/scheduler.h"
#include "vm/match_ops.h"
#include "vm/vm.h"

namespace il {

Value call_type(Interp& I, Type* cls, const Value* argv, uint32_t argc, Tuple* kwnames);

// Set once some `x += s` left a str that may be extended in place; until
// then LOAD_FAST skips the bookkeeping below (one load and branch).
static std::atomic<bool> g_str_append_seen{false};

// A load from a local: the first one after `x += s` may be that statement's
// own operand; any other means the str may be referenced elsewhere now.
static inline void note_str_load(Str* s) {
  if (s->append_state) s->append_state = s->append_state == kStrAppendOwned ? kStrAppendLoaded : kStrAppendNone;
}

// Ints up to 2**53 convert to double exactly, so mixing them with floats in
// the fast paths below gives what float's own methods give.
constexpr int64_t kExactDoubleInt = int64_t(1) << 53;
static inline bool small_as_exact_double(Value v, double* out) {
  if (!v.is_small()) return false;
  int64_t i = v.small_value();
  if (i > kExactDoubleInt || i < -kExactDoubleInt) return false;
  *out = double(i);
  return true;
}

// An exact float with an exact float or a small int: both as doubles.
static inline bool float_compare_operands(Interp& I, Value a, Value b, double* x, double* y) {
  Type* ft = I.t.float_;
  if (a.is_obj() && a.obj()->type == ft) {
    *x = a.as<FloatObj>()->v;
    if (b.is_obj() && b.obj()->type == ft) {
      *y = b.as<FloatObj>()->v;
      return true;
    }
    return small_as_exact_double(b, y);
  }
  if (b.is_obj() && b.obj()->type == ft && small_as_exact_double(a, x)) {
    *y = b.as<FloatObj>()->v;
    return true;
  }
  return false;
}

// BINARY_OP on an exact float and a small int (either side), for the
// operators float implements; what float.__op__/__rop__ would return.
static inline bool float_small_operands(Interp& I, Value a, Value b, uint32_t arg, Value* out) {
  BinOp op = BinOp(arg >= uint32_t(kInplaceOffset) ? arg - kInplaceOffset : arg);
  switch (op) {
    case BinOp::Add: case BinOp::Sub: case BinOp::Mul: case BinOp::TrueDiv:
    case BinOp::FloorDiv: case BinOp::Remainder: case BinOp::Power: break;
    default: return false;
  }
  double x, y;
  if (!float_compare_operands(I, a, b, &x, &y)) return false;
  *out = float_binary(I, x, y, op);
  return true;
}

// ---- attribute inline caches (LOAD_ATTR / STORE_ATTR) ----------------------
// An entry says: for instances of c.type, while no type changed (c.epoch ==
// I.type_epoch), `name` is plain instance data: the type has no data
// descriptor for it (nothing at all, for stores) and no __getattribute__ /
// __getattr__ / __setattr__ hooks. c.version2 is the index of name's entry in
// the instance's __dict__ the last time, checked by key identity before use,
// so a dict that changed shape simply misses.
// Two-way: (type, version2) and (type2, index2) share the epoch.
static inline bool attr_cache_hit(Interp& I, InlineCache& c, Type* t) {
  return (t == c.type || t == c.type2) && c.epoch == I.type_epoch;
}

static inline DictEntry* instance_attr_entry(Interp& I, InlineCache& c, Value obj, Str* name) {
  if (!obj.is_obj()) return nullptr;
  Object* o = obj.obj();
  if (!attr_cache_hit(I, c, o->type) || !o->attrs) return nullptr;
  uint32_t& last = o->type == c.type ? c.version2 : c.index2;
  auto& es = o->attrs->entries;
  if (last < es.size() && es[last].key.bits() == Value::object(name).bits()) return &es[last];
  int64_t ix = cu::dict_lookup_str(o->attrs, name, str_hash(name), nullptr);
  if (ix < 0) return nullptr;
  last = uint32_t(ix);
  return &es[size_t(ix)];
}

static inline Value instance_attr_cached(Interp& I, InlineCache& c, Value obj, Str* name) {
  DictEntry* e = instance_attr_entry(I, c, obj, name);
  return e ? e->value : Value();
}

// After a slow lookup or store: remember obj's type when the fast path above
// gives what getattr / setattr just did (generic_getattr's order: data
// descriptor, instance dict, other class attribute).
static void fill_attr_cache(Interp& I, InlineCache& c, Value obj, Str* name, bool store) {
  if (!obj.is_obj() || !obj.obj()->attrs) return;
  Type* t = obj.obj()->type;
  if (t->layout == Layout::Type || (t->flags & (kTypeHasGetattribute | kTypeHasGetattr | kTypeHasSetattr))) return;
  if (store && !(t->flags & kTypeInstanceDict)) return;
  Value d = type_lookup_cached(I, t, name);
  if (!d.empty()) {
    if (store || !d.is_obj()) {
      if (store) return;
    } else {
      Type* dt = d.obj()->type;
      bool non_data = dt == I.t.function || dt == I.t.builtin_function || dt == I.t.classmethod ||
                      dt == I.t.staticmethod || (!(dt->flags & kTypeHeap) && dt != I.t.property);
      if (!non_data) return;
    }
  }
  if (c.epoch != I.type_epoch) {
    c.type2 = nullptr;
    c.type = t;
    c.version2 = ~uint32_t(0);
    c.epoch = I.type_epoch;
  } else if (t != c.type) {
    c.type2 = t;
    c.index2 = ~uint32_t(0);
  }
}

// How a returning (or yielding) frame hands its value to its caller.
enum CallKind : uint8_t {
  kDeliverPush = 0,     // push the value (ordinary call)
  kDeliverInit = 1,     // __init__ via a class call: check None, push call_aux (the instance)
  kDeliverForIter = 2,  // generator resumed by FOR_ITER: yield pushes, return ends the loop
  kDeliverSend = 3,     // generator resumed by SEND: yield pushes, return replaces the iterator
};

static Value builtins_lookup(Interp& I, Frame* f, Str* name) {
  Value v = dict_get_str(f->builtins, name);
  return v;
}

[[noreturn]] static void raise_name_error(Interp& I, Str* name) {
  Value exc = I.new_exception(I.t.NameError, std::string("name '") + std::string(name->view()) + "' is not defined");
  dict_set_str(I, exc.obj()->attrs ? exc.obj()->attrs : (exc.obj()->attrs = I.dict()), I.names->name, obj_value(name));
  I.raise_value(exc);
}

[[noreturn]] static void raise_unbound_local(Interp& I, Str* name) {
  I.raise(I.t.UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value",
          name->data);
}

[[noreturn]] static void raise_free_var(Interp& I, Code* co, int idx) {
  Str* name = idx < co->ncells ? co->cellvars[idx] : co->freevars[idx - co->ncells];
  if (idx < co->ncells) raise_unbound_local(I, name);
  I.raise(I.t.NameError, "cannot access free variable '%s' where it is not associated with a value in enclosing scope",
          name->data);
}

static Value make_function(Interp& I, Frame* f, Code* code, Value* extras, uint32_t flags) {
  Func* fn = I.make<Func>(I.t.function);
  fn->code = code;
  fn->globals = f->globals;
  fn->name = code->name;
  fn->qualname = code->qualname;
  fn->doc = (code->unit && code->unit->has_docstring && !code->consts.empty()) ? code->consts[0] : Value::None();
  Value mod = dict_get_str(f->globals, I.names->__name__);
  fn->module = mod.empty() ? Value::None() : mod;
  int i = 0;
  if (flags & 0x01) fn->defaults = extras[i++].as<Tuple>();
  if (flags & 0x02) fn->kwdefaults = extras[i++].as<Dict>();
  if (flags & 0x04) {  // annotations: a tuple name, value, name, value ...
    Tuple* pairs = extras[i++].as<Tuple>();
    Dict* ann = I.dict();
    for (uint32_t k = 0; k + 1 < pairs->size; k += 2) dict_set(I, ann, pairs->items[k], pairs->items[k + 1]);
    if (!fn->attrs) fn->attrs = I.dict();
    dict_set_str(I, fn->attrs, I.names->__annotations__, obj_value(ann));
  }
  if (flags & 0x08) fn->closure = extras[i++].as<Tuple>();
  return obj_value(fn);
}

static Value exception_from(Interp& I, Value v) {
  if (v.is_obj() && v.obj()->type->layout == Layout::Type) {
    Type* t = v.as<Type>();
    if (!(t->flags & kTypeIsException)) I.raise(I.t.TypeError, "exceptions must derive from BaseException");
    Value inst = call(I, v, nullptr, 0);
    if (!isinstance(I, inst, I.t.BaseException))
      I.raise(I.t.TypeError, "calling %s should have returned an instance of BaseException, not %s",
              repr_string(I, v).c_str(), type_name(I, inst));
    return inst;
  }
  if (!isinstance(I, v, I.t.BaseException)) I.raise(I.t.TypeError, "exceptions must derive from BaseException");
  return v;
}

static void unpack_iterable(Interp& I, Value seq, uint32_t before, int32_t after, Value* out, bool starred) {
  // out receives items in stack order (the last item first, so the first ends on top).
  std::vector<Value> items;
  if (seq.is_obj() && seq.obj()->type == I.t.tuple) {
    Tuple* t = seq.as<Tuple>();
    items.assign(t->items, t->items + t->size);
  } else if (seq.is_obj() && seq.obj()->type == I.t.list) {
    items = seq.as<List>()->items;
  } else {
    Value it;
    try {
      it = iter(I, seq);
    } catch (PyRaise&) {
      if (isinstance(I, I.pending, I.t.TypeError) && !is_callable(I, Value())) {
        I.pending = Value();
        I.raise(I.t.TypeError, "cannot unpack non-iterable %s object", type_name(I, seq));
      }
      throw;
    }
    for (;;) {
      Value v = next(I, it);
      if (v.empty()) break;
      items.push_back(v);
      if (!starred && items.size() > before) break;
    }
  }
  if (!starred) {
    if (items.size() != before) {
      if (items.size() < before)
        I.raise(I.t.ValueError, "not enough values to unpack (expected %u, got %zu)", before, items.size());
      I.raise(I.t.ValueError, "too many values to unpack (expected %u)", before);
    }
    for (uint32_t i = 0; i < before; i++) out[before - 1 - i] = items[i];
    return;
  }
  if (items.size() < before + uint32_t(after))
    I.raise(I.t.ValueError, "not enough values to unpack (expected at least %u, got %zu)", before + after,
            items.size());
  uint32_t total = before + 1 + after;
  List* mid = I.list();
  mid->items.assign(items.begin() + before, items.end() - after);
  size_t k = 0;
  for (uint32_t i = 0; i < before; i++) out[total - 1 - k++] = items[i];
  out[total - 1 - k++] = obj_value(mid);
  for (int32_t i = 0; i < after; i++) out[total - 1 - k++] = items[items.size() - after + i];
}

// Is `code` an iterator protocol object we can step without Python code?
static inline bool is_gen(Interp& I, Value v) {
  return v.is_obj() && (v.obj()->type == I.t.generator || v.obj()->type == I.t.coroutine);
}

// The eval breaker: interrupts, collection, preemption. Returns true when
// the running task should give the interpreter to another task now.
static bool handle_breaker(Interp& I, Frame* f) {
  if (int code = I.hard_exit_code.load(std::memory_order_relaxed)) throw HardExit{code};
  if (I.pending_signals.load(std::memory_order_relaxed) && I.current == I.main_task) signal_dispatch(I);
  if (I.eval_depth == 1 && I.heap.wants_collect()) I.collect_now();
  if (I.sched && I.eval_depth == I.current->base_depth) return I.sched->should_preempt();
  return false;
}

static Value run_loop(Interp& I, Frame* f, Value throw_exc);

Value eval_frame_throw(Interp& I, Frame* entry, Value throw_exc) {
  Task* task = I.current;
  if (I.eval_depth >= kMaxNestedEval) {
    if (!entry->gen) Frame::destroy(entry, &I.vm->frames);
    raise_recursion(I);
  }
  entry->is_entry = true;
  entry->back = task->top;
  task->top = entry;
  task->depth++;
  if (task->depth > I.recursion_limit + 50) {
    task->top = entry->back;
    task->depth--;
    if (!entry->gen) Frame::destroy(entry, &I.vm->frames);
    raise_recursion(I);
  }
  if (!entry->builtins) entry->builtins = I.builtins->dict;
  I.eval_depth++;
  return run_loop(I, entry, throw_exc);
}

Value eval_frame(Interp& I, Frame* entry) { return eval_frame_throw(I, entry, Value()); }

// Continues a task the scheduler parked or preempted (its frames are linked).
Value eval_resume(Interp& I, Task* t) {
  Frame* f = t->top;
  I.eval_depth++;
  t->base_depth = I.eval_depth;
  Value exc;
  switch (t->resume_mode) {
    case ResumeMode::PushValue:
      f->stack()[f->sp++] = t->resume_value;
      break;
    case ResumeMode::Raise:
      exc = t->resume_exc;
      break;
    case ResumeMode::None:
      break;
  }
  t->resume_mode = ResumeMode::None;
  t->resume_value = Value();
  t->resume_exc = Value();
  return run_loop(I, f, exc);
}

static Value run_loop(Interp& I, Frame* f, Value throw_exc) {
  Task* task = I.current;
  const uint32_t* code;
  Value* locals;
  Value* sp;
  uint32_t pc;
  uint32_t ipc = 0;          // start of the current instruction
  Tuple* kwnames = nullptr;  // set by KW_NAMES for the next CALL
  bool skip_tb = false;      // RERAISE: keep the traceback as it is
  Value exc;                 // exception being propagated
  bool unwinding = false;
  const bool deterministic = I.config.deterministic;

#define LOAD_FRAME()                          \
  do {                                        \
    code = f->code->words;                    \
    locals = f->slots;                        \
    sp = f->stack() + f->sp;                  \
    pc = f->pc;                               \
  } while (0)
#define SAVE_FRAME()                          \
  do {                                        \
    f->pc = pc;                               \
    f->sp = uint32_t(sp - f->stack());        \
  } while (0)
// Deterministic mode (--seed) may also switch tasks right after a read of
// shared state (a global), not only at back-edges and calls as CPython does:
// that is what lets a seed expose the lost update in `counter += 1`.
// Gives the interpreter to another task when the eval breaker says so: the
// task is requeued and this loop returns to the scheduler.
#define SWITCH_IF_BREAKER_SAYS()                                             \
  do {                                                                       \
    SAVE_FRAME();                                                            \
    if (handle_breaker(I, f)) {                                              \
      I.sched->requeue_current();                                            \
      I.eval_depth--;                                                        \
      return Value::Suspend();                                               \
    }                                                                        \
  } while (0)
#define SHARED_READ_PREEMPTION_POINT()                                       \
  do {                                                                       \
    if (deterministic && I.eval_breaker.load(std::memory_order_relaxed))     \
      SWITCH_IF_BREAKER_SAYS();                                              \
  } while (0)
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define PEEK(n) (sp[-int64_t(n)])

  LOAD_FRAME();
  if (!throw_exc.empty()) {
    exc = throw_exc;
    unwinding = true;
    ipc = pc ? pc - 1 : 0;
  }

  for (;;) {
    try {
      if (unwinding) {
        unwinding = false;
        goto unwind;
      }
      for (;;) {
        ipc = pc;
        uint32_t word = code[pc++];
        uint32_t arg = decode_arg(word);
        switch (decode_op(word)) {
          case Op::NOP:
            break;
          case Op::POP_TOP:
            --sp;
            break;
          case Op::PUSH_NULL:
            PUSH(Value());
            break;
          case Op::COPY: {
            Value v = PEEK(arg);
            PUSH(v);
            break;
          }
          case Op::SWAP: {
            Value v = TOP();
            TOP() = PEEK(arg);
            PEEK(arg) = v;
            break;
          }
          case Op::LOAD_CONST:
            PUSH(f->code->consts[arg]);
            break;
          case Op::LOAD_FAST: {
            Value v = locals[arg];
            if (v.empty()) raise_unbound_local(I, f->code->varnames[arg]);
            if (g_str_append_seen.load(std::memory_order_relaxed) && v.is_obj() && v.obj()->type == I.t.str)
              note_str_load(v.as<Str>());
            PUSH(v);
            break;
          }
          case Op::STORE_FAST:
            locals[arg] = POP();
            break;
          case Op::DELETE_FAST:
            if (locals[arg].empty()) raise_unbound_local(I, f->code->varnames[arg]);
            locals[arg] = Value();
            break;
          case Op::LOAD_DEREF: {
            Value v = f->cells()[arg].as<Cell>()->v;
            if (v.empty()) raise_free_var(I, f->code, int(arg));
            PUSH(v);
            break;
          }
          case Op::STORE_DEREF:
            f->cells()[arg].as<Cell>()->v = POP();
            break;
          case Op::DELETE_DEREF: {
            Cell* c = f->cells()[arg].as<Cell>();
            if (c->v.empty()) raise_free_var(I, f->code, int(arg));
            c->v = Value();
            break;
          }
          case Op::LOAD_CLOSURE:
            PUSH(f->cells()[arg]);
            break;
          case Op::LOAD_CLASSDEREF: {
            Code* co = f->code;
            Str* name = int(arg) < co->ncells ? co->cellvars[arg] : co->freevars[arg - co->ncells];
            Value v = f->locals ? dict_get(I, f->locals, obj_value(name)) : Value();
            if (v.empty()) {
              v = f->cells()[arg].as<Cell>()->v;
              if (v.empty()) raise_free_var(I, co, int(arg));
            }
            PUSH(v);
            break;
          }
          case Op::LOAD_GLOBAL: {
            InlineCache& c = f->code->caches[code[pc++]];
            Dict* g = f->globals;
            if (c.epoch && c.type == reinterpret_cast<Type*>(g) && c.version == g->version &&
                c.version2 == f->builtins->version) {
              PUSH(c.value);
              SHARED_READ_PREEMPTION_POINT();
              break;
            }
            Str* name = f->code->names[arg];
            Value v = dict_get_str(g, name);
            if (v.empty()) {
              v = builtins_lookup(I, f, name);
              if (v.empty()) raise_name_error(I, name);
            }
            c.epoch = 1;
            c.type = reinterpret_cast<Type*>(g);
            c.version = g->version;
            c.version2 = f->builtins->version;
            c.value = v;
            PUSH(v);
            SHARED_READ_PREEMPTION_POINT();
            break;
          }
          case Op::STORE_GLOBAL:
            dict_set_str(I, f->globals, f->code->names[arg], POP());
            break;
          case Op::DELETE_GLOBAL:
            if (!dict_del_str(I, f->globals, f->code->names[arg])) raise_name_error(I, f->code->names[arg]);
            break;
          case Op::LOAD_NAME: {
            Str* name = f->code->names[arg];
            Value v;
            if (f->locals) {
              if (f->locals->type == I.t.dict)
                v = dict_get_str(f->locals, name);
              else
                v = dict_get(I, f->locals, obj_value(name));
            }
            if (v.empty()) v = dict_get_str(f->globals, name);
            if (v.empty()) v = builtins_lookup(I, f, name);
            if (v.empty()) raise_name_error(I, name);
            PUSH(v);
            break;
          }
          case Op::STORE_NAME: {
            Value v = POP();
            Dict* target = f->locals ? f->locals : f->globals;
            if (target->type == I.t.dict)
              dict_set_str(I, target, f->code->names[arg], v);
            else
              setitem(I, obj_value(target), obj_value(f->code->names[arg]), v);
            break;
          }
          case Op::DELETE_NAME: {
            Dict* target = f->locals ? f->locals : f->globals;
            if (!dict_del_str(I, target, f->code->names[arg])) raise_name_error(I, f->code->names[arg]);
            break;
          }
          case Op::LOAD_ATTR: {
            InlineCache& c = f->code->caches[code[pc++]];
            Value obj = TOP();
            Str* name = f->code->names[arg];
            if (Value v = instance_attr_cached(I, c, obj, name); !v.empty()) {
              TOP() = v;
              break;
            }
            TOP() = getattr(I, obj, name);
            fill_attr_cache(I, c, obj, name, false);
            // A computed attribute (a property such as a shared Value's
            // .value) may read state other processes write: in a seeded run a
            // switch may come before the store that follows, as it can with
            // real parallelism.
            SHARED_READ_PREEMPTION_POINT();
            break;
          }
          case Op::STORE_ATTR: {
            InlineCache& c = f->code->caches[code[pc++]];
            Value obj = POP();
            Value v = POP();
            Str* name = f->code->names[arg];
            if (DictEntry* e = instance_attr_entry(I, c, obj, name)) {
              e->value = v;
              obj.obj()->attrs->version++;  // as dict_set_str on an existing key
              break;
            }
            if (obj.is_obj() && attr_cache_hit(I, c, obj.obj()->type)) {
              // A new key (`self.x = x` in __init__), for a type where `name`
              // is plain instance data: what generic_setattr would do.
              Object* o = obj.obj();
              if (!o->attrs) o->attrs = I.dict();
              dict_set_str(I, o->attrs, name, v);
              break;
            }
            setattr(I, obj, name, v);
            fill_attr_cache(I, c, obj, name, true);
            break;
          }
          case Op::DELETE_ATTR:
            delattr(I, POP(), f->code->names[arg]);
            break;
          case Op::LOAD_METHOD: {
            // The cache: for receivers of c.type while no type changed, `name`
            // on the type is the plain method c.value (an instance __dict__
            // entry of that name still wins).
            InlineCache& c = f->code->caches[code[pc++]];
            Value obj = TOP();
            Str* name = f->code->names[arg];
            Type* t = type_of(I, obj);
            if (attr_cache_hit(I, c, t)) {
              Dict* ad = obj.is_obj() ? obj.obj()->attrs : nullptr;
              if (!ad || dict_get_str(ad, name).empty()) {
                TOP() = t == c.type ? c.value : c.value2;
                PUSH(obj);
                break;
              }
            }
            if (!(t->flags & (kTypeHasGetattribute)) && t->layout != Layout::Type && t->layout != Layout::Module) {
              Value d = type_lookup_cached(I, t, name);
              if (d.is_obj()) {
                Type* dt = d.obj()->type;
                bool plain = dt == I.t.function ||
                             (dt == I.t.builtin_function && (d.as<NativeFunc>()->flags & kNativeMethod) &&
                              d.as<NativeFunc>()->self.empty());
                if (plain) {
                  if (c.epoch != I.type_epoch) {
                    c.type2 = nullptr;
                    c.value2 = Value();
                    c.type = t;
                    c.value = d;
                    c.epoch = I.type_epoch;
                  } else {
                    c.type2 = t;
                    c.value2 = d;
                  }
                  Dict* ad = obj.is_obj() ? obj.obj()->attrs : nullptr;
                  if (!ad || dict_get_str(ad, name).empty()) {
                    TOP() = d;
                    PUSH(obj);
                    break;
                  }
                }
              }
            }
            TOP() = Value();
            PUSH(getattr(I, obj, name));
            break;
          }
          case Op::BINARY_SUBSCR: {
            Value key = POP();
            Value c = TOP();
            if (c.is_obj()) {
              Type* ct = c.obj()->type;
              if (ct == I.t.list && key.is_small()) {
                List* l = c.as<List>();
                int64_t i = key.small_value();
                int64_t n = int64_t(l->items.size());
                if (i < 0) i += n;
                if (i >= 0 && i < n) {
                  TOP() = l->items[size_t(i)];
                  break;
                }
              } else if (ct == I.t.dict) {
                TOP() = dict_getitem(I, c.as<Dict>(), key);
                break;
              }
            }
            TOP() = getitem(I, c, key);
            break;
          }
          case Op::STORE_SUBSCR: {
            Value key = POP();
            Value c = POP();
            Value v = POP();
            if (c.is_obj() && c.obj()->type == I.t.list && key.is_small()) {
              List* l = c.as<List>();
              int64_t i = key.small_value();
              int64_t n = int64_t(l->items.size());
              if (i < 0) i += n;
              if (i >= 0 && i < n) {
                l->items[size_t(i)] = v;
                break;
              }
            } else if (c.is_obj() && c.obj()->type == I.t.dict) {
              dict_set(I, c.as<Dict>(), key, v);
              break;
            }
            setitem(I, c, key, v);
            break;
          }
          case Op::DELETE_SUBSCR: {
            Value key = POP();
            Value c = POP();
            delitem(I, c, key);
            break;
          }
          case Op::BUILD_SLICE: {
            Value step = arg == 3 ? POP() : Value::None();
            Value stop = POP();
            Value start = POP();
            PUSH(new_slice(I, start, stop, step));
            break;
          }
          case Op::BINARY_OP: {
            pc++;
            Value b = POP();
            Value a = TOP();
            if (a.is_small() && b.is_small()) {
              int64_t x = a.small_value(), y = b.small_value(), r;
              BinOp op = BinOp(arg >= uint32_t(kInplaceOffset) ? arg - kInplaceOffset : arg);
              switch (op) {
                case BinOp::Add:
                  r = x + y;
                  if (Value::fits_small(r)) {
                    TOP() = Value::small(r);
                    goto binop_done;
                  }
                  break;
                case BinOp::Sub:
                  r = x - y;
                  if (Value::fits_small(r)) {
                    TOP() = Value::small(r);
                    goto binop_done;
                  }
                  break;
                case BinOp::Mul:
                  if (!__builtin_mul_overflow(x, y, &r) && Value::fits_small(r)) {
                    TOP() = Value::small(r);
                    goto binop_done;
                  }
                  break;
                case BinOp::And:
                  TOP() = Value::small(x & y);
                  goto binop_done;
                case BinOp::Or:
                  TOP() = Value::small(x | y);
                  goto binop_done;
                case BinOp::Xor:
                  TOP() = Value::small(x ^ y);
                  goto binop_done;
                case BinOp::Remainder:
                  if (y > 0) {
                    r = x % y;
                    if (r < 0) r += y;
                    TOP() = Value::small(r);
                    goto binop_done;
                  }
                  break;
                case BinOp::FloorDiv:
                  if (y > 0) {
                    r = x / y;
                    if ((x % y) < 0) r--;
                    TOP() = Value::small(r);
                    goto binop_done;
                  }
                  break;
                default:
                  break;
              }
              TOP() = int_binary(I, a, b, op);
              if (TOP().is_not_implemented()) TOP() = binary_op(I, a, b, BinOp(arg));
            } else if (a.is_obj() && b.is_obj() && a.obj()->type == I.t.float_ && b.obj()->type == I.t.float_) {
              BinOp op = BinOp(arg >= uint32_t(kInplaceOffset) ? arg - kInplaceOffset : arg);
              double x = a.as<FloatObj>()->v, y = b.as<FloatObj>()->v;
              switch (op) {
                case BinOp::Add: TOP() = I.new_float(x + y); break;
                case BinOp::Sub: TOP() = I.new_float(x - y); break;
                case BinOp::Mul: TOP() = I.new_float(x * y); break;
                default: TOP() = float_binary(I, x, y, op); break;
              }
            } else if (Value num; float_small_operands(I, a, b, arg, &num)) {
              TOP() = num;
            } else if (arg == uint32_t(BinOp::Add) || arg == uint32_t(BinOp::InplaceAdd)) {
              if (a.is_obj() && b.is_obj() && a.obj()->type == I.t.str && b.obj()->type == I.t.str) {
                uint32_t next_word = code[pc];
                if (arg == uint32_t(BinOp::InplaceAdd) && decode_op(next_word) == Op::STORE_FAST &&
                    locals[decode_arg(next_word)] == a) {
                  // `x += s` on a local: may extend x in place (str.h, kStrAppend*).
                  bool owned;
                  Str* r = str_append_for_local(I, a.as<Str>(), b.as<Str>(), &owned);
                  if (owned) {
                    r->append_state = kStrAppendOwned;
                    g_str_append_seen.store(true, std::memory_order_relaxed);
                  }
                  TOP() = sval(r);
                } else {
                  TOP() = sval(str_concat(I, a.as<Str>(), b.as<Str>()));
                }
              }
              else
                TOP() = binary_op(I, a, b, BinOp(arg));
            } else {
              TOP() = binary_op(I, a, b, BinOp(arg));
            }
          binop_done:
            break;
          }
          case Op::UNARY_NEGATIVE: {
            Value v = TOP();
            if (v.is_small() && v.small_value() != Value::kSmallMin)
              TOP() = Value::small(-v.small_value());
            else
              TOP() = unary_neg(I, v);
            break;
          }
          case Op::UNARY_POSITIVE:
            TOP() = unary_pos(I, TOP());
            break;
          case Op::UNARY_NOT:
            TOP() = Value::boolean(!truthy(I, TOP()));
            break;
          case Op::UNARY_INVERT:
            TOP() = unary_invert(I, TOP());
            break;
          case Op::COMPARE_OP: {
            pc++;
            Value b = POP();
            Value a = TOP();
            if (a.is_small() && b.is_small()) {
              int64_t x = a.small_value(), y = b.small_value();
              bool r;
              switch (CmpOp(arg)) {
                case CmpOp::Lt: r = x < y; break;
                case CmpOp::Le: r = x <= y; break;
                case CmpOp::Eq: r = x == y; break;
                case CmpOp::Ne: r = x != y; break;
                case CmpOp::Gt: r = x > y; break;
                default: r = x >= y; break;
              }
              TOP() = Value::boolean(r);
            } else if (double x, y; float_compare_operands(I, a, b, &x, &y)) {
              bool r;  // IEEE comparisons are Python's (NaN: all false but !=)
              switch (CmpOp(arg)) {
                case CmpOp::Lt: r = x < y; break;
                case CmpOp::Le: r = x <= y; break;
                case CmpOp::Eq: r = x == y; break;
                case CmpOp::Ne: r = x != y; break;
                case CmpOp::Gt: r = x > y; break;
                default: r = x >= y; break;
              }
              TOP() = Value::boolean(r);
            } else {
              TOP() = rich_compare(I, a, b, CmpOp(arg));
            }
            break;
          }
          case Op::IS_OP: {
            Value b = POP();
            Value a = TOP();
            TOP() = Value::boolean((a == b) != bool(arg));
            break;
          }
          case Op::CONTAINS_OP: {
            Value container = POP();
            Value item = TOP();
            TOP() = Value::boolean(contains(I, container, item) != bool(arg));
            break;
          }
          case Op::BUILD_TUPLE: {
            Tuple* t = I.tuple(sp - arg, arg);
            sp -= arg;
            PUSH(obj_value(t));
            break;
          }
          case Op::BUILD_LIST: {
            List* l = I.list(arg);
            l->items.assign(sp - arg, sp);
            sp -= arg;
            PUSH(obj_value(l));
            break;
          }
          case Op::BUILD_SET: {
            SetObj* s = I.set();
            for (uint32_t i = 0; i < arg; i++) set_add(I, s, sp[int(i) - int(arg)]);
            sp -= arg;
            PUSH(obj_value(s));
            break;
          }
          case Op::BUILD_MAP: {
            Dict* d = I.dict();
            for (uint32_t i = 0; i < arg; i++) dict_set(I, d, sp[-int(2 * arg) + int(2 * i)], sp[-int(2 * arg) + int(2 * i) + 1]);
            sp -= 2 * arg;
            PUSH(obj_value(d));
            break;
          }
          case Op::BUILD_STRING: {
            // One allocation, no re-measuring of the parts (strs from FORMAT_VALUE/LOAD_CONST).
            constexpr uint32_t kInlineParts = 16;  // f-strings rarely have more
            Str* inline_parts[kInlineParts];
            std::vector<Str*> many_parts;
            Str** parts = inline_parts;
            if (arg > kInlineParts) {
              many_parts.resize(arg);
              parts = many_parts.data();
            }
            for (uint32_t i = 0; i < arg; i++) parts[i] = as_str(sp[int(i) - int(arg)]);
            Str* built = arg ? str_build(I, parts, arg) : I.str("");
            sp -= arg;
            PUSH(sval(built));
            break;
          }
          case Op::LIST_APPEND: {
            Value v = POP();
            PEEK(arg).as<List>()->items.push_back(v);
            break;
          }
          case Op::SET_ADD: {
            Value v = POP();
            set_add(I, PEEK(arg).as<SetObj>(), v);
            break;
          }
          case Op::MAP_ADD: {
            Value v = POP();
            Value k = POP();
            dict_set(I, PEEK(arg).as<Dict>(), k, v);
            break;
          }
          case Op::LIST_EXTEND: {
            Value v = POP();
            List* l = PEEK(arg).as<List>();
            try {
              list_extend(I, l, v);
            } catch (PyRaise&) {
              if (isinstance(I, I.pending, I.t.TypeError) && type_lookup(type_of(I, v), I.names->__iter__).empty() &&
                  type_lookup(type_of(I, v), I.names->__getitem__).empty()) {
                I.pending = Value();
                I.raise(I.t.TypeError, "Value after * must be an iterable, not %s", type_name(I, v));
              }
              throw;
            }
            break;
          }
          case Op::SET_UPDATE: {
            Value v = POP();
            set_update(I, PEEK(arg).as<SetObj>(), v);
            break;
          }
          case Op::DICT_UPDATE: {
            Value v = POP();
            if (!isinstance(I, v, I.t.dict) && getattr_opt(I, v, I.names->keys).empty())
              I.raise(I.t.TypeError, "'%s' object is not a mapping", type_name(I, v));
            dict_update(I, PEEK(arg).as<Dict>(), v);
            break;
          }
          case Op::DICT_MERGE: {
            Value v = POP();
            Dict* d = PEEK(arg).as<Dict>();
            // Stack: [method or NULL, self or callable, posargs, kwargs dict ...].
            Value fn = PEEK(arg + 3).empty() ? PEEK(arg + 2) : PEEK(arg + 3);
            if (!isinstance(I, v, I.t.dict) && getattr_opt(I, v, I.names->keys).empty())
              I.raise(I.t.TypeError, "%s argument after ** must be a mapping, not %s", function_str(I, fn).c_str(),
                      type_name(I, v));
            Dict* src = isinstance(I, v, I.t.dict) ? v.as<Dict>() : nullptr;
            if (!src) {
              src = I.dict();
              dict_update(I, src, v);
            }
            for (auto& e : src->entries) {
              if (e.key.empty()) continue;
              if (!dict_get(I, d, e.key).empty()) {
                I.raise(I.t.TypeError, "%s got multiple values for keyword argument '%s'", function_str(I, fn).c_str(),
                        str_of(I, e.key)->data);
              }
              dict_set(I, d, e.key, e.value);
            }
            break;
          }
          case Op::LIST_TO_TUPLE: {
            List* l = TOP().as<List>();
            TOP() = obj_value(I.tuple(l->items.data(), l->items.size()));
            break;
          }
          case Op::FORMAT_VALUE: {
            Value spec = (arg & 4) ? POP() : Value();
            Value v = TOP();
            switch (arg & 3) {
              case 1: v = sval(str_of(I, v)); break;
              case 2: v = sval(repr(I, v)); break;
              case 3: v = sval(ascii_of(I, v)); break;
              default: break;
            }
            if (spec.empty() && is_exact_str(I, v))
              TOP() = v;
            else if (spec.empty() && v.is_small())  // f"{n}": int.__format__(n, '') is its repr
              TOP() = sval(int_repr(I, v));
            else
              TOP() = sval(format(I, v, spec.empty() ? I.str("") : as_str(spec)));
            break;
          }
          case Op::UNPACK_SEQUENCE: {
            Value seq = POP();
            if (seq.is_obj() && seq.obj()->type == I.t.tuple && seq.as<Tuple>()->size == arg) {
              Tuple* t = seq.as<Tuple>();
              for (uint32_t i = 0; i < arg; i++) sp[i] = t->items[arg - 1 - i];
              sp += arg;
              break;
            }
            unpack_iterable(I, seq, arg, 0, sp, false);
            sp += arg;
            break;
          }
          case Op::UNPACK_EX: {
            Value seq = POP();
            uint32_t before = arg & 0xff, after = arg >> 8;
            unpack_iterable(I, seq, before, int32_t(after), sp, true);
            sp += before + 1 + after;
            break;
          }
          case Op::JUMP_FORWARD:
            pc = arg;
            break;
          case Op::JUMP_BACKWARD:
            pc = arg;
            if (I.eval_breaker.load(std::memory_order_relaxed) || I.heap.wants_collect())
              SWITCH_IF_BREAKER_SAYS();
            break;
          case Op::POP_JUMP_IF_FALSE: {
            Value v = POP();
            if (v.is_false() || (!v.is_true() && !truthy(I, v))) pc = arg;
            break;
          }
          case Op::POP_JUMP_IF_TRUE: {
            Value v = POP();
            if (v.is_true() || (!v.is_false() && truthy(I, v))) pc = arg;
            break;
          }
          case Op::POP_JUMP_IF_NONE:
            if (POP().is_none()) pc = arg;
            break;
          case Op::POP_JUMP_IF_NOT_NONE:
            if (!POP().is_none()) pc = arg;
            break;
          case Op::JUMP_IF_FALSE_OR_POP:
            if (!truthy(I, TOP()))
              pc = arg;
            else
              --sp;
            break;
          case Op::JUMP_IF_TRUE_OR_POP:
            if (truthy(I, TOP()))
              pc = arg;
            else
              --sp;
            break;
          case Op::GET_ITER: {
            Value v = TOP();
            if (!is_gen(I, v)) TOP() = iter(I, v);
            break;
          }
          case Op::FOR_ITER: {
            Value it = TOP();
            if (it.is_obj()) {
              Object* o = it.obj();
              if (o->type->layout == Layout::Iterator) {
                Value v = static_cast<IterObj*>(o)->next(I, static_cast<IterObj*>(o));
                if (v.empty()) {
                  --sp;
                  pc = arg;
                } else {
                  PUSH(v);
                }
                break;
              }
              if (o->type == I.t.generator) {
                GeneratorObj* g = static_cast<GeneratorObj*>(o);
                if (g->state == GenState::Closed) {
                  --sp;
                  pc = arg;
                  break;
                }
                if (g->state == GenState::Running) I.raise(I.t.ValueError, "generator already executing");
                Frame* gf = g->frame;
                gf->stack()[gf->sp++] = Value::None();
                gf->back = f;
                gf->is_entry = false;
                gf->call_kind = kDeliverForIter;
                g->state = GenState::Running;
                SAVE_FRAME();
                task->top = gf;
                if (++task->depth > I.recursion_limit) raise_recursion(I);
                f = gf;
                LOAD_FRAME();
                break;
              }
            }
            Value v = next(I, it);
            if (v.empty()) {
              --sp;
              pc = arg;
            } else {
              PUSH(v);
            }
            break;
          }
          case Op::RETURN_VALUE: {
            Value r = POP();
            uint8_t kind = f->call_kind;
            Frame* caller = f->back;
            bool was_entry = f->is_entry;
            Value aux = f->call_aux;
            if (f->gen) {
              f->gen->state = GenState::Closed;
              f->gen->frame = nullptr;
            }
            Frame::destroy(f, &I.vm->frames);
            task->top = caller;
            task->depth--;
            if (was_entry) {
              I.eval_depth--;
              return r;
            }
            f = caller;
            LOAD_FRAME();
            switch (kind) {
              case kDeliverPush:
                PUSH(r);
                break;
              case kDeliverInit:
                if (!r.is_none())
                  I.raise(I.t.TypeError, "__init__() should return None, not '%s'", type_name(I, r));
                PUSH(aux);
                break;
              case kDeliverForIter:
                --sp;  // the exhausted generator
                pc = decode_arg(code[pc - 1]);
                break;
              case kDeliverSend:
                TOP() = r;  // replaces the sub-iterator
                pc = decode_arg(code[pc - 1]);
                break;
            }
            break;
          }
          case Op::YIELD_VALUE: {
            Value y = POP();
            SAVE_FRAME();
            GeneratorObj* g = f->gen;
            g->state = GenState::Suspended;
            Frame* caller = f->back;
            bool was_entry = f->is_entry;
            f->back = nullptr;
            f->is_entry = false;
            task->top = caller;
            task->depth--;
            if (was_entry) {
              I.eval_depth--;
              return y;
            }
            f = caller;
            LOAD_FRAME();
            PUSH(y);
            break;
          }
          case Op::KW_NAMES:
            kwnames = f->code->consts[arg].as<Tuple>();
            break;
          case Op::CALL: {
            Value* args = sp - arg;
            uint32_t argc = arg;
            Value callable;
            if (!args[-2].empty()) {
              callable = args[-2];
              args -= 1;
              argc += 1;
            } else {
              callable = args[-1];
            }
            Value* base = sp - arg - 2;  // where the result goes
            Tuple* kw = kwnames;
            kwnames = nullptr;
          call_again:
            if (!callable.is_obj()) I.raise(I.t.TypeError, "'%s' object is not callable", type_name(I, callable));
            {
              Object* co = callable.obj();
              Type* ct = co->type;
              if (ct == I.t.function) {
                Func* fn = static_cast<Func*>(co);
                Frame* nf = make_call_frame(I, fn, args, argc, kw);
                if (fn->code->flags & (lang::kCoGenerator | lang::kCoCoroutine | lang::kCoAsyncGenerator)) {
                  sp = base;
                  PUSH(gen_new(I, nf, fn));
                  break;
                }
                sp = base;
                SAVE_FRAME();
                nf->back = f;
                nf->builtins = f->builtins;
                nf->call_kind = kDeliverPush;
                task->top = nf;
                f = nf;
                LOAD_FRAME();
                if (++task->depth > I.recursion_limit) raise_recursion(I);
                if (I.eval_breaker.load(std::memory_order_relaxed) || I.heap.wants_collect())
                  SWITCH_IF_BREAKER_SAYS();
                break;
              }
              if (ct == I.t.builtin_function) {
                NativeFunc* nf = static_cast<NativeFunc*>(co);
                CallArgs a;
                if (!nf->self.empty()) {
                  if (args - 1 < base) goto generic_call;
                  // The slot below the arguments is free: it held the callable.
                  args[-1] = nf->self;
                  args -= 1;
                  argc += 1;
                }
                a.argv = args;
                a.argc = argc;
                a.kwnames = kw;
                SAVE_FRAME();
                I.can_suspend = true;  // a blocking native may park this task (see sched/)
                Value r = nf->fn(I, a);
                I.can_suspend = false;
                sp = base;
                if (r.is_suspend()) {
                  SAVE_FRAME();
                  I.eval_depth--;
                  return r;
                }
                PUSH(r);
                break;
              }
              if (ct == I.t.method && args - 1 >= base) {
                BoundMethod* m = static_cast<BoundMethod*>(co);
                args[-1] = m->self;
                args -= 1;
                argc += 1;
                callable = m->func;
                goto call_again;
              }
              if (ct->layout == Layout::Type && co->type == I.t.type && static_cast<Type*>(co)->flags & kTypeHeap) {
                // Class instantiation without C++ recursion for a Python __init__.
                Type* cls = static_cast<Type*>(co);
                Value nw = type_lookup_cached(I, cls, I.names->__new__);
                Value init = type_lookup_cached(I, cls, I.names->__init__);
                if (nw.is_obj() && nw.obj()->type == I.t.staticmethod) nw = nw.as<ClassMethod>()->func;
                if (I.vm->object_new.empty()) I.vm->object_new = dict_get_str(I.t.object->dict, I.names->__new__);
                Value object_new = I.vm->object_new;
                if (nw == object_new && init.is_obj() && init.obj()->type == I.t.function && args - 1 >= base) {
                  SAVE_FRAME();
                  Value one[1] = {callable};
                  Value obj = call(I, nw, one, 1);  // object.__new__ (abstract-class checks live there)
                  args[-1] = obj;
                  Frame* nf = make_call_frame(I, init.as<Func>(), args - 1, argc + 1, kw);
                  sp = base;
                  SAVE_FRAME();
                  nf->back = f;
                  nf->builtins = f->builtins;
                  nf->call_kind = kDeliverInit;
                  nf->call_aux = obj;
                  task->top = nf;
                  f = nf;
                  LOAD_FRAME();
                  if (++task->depth > I.recursion_limit) raise_recursion(I);
                  break;
                }
              }
            generic_call:
              SAVE_FRAME();
              Value r = call(I, callable, args, argc, kw);
              sp = base;
              PUSH(r);
            }
            break;
          }
          case Op::CALL_FUNCTION_EX: {
            Value kwargs = (arg & 1) ? POP() : Value();
            Value posargs = POP();
            Value callable = POP();
            Value first = POP();
            std::vector<Value> argv;
            if (!first.empty()) {
              argv.push_back(callable);
              callable = first;
            }
            if (posargs.is_obj() && posargs.obj()->type == I.t.tuple) {
              Tuple* t = posargs.as<Tuple>();
              argv.insert(argv.end(), t->items, t->items + t->size);
            } else {
              Type* pt = type_of(I, posargs);
              if (type_lookup(pt, I.names->__iter__).empty() && type_lookup(pt, I.names->__getitem__).empty())
                I.raise(I.t.TypeError, "%s argument after * must be an iterable, not %s",
                        function_str(I, callable).c_str(), type_name(I, posargs));
              for_each(I, posargs, [&](Value v) { argv.push_back(v); });
            }
            Tuple* kn = nullptr;
            if (!kwargs.empty()) {
              Dict* d = kwargs.as<Dict>();
              std::vector<Value> names;
              for (auto& e : d->entries) {
                if (e.key.empty()) continue;
                if (!is_str(I, e.key)) I.raise(I.t.TypeError, "keywords must be strings");
                names.push_back(e.key);
                argv.push_back(e.value);
              }
              if (!names.empty()) kn = I.tuple(names.data(), names.size());
            }
            // Python functions (and methods of them) run stackless, as with
            // CALL: a thread's body starts here (the _call trampoline), and a
            // nested eval would pin the task to the C++ stack.
            if (callable.is_obj() && callable.obj()->type == I.t.method) {
              BoundMethod* bm = callable.as<BoundMethod>();
              if (bm->func.is_obj() && bm->func.obj()->type == I.t.function) {
                argv.insert(argv.begin(), bm->self);
                callable = bm->func;
              }
            }
            if (callable.is_obj() && callable.obj()->type == I.t.function) {
              Func* fn = callable.as<Func>();
              Frame* nf = make_call_frame(I, fn, argv.data(), uint32_t(argv.size()), kn);
              if (fn->code->flags & (lang::kCoGenerator | lang::kCoCoroutine | lang::kCoAsyncGenerator)) {
                PUSH(gen_new(I, nf, fn));
                break;
              }
              SAVE_FRAME();
              nf->back = f;
              nf->builtins = f->builtins;
              nf->call_kind = kDeliverPush;
              task->top = nf;
              f = nf;
              LOAD_FRAME();
              if (++task->depth > I.recursion_limit) raise_recursion(I);
              break;
            }
            SAVE_FRAME();
            Value r = call(I, callable, argv.data(), uint32_t(argv.size()), kn);
            PUSH(r);
            break;
          }
          case Op::MAKE_FUNCTION: {
            Code* c = POP().as<Code>();
            int nextra = __builtin_popcount(arg & 0x0f);
            Value fnv = make_function(I, f, c, sp - nextra, arg);
            sp -= nextra;
            PUSH(fnv);
            break;
          }
          case Op::LOAD_BUILD_CLASS: {
            Value bc = dict_get_str(f->builtins, I.names->__build_class__);
            if (bc.empty()) I.raise(I.t.NameError, "__build_class__ not found");
            PUSH(bc);
            break;
          }
          case Op::RETURN_GENERATOR:
            break;
          case Op::SETUP_FINALLY: {
            Block& b = f->blocks[f->nblocks++];
            b.handler = arg;
            b.level = uint32_t(sp - f->stack());
            b.kind = BlockKind::Finally;
            break;
          }
          case Op::SETUP_WITH: {
            // The __enter__ result on TOS is stored by the next instruction,
            // so the handler's stack level excludes it.
            Block& b = f->blocks[f->nblocks++];
            b.handler = arg;
            b.level = uint32_t(sp - f->stack()) - 1;
            b.kind = BlockKind::Finally;
            break;
          }
          case Op::POP_BLOCK:
            f->nblocks--;
            break;
          case Op::POP_EXCEPT: {
            Value prev = POP();
            task->handled_exc = prev.is_none() ? Value() : prev;
            f->nblocks--;
            break;
          }
          case Op::RERAISE: {
            exc = POP();
            skip_tb = true;
            I.pending = exc;
            goto unwind;
          }
          case Op::RAISE_VARARGS: {
            if (arg == 0) {
              Value h = task->handled_exc;
              if (h.empty()) I.raise(I.t.RuntimeError, "No active exception to reraise");
              // As CPython's do_raise: a bare raise adds no traceback entry
              // for this frame (the entry where it was first raised stays).
              skip_tb = true;
              I.pending = h;
              goto unwind;
            }
            Value cause = arg == 2 ? POP() : Value();
            Value e = exception_from(I, POP());
            if (arg == 2) {
              ExceptionObj* eo = e.as<ExceptionObj>();
              if (cause.is_none()) {
                eo->cause = Value();
              } else {
                eo->cause = exception_from(I, cause);
              }
              eo->suppress_context = true;
            }
            I.pending = e;
            goto unwind;
          }
          case Op::CHECK_EXC_MATCH: {
            Value t = TOP();
            Value e = PEEK(2);
            TOP() = Value::boolean(exception_matches(I, e, t));
            break;
          }
          case Op::LOAD_ASSERTION_ERROR:
            PUSH(obj_value(I.t.AssertionError));
            break;
          case Op::BEFORE_WITH: {
            Value mgr = POP();
            Type* t = type_of(I, mgr);
            Value enter = type_lookup_cached(I, t, I.names->__enter__);
            Value exitf = type_lookup_cached(I, t, I.names->__exit__);
            if (enter.empty() || exitf.empty())
              I.raise(I.t.TypeError, "'%s' object does not support the context manager protocol", t->name->data);
            PUSH(Value());
            PUSH(descr_get(I, exitf, mgr, obj_value(t)));
            PUSH(Value());
            PUSH(descr_get(I, enter, mgr, obj_value(t)));
            break;
          }
          case Op::WITH_EXCEPT_START: {
            Value e = TOP();
            Value exitf = PEEK(3);
            PUSH(Value());
            PUSH(exitf);
            PUSH(obj_value(type_of(I, e)));
            PUSH(e);
            Traceback* tb = e.is_obj() && e.obj()->type->layout == Layout::Exception ? e.as<ExceptionObj>()->traceback
                                                                                     : nullptr;
            PUSH(tb ? obj_value(tb) : Value::None());
            break;
          }
          case Op::GET_YIELD_FROM_ITER: {
            Value v = TOP();
            if (!is_gen(I, v)) TOP() = iter(I, v);
            break;
          }
          case Op::SEND: {
            Value v = POP();
            Value it = TOP();
            if (it.is_obj() && (it.obj()->type == I.t.generator || it.obj()->type == I.t.coroutine)) {
              GeneratorObj* g = it.as<GeneratorObj>();
              bool coro = g->type == I.t.coroutine;
              if (g->state == GenState::Closed) {
                if (coro) I.raise(I.t.RuntimeError, "cannot reuse already awaited coroutine");
                TOP() = Value::None();
                pc = arg;
                break;
              }
              if (g->state == GenState::Running)
                I.raise(I.t.ValueError, "%s already executing", coro ? "coroutine" : "generator");
              if (g->state == GenState::Created && !v.is_none())
                I.raise(I.t.TypeError, "can't send non-None value to a just-started %s", coro ? "coroutine" : "generator");
              Frame* gf = g->frame;
              gf->stack()[gf->sp++] = v;
              gf->back = f;
              gf->is_entry = false;
              gf->call_kind = kDeliverSend;
              g->state = GenState::Running;
              SAVE_FRAME();
              task->top = gf;
              if (++task->depth > I.recursion_limit) raise_recursion(I);
              f = gf;
              LOAD_FRAME();
              break;
            }
            // Other iterators: __next__() or .send(). Not next(): it drops the
            // StopIteration value, which is the result of the yield from/await.
            Value y;
            try {
              if (v.is_none() && it.is_obj() && it.obj()->type->layout == Layout::Iterator) {
                IterObj* io = it.as<IterObj>();
                y = io->next(I, io);
                if (y.empty()) {
                  Value rv = io->retval;
                  io->retval = Value();
                  TOP() = rv.empty() ? Value::None() : rv;
                  pc = arg;
                  break;
                }
              }
              else if (v.is_none()) {
                y = call_special(I, it, I.names->__next__, nullptr, 0);
                if (y.empty()) I.raise(I.t.TypeError, "'%s' object is not an iterator", type_name(I, it));
              } else
                y = call_method(I, it, I.names->send, &v, 1);
            } catch (PyRaise&) {
              if (!isinstance(I, I.pending, I.t.StopIteration)) throw;
              Value si = I.take_pending();
              Value rv = si.as<ExceptionObj>()->value;
              TOP() = rv.empty() ? Value::None() : rv;
              pc = arg;
              break;
            }
            if (y.empty()) {
              TOP() = Value::None();
              pc = arg;
            } else {
              PUSH(y);
            }
            break;
          }
          case Op::GET_AWAITABLE: {
            Value v = TOP();
            // Coroutines, and generators made by a types.coroutine function, await as they are.
            bool native = v.is_obj() && (v.obj()->type == I.t.coroutine ||
                                         (v.obj()->type == I.t.generator && v.as<GeneratorObj>()->code &&
                                          (v.as<GeneratorObj>()->code->flags & lang::kCoIterableCoroutine)));
            if (!native) {
              Value aw = call_special(I, v, I.names->__await__, nullptr, 0);
              if (aw.empty()) I.raise(I.t.TypeError, "object %s can't be used in 'await' expression", type_name(I, v));
              if (aw.is_obj() && aw.obj()->type == I.t.coroutine) I.raise(I.t.TypeError, "__await__() returned a coroutine");
              if (type_lookup_cached(I, type_of(I, aw), I.names->__next__).empty())
                I.raise(I.t.TypeError, "__await__() returned non-iterator of type '%s'", type_name(I, aw));
              TOP() = aw;
            }
            break;
          }
          case Op::GET_AITER: {
            Value v = TOP();
            Value r = call_special(I, v, I.names->__aiter__, nullptr, 0);
            if (r.empty())
              I.raise(I.t.TypeError, "'async for' requires an object with __aiter__ method, got %s", type_name(I, v));
            TOP() = r;
            break;
          }
          case Op::GET_ANEXT: {
            Value v = TOP();
            Value r = call_special(I, v, I.names->__anext__, nullptr, 0);
            if (r.empty())
              I.raise(I.t.TypeError, "'async for' requires an iterator with __anext__ method, got %s",
                      type_name(I, v));
            if (!(r.is_obj() && r.obj()->type == I.t.coroutine)) {
              Value aw = call_special(I, r, I.names->__await__, nullptr, 0);
              if (!aw.empty()) r = aw;
            }
            PUSH(r);
            break;
          }
          case Op::END_ASYNC_FOR: {
            Value e = POP();
            if (!isinstance(I, e, I.t.StopAsyncIteration)) {
              exc = e;
              skip_tb = true;
              I.pending = e;
              throw PyRaise{};
            }
            // stack: [aiter, prev_exc] with an EXCEPT_HANDLER block: restore.
            Value prev = POP();
            task->handled_exc = prev.is_none() ? Value() : prev;
            f->nblocks--;
            --sp;  // aiter
            break;
          }
          case Op::BEFORE_ASYNC_WITH: {
            Value mgr = POP();
            Type* t = type_of(I, mgr);
            Value enter = type_lookup_cached(I, t, I.names->__aenter__);
            Value exitf = type_lookup_cached(I, t, I.names->__aexit__);
            if (enter.empty() || exitf.empty())
              I.raise(I.t.TypeError, "'%s' object does not support the asynchronous context manager protocol",
                      t->name->data);
            PUSH(descr_get(I, exitf, mgr, obj_value(t)));
            PUSH(call(I, descr_get(I, enter, mgr, obj_value(t)), nullptr, 0));
            break;
          }
          case Op::IMPORT_NAME: {
            Value fromlist = POP();
            Value level = POP();
            SAVE_FRAME();
            Value m = I.import_module(f->code->names[arg], obj_value(f->globals), fromlist,
                                      int(level.is_small() ? level.small_value() : 0));
            PUSH(m);
            break;
          }
          case Op::IMPORT_FROM: {
            Value m = TOP();
            Str* name = f->code->names[arg];
            Value v = getattr_opt(I, m, name);
            if (v.empty()) {
              // A submodule not yet imported: try importing it.
              Value mn = getattr_opt(I, m, I.names->__name__);
              if (!mn.empty() && is_str(I, mn)) {
                std::string full = std::string(as_str(mn)->view()) + "." + std::string(name->view());
                Value sub = dict_get_str(I.modules, I.str(full));
                if (sub.empty()) {
                  try {
                    I.import_module(I.str(full), Value::None(), Value::None(), 0);
                    sub = dict_get_str(I.modules, I.str(full));
                  } catch (PyRaise&) {
                    if (!isinstance(I, I.pending, I.t.ImportError)) throw;
                    I.pending = Value();
                  }
                }
                v = sub;
              }
              if (v.empty()) {
                std::string modname = mn.empty() ? "<unknown module name>" : std::string(as_str(mn)->view());
                Value file = getattr_opt(I, m, I.names->__file__);
                std::string where = file.empty() || !is_str(I, file) ? "unknown location"
                                                                      : std::string(as_str(file)->view());
                I.raise(I.t.ImportError, "cannot import name '%s' from '%s' (%s)", name->data, modname.c_str(),
                        where.c_str());
              }
            }
            PUSH(v);
            break;
          }
          case Op::IMPORT_STAR: {
            Value m = POP();
            Dict* target = f->locals ? f->locals : f->globals;
            Value all = getattr_opt(I, m, I.names->__all__);
            if (!all.empty()) {
              for_each(I, all, [&](Value n) { dict_set(I, target, n, getattr(I, m, as_str(n))); });
            } else if (m.is_obj() && m.obj()->attrs) {
              for (auto& e : m.obj()->attrs->entries)
                if (!e.key.empty() && is_str(I, e.key) && as_str(e.key)->data[0] != '_')
                  dict_set(I, target, e.key, e.value);
            }
            break;
          }
          case Op::SETUP_ANNOTATIONS: {
            Dict* target = f->locals ? f->locals : f->globals;
            if (dict_get_str(target, I.names->__annotations__).empty())
              dict_set_str(I, target, I.names->__annotations__, obj_value(I.dict()));
            break;
          }
          // ---- match statement and except* (vm/match_ops.cpp, vm/exception_group.cpp)
          case Op::MATCH_CLASS: {
            Tuple* names = POP().as<Tuple>();
            Value cls = POP();
            TOP() = match_class(I, TOP(), cls, arg, names);
            break;
          }
          case Op::MATCH_MAPPING: {
            Value r = Value::boolean(match_mapping(I, TOP()));
            PUSH(r);
            break;
          }
          case Op::MATCH_SEQUENCE: {
            Value r = Value::boolean(match_sequence(I, TOP()));
            PUSH(r);
            break;
          }
          case Op::MATCH_KEYS: {
            Value r = match_keys(I, PEEK(2), TOP().as<Tuple>());
            PUSH(r);
            break;
          }
          case Op::GET_LEN: {
            Value r = I.new_int(length(I, TOP()));
            PUSH(r);
            break;
          }
          case Op::CHECK_EG_MATCH: {
            Value rest;
            Value match = exception_group_match(I, PEEK(2), TOP(), &rest);
            PEEK(2) = rest;
            TOP() = match;
            if (!match.is_none()) task->handled_exc = match;
            break;
          }
          case Op::PREP_RERAISE_STAR: {
            List* excs = POP().as<List>();
            TOP() = prep_reraise_star(I, TOP(), excs);
            break;
          }
          default:
            I.raise(I.t.SystemError, "unknown opcode %u", unsigned(decode_op(word)));
        }
      }
    } catch (PyRaise&) {
      goto unwind;
    }
    // A raise in the loop itself jumps here directly: a C++ throw costs
    // microseconds (the unwinder's table search), a Python raise should not.
  unwind: {
      // ---- unwinding ------------------------------------------------------
      I.can_suspend = false;
      if (!I.pending.empty()) exc = I.take_pending();
      kwnames = nullptr;
      f->lasti = ipc;
      if (!skip_tb) {
        add_traceback(I, exc, f->code, f->code->line_at(ipc));
        // Implicit chaining: raised while another exception was being handled.
        if (exc.is_obj() && exc.obj()->type->layout == Layout::Exception && !task->handled_exc.empty() &&
            task->handled_exc != exc) {
          ExceptionObj* eo = exc.as<ExceptionObj>();
          if (eo->context.empty()) {
            // Avoid cycles: walk the handled exception's context chain.
            Value c = task->handled_exc;
            bool cycle = false;
            for (int guard = 0; c.is_obj() && guard < 1000; guard++) {
              if (c == exc) {
                cycle = true;
                break;
              }
              c = c.as<ExceptionObj>()->context;
            }
            if (!cycle) eo->context = task->handled_exc;
          }
        }
      }
      skip_tb = false;
      for (;;) {
        bool handled = false;
        while (f->nblocks > 0) {
          Block b = f->blocks[--f->nblocks];
          if (b.kind == BlockKind::ExceptHandler) {
            Value prev = f->stack()[b.level];
            task->handled_exc = prev.is_none() ? Value() : prev;
            continue;
          }
          sp = f->stack() + b.level;
          Block& eh = f->blocks[f->nblocks++];
          eh.kind = BlockKind::ExceptHandler;
          eh.level = b.level;
          eh.handler = 0;
          PUSH(task->handled_exc.empty() ? Value::None() : task->handled_exc);
          PUSH(exc);
          task->handled_exc = exc;
          pc = b.handler;
          handled = true;
          break;
        }
        if (handled) break;
        // No handler in this frame: it ends with the exception.
        Frame* caller = f->back;
        bool was_entry = f->is_entry;
        if (f->gen) {
          GeneratorObj* g = f->gen;
          g->state = GenState::Closed;
          g->frame = nullptr;
          // PEP 479: StopIteration leaving any generator-like frame, and
          // StopAsyncIteration leaving an async generator, become RuntimeError.
          bool async_gen = g->type == I.t.async_generator;
          bool stop_iter = isinstance(I, exc, I.t.StopIteration);
          if (stop_iter || (async_gen && isinstance(I, exc, I.t.StopAsyncIteration))) {
            Value re = I.new_exception(I.t.RuntimeError, g->type == I.t.coroutine ? "coroutine raised StopIteration"
                                                         : !async_gen ? "generator raised StopIteration"
                                                         : stop_iter  ? "async generator raised StopIteration"
                                                                      : "async generator raised StopAsyncIteration");
            re.as<ExceptionObj>()->cause = exc;
            re.as<ExceptionObj>()->context = exc;
            re.as<ExceptionObj>()->suppress_context = true;
            exc = re;
          }
        }
        Frame::destroy(f, &I.vm->frames);
        task->top = caller;
        task->depth--;
        if (was_entry) {
          I.eval_depth--;
          I.pending = exc;
          throw PyRaise{};
        }
        f = caller;
        add_traceback(I, exc, f->code, f->code->line_at(f->lasti = f->pc - 1));
      }
      // resume at the handler
      code = f->code->words;
      locals = f->slots;
    }
  }
#undef LOAD_FRAME
#undef SAVE_FRAME
#undef PUSH
#undef POP
#undef TOP
#undef PEEK
}

}  // namespace il
