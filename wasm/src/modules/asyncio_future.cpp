// asyncio_future.cpp — _asyncio.Future, the FutureIter that `await future`
// runs, the handle a future's done-callbacks are queued as, and the module's
// running-loop functions (see asyncio.h). Semantics and messages follow
// wasm/lib/asyncio/futures.py (CPython's pure-Python Future) and CPython's C
// version where they differ (FutureIter, _callbacks).
#include "modules/asyncio.h"

#include "modules/modules.h"
#include "objects/containers.h"
#include "objects/str.h"
#include "sched/scheduler.h"
#include "vm/ops.h"
#include "vm/vm.h"

namespace il {

// ============================================================================
// State
// ============================================================================

void FutureObj::trace(Tracer& t) {
  t.visit(loop);
  t.visit(result);
  t.visit(exception);
  t.visit(exception_tb);
  t.visit(cancel_message);
  t.visit(cancelled_exc);
  t.visit(cb0);
  t.visit(ctx0);
  t.visit(callbacks);
}

void AsyncioState::trace(Tracer& t) {
  for (Type* ty : {future_type, task_type, iter_type, handle_type}) t.visit(ty);
  for (Value& v : state_names) t.visit(v);
  t.visit(all_tasks);
  t.visit(current_tasks);
  for (Value* v : {&cancelled_error, &invalid_state_error, &future_repr, &task_repr, &format_callback_source,
                   &py_iscoroutine, &get_event_loop})
    t.visit(*v);
  for (Str* s : {s_ready, s_closed, s_accepts, s_call_soon, s_unretrieved, s_call_exception_handler, s_cancel,
                 s_get_loop, s_loop, s_add_done_callback, s_blocking, s_result, s_context, s_msg, s_wait_kind,
                 s_message, s_exception, s_handle, s_future, s_task})
    t.visit(s);
  t.visit(kw_context);
  t.visit(kw_msg);
}

AsyncioState& asyncio_state(Interp& I) {
  return *static_cast<AsyncioState*>(I.vm->asyncio_state.as<NativeObj>()->payload.get());
}

Value py_attr(Interp& I, const char* module, const char* name) {
  Value m = I.import_module(I.intern(module), Value(), obj_value(I.tuple({I.new_str("*")})), 0);
  return getattr(I, m, I.intern(name));
}

void asyncio_load_python_half(Interp& I, AsyncioState& st) {
  if (!st.cancelled_error.empty()) return;
  st.invalid_state_error = py_attr(I, "asyncio.exceptions", "InvalidStateError");
  st.future_repr = py_attr(I, "asyncio.base_futures", "_future_repr");
  st.task_repr = py_attr(I, "asyncio.base_tasks", "_task_repr");
  st.format_callback_source = py_attr(I, "asyncio.format_helpers", "_format_callback_source");
  st.py_iscoroutine = py_attr(I, "asyncio.coroutines", "iscoroutine");
  st.get_event_loop = py_attr(I, "asyncio.events", "_get_event_loop");
  st.cancelled_error = py_attr(I, "asyncio.exceptions", "CancelledError");  // last: marks it loaded
}

Value running_loop(Interp& I) {
  if (!I.current || !I.sched) return Value::None();
  Value loop = I.sched->thread_of(I.current)->asyncio_loop;
  return loop.empty() ? Value::None() : loop;
}

// ============================================================================
// The loop side: where a completed future's callbacks go
// ============================================================================

List* fast_ready(Interp& I, AsyncioState& st, Value loop) {
  if (!loop.is_obj()) return nullptr;
  Object* lo = loop.obj();
  Type* t = lo->type;
  if (t != st.fast_loop_type || I.type_epoch != st.fast_loop_epoch) {
    st.fast_loop_type = t;
    st.fast_loop_epoch = I.type_epoch;
    st.fast_loop = false;
    Value accepts = type_lookup(t, st.s_accepts);
    if (!accepts.empty() && accepts.is_true()) {
      // Only while the class that opts in also provides the call_soon in use:
      // a subclass overriding call_soon sees every callback, as in CPython.
      for (Type* m : t->mro) {
        if (dict_get_str(m->dict, st.s_accepts).empty()) continue;
        st.fast_loop = type_lookup(t, st.s_call_soon) == dict_get_str(m->dict, st.s_call_soon);
        break;
      }
    }
  }
  if (!st.fast_loop || !lo->attrs) return nullptr;
  if (dict_get_str(lo->attrs, st.s_closed).is_true()) I.raise(I.t.RuntimeError, "Event loop is closed");
  Value ready = dict_get_str(lo->attrs, st.s_ready);
  if (!ready.is_obj() || ready.obj()->type != I.t.list) return nullptr;
  return ready.as<List>();
}

void loop_call_soon(Interp& I, AsyncioState& st, Value loop, Value fn, const Value* args, uint32_t nargs,
                    Value ctx) {
  Value call_soon = getattr(I, loop, st.s_call_soon);
  Value argv[4];
  uint32_t n = 0;
  argv[n++] = fn;
  for (uint32_t i = 0; i < nargs && n < 3; i++) argv[n++] = args[i];
  if (!ctx.empty() && !ctx.is_none()) {
    argv[n++] = ctx;
    call(I, call_soon, argv, n, st.kw_context);
  } else {
    call(I, call_soon, argv, n);
  }
}

// --- the handle a future's callback is queued as --------------------------------
// What events.Handle does for `call_soon(fn, future)`, without a Python
// object and its attribute dict per callback.
struct CallbackHandle : NativeObj {
  Value callback;
  Value arg;   // the future
  Value loop;
  bool cancelled = false;
  void trace(Tracer& t) override {
    t.visit(callback);
    t.visit(arg);
    t.visit(loop);
  }
};

static Value handle_alloc(Interp& I, Type* t) { return obj_value(I.make<CallbackHandle>(t)); }

static CallbackHandle* as_handle(Interp& I, Value v) {
  AsyncioState& st = asyncio_state(I);
  if (!v.is_obj() || !is_subtype(v.obj()->type, st.handle_type))
    I.raise(I.t.TypeError, "descriptor requires a _asyncio handle but received '%s'", type_name(I, v));
  return static_cast<CallbackHandle*>(v.obj());
}

static Value handle_args_tuple(Interp& I, CallbackHandle* h) {
  return h->callback.is_none() ? Value::None() : obj_value(I.tuple({h->arg}));
}

static Value handle_run(Interp& I, CallArgs& a) {
  I.can_suspend = false;
  CallbackHandle* h = as_handle(I, a[0]);
  if (h->cancelled) return Value::None();
  Value cb = h->callback, arg = h->arg;
  try {
    call1(I, cb, arg);
  } catch (PyRaise&) {
    Value exc = I.pending;
    if (isinstance(I, exc, I.t.SystemExit) || isinstance(I, exc, I.t.KeyboardInterrupt)) throw;
    I.pending = Value();
    // Handle._run's report: the callback as format_helpers writes it.
    AsyncioState& st = asyncio_state(I);
    asyncio_load_python_half(I, st);
    Value src = call2(I, st.format_callback_source, cb, obj_value(I.tuple({arg})));
    Dict* ctx = I.dict();
    dict_set_str(I, ctx, st.s_message, I.new_str("Exception in callback " + std::string(as_str(src)->view())));
    dict_set_str(I, ctx, st.s_exception, exc);
    dict_set_str(I, ctx, st.s_handle, a[0]);
    Value c = obj_value(ctx);
    call_method(I, h->loop, st.s_call_exception_handler, &c, 1);
  }
  return Value::None();
}

static Value handle_cancel(Interp& I, CallArgs& a) {
  CallbackHandle* h = as_handle(I, a[0]);
  if (!h->cancelled) {
    h->cancelled = true;
    h->callback = Value::None();
    h->arg = Value::None();
  }
  return Value::None();
}
static Value handle_cancelled(Interp& I, CallArgs& a) { return Value::boolean(as_handle(I, a[0])->cancelled); }
static Value handle_get_callback(Interp& I, CallArgs& a) { return as_handle(I, a[0])->callback; }
static Value handle_get_args(Interp& I, CallArgs& a) { return handle_args_tuple(I, as_handle(I, a[0])); }
static Value handle_get_loop(Interp& I, CallArgs& a) { return as_handle(I, a[0])->loop; }

static Value handle_repr(Interp& I, CallArgs& a) {
  CallbackHandle* h = as_handle(I, a[0]);
  std::string s = "<Handle";
  if (h->cancelled) s += " cancelled";
  if (!h->callback.is_none()) {
    AsyncioState& st = asyncio_state(I);
    asyncio_load_python_half(I, st);
    Value src = call2(I, st.format_callback_source, h->callback, handle_args_tuple(I, h));
    s += " " + std::string(as_str(src)->view());
  }
  return I.new_str(s + ">");
}

static void schedule_callback(Interp& I, AsyncioState& st, FutureObj* f, Value fn, Value ctx) {
  if (fn.is_obj() && is_subtype(fn.obj()->type, st.task_type)) {
    task_schedule_wakeup(I, st, static_cast<TaskObj*>(fn.obj()), obj_value(f));
    return;
  }
  if (ctx.empty() || ctx.is_none()) {
    if (List* ready = fast_ready(I, st, f->loop)) {
      CallbackHandle* h = I.make<CallbackHandle>(st.handle_type);
      h->callback = fn;
      h->arg = obj_value(f);
      h->loop = f->loop;
      ready->items.push_back(obj_value(h));
      return;
    }
  }
  Value arg = obj_value(f);
  loop_call_soon(I, st, f->loop, fn, &arg, 1, ctx);
}

// Future.__schedule_callbacks: every callback goes to the loop, once.
static void schedule_callbacks(Interp& I, FutureObj* f) {
  if (f->cb0.empty() && !f->callbacks) return;
  AsyncioState& st = asyncio_state(I);
  Value cb0 = f->cb0, ctx0 = f->ctx0;
  List* rest = f->callbacks;
  f->cb0 = f->ctx0 = Value();
  f->callbacks = nullptr;
  if (!cb0.empty()) schedule_callback(I, st, f, cb0, ctx0);
  if (rest)
    for (size_t i = 0; i < rest->items.size(); i++) {
      Tuple* e = rest->items[i].as<Tuple>();
      schedule_callback(I, st, f, e->items[0], e->items[1]);
    }
}

// ============================================================================
// Future
// ============================================================================

static Value future_alloc(Interp& I, Type* t) { return obj_value(I.make<FutureObj>(t)); }

FutureObj* as_future(Interp& I, Value v) {
  AsyncioState& st = asyncio_state(I);
  if (!v.is_obj() || !is_subtype(v.obj()->type, st.future_type))
    I.raise(I.t.TypeError, "descriptor requires a '_asyncio.Future' object but received '%s'", type_name(I, v));
  return static_cast<FutureObj*>(v.obj());
}

bool is_exact_future(AsyncioState& st, Value v) {
  return v.is_obj() && (v.obj()->type == st.future_type || v.obj()->type == st.task_type);
}

static FutureObj* live_future(Interp& I, Value v) {
  FutureObj* f = as_future(I, v);
  if (f->loop.empty()) I.raise(I.t.RuntimeError, "Future object is not initialized.");
  return f;
}

[[noreturn]] static void raise_invalid_state(Interp& I, const char* msg) {
  AsyncioState& st = asyncio_state(I);
  asyncio_load_python_half(I, st);
  I.raise_value(call1(I, st.invalid_state_error, I.new_str(msg)));
}

// The loop's record of futures whose exception nobody looked at (reported
// when it closes: CPython does it when the future is garbage collected).
static Dict* unretrieved_of(Interp& I, AsyncioState& st, Value loop) {
  Value d = loop.is_obj() && loop.obj()->attrs ? dict_get_str(loop.obj()->attrs, st.s_unretrieved) : Value();
  return d.is_obj() && d.obj()->type == I.t.dict ? d.as<Dict>() : nullptr;
}

void future_mark_retrieved(Interp& I, FutureObj* f) {
  f->log_tb = false;
  AsyncioState& st = asyncio_state(I);
  if (Dict* d = unretrieved_of(I, st, f->loop)) dict_del(I, d, obj_value(f));
}

Value future_make_cancelled_error(Interp& I, FutureObj* f) {
  if (!f->cancelled_exc.empty() && !f->cancelled_exc.is_none()) {
    Value exc = f->cancelled_exc;
    f->cancelled_exc = Value();
    return exc;
  }
  AsyncioState& st = asyncio_state(I);
  asyncio_load_python_half(I, st);
  Value msg = f->cancel_message;
  Value exc = msg.empty() || msg.is_none() ? call0(I, st.cancelled_error) : call1(I, st.cancelled_error, msg);
  f->cancelled_exc = Value();
  return exc;
}

Value future_outcome(Interp& I, FutureObj* f, Value* exc) {
  if (f->state == FutState::Cancelled) {
    *exc = future_make_cancelled_error(I, f);
    return Value();
  }
  if (f->state != FutState::Finished) {
    AsyncioState& st = asyncio_state(I);
    asyncio_load_python_half(I, st);
    *exc = call1(I, st.invalid_state_error, I.new_str("Result is not set."));
    return Value();
  }
  if (f->log_tb) future_mark_retrieved(I, f);
  if (!f->exception.empty()) {
    // raise self._exception.with_traceback(self._exception_tb)
    Value e = f->exception;
    if (e.is_obj() && e.obj()->type->layout == Layout::Exception)
      e.as<ExceptionObj>()->traceback =
          f->exception_tb.is_obj() && f->exception_tb.obj()->type == I.t.traceback ? f->exception_tb.as<Traceback>()
                                                                                    : nullptr;
    *exc = e;
    return Value();
  }
  return f->result;
}

void future_set_result(Interp& I, FutureObj* f, Value result) {
  if (f->state != FutState::Pending) raise_invalid_state(I, "invalid state");
  f->result = result;
  f->state = FutState::Finished;
  schedule_callbacks(I, f);
}

void future_set_exception(Interp& I, FutureObj* f, Value exc) {
  if (f->state != FutState::Pending) raise_invalid_state(I, "invalid state");
  if (exc.is_obj() && exc.obj()->type->layout == Layout::Type) {
    exc = call0(I, exc);
    if (!isinstance(I, exc, I.t.BaseException))
      I.raise(I.t.TypeError, "exception %s is not a BaseException subclass", repr_string(I, exc).c_str());
  }
  if (!isinstance(I, exc, I.t.BaseException)) I.raise(I.t.TypeError, "invalid exception object");
  if (type_of(I, exc) == I.t.StopIteration)
    I.raise(I.t.TypeError, "StopIteration interacts badly with generators and cannot be raised into a Future");
  f->exception = exc;
  Traceback* tb = exc.as<ExceptionObj>()->traceback;
  f->exception_tb = tb ? obj_value(tb) : Value::None();
  f->state = FutState::Finished;
  schedule_callbacks(I, f);
  f->log_tb = true;
  AsyncioState& st = asyncio_state(I);
  if (Dict* d = unretrieved_of(I, st, f->loop)) dict_set(I, d, obj_value(f), Value::None());
}

bool future_cancel(Interp& I, FutureObj* f, Value msg) {
  if (f->log_tb) future_mark_retrieved(I, f);
  if (f->state != FutState::Pending) return false;
  f->state = FutState::Cancelled;
  f->cancel_message = msg;
  schedule_callbacks(I, f);
  return true;
}

void future_add_callback(Interp& I, FutureObj* f, Value fn, Value ctx) {
  if (ctx.empty()) ctx = Value::None();
  if (f->state != FutState::Pending) {
    schedule_callback(I, asyncio_state(I), f, fn, ctx);
    return;
  }
  if (f->cb0.empty() && !f->callbacks) {
    f->cb0 = fn;
    f->ctx0 = ctx;
    return;
  }
  if (!f->callbacks) f->callbacks = I.list();
  f->callbacks->items.push_back(obj_value(I.tuple({fn, ctx})));
}

// --- methods ----------------------------------------------------------------------

void future_init(Interp& I, FutureObj* f, Value loop) {
  AsyncioState& st = asyncio_state(I);
  asyncio_load_python_half(I, st);
  if (loop.empty() || loop.is_none()) {
    loop = running_loop(I);
    if (loop.is_none()) loop = call0(I, st.get_event_loop);
  }
  // __init__ again resets the future (as CPython's future_init).
  f->state = FutState::Pending;
  f->result = f->exception = f->exception_tb = f->cancel_message = f->cancelled_exc = Value();
  f->cb0 = f->ctx0 = Value();
  f->callbacks = nullptr;
  f->log_tb = f->blocking = false;
  f->loop = loop;
}

static Value fut_init(Interp& I, CallArgs& a) {
  static const ArgSpec specs[] = {{"loop", Value::None()}};
  Value loop;
  parse_args(I, a, "Future", specs, &loop, 1);
  future_init(I, as_future(I, a[0]), loop);
  return Value::None();
}

static Value fut_result(Interp& I, CallArgs& a) {
  check_nargs(I, a, "result", 1, 1);
  Value exc;
  Value r = future_outcome(I, as_future(I, a[0]), &exc);
  if (r.empty()) I.raise_value(exc);
  return r;
}

static Value fut_exception(Interp& I, CallArgs& a) {
  check_nargs(I, a, "exception", 1, 1);
  FutureObj* f = as_future(I, a[0]);
  if (f->state == FutState::Cancelled) I.raise_value(future_make_cancelled_error(I, f));
  if (f->state != FutState::Finished) raise_invalid_state(I, "Exception is not set.");
  if (f->log_tb) future_mark_retrieved(I, f);
  return f->exception.empty() ? Value::None() : f->exception;
}

static Value fut_set_result(Interp& I, CallArgs& a) {
  check_nargs(I, a, "set_result", 2, 2);
  future_set_result(I, live_future(I, a[0]), a[1]);
  return Value::None();
}

static Value fut_set_exception(Interp& I, CallArgs& a) {
  check_nargs(I, a, "set_exception", 2, 2);
  future_set_exception(I, live_future(I, a[0]), a[1]);
  return Value::None();
}

static Value fut_add_done_callback(Interp& I, CallArgs& a) {
  static const ArgSpec specs[] = {{nullptr, Value()}, {"context", Value::None()}};
  Value out[2];
  parse_args(I, a, "add_done_callback", specs, out, 1);
  future_add_callback(I, live_future(I, a[0]), out[0], out[1]);
  return Value::None();
}

// Does the callback entry `entry` match `fn` (remove_done_callback's `f != fn`)?
static bool callback_matches(Interp& I, AsyncioState& st, Value entry, Value fn) {
  if (entry.is_obj() && is_subtype(entry.obj()->type, st.task_type))
    return is_task_wakeup_callable(fn, static_cast<TaskObj*>(entry.obj()));
  return eq(I, entry, fn);
}

static Value fut_remove_done_callback(Interp& I, CallArgs& a) {
  check_nargs(I, a, "remove_done_callback", 2, 2);
  FutureObj* f = live_future(I, a[0]);
  AsyncioState& st = asyncio_state(I);
  Value fn = a[1];
  int64_t removed = 0;
  if (!f->cb0.empty() && callback_matches(I, st, f->cb0, fn)) {
    f->cb0 = f->ctx0 = Value();
    removed++;
  }
  if (f->callbacks) {
    List* kept = I.list();
    List* old = f->callbacks;
    for (size_t i = 0; i < old->items.size(); i++) {
      Value e = old->items[i];
      if (callback_matches(I, st, e.as<Tuple>()->items[0], fn))
        removed++;
      else
        kept->items.push_back(e);
    }
    f->callbacks = kept->items.empty() ? nullptr : kept;
  }
  return I.new_int(removed);
}

static Value fut_cancel(Interp& I, CallArgs& a) {
  static const ArgSpec specs[] = {{"msg", Value::None()}};
  Value msg;
  parse_args(I, a, "cancel", specs, &msg, 1);
  return Value::boolean(future_cancel(I, live_future(I, a[0]), msg));
}

static Value fut_cancelled(Interp& I, CallArgs& a) {
  return Value::boolean(as_future(I, a[0])->state == FutState::Cancelled);
}
static Value fut_done(Interp& I, CallArgs& a) { return Value::boolean(as_future(I, a[0])->state != FutState::Pending); }
static Value fut_get_loop(Interp& I, CallArgs& a) { return live_future(I, a[0])->loop; }
static Value fut_make_cancelled_error(Interp& I, CallArgs& a) {
  return future_make_cancelled_error(I, as_future(I, a[0]));
}

static Value fut_repr(Interp& I, CallArgs& a) {
  AsyncioState& st = asyncio_state(I);
  asyncio_load_python_half(I, st);
  return call1(I, st.future_repr, a[0]);
}

// Called by the loop at close() for a future whose exception nobody
// retrieved (CPython reports it when the future is collected).
static Value fut_report_unretrieved(Interp& I, CallArgs& a) {
  FutureObj* f = as_future(I, a[0]);
  if (!f->log_tb) return Value::None();
  f->log_tb = false;
  AsyncioState& st = asyncio_state(I);
  Dict* ctx = I.dict();
  std::string cls(type_of(I, a[0])->name->view());
  dict_set_str(I, ctx, st.s_message, I.new_str(cls + " exception was never retrieved"));
  dict_set_str(I, ctx, st.s_exception, f->exception);
  dict_set_str(I, ctx, st.s_future, a[0]);
  Value c = obj_value(ctx);
  call_method(I, f->loop, st.s_call_exception_handler, &c, 1);
  return Value::None();
}

// --- FutureIter: what `await future` / `yield from future` iterates -------------

static Value future_iter_next(Interp& I, IterObj* it) {
  if (it->a.empty()) return Value();
  FutureObj* f = static_cast<FutureObj*>(it->a.obj());
  if (f->state == FutState::Pending) {
    if (!f->blocking) {
      f->blocking = true;
      return it->a;  // tells the Task to wait for completion
    }
    I.raise(I.t.RuntimeError, "await wasn't used with future");
  }
  it->a = Value();
  Value exc;
  Value r = future_outcome(I, f, &exc);
  if (r.empty()) I.raise_value(exc);
  it->retval = r;  // the await's value (see IterObj::retval)
  return Value();
}

static Value fut_await(Interp& I, CallArgs& a) {
  FutureObj* f = as_future(I, a[0]);
  return obj_value(new_iterator(I, asyncio_state(I).iter_type, future_iter_next, obj_value(f)));
}

// send(value): a future ignores what is sent in (CPython's FutureIter_send).
static Value future_iter_send(Interp& I, CallArgs& a) {
  check_nargs(I, a, "send", 2, 2);
  IterObj* it = a[0].as<IterObj>();
  Value y = future_iter_next(I, it);
  if (!y.empty()) return y;
  Value e = I.new_exception(I.t.StopIteration, "");
  Value rv = it->retval.empty() ? Value::None() : it->retval;
  it->retval = Value();
  e.as<ExceptionObj>()->args = rv.is_none() ? I.empty_tuple : I.tuple({rv});
  e.as<ExceptionObj>()->value = rv;
  I.raise_value(e);
}

// throw(typ[, val[, tb]]): raises it here, where the awaiting coroutine is.
static Value future_iter_throw(Interp& I, CallArgs& a) {
  check_nargs(I, a, "throw", 2, 4);
  Value e = a[1];
  if (e.is_obj() && e.obj()->type->layout == Layout::Type) {
    Value arg = a.npos() > 2 && !a[2].is_none() ? a[2] : Value();
    if (!arg.empty() && isinstance(I, arg, e.as<Type>()))
      e = arg;
    else
      e = arg.empty() ? call0(I, e) : call1(I, e, arg);
  }
  if (!isinstance(I, e, I.t.BaseException))
    I.raise(I.t.TypeError, "exceptions must be classes or instances deriving from BaseException, not %s",
            type_name(I, e));
  a[0].as<IterObj>()->a = Value();
  I.raise_value(e);
}

static Value future_iter_close(Interp& I, CallArgs& a) {
  a[0].as<IterObj>()->a = Value();
  return Value::None();
}

// --- attributes ------------------------------------------------------------------

static Value fut_get_state(Interp& I, CallArgs& a) {
  return asyncio_state(I).state_names[int(as_future(I, a[0])->state)];
}
static Value fut_get_blocking(Interp& I, CallArgs& a) { return Value::boolean(as_future(I, a[0])->blocking); }
static Value fut_set_blocking(Interp& I, CallArgs& a) {
  as_future(I, a[0])->blocking = truthy(I, a[1]);
  return Value::None();
}
static Value fut_get_log_traceback(Interp& I, CallArgs& a) { return Value::boolean(as_future(I, a[0])->log_tb); }
static Value fut_set_log_traceback(Interp& I, CallArgs& a) {
  FutureObj* f = as_future(I, a[0]);
  if (truthy(I, a[1])) I.raise(I.t.ValueError, "_log_traceback can only be set to False");
  if (f->log_tb) future_mark_retrieved(I, f);
  return Value::None();
}
static Value fut_get_loop_attr(Interp& I, CallArgs& a) {
  Value l = as_future(I, a[0])->loop;
  return l.empty() ? Value::None() : l;
}
// A fresh list of (fn, context) pairs, or None (CPython's C Future).
static Value fut_get_callbacks(Interp& I, CallArgs& a) {
  FutureObj* f = as_future(I, a[0]);
  if (f->cb0.empty() && !f->callbacks) return Value::None();
  AsyncioState& st = asyncio_state(I);
  auto shown = [&](Value fn) {
    return fn.is_obj() && is_subtype(fn.obj()->type, st.task_type)
               ? task_wakeup_callable(I, static_cast<TaskObj*>(fn.obj()))
               : fn;
  };
  List* l = I.list();
  if (!f->cb0.empty()) l->items.push_back(obj_value(I.tuple({shown(f->cb0), f->ctx0})));
  if (f->callbacks)
    for (Value e : f->callbacks->items) {
      Tuple* t = e.as<Tuple>();
      l->items.push_back(obj_value(I.tuple({shown(t->items[0]), t->items[1]})));
    }
  return obj_value(l);
}
static Value fut_get_result(Interp& I, CallArgs& a) {
  Value r = as_future(I, a[0])->result;
  return r.empty() ? Value::None() : r;
}
static Value fut_get_exception(Interp& I, CallArgs& a) {
  Value e = as_future(I, a[0])->exception;
  return e.empty() ? Value::None() : e;
}
static Value fut_get_source_traceback(Interp& I, CallArgs& a) { return Value::None(); }
static Value fut_get_cancel_message(Interp& I, CallArgs& a) {
  Value m = as_future(I, a[0])->cancel_message;
  return m.empty() ? Value::None() : m;
}
static Value fut_set_cancel_message(Interp& I, CallArgs& a) {
  as_future(I, a[0])->cancel_message = a[1];
  return Value::None();
}
static Value fut_get_cancelled_exc(Interp& I, CallArgs& a) {
  Value e = as_future(I, a[0])->cancelled_exc;
  return e.empty() ? Value::None() : e;
}
static Value fut_set_cancelled_exc(Interp& I, CallArgs& a) {
  as_future(I, a[0])->cancelled_exc = a[1];
  return Value::None();
}

// ============================================================================
// Module functions: the running loop
// ============================================================================

static Value m_get_running_loop(Interp& I, CallArgs& a) {
  check_nargs(I, a, "get_running_loop", 0, 0);
  Value loop = running_loop(I);
  if (loop.is_none()) I.raise(I.t.RuntimeError, "no running event loop");
  return loop;
}
static Value m__get_running_loop(Interp& I, CallArgs& a) {
  check_nargs(I, a, "_get_running_loop", 0, 0);
  return running_loop(I);
}
static Value m__set_running_loop(Interp& I, CallArgs& a) {
  check_nargs(I, a, "_set_running_loop", 1, 1);
  if (!I.current || !I.sched) I.raise(I.t.RuntimeError, "no thread to run an event loop in");
  I.sched->thread_of(I.current)->asyncio_loop = a[0].is_none() ? Value() : a[0];
  return Value::None();
}

// ============================================================================
// Registration
// ============================================================================

static const MethodDef kFutureMethods[] = {
    {"__init__", fut_init},
    {"result", fut_result},
    {"exception", fut_exception},
    {"set_result", fut_set_result},
    {"set_exception", fut_set_exception},
    {"add_done_callback", fut_add_done_callback},
    {"remove_done_callback", fut_remove_done_callback},
    {"cancel", fut_cancel},
    {"cancelled", fut_cancelled},
    {"done", fut_done},
    {"get_loop", fut_get_loop},
    {"_make_cancelled_error", fut_make_cancelled_error},
    {"_report_unretrieved", fut_report_unretrieved},
    {"__await__", fut_await},
    {"__iter__", fut_await},
    {"__repr__", fut_repr},
    {nullptr, nullptr},
};

static const GetSetDef kFutureGetSets[] = {
    {"_state", fut_get_state},
    {"_asyncio_future_blocking", fut_get_blocking, fut_set_blocking},
    {"_log_traceback", fut_get_log_traceback, fut_set_log_traceback},
    {"_loop", fut_get_loop_attr},
    {"_callbacks", fut_get_callbacks},
    {"_result", fut_get_result},
    {"_exception", fut_get_exception},
    {"_source_traceback", fut_get_source_traceback},
    {"_cancel_message", fut_get_cancel_message, fut_set_cancel_message},
    {"_cancelled_exc", fut_get_cancelled_exc, fut_set_cancelled_exc},
    {nullptr, nullptr},
};

static const MethodDef kFutureIterMethods[] = {
    {"send", future_iter_send},
    {"throw", future_iter_throw},
    {"close", future_iter_close},
    {nullptr, nullptr},
};

static const MethodDef kHandleMethods[] = {
    {"_run", handle_run},
    {"cancel", handle_cancel},
    {"cancelled", handle_cancelled},
    {"__repr__", handle_repr},
    {nullptr, nullptr},
};

static const GetSetDef kHandleGetSets[] = {
    {"_cancelled", handle_cancelled},
    {"_callback", handle_get_callback},
    {"_args", handle_get_args},
    {"_loop", handle_get_loop},
    {nullptr, nullptr},
};

static const MethodDef kModuleFunctions[] = {
    {"get_running_loop", m_get_running_loop},
    {"_get_running_loop", m__get_running_loop},
    {"_set_running_loop", m__set_running_loop},
    {nullptr, nullptr},
};

void init_asyncio_future(Interp& I, Module* m, AsyncioState& st) {
  add_functions(I, m, kModuleFunctions);
  if (!st.future_type) {
    Value mod_name = I.new_str("_asyncio");
    Type* ft = new_builtin_type(I, "Future", I.t.object, Layout::Native, kTypeBaseType | kTypeInstanceDict);
    ft->alloc = future_alloc;
    dict_set_str(I, ft->dict, I.names->__module__, mod_name);
    add_methods(I, ft, kFutureMethods);
    add_getsets(I, ft, kFutureGetSets);
    add_class_getitem(I, ft);
    // What awaiting a future means, for the deadlock report and the trace
    // (asyncio's primitives set it on their waiters: 'Event.wait()' ...).
    type_set(I, ft, "_il_wait_kind", Value::None());
    st.future_type = ft;

    st.iter_type = register_iterator_type(I, future_iter_next, "FutureIter");
    dict_set_str(I, st.iter_type->dict, I.names->__module__, mod_name);
    add_methods(I, st.iter_type, kFutureIterMethods);

    Type* ht = new_builtin_type(I, "FutureCallbackHandle", I.t.object, Layout::Native, 0);
    ht->alloc = handle_alloc;
    dict_set_str(I, ht->dict, I.names->__module__, mod_name);
    add_methods(I, ht, kHandleMethods);
    add_getsets(I, ht, kHandleGetSets);
    st.handle_type = ht;
  }
  set_attr_str(I, m, "Future", obj_value(st.future_type));
}

}  // namespace il
