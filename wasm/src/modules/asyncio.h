// asyncio.h — the native core of asyncio, module `_asyncio` (CPython's
// Modules/_asynciomodule.c): Future, Task, the iterator `await future` runs,
// and a light handle for the callbacks a future schedules. wasm/lib/asyncio
// (futures.py, tasks.py, events.py) takes these in place of its Python
// classes, which stay as _PyFuture / _PyTask.
//
// Why native: a task switch in pure Python (Task.__step, Future callbacks,
// Handle objects) cost about three times CPython's C version. Here a step is
// one nested eval of the coroutine; a task waiting on a future is woken
// without a Handle or a bound method, by queueing the task itself in its
// loop's ready list (the loop's `_accepts_task_handles` protocol, see
// base_events.py).
#pragma once
#include "vm/native.h"

namespace il {

enum class FutState : uint8_t { Pending, Cancelled, Finished };

// A Future (and the Future part of a Task). A NativeObj with no payload, so
// that code which checks for NativeObj payloads by layout stays safe.
struct FutureObj : NativeObj {
  Value loop;
  Value result;
  Value exception;       // set_exception's exception (empty: none)
  Value exception_tb;    // its __traceback__ then: result() re-raises with it
  Value cancel_message;  // empty: None
  Value cancelled_exc;   // a CancelledError a task caught, for chaining
  // Done-callbacks. The first has its own slot (most futures have one); a
  // TaskObj as callback means "wake that task" (CPython's task_wakeup).
  Value cb0, ctx0;
  List* callbacks = nullptr;  // the others, as (fn, context) tuples
  FutState state = FutState::Pending;
  bool log_tb = false;        // holds an exception nobody retrieved yet
  bool blocking = false;      // _asyncio_future_blocking
  void trace(Tracer& t) override;
};

struct TaskObj : FutureObj {
  Value coro;
  Value name;           // a str, or empty until first asked (CPython's lazy "Task-N")
  uint64_t name_num = 0;
  Value fut_waiter;     // the future the coroutine waits on (empty: none)
  Value context;
  // Set while the task sits in its loop's ready list as a wake-up by this
  // future (the task is its own Handle there, see task_run).
  Value wakeup_fut;
  int64_t num_cancels_requested = 0;
  int track = 0;        // trace track id, 0 until its first trace event
  bool must_cancel = false;
  bool log_destroy_pending = true;
  bool self_handle = false;  // its loop takes it into the ready list directly
  void trace(Tracer& t) override;
};

// Per-interpreter state of the module (a GC root through Interp::VMState).
struct AsyncioState : NativePayload {
  Type* future_type = nullptr;
  Type* task_type = nullptr;
  Type* iter_type = nullptr;
  Type* handle_type = nullptr;
  Value state_names[3];            // 'PENDING', 'CANCELLED', 'FINISHED'
  Dict* all_tasks = nullptr;       // pending tasks (an ordered set: values None)
  Dict* current_tasks = nullptr;   // loop -> the task it is stepping
  uint64_t task_counter = 0;       // "Task-N" names
  // Loaded from the Python half on first use (asyncio.exceptions ...).
  Value cancelled_error, invalid_state_error;
  Value future_repr, task_repr, format_callback_source, py_iscoroutine;
  Value get_event_loop;            // events._get_event_loop
  // One-entry cache: may futures of loops of this type queue straight into
  // loop._ready? (the class says _accepts_task_handles and keeps its call_soon)
  Type* fast_loop_type = nullptr;
  uint32_t fast_loop_epoch = 0;
  bool fast_loop = false;
  Str *s_ready, *s_closed, *s_accepts, *s_call_soon, *s_unretrieved, *s_call_exception_handler, *s_cancel,
      *s_get_loop, *s_loop, *s_add_done_callback, *s_blocking, *s_result, *s_context, *s_msg, *s_wait_kind,
      *s_message, *s_exception, *s_handle, *s_future, *s_task;
  Tuple* kw_context = nullptr;     // ("context",)
  Tuple* kw_msg = nullptr;         // ("msg",)
  void trace(Tracer& t) override;
};

AsyncioState& asyncio_state(Interp& I);
void asyncio_load_python_half(Interp& I, AsyncioState& st);  // the lazily loaded values above
Value py_attr(Interp& I, const char* module, const char* name);   // import module; getattr

// --- futures (asyncio_future.cpp) ----------------------------------------------
FutureObj* as_future(Interp& I, Value v);          // TypeError unless a native Future
bool is_exact_future(AsyncioState& st, Value v);   // exactly Future or Task (no Python override possible)
void future_init(Interp& I, FutureObj* f, Value loop);   // Future.__init__(loop=loop)
void future_set_result(Interp& I, FutureObj* f, Value result);
void future_set_exception(Interp& I, FutureObj* f, Value exc);
bool future_cancel(Interp& I, FutureObj* f, Value msg);   // Future.cancel (not Task's)
void future_add_callback(Interp& I, FutureObj* f, Value fn, Value ctx);
Value future_make_cancelled_error(Interp& I, FutureObj* f);
void future_mark_retrieved(Interp& I, FutureObj* f);     // its exception was looked at
// result()'s outcome without raising: the result, or (returns empty) the
// exception it would raise in *exc.
Value future_outcome(Interp& I, FutureObj* f, Value* exc);
// The loop's ready list when callbacks may be queued there directly, else
// null (then loop.call_soon is used). Raises RuntimeError for a closed loop.
List* fast_ready(Interp& I, AsyncioState& st, Value loop);
// loop.call_soon(fn, *args, context=ctx) through the loop's own method.
void loop_call_soon(Interp& I, AsyncioState& st, Value loop, Value fn, const Value* args, uint32_t nargs, Value ctx);
Value running_loop(Interp& I);   // the thread's running loop, or None
void init_asyncio_future(Interp& I, Module* m, AsyncioState& st);

// --- tasks (asyncio_task.cpp) ------------------------------------------------------
// Queues `t` to be woken by the completed future `fut` (a done-callback).
void task_schedule_wakeup(Interp& I, AsyncioState& st, TaskObj* t, Value fut);
Value task_wakeup_callable(Interp& I, TaskObj* t);   // the bound `task_wakeup` (for _callbacks)
bool is_task_wakeup_callable(Value fn, TaskObj* t);
void init_asyncio_task(Interp& I, Module* m, AsyncioState& st);

}  // namespace il
