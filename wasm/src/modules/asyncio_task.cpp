// asyncio_task.cpp — _asyncio.Task: a coroutine stepped by its event loop,
// plus the module's task registry (_all_tasks, _current_tasks, current_task)
// and the module initialiser. The step follows Task.__step of
// wasm/lib/asyncio/tasks.py line by line; what is native is the plumbing:
// the coroutine is resumed without a StopIteration at its end, and a task
// waiting on a future is woken by queueing the task itself (see asyncio.h).
//
// Each task also gets a track in `--trace` output (spawn/run/park/wake/end,
// like a thread's), hosted by the thread that runs its loop.
#include <cstring>

#include "modules/asyncio.h"
#include "modules/modules.h"
#include "objects/containers.h"
#include "objects/str.h"
#include "sched/scheduler.h"
#include "vm/ops.h"
#include "vm/vm.h"

namespace il {

void TaskObj::trace(Tracer& t) {
  FutureObj::trace(t);
  t.visit(coro);
  t.visit(name);
  t.visit(fut_waiter);
  t.visit(context);
  t.visit(wakeup_fut);
}

static Value task_alloc(Interp& I, Type* t) { return obj_value(I.make<TaskObj>(t)); }

static TaskObj* as_task(Interp& I, Value v) {
  AsyncioState& st = asyncio_state(I);
  if (!v.is_obj() || !is_subtype(v.obj()->type, st.task_type))
    I.raise(I.t.TypeError, "descriptor requires a '_asyncio.Task' object but received '%s'", type_name(I, v));
  return static_cast<TaskObj*>(v.obj());
}

static Value task_name(Interp& I, TaskObj* t) {
  if (t->name.empty()) t->name = I.new_str("Task-" + std::to_string(t->name_num));
  return t->name;
}

// ============================================================================
// Trace track
// ============================================================================

static std::string describe_waiter(Interp& I, AsyncioState& st, Value fut) {
  Value kind = getattr_opt(I, fut, st.s_wait_kind);
  if (!kind.empty() && is_str(I, kind)) return std::string(as_str(kind)->view());
  if (fut.is_obj() && is_subtype(fut.obj()->type, st.task_type))
    return "task '" + std::string(as_str(task_name(I, static_cast<TaskObj*>(fut.obj())))->view()) + "'";
  return "a Future";
}

// The task's track is opened by its first event (so that it carries the
// name create_task(name=...) sets right after construction).
static void track_event(Interp& I, TaskObj* t, const char* ev, const WaitInfo* w = nullptr) {
  if (!I.sched || !I.sched->tracing()) return;
  std::string name(as_str(task_name(I, t))->view());
  if (t->track == 0) {
    t->track = I.sched->new_track_id();
    I.sched->trace_track("spawn", t->track, name);
  }
  I.sched->trace_track(ev, t->track, name, w);
}

// ============================================================================
// The registry: _all_tasks (pending tasks) and _current_tasks
// ============================================================================

static void enter_task(Interp& I, AsyncioState& st, Value loop, Value task) {
  Value cur = dict_get(I, st.current_tasks, loop);
  if (!cur.empty() && !cur.is_none())
    I.raise(I.t.RuntimeError, "Cannot enter into task %s while another task %s is being executed.",
            repr_string(I, task).c_str(), repr_string(I, cur).c_str());
  dict_set(I, st.current_tasks, loop, task);
}

static void leave_task(Interp& I, AsyncioState& st, Value loop, Value task) {
  Value cur = dict_get(I, st.current_tasks, loop);
  if (cur != task)
    I.raise(I.t.RuntimeError, "Leaving task %s does not match the current task %s.", repr_string(I, task).c_str(),
            repr_string(I, cur.empty() ? Value::None() : cur).c_str());
  dict_del(I, st.current_tasks, loop);
}

// ============================================================================
// Stepping
// ============================================================================

static void task_step(Interp& I, AsyncioState& st, TaskObj* t, Value exc);

static Value task_step_m(Interp& I, CallArgs& a) {
  check_nargs(I, a, "__step", 1, 2);
  I.can_suspend = false;
  task_step(I, asyncio_state(I), as_task(I, a[0]), a.argc > 1 && !a[1].is_none() ? a[1] : Value());
  return Value::None();
}

static Value task_wakeup_m(Interp& I, CallArgs& a);

static NativeFunc* bound_native(Interp& I, TaskObj* t, const char* name, NativeFn fn) {
  NativeFunc* f = new_native(I, name, fn, obj_value(t), 0);
  f->qualname = I.str(std::string(t->type->qualname->view()) + "." + name);
  return f;
}

Value task_wakeup_callable(Interp& I, TaskObj* t) { return obj_value(bound_native(I, t, "task_wakeup", task_wakeup_m)); }

bool is_task_wakeup_callable(Value fn, TaskObj* t) {
  return fn.is_obj() && fn.obj()->type->layout == Layout::NativeFunc && fn.as<NativeFunc>()->fn == task_wakeup_m &&
         fn.as<NativeFunc>()->self == obj_value(t);
}

// loop.call_soon(self.__step, exc, context=self._context): the rare paths.
static void call_soon_step(Interp& I, AsyncioState& st, TaskObj* t, Value exc) {
  Value step = obj_value(bound_native(I, t, "__step", task_step_m));
  loop_call_soon(I, st, t->loop, step, &exc, exc.empty() ? 0 : 1, t->context);
}

static void step_error(Interp& I, AsyncioState& st, TaskObj* t, const std::string& msg) {
  Value e = I.new_exception(I.t.RuntimeError, msg);
  call_soon_step(I, st, t, e);
}

// Puts the task back at the end of its loop's ready list (a bare `yield`).
static void reschedule(Interp& I, AsyncioState& st, TaskObj* t) {
  if (t->self_handle)
    if (List* ready = fast_ready(I, st, t->loop)) {
      ready->items.push_back(obj_value(t));
      return;
    }
  call_soon_step(I, st, t, Value());
}

void task_schedule_wakeup(Interp& I, AsyncioState& st, TaskObj* t, Value fut) {
  track_event(I, t, "wake");
  if (t->self_handle)
    if (List* ready = fast_ready(I, st, t->loop)) {
      t->wakeup_fut = fut;
      ready->items.push_back(obj_value(t));
      return;
    }
  loop_call_soon(I, st, t->loop, task_wakeup_callable(I, t), &fut, 1, t->context);
}

static bool is_coroutine(Interp& I, AsyncioState& st, Value v) {
  if (v.is_obj() && (v.obj()->type == I.t.coroutine || v.obj()->type == I.t.generator)) return true;
  asyncio_load_python_half(I, st);
  return truthy(I, call1(I, st.py_iscoroutine, v));
}

// coro.send(None) or coro.throw(exc): the yielded value, or empty when the
// coroutine returned (its value in *rv).
static Value coro_step(Interp& I, Value coro, Value exc, Value* rv) {
  if (coro.is_obj() && (coro.obj()->type == I.t.coroutine || coro.obj()->type == I.t.generator)) {
    GeneratorObj* g = coro.as<GeneratorObj>();
    Value y = exc.empty() ? gen_send(I, g, Value::None(), rv) : gen_throw(I, g, exc, rv);
    if (y.empty() && rv->empty()) *rv = Value::None();
    return y;
  }
  // Other coroutine objects (collections.abc.Coroutine): their own methods.
  try {
    if (exc.empty()) {
      Value none = Value::None();
      return call_method(I, coro, I.names->send, &none, 1);
    }
    return call_method(I, coro, I.names->throw_, &exc, 1);
  } catch (PyRaise&) {
    if (!isinstance(I, I.pending, I.t.StopIteration)) throw;
    Value v = I.take_pending().as<ExceptionObj>()->value;
    *rv = v.empty() ? Value::None() : v;
    return Value();
  }
}

bool task_cancel(Interp& I, AsyncioState& st, TaskObj* t, Value msg);

// fut.cancel(msg=msg), natively when nothing can override it.
static bool cancel_future(Interp& I, AsyncioState& st, Value fut, Value msg) {
  if (is_exact_future(st, fut)) {
    if (fut.obj()->type == st.task_type) return task_cancel(I, st, static_cast<TaskObj*>(fut.obj()), msg);
    return future_cancel(I, static_cast<FutureObj*>(fut.obj()), msg);
  }
  return truthy(I, call(I, getattr(I, fut, st.s_cancel), &msg, 1, st.kw_msg));
}

// A Future subclass that keeps Future.add_done_callback (gather's
// _GatheringFuture ...) takes the task itself as its callback too.
static bool native_add_done_callback(Interp& I, AsyncioState& st, Value y) {
  if (!y.is_obj() || !is_subtype(y.obj()->type, st.future_type)) return false;
  return type_lookup_cached(I, y.obj()->type, st.s_add_done_callback) ==
         dict_get_str(st.future_type->dict, st.s_add_done_callback);
}

// What the coroutine yielded (the `else:` branch of Task.__step).
static void handle_yield(Interp& I, AsyncioState& st, TaskObj* t, Value y) {
  Value self = obj_value(t);
  if (y.is_none()) {  // a bare yield gives up one loop iteration
    reschedule(I, st, t);
    return;
  }
  bool exact = is_exact_future(st, y);
  Value blocking = exact ? Value::boolean(static_cast<FutureObj*>(y.obj())->blocking) : getattr_opt(I, y, st.s_blocking);
  if (!blocking.empty() && !blocking.is_none()) {
    // Yielded Future must come from Future.__iter__().
    Value yloop;
    if (exact) {
      yloop = static_cast<FutureObj*>(y.obj())->loop;
    } else {
      Value get_loop = getattr_opt(I, y, st.s_get_loop);
      yloop = get_loop.empty() ? getattr(I, y, st.s_loop) : call0(I, get_loop);
    }
    if (yloop != t->loop) {
      step_error(I, st, t, "Task " + repr_string(I, self) + " got Future " + repr_string(I, y) +
                               " attached to a different loop");
      return;
    }
    if (!truthy(I, blocking)) {
      step_error(I, st, t, "yield was used instead of yield from in task " + repr_string(I, self) + " with " +
                               repr_string(I, y));
      return;
    }
    if (y == self) {
      step_error(I, st, t, "Task cannot await on itself: " + repr_string(I, self));
      return;
    }
    if (exact) {
      FutureObj* f = static_cast<FutureObj*>(y.obj());
      f->blocking = false;
      future_add_callback(I, f, self, t->context);  // the task itself: wake it
    } else if (native_add_done_callback(I, st, y)) {
      setattr(I, y, st.s_blocking, Value::False());
      future_add_callback(I, static_cast<FutureObj*>(y.obj()), self, t->context);
    } else {
      setattr(I, y, st.s_blocking, Value::False());
      Value args[2] = {task_wakeup_callable(I, t), t->context.empty() ? Value::None() : t->context};
      call(I, getattr(I, y, st.s_add_done_callback), args, 2, st.kw_context);
    }
    t->fut_waiter = y;
    if (t->must_cancel && cancel_future(I, st, y, t->cancel_message.empty() ? Value::None() : t->cancel_message))
      t->must_cancel = false;
    return;
  }
  if (y.is_obj() && y.obj()->type == I.t.generator) {
    step_error(I, st, t, "yield was used instead of yield from for generator in task " + repr_string(I, self) +
                             " with " + repr_string(I, y));
    return;
  }
  step_error(I, st, t, "Task got bad yield: " + repr_string(I, y));
}

// The `finally:` of Task.__step, and the task's trace event for how the step ended.
static void step_done(Interp& I, AsyncioState& st, TaskObj* t, Value loop) {
  Value self = obj_value(t);
  if (dict_get(I, st.current_tasks, loop) != self) leave_task(I, st, loop, self);  // raises the mismatch
  dict_del(I, st.current_tasks, loop);
  if (t->state != FutState::Pending) {
    dict_del(I, st.all_tasks, self);  // only pending tasks are kept
    track_event(I, t, "end");
  } else if (I.sched && I.sched->tracing()) {
    if (!t->fut_waiter.empty()) {
      WaitInfo w{"await", describe_waiter(I, st, t->fut_waiter), nullptr, ""};
      track_event(I, t, "park", &w);
    } else {
      track_event(I, t, "wake");  // runnable again (a bare yield)
    }
  }
}

static void task_step(Interp& I, AsyncioState& st, TaskObj* t, Value exc) {
  Value self = obj_value(t);
  if (t->state != FutState::Pending) {
    asyncio_load_python_half(I, st);
    std::string msg = "_step(): already done: " + repr_string(I, self) + ", " +
                      repr_string(I, exc.empty() ? Value::None() : exc);
    I.raise_value(call1(I, st.invalid_state_error, I.new_str(msg)));
  }
  if (t->must_cancel) {
    asyncio_load_python_half(I, st);
    if (exc.empty() || !isinstance(I, exc, st.cancelled_error.as<Type>())) exc = future_make_cancelled_error(I, t);
    t->must_cancel = false;
  }
  t->fut_waiter = Value();
  Value loop = t->loop;
  enter_task(I, st, loop, self);
  track_event(I, t, "run");
  Value rv;
  Value y;
  try {
    y = coro_step(I, t->coro, exc, &rv);
  } catch (PyRaise&) {
    Value e = I.take_pending();
    asyncio_load_python_half(I, st);
    bool exiting = false;
    try {
      if (isinstance(I, e, st.cancelled_error.as<Type>())) {
        t->cancelled_exc = e;  // kept for chaining by _make_cancelled_error
        future_cancel(I, t, Value::None());
      } else {
        exiting = isinstance(I, e, I.t.KeyboardInterrupt) || isinstance(I, e, I.t.SystemExit);
        future_set_exception(I, t, e);
      }
    } catch (PyRaise&) {
      step_done(I, st, t, loop);
      throw;
    }
    step_done(I, st, t, loop);
    if (exiting) {
      I.pending = e;
      throw PyRaise{};
    }
    return;
  }
  try {
    if (y.empty()) {
      if (t->must_cancel) {
        // Task is cancelled right before coro stops.
        t->must_cancel = false;
        future_cancel(I, t, t->cancel_message.empty() ? Value::None() : t->cancel_message);
      } else {
        future_set_result(I, t, rv);
      }
    } else {
      handle_yield(I, st, t, y);
    }
  } catch (PyRaise&) {
    step_done(I, st, t, loop);
    throw;
  }
  step_done(I, st, t, loop);
}

// Task.__wakeup: the future the task waited on is done.
static void task_wakeup(Interp& I, AsyncioState& st, TaskObj* t, Value fut) {
  Value exc;
  if (is_exact_future(st, fut)) {
    Value r = future_outcome(I, static_cast<FutureObj*>(fut.obj()), &exc);
    if (!r.empty()) exc = Value();
  } else {
    try {
      call_method(I, fut, st.s_result, nullptr, 0);
    } catch (PyRaise&) {
      exc = I.take_pending();  // this may also be a cancellation
    }
  }
  task_step(I, st, t, exc);
}

static Value task_wakeup_m(Interp& I, CallArgs& a) {
  check_nargs(I, a, "task_wakeup", 2, 2);
  I.can_suspend = false;
  TaskObj* t = as_task(I, a[0]);
  track_event(I, t, "wake");  // (woken through a Handle: the future is not ours)
  task_wakeup(I, asyncio_state(I), t, a[1]);
  return Value::None();
}

// _run(): the loop's ready list calls this on a task queued as its own
// handle — a plain step, or a wake-up when wakeup_fut is set.
static Value task_run_m(Interp& I, CallArgs& a) {
  I.can_suspend = false;
  AsyncioState& st = asyncio_state(I);
  TaskObj* t = as_task(I, a[0]);
  Value fut = t->wakeup_fut;
  t->wakeup_fut = Value();
  try {
    if (!fut.empty())
      task_wakeup(I, st, t, fut);
    else
      task_step(I, st, t, Value());
  } catch (PyRaise&) {
    Value exc = I.pending;
    if (isinstance(I, exc, I.t.SystemExit) || isinstance(I, exc, I.t.KeyboardInterrupt)) throw;
    I.pending = Value();
    Dict* ctx = I.dict();
    std::string cls(type_of(I, a[0])->name->view());
    dict_set_str(I, ctx, st.s_message, I.new_str("Exception in callback " + cls + ".__step()"));
    dict_set_str(I, ctx, st.s_exception, exc);
    dict_set_str(I, ctx, st.s_handle, a[0]);
    Value c = obj_value(ctx);
    call_method(I, t->loop, st.s_call_exception_handler, &c, 1);
  }
  return Value::None();
}

// ============================================================================
// Task methods
// ============================================================================

static Value task_init(Interp& I, CallArgs& a) {
  static const ArgSpec specs[] = {
      {"coro", Value()}, {"loop", Value::None()}, {"name", Value::None()}, {"context", Value::None()}};
  Value out[4];
  parse_args(I, a, "Task", specs, out, 1);
  AsyncioState& st = asyncio_state(I);
  TaskObj* t = as_task(I, a[0]);
  future_init(I, t, out[1]);
  Value coro = out[0];
  if (!is_coroutine(I, st, coro)) {
    // raise after Future.__init__(): attrs are required for __del__
    t->log_destroy_pending = false;
    I.raise(I.t.TypeError, "a coroutine was expected, got %s", repr_string(I, coro).c_str());
  }
  if (out[2].is_none()) {
    t->name = Value();
    t->name_num = ++st.task_counter;
  } else {
    t->name = is_str(I, out[2]) ? out[2] : sval(str_of(I, out[2]));
  }
  t->num_cancels_requested = 0;
  t->must_cancel = false;
  t->fut_waiter = Value();
  t->wakeup_fut = Value();
  t->coro = coro;
  t->context = out[3];
  if (t->context.is_none()) {
    // As CPython, a task runs in a copy of the context it was made in; until
    // the program imports contextvars there is nothing to copy (None: its
    // steps run directly, without a Handle each).
    Value cv = dict_get_str(I.modules, I.intern("contextvars"));
    if (!cv.empty()) t->context = call(I, getattr(I, cv, I.intern("copy_context")), nullptr, 0);
  }
  // On our own loop a task is its own ready-list entry (no Handle per step).
  List* ready = t->context.is_none() ? fast_ready(I, st, t->loop) : nullptr;
  t->self_handle = ready != nullptr;
  if (ready)
    ready->items.push_back(a[0]);
  else
    loop_call_soon(I, st, t->loop, obj_value(bound_native(I, t, "__step", task_step_m)), nullptr, 0, t->context);
  dict_set(I, st.all_tasks, a[0], Value::None());
  return Value::None();
}

bool task_cancel(Interp& I, AsyncioState& st, TaskObj* t, Value msg) {
  if (t->log_tb) future_mark_retrieved(I, t);  // self._log_traceback = False
  if (t->state != FutState::Pending) return false;
  t->num_cancels_requested++;
  if (!t->fut_waiter.empty() && !t->fut_waiter.is_none()) {
    // Leave fut_waiter: it may be a Task that catches and ignores the
    // cancellation, so it may have to be cancelled again later.
    if (cancel_future(I, st, t->fut_waiter, msg)) return true;
  }
  // It must be the case that the step is already scheduled.
  t->must_cancel = true;
  t->cancel_message = msg;
  return true;
}

static Value task_cancel_m(Interp& I, CallArgs& a) {
  static const ArgSpec specs[] = {{"msg", Value::None()}};
  Value msg;
  parse_args(I, a, "cancel", specs, &msg, 1);
  return Value::boolean(task_cancel(I, asyncio_state(I), as_task(I, a[0]), msg));
}

static Value task_cancelling(Interp& I, CallArgs& a) { return I.new_int(as_task(I, a[0])->num_cancels_requested); }
static Value task_uncancel(Interp& I, CallArgs& a) {
  TaskObj* t = as_task(I, a[0]);
  if (t->num_cancels_requested > 0) t->num_cancels_requested--;
  return I.new_int(t->num_cancels_requested);
}
static Value task_get_coro(Interp& I, CallArgs& a) { return as_task(I, a[0])->coro; }
static Value task_get_name(Interp& I, CallArgs& a) { return task_name(I, as_task(I, a[0])); }
static Value task_set_name(Interp& I, CallArgs& a) {
  check_nargs(I, a, "set_name", 2, 2);
  as_task(I, a[0])->name = is_str(I, a[1]) ? a[1] : sval(str_of(I, a[1]));
  return Value::None();
}
static Value task_set_result(Interp& I, CallArgs& a) {
  I.raise(I.t.RuntimeError, "Task does not support set_result operation");
}
static Value task_set_exception(Interp& I, CallArgs& a) {
  I.raise(I.t.RuntimeError, "Task does not support set_exception operation");
}
static Value task_repr(Interp& I, CallArgs& a) {
  AsyncioState& st = asyncio_state(I);
  asyncio_load_python_half(I, st);
  return call1(I, st.task_repr, a[0]);
}
static Value task_get_stack(Interp& I, CallArgs& a) {
  static const ArgSpec specs[] = {{"limit", Value::None()}};
  Value limit;
  parse_args(I, a, "get_stack", specs, &limit, 1);
  return call2(I, py_attr(I, "asyncio.base_tasks", "_task_get_stack"), a[0], limit);
}
static Value task_print_stack(Interp& I, CallArgs& a) {
  static const ArgSpec specs[] = {{"limit", Value::None()}, {"file", Value::None()}};
  Value out[2];
  parse_args(I, a, "print_stack", specs, out, 1);
  Value args[3] = {a[0], out[0], out[1]};
  return call(I, py_attr(I, "asyncio.base_tasks", "_task_print_stack"), args, 3);
}

static Value task_get_coro_attr(Interp& I, CallArgs& a) { return as_task(I, a[0])->coro; }
static Value task_get_fut_waiter(Interp& I, CallArgs& a) {
  Value w = as_task(I, a[0])->fut_waiter;
  return w.empty() ? Value::None() : w;
}
static Value task_get_must_cancel(Interp& I, CallArgs& a) { return Value::boolean(as_task(I, a[0])->must_cancel); }
static Value task_get_log_destroy_pending(Interp& I, CallArgs& a) {
  return Value::boolean(as_task(I, a[0])->log_destroy_pending);
}
static Value task_set_log_destroy_pending(Interp& I, CallArgs& a) {
  as_task(I, a[0])->log_destroy_pending = truthy(I, a[1]);
  return Value::None();
}
static Value task_get_num_cancels(Interp& I, CallArgs& a) { return I.new_int(as_task(I, a[0])->num_cancels_requested); }

// ============================================================================
// Module functions
// ============================================================================

static Value m_register_task(Interp& I, CallArgs& a) {
  check_nargs(I, a, "_register_task", 1, 1);
  dict_set(I, asyncio_state(I).all_tasks, a[0], Value::None());
  return Value::None();
}
static Value m_unregister_task(Interp& I, CallArgs& a) {
  check_nargs(I, a, "_unregister_task", 1, 1);
  dict_del(I, asyncio_state(I).all_tasks, a[0]);
  return Value::None();
}
static Value m_enter_task(Interp& I, CallArgs& a) {
  check_nargs(I, a, "_enter_task", 2, 2);
  enter_task(I, asyncio_state(I), a[0], a[1]);
  return Value::None();
}
static Value m_leave_task(Interp& I, CallArgs& a) {
  check_nargs(I, a, "_leave_task", 2, 2);
  leave_task(I, asyncio_state(I), a[0], a[1]);
  return Value::None();
}
static Value m_current_task(Interp& I, CallArgs& a) {
  static const ArgSpec specs[] = {{"loop", Value::None()}};
  Value loop;
  parse_args(I, a, "current_task", specs, &loop);
  if (loop.is_none()) {
    loop = running_loop(I);
    if (loop.is_none()) I.raise(I.t.RuntimeError, "no running event loop");
  }
  Value t = dict_get(I, asyncio_state(I).current_tasks, loop);
  return t.empty() ? Value::None() : t;
}

// ============================================================================
// Registration
// ============================================================================

static const MethodDef kTaskMethods[] = {
    {"__init__", task_init},
    {"cancel", task_cancel_m},
    {"cancelling", task_cancelling},
    {"uncancel", task_uncancel},
    {"get_coro", task_get_coro},
    {"get_name", task_get_name},
    {"set_name", task_set_name},
    {"get_stack", task_get_stack},
    {"print_stack", task_print_stack},
    {"set_result", task_set_result},
    {"set_exception", task_set_exception},
    {"__repr__", task_repr},
    {"_run", task_run_m},
    {nullptr, nullptr},
};

static const GetSetDef kTaskGetSets[] = {
    {"_coro", task_get_coro_attr},
    {"_fut_waiter", task_get_fut_waiter},
    {"_must_cancel", task_get_must_cancel},
    {"_log_destroy_pending", task_get_log_destroy_pending, task_set_log_destroy_pending},
    {"_num_cancels_requested", task_get_num_cancels},
    {nullptr, nullptr},
};

static const MethodDef kTaskFunctions[] = {
    {"_register_task", m_register_task},
    {"_unregister_task", m_unregister_task},
    {"_enter_task", m_enter_task},
    {"_leave_task", m_leave_task},
    {"current_task", m_current_task},
    {nullptr, nullptr},
};

void init_asyncio_task(Interp& I, Module* m, AsyncioState& st) {
  add_functions(I, m, kTaskFunctions);
  if (!st.task_type) {
    Type* tt = new_builtin_type(I, "Task", st.future_type, Layout::Native, kTypeBaseType | kTypeInstanceDict);
    tt->alloc = task_alloc;
    dict_set_str(I, tt->dict, I.names->__module__, I.new_str("_asyncio"));
    add_methods(I, tt, kTaskMethods);
    add_getsets(I, tt, kTaskGetSets);
    // The handle protocol of the loop's ready list: a task is never a
    // cancelled handle (Task.cancel() goes through the coroutine instead).
    type_set(I, tt, "_cancelled", Value::False());
    st.task_type = tt;
  }
  set_attr_str(I, m, "Task", obj_value(st.task_type));
  set_attr_str(I, m, "_all_tasks", obj_value(st.all_tasks));
  set_attr_str(I, m, "_current_tasks", obj_value(st.current_tasks));
}

// ============================================================================
// The module
// ============================================================================

// Types and registries are made once per interpreter; importing the module
// again (after sys.modules was emptied) gives the same ones.
Module* init_asyncio_module(Interp& I) {
  Module* m = I.new_module("_asyncio");
  if (I.vm->asyncio_state.empty()) {
    NativeObj* holder = I.make<NativeObj>(I.t.native);
    holder->payload = std::make_unique<AsyncioState>();
    I.vm->asyncio_state = obj_value(holder);
    I.extra_roots.push_back(&I.vm->asyncio_state);
    AsyncioState& st = asyncio_state(I);
    st.state_names[0] = sval(I.intern("PENDING"));
    st.state_names[1] = sval(I.intern("CANCELLED"));
    st.state_names[2] = sval(I.intern("FINISHED"));
    st.all_tasks = I.dict();
    st.current_tasks = I.dict();
    st.s_ready = I.intern("_ready");
    st.s_closed = I.intern("_closed");
    st.s_accepts = I.intern("_accepts_task_handles");
    st.s_call_soon = I.intern("call_soon");
    st.s_unretrieved = I.intern("_unretrieved");
    st.s_call_exception_handler = I.intern("call_exception_handler");
    st.s_cancel = I.intern("cancel");
    st.s_get_loop = I.intern("get_loop");
    st.s_loop = I.intern("_loop");
    st.s_add_done_callback = I.intern("add_done_callback");
    st.s_blocking = I.intern("_asyncio_future_blocking");
    st.s_result = I.intern("result");
    st.s_context = I.intern("context");
    st.s_msg = I.intern("msg");
    st.s_wait_kind = I.intern("_il_wait_kind");
    st.s_message = I.intern("message");
    st.s_exception = I.intern("exception");
    st.s_handle = I.intern("handle");
    st.s_future = I.intern("future");
    st.s_task = I.intern("task");
    st.kw_context = I.tuple({sval(st.s_context)});
    st.kw_msg = I.tuple({sval(st.s_msg)});
  }
  AsyncioState& st = asyncio_state(I);
  init_asyncio_future(I, m, st);
  init_asyncio_task(I, m, st);
  return m;
}

}  // namespace il
