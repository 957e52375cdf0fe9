// generators.cpp — generator, coroutine and async-generator objects: a
// suspended Frame owned by the object, resumed by the eval loop (stackless:
// FOR_ITER / SEND push the frame) or from native code (gen_send: a nested loop).
#include "lang/codeunit.h"
#include "objects/str.h"
#include "vm/vm.h"

namespace il {

Value eval_frame_throw(Interp& I, Frame* entry, Value throw_exc);

GeneratorObj::~GeneratorObj() {
  if (!frame) return;
  // Runs during a sweep: the frame object (if any) is unreachable too (a live
  // frame object keeps its generator alive) and may already be freed.
  frame->pyframe = nullptr;
  Frame::destroy(frame);
}

void GeneratorObj::trace(Tracer& t) {
  t.visit(name);
  t.visit(qualname);
  if (frame) frame->trace(t);
}

Value gen_new(Interp& I, Frame* f, Func* fn) {
  uint32_t flags = fn->code->flags;
  Type* t = (flags & lang::kCoCoroutine) ? I.t.coroutine : (flags & lang::kCoAsyncGenerator) ? I.t.async_generator
                                                                                            : I.t.generator;
  GeneratorObj* g = I.make<GeneratorObj>(t);
  g->frame = f;
  g->name = fn->name;
  g->qualname = fn->qualname;
  f->gen = g;
  f->builtins = I.builtins->dict;
  return obj_value(g);
}

static Value resume(Interp& I, GeneratorObj* g, Value sent, Value exc, Value* retval) {
  if (g->state == GenState::Running) I.raise(I.t.ValueError, "generator already executing");
  if (g->state == GenState::Closed || !g->frame) {
    if (!exc.empty()) I.raise_value(exc);
    *retval = Value::None();
    return Value();
  }
  Frame* f = g->frame;
  f->call_kind = 0;
  if (exc.empty()) f->stack()[f->sp++] = sent;
  g->state = GenState::Running;
  Value y;
  try {
    y = eval_frame_throw(I, f, exc);
  } catch (...) {
    g->state = GenState::Closed;
    throw;
  }
  if (g->state == GenState::Closed) {
    *retval = y;
    return Value();
  }
  return y;
}

Value gen_send(Interp& I, GeneratorObj* g, Value sent, Value* retval) {
  if (g->state == GenState::Created && !sent.is_none())
    I.raise(I.t.TypeError, "can't send non-None value to a just-started generator");
  return resume(I, g, sent, Value(), retval);
}

// Is the frame suspended inside `yield from`/`await` (YIELD_VALUE with arg 1)?
static bool delegating(Frame* f) {
  if (!f || f->pc == 0) return false;
  uint32_t w = f->code->words[f->pc - 1];
  return decode_op(w) == Op::YIELD_VALUE && decode_arg(w) == 1;
}

Value gen_throw(Interp& I, GeneratorObj* g, Value exc, Value* retval) {
  Frame* f = g->frame;
  if (g->state == GenState::Suspended && delegating(f)) {
    Value sub = f->stack()[f->sp - 1];
    Value r;
    bool is_close = isinstance(I, exc, I.t.GeneratorExit);
    try {
      if (sub.is_obj() && (sub.obj()->type == I.t.generator || sub.obj()->type == I.t.coroutine)) {
        GeneratorObj* sg = sub.as<GeneratorObj>();
        Value y = is_close ? Value() : gen_throw(I, sg, exc, &r);
        if (is_close) {
          // close the sub-generator, then raise GeneratorExit here
          Value rv;
          if (sg->state != GenState::Closed) {
            try {
              gen_throw(I, sg, I.new_exception(I.t.GeneratorExit, ""), &rv);
            } catch (PyRaise&) {
              if (!isinstance(I, I.pending, I.t.GeneratorExit) && !isinstance(I, I.pending, I.t.StopIteration))
                throw;
              I.pending = Value();
            }
          }
        } else if (!y.empty()) {
          return y;  // the sub-generator yielded: so do we
        } else {
          // sub-generator returned r: resume our frame after the SEND loop with r
          f->sp--;  // pop sub-iterator
          // The JUMP_BACKWARD after YIELD_VALUE leads to the SEND whose target ends the loop.
          uint32_t jb = f->code->words[f->pc];
          uint32_t send_pc = decode_arg(jb);
          f->pc = decode_arg(f->code->words[send_pc]);
          f->stack()[f->sp++] = r;
          // resume normally with the value already in place: use a frame-level resume without pushing.
          f->call_kind = 0;
          g->state = GenState::Running;
          Value y2;
          try {
            y2 = eval_frame_throw(I, f, Value());
          } catch (...) {
            g->state = GenState::Closed;
            throw;
          }
          if (g->state == GenState::Closed) {
            *retval = y2;
            return Value();
          }
          return y2;
        }
      } else if (!is_close) {
        Value th = getattr_opt(I, sub, I.intern("throw"));
        if (!th.empty()) {
          Value y = call1(I, th, exc);
          return y;
        }
      }
    } catch (PyRaise&) {
      Value e = I.take_pending();
      if (isinstance(I, e, I.t.StopIteration)) {
        f->sp--;
        uint32_t jb = f->code->words[f->pc];
        uint32_t send_pc = decode_arg(jb);
        f->pc = decode_arg(f->code->words[send_pc]);
        Value v = e.as<ExceptionObj>()->value;
        f->stack()[f->sp++] = v.empty() ? Value::None() : v;
        g->state = GenState::Running;
        Value y2 = eval_frame_throw(I, f, Value());
        if (g->state == GenState::Closed) {
          *retval = y2;
          return Value();
        }
        return y2;
      }
      f->sp--;  // the sub-iterator is gone; raise the error in our frame
      exc = e;
    }
  }
  if (g->state == GenState::Created) {
    // Throwing into a just-started generator raises at its first line, without running it.
    g->state = GenState::Closed;
    if (g->frame) {
      add_traceback_frame(I, exc, g->frame, g->frame->code->firstlineno);
      Frame::destroy(g->frame);
      g->frame = nullptr;
    }
    I.raise_value(exc);
  }
  return resume(I, g, Value(), exc, retval);
}

// ============================================================================
// Python-visible methods
// ============================================================================

static GeneratorObj* gen_self(Interp& I, Value v) { return v.as<GeneratorObj>(); }

static Value stop_iteration(Interp& I, Value retval) {
  Value e = I.new_exception(I.t.StopIteration, "");
  ExceptionObj* eo = e.as<ExceptionObj>();
  if (!retval.empty() && !retval.is_none()) eo->args = I.tuple({retval});
  eo->value = retval.empty() ? Value::None() : retval;
  I.raise_value(e);
}

static Value gen_next_m(Interp& I, CallArgs& a) {
  Value rv;
  Value y = gen_send(I, gen_self(I, a[0]), Value::None(), &rv);
  if (y.empty()) stop_iteration(I, rv);
  return y;
}
static Value gen_send_m(Interp& I, CallArgs& a) {
  check_nargs(I, a, "send", 2, 2);
  Value rv;
  Value y = gen_send(I, gen_self(I, a[0]), a[1], &rv);
  if (y.empty()) stop_iteration(I, rv);
  return y;
}
static Value gen_throw_m(Interp& I, CallArgs& a) {
  check_nargs(I, a, "throw", 2, 4);
  Value e = a[1];
  if (e.is_obj() && e.obj()->type->layout == Layout::Type) {
    if (!(e.as<Type>()->flags & kTypeIsException))
      I.raise(I.t.TypeError, "exceptions must be classes or instances deriving from BaseException, not type");
    Value arg = a.argc > 2 && !a[2].is_none() ? a[2] : Value();
    // throw(type, value): an instance of type is used as is, a tuple is the
    // arguments, anything else the one argument (CPython's normalisation).
    if (!arg.empty() && isinstance(I, arg, e.as<Type>()))
      e = arg;
    else if (!arg.empty() && arg.is_obj() && arg.obj()->type == I.t.tuple)
      e = call(I, e, arg.as<Tuple>()->items, arg.as<Tuple>()->size);
    else
      e = arg.empty() ? call(I, e, nullptr, 0) : call1(I, e, arg);
  } else if (!isinstance(I, e, I.t.BaseException)) {
    I.raise(I.t.TypeError, "exceptions must be classes or instances deriving from BaseException, not %s",
            type_name(I, e));
  }
  Value rv;
  Value y = gen_throw(I, gen_self(I, a[0]), e, &rv);
  if (y.empty()) stop_iteration(I, rv);
  return y;
}
static Value gen_close_m(Interp& I, CallArgs& a) {
  GeneratorObj* g = gen_self(I, a[0]);
  if (g->state == GenState::Closed) return Value::None();
  if (g->state == GenState::Created) {
    g->state = GenState::Closed;
    if (g->frame) {
      Frame::destroy(g->frame);
      g->frame = nullptr;
    }
    return Value::None();
  }
  Value rv;
  try {
    Value y = gen_throw(I, g, I.new_exception(I.t.GeneratorExit, ""), &rv);
    if (!y.empty()) I.raise(I.t.RuntimeError, "generator ignored GeneratorExit");
  } catch (PyRaise&) {
    if (isinstance(I, I.pending, I.t.GeneratorExit) || isinstance(I, I.pending, I.t.StopIteration)) {
      I.pending = Value();
      return Value::None();
    }
    throw;
  }
  return Value::None();
}
static Value gen_iter_m(Interp& I, CallArgs& a) { return a[0]; }
static Value gen_repr_m(Interp& I, CallArgs& a) {
  GeneratorObj* g = gen_self(I, a[0]);
  char buf[64];
  std::snprintf(buf, sizeof buf, " object %s at %p>", "", static_cast<void*>(g));
  std::string kind = g->type == I.t.coroutine ? "coroutine" : g->type == I.t.async_generator ? "async_generator"
                                                                                            : "generator";
  std::snprintf(buf, sizeof buf, " at %p>", static_cast<void*>(g));
  return I.new_str("<" + kind + " object " + std::string(g->qualname->view()) + buf);
}
static Value gen_get_name(Interp& I, CallArgs& a) { return sval(gen_self(I, a[0])->name); }
static Value gen_get_qualname(Interp& I, CallArgs& a) { return sval(gen_self(I, a[0])->qualname); }
static Value gen_get_running(Interp& I, CallArgs& a) {
  return Value::boolean(gen_self(I, a[0])->state == GenState::Running);
}
static Value gen_get_frame(Interp& I, CallArgs& a) {
  GeneratorObj* g = gen_self(I, a[0]);
  return g->state == GenState::Closed || !g->frame ? Value::None() : frame_object(I, g->frame);
}
static Value coro_await_m(Interp& I, CallArgs& a) { return a[0]; }

static const MethodDef kGeneratorMethods[] = {
    {"__next__", gen_next_m}, {"send", gen_send_m}, {"throw", gen_throw_m}, {"close", gen_close_m},
    {"__iter__", gen_iter_m}, {"__repr__", gen_repr_m}, {nullptr, nullptr},
};
static const MethodDef kCoroutineMethods[] = {
    {"send", gen_send_m}, {"throw", gen_throw_m}, {"close", gen_close_m},
    {"__await__", coro_await_m}, {"__repr__", gen_repr_m}, {nullptr, nullptr},
};
static const GetSetDef kGeneratorGetSets[] = {
    {"__name__", gen_get_name}, {"__qualname__", gen_get_qualname}, {"gi_running", gen_get_running},
    {"gi_frame", gen_get_frame}, {"cr_running", gen_get_running}, {nullptr, nullptr},
};

void init_generators(Interp& I) {
  add_methods(I, I.t.generator, kGeneratorMethods);
  add_getsets(I, I.t.generator, kGeneratorGetSets);
  add_methods(I, I.t.coroutine, kCoroutineMethods);
  add_getsets(I, I.t.coroutine, kGeneratorGetSets);
  add_methods(I, I.t.async_generator, kGeneratorMethods);
}

}  // namespace il
