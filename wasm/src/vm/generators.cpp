// generators.cpp — generator, coroutine and async-generator objects: a
// suspended Frame owned by the object, resumed by the eval loop (stackless:
// FOR_ITER / SEND push the frame) or from native code (gen_send: a nested loop).
#include "lang/codeunit.h"
#include "objects/str.h"
#include "sched/scheduler.h"
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
  t.visit(code);
  t.visit(ag_finalizer);
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
  g->code = fn->code;
  f->gen = g;
  f->builtins = I.builtins->dict;
  return obj_value(g);
}

// "generator", "coroutine" or "async generator", for messages.
static const char* gen_kind(Interp& I, GeneratorObj* g) {
  return g->type == I.t.coroutine ? "coroutine" : g->type == I.t.async_generator ? "async generator" : "generator";
}

static Value resume(Interp& I, GeneratorObj* g, Value sent, Value exc, Value* retval) {
  if (g->state == GenState::Running) I.raise(I.t.ValueError, "%s already executing", gen_kind(I, g));
  if (g->state == GenState::Closed || !g->frame) {
    // An exhausted coroutine cannot be resumed (close() never gets here).
    if (g->type == I.t.coroutine) I.raise(I.t.RuntimeError, "cannot reuse already awaited coroutine");
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
    I.raise(I.t.TypeError, "can't send non-None value to a just-started %s", gen_kind(I, g));
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
      } else {
        // close() reaches a non-generator sub-iterator through its close(), if any.
        Value cl = getattr_opt(I, sub, I.names->close);
        if (!cl.empty()) call0(I, cl);
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
      Frame::destroy(g->frame, &I.vm->frames);
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

[[noreturn]] static void stop_iteration(Interp& I, Value retval) {
  Value e = I.new_exception(I.t.StopIteration, "");
  ExceptionObj* eo = e.as<ExceptionObj>();
  if (!retval.empty() && !retval.is_none()) eo->args = I.tuple({retval});
  eo->value = retval.empty() ? Value::None() : retval;
  I.raise_value(e);
}

// `raise StopAsyncIteration`: no arguments (new_exception would give ('',)).
[[noreturn]] static void stop_async_iteration(Interp& I) {
  Value e = I.new_exception(I.t.StopAsyncIteration, "");
  e.as<ExceptionObj>()->args = I.empty_tuple;
  I.raise_value(e);
}

// The exception that throw(typ[, val[, tb]]) / athrow(...) raises: argv[1..]
// normalised as CPython does (an instance of typ is used as is, a tuple is
// the arguments, anything else the one argument).
static Value thrown_exception(Interp& I, const Value* args, uint32_t nargs) {
  Value e = args[0];
  if (e.is_obj() && e.obj()->type->layout == Layout::Type) {
    if (!(e.as<Type>()->flags & kTypeIsException))
      I.raise(I.t.TypeError, "exceptions must be classes or instances deriving from BaseException, not type");
    Value arg = nargs > 1 && !args[1].is_none() ? args[1] : Value();
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
  return e;
}
static Value thrown_exception(Interp& I, CallArgs& a, const char* fname) {
  check_nargs(I, a, fname, 2, 4);
  return thrown_exception(I, a.argv + 1, a.argc - 1);
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
  Value e = thrown_exception(I, a, "throw");
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
      Frame::destroy(g->frame, &I.vm->frames);
      g->frame = nullptr;
    }
    return Value::None();
  }
  Value rv;
  try {
    Value y = gen_throw(I, g, I.new_exception(I.t.GeneratorExit, ""), &rv);
    if (!y.empty()) I.raise(I.t.RuntimeError, "%s ignored GeneratorExit", gen_kind(I, g));
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
  const char* kind = g->type == I.t.coroutine ? "coroutine" : g->type == I.t.async_generator ? "async_generator"
                                                                                            : "generator";
  char buf[64];
  std::snprintf(buf, sizeof buf, " at %p>", static_cast<void*>(g));
  return I.new_str(std::string("<") + kind + " object " + std::string(g->qualname->view()) + buf);
}
static Value gen_get_name(Interp& I, CallArgs& a) { return sval(gen_self(I, a[0])->name); }
static Value gen_get_qualname(Interp& I, CallArgs& a) { return sval(gen_self(I, a[0])->qualname); }
static Value gen_get_running(Interp& I, CallArgs& a) {
  return Value::boolean(gen_self(I, a[0])->state == GenState::Running);
}
static Value gen_get_suspended(Interp& I, CallArgs& a) {
  return Value::boolean(gen_self(I, a[0])->state == GenState::Suspended);
}
static Value gen_get_frame(Interp& I, CallArgs& a) {
  GeneratorObj* g = gen_self(I, a[0]);
  return g->state == GenState::Closed || !g->frame ? Value::None() : frame_object(I, g->frame);
}
static Value gen_get_code(Interp& I, CallArgs& a) {
  GeneratorObj* g = gen_self(I, a[0]);
  return g->code ? obj_value(g->code) : Value::None();
}
// gi_yieldfrom / cr_await / ag_await: the iterator a suspended `yield from` /
// `await` delegates to (it sits on top of the frame's value stack).
static Value gen_get_yieldfrom(Interp& I, CallArgs& a) {
  GeneratorObj* g = gen_self(I, a[0]);
  if (g->state != GenState::Suspended || !delegating(g->frame)) return Value::None();
  return g->frame->stack()[g->frame->sp - 1];
}
static Value coro_await_m(Interp& I, CallArgs& a) { return a[0]; }

// The private hook behind types.coroutine (wasm/lib/types.py): marks a
// generator function's code CO_ITERABLE_COROUTINE so that `await` accepts
// its generators. CPython replaces __code__ with a copy; the code object of
// a `def` decorated this way belongs to that function alone in practice.
static Value code_mark_iterable_coroutine(Interp& I, CallArgs& a) {
  check_nargs(I, a, "_il_mark_iterable_coroutine", 1, 1);
  a[0].as<Code>()->flags |= lang::kCoIterableCoroutine;
  return Value::None();
}

// ============================================================================
// Async generators: the asend / athrow awaitables (CPython's
// async_generator_asend and async_generator_athrow, Objects/genobject.c)
// ============================================================================
//
// Awaiting `agen.asend(v)` resumes the generator's frame. Where the frame
// stops tells what happened: at YIELD_VALUE 1 (inside an `await`, see
// delegating()) the value is for the event loop and passes through; at
// YIELD_VALUE 0 (the async generator's own `yield`) the awaitable is done and
// raises StopIteration(value); a return raises StopAsyncIteration.

enum class AwaitState : uint8_t { Init, Iter, Closed };
enum class AwaitKind : uint8_t { ASend, AThrow, AClose };

struct AgenAwaitable : NativePayload {
  Value gen;  // the async generator
  Value arg;  // asend: the value to send first; athrow: its arguments (a tuple)
  AwaitKind kind = AwaitKind::ASend;
  AwaitState state = AwaitState::Init;
  void trace(Tracer& t) override {
    t.visit(gen);
    t.visit(arg);
  }
};

// anext(aiter, default) (CPython's anext_awaitable, Objects/iterobject.c).
struct AnextAwaitable : NativePayload {
  Value wrapped;  // what __anext__() returned
  Value default_value;
  void trace(Tracer& t) override {
    t.visit(wrapped);
    t.visit(default_value);
  }
};

enum AgenTypeIndex : uint32_t { kASendType, kAThrowType, kAnextType, kAgenTypeCount };

static Type* agen_type(Interp& I, AgenTypeIndex i) { return I.vm->agen_types.as<Tuple>()->items[i].as<Type>(); }

static Value new_awaitable(Interp& I, AgenTypeIndex i, std::unique_ptr<NativePayload> p) {
  NativeObj* o = I.make<NativeObj>(agen_type(I, i));
  o->payload = std::move(p);
  return obj_value(o);
}

static AgenAwaitable* awaitable_self(Interp& I, Value v) {
  return static_cast<AgenAwaitable*>(v.as<NativeObj>()->payload.get());
}

// CPython's async_gen_unwrap_value for a step that did not raise: `y` is
// what the frame yielded, empty when the generator returned.
static Value agen_unwrap(Interp& I, GeneratorObj* g, Value y) {
  if (y.empty()) {
    g->ag_running_async = false;
    g->ag_closed = true;
    stop_async_iteration(I);
  }
  if (!delegating(g->frame)) {  // the generator's own `yield`
    g->ag_running_async = false;
    stop_iteration(I, y);
  }
  return y;  // from an `await` inside: for the event loop
}

// One step of the generator (send `sent`, or throw `exc` when set), without
// unwrapping. An exception leaving the generator ends the awaitable's run.
static Value agen_step_raw(Interp& I, GeneratorObj* g, Value sent, Value exc) {
  Value rv;
  try {
    return exc.empty() ? gen_send(I, g, sent, &rv) : gen_throw(I, g, exc, &rv);
  } catch (PyRaise&) {
    g->ag_running_async = false;
    if (isinstance(I, I.pending, I.t.StopAsyncIteration) || isinstance(I, I.pending, I.t.GeneratorExit))
      g->ag_closed = true;
    throw;
  }
}

static Value agen_step(Interp& I, GeneratorObj* g, Value sent, Value exc) {
  return agen_unwrap(I, g, agen_step_raw(I, g, sent, exc));
}

// --- asend ------------------------------------------------------------------

static Value asend_send_impl(Interp& I, AgenAwaitable* aw, Value arg) {
  GeneratorObj* g = aw->gen.as<GeneratorObj>();
  if (aw->state == AwaitState::Closed)
    I.raise(I.t.RuntimeError, "cannot reuse already awaited __anext__()/asend()");
  if (aw->state == AwaitState::Init) {
    if (g->ag_running_async) I.raise(I.t.RuntimeError, "anext(): asynchronous generator is already running");
    if (arg.is_none()) arg = aw->arg;
    aw->state = AwaitState::Iter;
  }
  g->ag_running_async = true;
  try {
    return agen_step(I, g, arg, Value());
  } catch (PyRaise&) {
    aw->state = AwaitState::Closed;
    throw;
  }
}

static Value asend_throw_impl(Interp& I, AgenAwaitable* aw, Value exc) {
  if (aw->state == AwaitState::Closed)
    I.raise(I.t.RuntimeError, "cannot reuse already awaited __anext__()/asend()");
  try {
    return agen_step(I, aw->gen.as<GeneratorObj>(), Value(), exc);
  } catch (PyRaise&) {
    aw->state = AwaitState::Closed;
    throw;
  }
}

// --- athrow / aclose --------------------------------------------------------

[[noreturn]] static void athrow_ignored_exit(Interp& I, AgenAwaitable* aw) {
  aw->gen.as<GeneratorObj>()->ag_running_async = false;
  aw->state = AwaitState::Closed;
  I.raise(I.t.RuntimeError, "async generator ignored GeneratorExit");
}

// The generator raised (or returned: StopAsyncIteration) during athrow/aclose.
// For aclose() the end of the generator is success: StopIteration.
[[noreturn]] static void athrow_error(Interp& I, AgenAwaitable* aw) {
  aw->gen.as<GeneratorObj>()->ag_running_async = false;
  aw->state = AwaitState::Closed;
  if (aw->kind == AwaitKind::AClose &&
      (isinstance(I, I.pending, I.t.StopAsyncIteration) || isinstance(I, I.pending, I.t.GeneratorExit))) {
    I.pending = Value();
    I.raise_value(I.new_exception(I.t.StopIteration, ""));
  }
  throw PyRaise{};
}

// aclose(): what the generator did after GeneratorExit was thrown in or a
// value was sent: an own `yield` is an error, an awaited value passes.
static Value aclose_outcome(Interp& I, AgenAwaitable* aw, Value y) {
  GeneratorObj* g = aw->gen.as<GeneratorObj>();
  if (y.empty()) {  // returned
    try {
      stop_async_iteration(I);
    } catch (PyRaise&) {
      athrow_error(I, aw);
    }
  }
  if (!delegating(g->frame)) athrow_ignored_exit(I, aw);
  return y;
}

static Value athrow_send_impl(Interp& I, AgenAwaitable* aw, Value arg) {
  GeneratorObj* g = aw->gen.as<GeneratorObj>();
  if (aw->state == AwaitState::Closed)
    I.raise(I.t.RuntimeError, "cannot reuse already awaited aclose()/athrow()");
  if (g->state == GenState::Closed) {
    aw->state = AwaitState::Closed;
    I.raise_value(I.new_exception(I.t.StopIteration, ""));
  }
  bool closing = aw->kind == AwaitKind::AClose;
  if (aw->state == AwaitState::Init) {
    if (g->ag_running_async) {
      aw->state = AwaitState::Closed;
      I.raise(I.t.RuntimeError, closing ? "aclose(): asynchronous generator is already running"
                                        : "athrow(): asynchronous generator is already running");
    }
    if (g->ag_closed) {
      aw->state = AwaitState::Closed;
      stop_async_iteration(I);
    }
    if (!arg.is_none()) I.raise(I.t.RuntimeError, "can't send non-None value to a just-started coroutine");
    aw->state = AwaitState::Iter;
    g->ag_running_async = true;
    if (closing) g->ag_closed = true;
    // athrow's arguments are checked only now, as CPython does.
    Value exc = closing ? I.new_exception(I.t.GeneratorExit, "")
                        : thrown_exception(I, aw->arg.as<Tuple>()->items, aw->arg.as<Tuple>()->size);
    Value y;
    try {
      y = agen_step_raw(I, g, Value(), exc);
      if (!closing) return agen_unwrap(I, g, y);
    } catch (PyRaise&) {
      athrow_error(I, aw);
    }
    return aclose_outcome(I, aw, y);
  }
  // Iter: the generator awaits something; pass `arg` on.
  if (!closing) return agen_step(I, g, arg, Value());
  Value y;
  try {
    y = agen_step_raw(I, g, arg, Value());
  } catch (PyRaise&) {
    athrow_error(I, aw);
  }
  return aclose_outcome(I, aw, y);
}

static Value athrow_throw_impl(Interp& I, AgenAwaitable* aw, Value exc) {
  if (aw->state == AwaitState::Closed)
    I.raise(I.t.RuntimeError, "cannot reuse already awaited aclose()/athrow()");
  GeneratorObj* g = aw->gen.as<GeneratorObj>();
  if (aw->kind != AwaitKind::AClose) return agen_step(I, g, Value(), exc);
  Value y;
  try {
    y = agen_step_raw(I, g, Value(), exc);
  } catch (PyRaise&) {
    if (isinstance(I, I.pending, I.t.StopAsyncIteration) || isinstance(I, I.pending, I.t.GeneratorExit)) {
      I.pending = Value();
      I.raise_value(I.new_exception(I.t.StopIteration, ""));
    }
    throw;
  }
  if (y.empty()) I.raise_value(I.new_exception(I.t.StopIteration, ""));
  if (!delegating(g->frame)) athrow_ignored_exit(I, aw);
  return y;
}

// --- the awaitables' methods (both kinds share them) ------------------------

static Value aw_send_dispatch(Interp& I, Value self, Value arg) {
  AgenAwaitable* aw = awaitable_self(I, self);
  return aw->kind == AwaitKind::ASend ? asend_send_impl(I, aw, arg) : athrow_send_impl(I, aw, arg);
}
static Value aw_next_m(Interp& I, CallArgs& a) { return aw_send_dispatch(I, a[0], Value::None()); }
static Value aw_send_m(Interp& I, CallArgs& a) {
  check_nargs(I, a, "send", 2, 2);
  return aw_send_dispatch(I, a[0], a[1]);
}
static Value aw_throw_m(Interp& I, CallArgs& a) {
  AgenAwaitable* aw = awaitable_self(I, a[0]);
  Value e = thrown_exception(I, a, "throw");
  return aw->kind == AwaitKind::ASend ? asend_throw_impl(I, aw, e) : athrow_throw_impl(I, aw, e);
}
static Value aw_close_m(Interp& I, CallArgs& a) {
  awaitable_self(I, a[0])->state = AwaitState::Closed;
  return Value::None();
}
static Value aw_self_m(Interp& I, CallArgs& a) { return a[0]; }

// --- the async generator's own methods --------------------------------------

// CPython's async_gen_init_hooks: the first __anext__/asend/athrow/aclose
// hands the generator to the thread's firstiter hook (asyncio's loop keeps
// it, to aclose() it at shutdown_asyncgens()).
static void agen_init_hooks(Interp& I, GeneratorObj* g) {
  if (g->ag_hooks_inited) return;
  g->ag_hooks_inited = true;
  if (!I.current || !I.sched) return;
  Task* th = I.sched->thread_of(I.current);
  g->ag_finalizer = th->asyncgen_finalizer;
  if (!th->asyncgen_firstiter.empty()) call1(I, th->asyncgen_firstiter, obj_value(g));
}

static Value new_agen_awaitable(Interp& I, Value gen, AwaitKind kind, Value arg) {
  auto p = std::make_unique<AgenAwaitable>();
  p->gen = gen;
  p->arg = arg;
  p->kind = kind;
  return new_awaitable(I, kind == AwaitKind::ASend ? kASendType : kAThrowType, std::move(p));
}
static Value agen_anext_m(Interp& I, CallArgs& a) {
  agen_init_hooks(I, gen_self(I, a[0]));
  return new_agen_awaitable(I, a[0], AwaitKind::ASend, Value::None());
}
static Value agen_asend_m(Interp& I, CallArgs& a) {
  check_nargs(I, a, "asend", 2, 2);
  agen_init_hooks(I, gen_self(I, a[0]));
  return new_agen_awaitable(I, a[0], AwaitKind::ASend, a[1]);
}
static Value agen_athrow_m(Interp& I, CallArgs& a) {
  check_nargs(I, a, "athrow", 2, 4);
  agen_init_hooks(I, gen_self(I, a[0]));
  return new_agen_awaitable(I, a[0], AwaitKind::AThrow, obj_value(I.tuple(a.argv + 1, a.argc - 1)));
}
static Value agen_aclose_m(Interp& I, CallArgs& a) {
  check_nargs(I, a, "aclose", 1, 1);
  agen_init_hooks(I, gen_self(I, a[0]));
  return new_agen_awaitable(I, a[0], AwaitKind::AClose, Value());
}
static Value agen_get_running(Interp& I, CallArgs& a) { return Value::boolean(gen_self(I, a[0])->ag_running_async); }

// --- anext_awaitable ----------------------------------------------------------

Value anext_awaitable_new(Interp& I, Value awaitable, Value default_value) {
  auto p = std::make_unique<AnextAwaitable>();
  p->wrapped = awaitable;
  p->default_value = default_value;
  return new_awaitable(I, kAnextType, std::move(p));
}

// Forwards send/throw/close to the wrapped awaitable's iterator; its
// StopAsyncIteration becomes StopIteration(default).
static Value anext_proxy(Interp& I, Value self, const char* method, Value arg) {
  auto* p = static_cast<AnextAwaitable*>(self.as<NativeObj>()->payload.get());
  Value it = p->wrapped;
  if (!(it.is_obj() && it.obj()->type == I.t.coroutine)) {
    Value aw = call_special(I, it, I.names->__await__, nullptr, 0);
    if (aw.empty()) I.raise(I.t.TypeError, "object %s can't be used in 'await' expression", type_name(I, it));
    it = aw;
  }
  try {
    return arg.empty() ? call_method(I, it, I.intern(method), nullptr, 0) : call_method(I, it, I.intern(method), &arg, 1);
  } catch (PyRaise&) {
    if (!isinstance(I, I.pending, I.t.StopAsyncIteration)) throw;
    I.pending = Value();
    stop_iteration(I, p->default_value);
  }
}
static Value anext_next_m(Interp& I, CallArgs& a) { return anext_proxy(I, a[0], "send", Value::None()); }
static Value anext_send_m(Interp& I, CallArgs& a) {
  check_nargs(I, a, "send", 2, 2);
  return anext_proxy(I, a[0], "send", a[1]);
}
static Value anext_throw_m(Interp& I, CallArgs& a) {
  return anext_proxy(I, a[0], "throw", thrown_exception(I, a, "throw"));
}
static Value anext_close_m(Interp& I, CallArgs& a) { return anext_proxy(I, a[0], "close", Value()); }

// ============================================================================
// Registration
// ============================================================================

static const MethodDef kGeneratorMethods[] = {
    {"__next__", gen_next_m}, {"send", gen_send_m}, {"throw", gen_throw_m}, {"close", gen_close_m},
    {"__iter__", gen_iter_m}, {"__repr__", gen_repr_m}, {nullptr, nullptr},
};
static const GetSetDef kGeneratorGetSets[] = {
    {"__name__", gen_get_name},         {"__qualname__", gen_get_qualname},   {"gi_running", gen_get_running},
    {"gi_frame", gen_get_frame},         {"gi_code", gen_get_code},            {"gi_yieldfrom", gen_get_yieldfrom},
    {"gi_suspended", gen_get_suspended}, {nullptr, nullptr},
};
static const MethodDef kCoroutineMethods[] = {
    {"send", gen_send_m}, {"throw", gen_throw_m}, {"close", gen_close_m},
    {"__await__", coro_await_m}, {"__repr__", gen_repr_m}, {nullptr, nullptr},
};
static const GetSetDef kCoroutineGetSets[] = {
    {"__name__", gen_get_name},         {"__qualname__", gen_get_qualname},   {"cr_running", gen_get_running},
    {"cr_frame", gen_get_frame},         {"cr_code", gen_get_code},            {"cr_await", gen_get_yieldfrom},
    {"cr_suspended", gen_get_suspended}, {nullptr, nullptr},
};
static const MethodDef kAsyncGeneratorMethods[] = {
    {"__aiter__", gen_iter_m}, {"__anext__", agen_anext_m}, {"asend", agen_asend_m}, {"athrow", agen_athrow_m},
    {"aclose", agen_aclose_m}, {"__repr__", gen_repr_m}, {nullptr, nullptr},
};
static const GetSetDef kAsyncGeneratorGetSets[] = {
    {"__name__", gen_get_name}, {"__qualname__", gen_get_qualname}, {"ag_running", agen_get_running},
    {"ag_frame", gen_get_frame}, {"ag_code", gen_get_code},         {"ag_await", gen_get_yieldfrom},
    {nullptr, nullptr},
};
static const MethodDef kAgenAwaitableMethods[] = {
    {"__next__", aw_next_m}, {"send", aw_send_m}, {"throw", aw_throw_m}, {"close", aw_close_m},
    {"__iter__", aw_self_m}, {"__await__", aw_self_m}, {nullptr, nullptr},
};
static const MethodDef kAnextAwaitableMethods[] = {
    {"__next__", anext_next_m}, {"send", anext_send_m}, {"throw", anext_throw_m}, {"close", anext_close_m},
    {"__iter__", aw_self_m},    {"__await__", aw_self_m}, {nullptr, nullptr},
};
static const MethodDef kCodeHooks[] = {
    {"_il_mark_iterable_coroutine", code_mark_iterable_coroutine}, {nullptr, nullptr},
};

void init_generators(Interp& I) {
  add_methods(I, I.t.generator, kGeneratorMethods);
  add_getsets(I, I.t.generator, kGeneratorGetSets);
  add_methods(I, I.t.coroutine, kCoroutineMethods);
  add_getsets(I, I.t.coroutine, kCoroutineGetSets);
  add_methods(I, I.t.async_generator, kAsyncGeneratorMethods);
  add_getsets(I, I.t.async_generator, kAsyncGeneratorGetSets);
  add_methods(I, I.t.code, kCodeHooks);

  static const char* const kNames[kAgenTypeCount] = {"async_generator_asend", "async_generator_athrow",
                                                     "anext_awaitable"};
  Tuple* types = I.tuple(size_t(kAgenTypeCount));
  for (uint32_t i = 0; i < kAgenTypeCount; i++) {
    Type* t = new_builtin_type(I, kNames[i], I.t.object, Layout::Native, 0);
    add_methods(I, t, i == kAnextType ? std::span<const MethodDef>(kAnextAwaitableMethods)
                                      : std::span<const MethodDef>(kAgenAwaitableMethods));
    types->items[i] = obj_value(t);
  }
  I.vm->agen_types = obj_value(types);
  I.extra_roots.push_back(&I.vm->agen_types);
}

}  // namespace il
