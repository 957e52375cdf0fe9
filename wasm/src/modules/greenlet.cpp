// greenlet.cpp — the native half of `greenlet` (wasm/lib/greenlet.py): a
// greenlet is a scheduler task that runs only when switched to. Switching
// parks the current task and hands control to the target at once, passing a
// value (or an exception) both ways — the same park/wake mechanism as locks.
#include <string>

#include "modules/modules.h"
#include "sched/scheduler.h"
#include "vm/ops.h"
#include "vm/vm.h"

namespace il {

// ============================================================================
// Functions
// ============================================================================

// current() -> the running task's id (the main greenlet of a thread is the
// thread's own task).
static Value gl_current(Interp& I, CallArgs& a) {
  check_nargs(I, a, "current", 0, 0);
  return Value::small(I.current ? I.current->id : 1);
}

// spawn(bootstrap, greenlet) -> task id: a parked task that will call
// bootstrap(greenlet) when first switched to.
static Value gl_spawn(Interp& I, CallArgs& a) {
  check_nargs(I, a, "spawn", 2, 2);
  Value args = obj_value(I.tuple({a[1]}));
  Value targs[3] = {a[0], args, obj_value(I.dict())};
  Frame* f = make_call_frame(I, I.vm->thread_trampoline, targs, 3, nullptr);
  Task* t = I.sched->spawn_greenlet(f, "greenlet-" + std::to_string(I.vm->tasks.size()));
  t->thread_obj = a[1];
  return Value::small(t->id);
}

static Task* target_task(Interp& I, Value id) {
  Task* t = I.sched->find(int(to_int64(I, id)));
  if (!t || t->state == TaskState::Done) I.raise(I.t.SystemError, "greenlet: switching to a finished task");
  return t;
}

// switch_to(task_id, value, exc=None) -> the value the current greenlet is
// later switched back with (or raises the exception thrown into it).
static Value gl_switch_to(Interp& I, CallArgs& a) {
  check_nargs(I, a, "switch_to", 2, 3);
  Task* t = target_task(I, a[0]);
  Value exc = a.npos() > 2 && !a[2].is_none() ? a[2] : Value();
  if (t == I.current) {
    if (!exc.empty()) I.raise_value(exc);
    return a[1];
  }
  I.sched->wake(t, a[1], exc, /*next=*/true);
  WaitInfo info{"greenlet.switch", "", nullptr, ""};
  return I.sched->park(nullptr, -1, Value::None(), info);
}

// switch_args(task_id, args): greenlet.switch's common case — no keywords,
// the target started and alive — in one call; the value passed is args
// packed as the greenlet package does (one argument: itself; else the tuple).
static Value gl_switch_args(Interp& I, CallArgs& a) {
  check_nargs(I, a, "switch_args", 2, 2);
  if (!a[1].is_obj() || a[1].obj()->type != I.t.tuple) I.raise(I.t.TypeError, "switch_args: args must be a tuple");
  Tuple* args = a[1].as<Tuple>();
  Value v = args->size == 1 ? args->items[0] : a[1];
  Task* t = target_task(I, a[0]);
  if (t == I.current) return v;
  I.sched->wake(t, v, Value(), /*next=*/true);
  WaitInfo info{"greenlet.switch", "", nullptr, ""};
  return I.sched->park(nullptr, -1, Value::None(), info);
}

// finish(task_id, value, exc=None): the running greenlet has ended; wake its
// parent with its result. The caller then returns and its task ends.
static Value gl_finish(Interp& I, CallArgs& a) {
  check_nargs(I, a, "finish", 2, 3);
  Task* t = target_task(I, a[0]);
  Value exc = a.npos() > 2 && !a[2].is_none() ? a[2] : Value();
  I.sched->wake(t, a[1], exc, /*next=*/true);
  return Value::None();
}

static Value gl_is_alive(Interp& I, CallArgs& a) {
  check_nargs(I, a, "is_alive", 1, 1);
  Task* t = I.sched->find(int(to_int64(I, a[0])));
  return Value::boolean(t && t->state != TaskState::Done);
}

// ============================================================================
// Registration
// ============================================================================

static const MethodDef kGreenletFunctions[] = {
    {"current", gl_current},
    {"spawn", gl_spawn},
    {"switch_to", gl_switch_to},
    {"switch_args", gl_switch_args},
    {"finish", gl_finish},
    {"is_alive", gl_is_alive},
    {nullptr, nullptr},
};

Module* init_greenlet_module(Interp& I) {
  Module* m = I.new_module("_greenlet");
  add_functions(I, m, kGreenletFunctions);
  return m;
}

}  // namespace il
