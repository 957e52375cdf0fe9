// thread.cpp — the `_thread` module: tasks as Python threads, and the two
// primitive locks every other primitive in threading.py and queue.py is
// built from. Blocking parks the task on the lock's wait queue.
#include <cstdio>
#include <string>

#include "objects/containers.h"
#include "objects/str.h"
#include "sched/scheduler.h"
#include "vm/vm.h"

namespace il {

// ============================================================================
// Locks
// ============================================================================

struct LockPayload : NativePayload {
  bool locked = false;
  bool reentrant = false;
  Task* owner = nullptr;   // holder (for RLock ownership and deadlock reports)
  int count = 0;           // RLock recursion depth
  std::string acquired_at; // "file.py:12"
  std::string kind;        // what waiting on it means, for reports ("Event.wait", "Queue.get")
  WaitQueue waiters;
};

static Type* lock_type(Interp& I, bool reentrant) {
  Value t = dict_get_str(I.vm->thread_types, I.intern(reentrant ? "RLock" : "lock"));
  return t.as<Type>();
}

static LockPayload* lock_of(Interp& I, Value v) {
  if (!v.is_obj() || v.obj()->type->layout != Layout::Native)
    I.raise(I.t.TypeError, "descriptor requires a lock object but received '%s'", type_name(I, v));
  auto* p = dynamic_cast<LockPayload*>(v.as<NativeObj>()->payload.get());
  if (!p) I.raise(I.t.TypeError, "descriptor requires a lock object but received '%s'", type_name(I, v));
  return p;
}

static std::string where_now(Interp& I) {
  Frame* f = I.current ? I.current->top : nullptr;
  if (!f) return "";
  return std::string(f->code->filename->view()) + ":" + std::to_string(f->code->line_at(f->pc ? f->pc - 1 : 0));
}

Value new_lock(Interp& I, bool reentrant) {
  NativeObj* o = I.make<NativeObj>(lock_type(I, reentrant));
  auto p = std::make_unique<LockPayload>();
  p->reentrant = reentrant;
  o->payload = std::move(p);
  return obj_value(o);
}

static void take(Interp& I, LockPayload* l) {
  l->locked = true;
  l->owner = I.current;
  l->count = 1;
  l->acquired_at = where_now(I);
}

// acquire(blocking=True, timeout=-1)
static Value lock_acquire(Interp& I, CallArgs& a) {
  static const ArgSpec specs[] = {{"blocking", Value::True()}, {"timeout", Value::small(-1)}};
  Value v[2];
  parse_args(I, a, "acquire", specs, v, 1);
  LockPayload* l = lock_of(I, a[0]);
  bool blocking = truthy(I, v[0]);
  double timeout = to_double(I, v[1]);
  if (!blocking && timeout != -1) I.raise(I.t.ValueError, "can't specify a timeout for a non-blocking call");
  if (timeout < 0 && timeout != -1) I.raise(I.t.ValueError, "timeout value must be a non-negative number");
  if (l->reentrant && l->locked && l->owner == I.current) {
    l->count++;
    return Value::True();
  }
  if (!l->locked) {
    take(I, l);
    return Value::True();
  }
  if (!blocking) return Value::False();
  WaitInfo info;
  if (!l->kind.empty()) {
    info.kind = l->kind;  // a Condition/Event/Queue waiter: nobody "holds" it
  } else {
    info.kind = l->reentrant ? "RLock" : "Lock";
    char buf[64];
    std::snprintf(buf, sizeof buf, "at %p", static_cast<void*>(a[0].obj()));
    info.what = buf;
    info.holder = l->owner;
    info.held_at = l->acquired_at;
  }
  // The releaser hands the lock over (owner set) before waking us with True.
  return I.sched->park(&l->waiters, timeout, Value::False(), info);
}

static Value lock_release(Interp& I, CallArgs& a) {
  check_nargs(I, a, "release", 1, 1);
  LockPayload* l = lock_of(I, a[0]);
  if (l->reentrant) {
    if (!l->locked || l->owner != I.current) I.raise(I.t.RuntimeError, "cannot release un-acquired lock");
    if (--l->count > 0) return Value::None();
  } else if (!l->locked) {
    I.raise(I.t.RuntimeError, "release unlocked lock");
  }
  if (!l->waiters.empty()) {
    // Hand the lock to the first waiter: FIFO fairness, and no barging.
    Task* next = l->waiters.waiters.front();
    Task* saved = I.current;
    l->owner = next;
    l->count = 1;
    l->acquired_at = next->top ? std::string(next->top->code->filename->view()) + ":" +
                                     std::to_string(next->top->code->line_at(next->top->pc ? next->top->pc - 1 : 0))
                               : "";
    I.sched->wake(next, Value::True());
    I.current = saved;
    return Value::None();
  }
  l->locked = false;
  l->owner = nullptr;
  l->count = 0;
  return Value::None();
}

static Value lock_locked(Interp& I, CallArgs& a) { return Value::boolean(lock_of(I, a[0])->locked); }
static Value lock_exit(Interp& I, CallArgs& a) {
  Value self = a[0];
  CallArgs b{&self, 1, nullptr};
  return lock_release(I, b);
}
static Value lock_enter(Interp& I, CallArgs& a) {
  Value self = a[0];
  CallArgs b{&self, 1, nullptr};
  return lock_acquire(I, b);
}
static Value lock_repr(Interp& I, CallArgs& a) {
  LockPayload* l = lock_of(I, a[0]);
  char buf[96];
  if (l->reentrant)
    std::snprintf(buf, sizeof buf, "<%s _thread.RLock object owner=%d count=%d at %p>",
                  l->locked ? "locked" : "unlocked", l->locked && l->owner ? l->owner->id : 0, l->count,
                  static_cast<void*>(a[0].obj()));
  else
    std::snprintf(buf, sizeof buf, "<%s _thread.lock object at %p>", l->locked ? "locked" : "unlocked",
                  static_cast<void*>(a[0].obj()));
  return I.new_str(buf);
}
static Value rlock_is_owned(Interp& I, CallArgs& a) {
  LockPayload* l = lock_of(I, a[0]);
  return Value::boolean(l->locked && l->owner == I.current);
}
static Value lock_new_rlock(Interp& I, CallArgs& a) { return new_lock(I, true); }
static Value lock_new_lock(Interp& I, CallArgs& a) { return new_lock(I, false); }
// Condition support (as CPython's RLock): release fully, remembering the depth.
static Value rlock_release_save(Interp& I, CallArgs& a) {
  LockPayload* l = lock_of(I, a[0]);
  if (!l->locked || (l->reentrant && l->owner != I.current))
    I.raise(I.t.RuntimeError, "cannot release un-acquired lock");
  int count = l->count;
  l->count = 1;
  Value self = a[0];
  CallArgs b{&self, 1, nullptr};
  lock_release(I, b);
  return Value::small(count);
}
static Value rlock_acquire_restore(Interp& I, CallArgs& a) {
  // Called after a wait: re-acquire and restore the depth. May block.
  LockPayload* l = lock_of(I, a[0]);
  int count = int(to_int64(I, a[1]));
  if (!l->locked) {
    take(I, l);
    l->count = count;
    return Value::None();
  }
  I.raise(I.t.RuntimeError, "_acquire_restore: lock is busy (use acquire() then _set_count())");
}
static Value rlock_set_count(Interp& I, CallArgs& a) {
  lock_of(I, a[0])->count = int(to_int64(I, a[1]));
  return Value::None();
}

static Value lock_set_kind(Interp& I, CallArgs& a) {
  lock_of(I, a[0])->kind = std::string(str_of(I, a[1])->view());
  return Value::None();
}

static const MethodDef kLockMethods[] = {
    {"_set_kind", lock_set_kind},
    {"acquire", lock_acquire},
    {"acquire_lock", lock_acquire},
    {"release", lock_release},
    {"release_lock", lock_release},
    {"locked", lock_locked},
    {"locked_lock", lock_locked},
    {"__enter__", lock_enter},
    {"__exit__", lock_exit},
    {"__repr__", lock_repr},
    {"_is_owned", rlock_is_owned},
    {"_release_save", rlock_release_save},
    {"_acquire_restore", rlock_acquire_restore},
    {"_set_count", rlock_set_count},
    {nullptr, nullptr},
};

// ============================================================================
// Threads
// ============================================================================

// start_new_thread(function, args[, kwargs]) -> ident
static Value thread_start_new(Interp& I, CallArgs& a) {
  uint32_t n = a.npos();
  if (n < 2 || n > 3) I.raise(I.t.TypeError, "start_new_thread expected at least 2 arguments, got %u", n);
  Value fn = a[0], args = a[1], kwargs = n > 2 ? a[2] : Value::None();
  if (!is_callable(I, fn)) I.raise(I.t.TypeError, "first arg must be callable");
  if (!args.is_obj() || args.obj()->type != I.t.tuple) I.raise(I.t.TypeError, "2nd arg must be a tuple");
  if (!kwargs.is_none() && !isinstance(I, kwargs, I.t.dict))
    I.raise(I.t.TypeError, "optional 3rd arg must be a dictionary");
  // The task's first frame calls the trampoline _call(fn, args, kwargs), a
  // Python function, so any callable (native too) starts the same way.
  Func* tramp = I.vm->thread_trampoline;
  Value targs[3] = {fn, args, kwargs.is_none() ? obj_value(I.dict()) : kwargs};
  Frame* f = make_call_frame(I, tramp, targs, 3, nullptr);
  std::string name = "Thread-" + std::to_string(I.sched->live_tasks() + 1);
  Value thread_obj = fn;
  for (uint32_t k = 0; k < a.nkw(); k++) (void)k;
  Task* t = I.sched->spawn(f, thread_obj, name);
  return Value::small(t->id);
}

static Value thread_get_ident(Interp& I, CallArgs& a) {
  return Value::small(I.current ? I.sched->thread_of(I.current)->id : 1);
}
static Value thread_count(Interp& I, CallArgs& a) { return Value::small(I.sched->live_tasks()); }
static Value thread_exit(Interp& I, CallArgs& a) { I.raise_value(I.new_exception(I.t.SystemExit, "")); }
static Value thread_set_name(Interp& I, CallArgs& a) {
  // _set_name(name[, ident]): names the task (deadlock reports, trace tracks).
  Task* t = a.npos() > 1 ? I.sched->find(int(to_int64(I, a[1]))) : I.current;
  if (t) t->name = std::string(str_of(I, a[0])->view());
  return Value::None();
}
static Value thread_set_object(Interp& I, CallArgs& a) {
  // _set_thread_object(obj[, ident]): links a task to its threading.Thread.
  Task* t = a.npos() > 1 ? I.sched->find(int(to_int64(I, a[1]))) : I.current;
  if (t) t->thread_obj = a[0];
  return Value::None();
}
static Value thread_current_object(Interp& I, CallArgs& a) {
  Value v = I.current ? I.sched->thread_of(I.current)->thread_obj : Value();
  return v.empty() ? Value::None() : v;
}
// interrupt_main(signum=SIGINT): as if the signal arrived; nothing happens
// when no Python handler is installed for it (SIG_DFL, SIG_IGN), as in CPython.
static Value thread_interrupt_main(Interp& I, CallArgs& a) {
  check_nargs(I, a, "interrupt_main", 0, 1);
  int sig = a.argc ? int(to_int64(I, a[0])) : kSigInt;
  if (sig < 1 || sig >= kNSig) I.raise(I.t.ValueError, "signal number out of range");
  if (I.signals_caught.load() & Interp::signal_bit(sig)) {
    I.request_signal(sig);
    if (I.current == I.main_task) signal_dispatch(I);  // as CPython's CALL checks the eval breaker
  }
  return Value::None();
}
static Value thread_stack_size(Interp& I, CallArgs& a) { return Value::small(0); }
static Value thread_set_max(Interp& I, CallArgs& a) {
  I.sched->cfg.max_tasks = int(to_int64(I, a[0]));
  return Value::None();
}
// Waits (parks) until the task with this ident has finished, or timeout.
// Used by Thread.join: one wait queue per task would need a registry; the
// join queue lives in the scheduler's task table instead.
static Value thread_join_ident(Interp& I, CallArgs& a) {
  int id = int(to_int64(I, a[0]));
  double timeout = a.npos() > 1 && !a[1].is_none() ? to_double(I, a[1]) : -1;
  Task* t = I.sched->find(id);
  if (!t || t->state == TaskState::Done) return Value::True();
  if (t == I.current) I.raise(I.t.RuntimeError, "cannot join current thread");
  if (timeout == 0) return Value::False();
  WaitInfo info;
  info.kind = "join";
  info.what = "'" + t->name + "'";
  info.holder = t;
  return I.sched->park(&I.sched->join_queue(t), timeout < 0 ? -1 : timeout, Value::False(), info);
}
static Value thread_is_alive_ident(Interp& I, CallArgs& a) {
  Task* t = I.sched->find(int(to_int64(I, a[0])));
  return Value::boolean(t && t->state != TaskState::Done);
}

// _print_exception(exc): the default excepthook's output, to stderr.
static Value thread_print_exception(Interp& I, CallArgs& a) {
  print_exception(I, a[0]);
  return Value::None();
}

static const MethodDef kThreadFunctions[] = {
    {"_print_exception", thread_print_exception},
    {"start_new_thread", thread_start_new},
    {"start_new", thread_start_new},
    {"allocate_lock", lock_new_lock},
    {"allocate", lock_new_lock},
    {"RLock", lock_new_rlock},
    {"get_ident", thread_get_ident},
    {"get_native_id", thread_get_ident},
    {"_count", thread_count},
    {"exit", thread_exit},
    {"exit_thread", thread_exit},
    {"interrupt_main", thread_interrupt_main},
    {"stack_size", thread_stack_size},
    {"_set_name", thread_set_name},
    {"_set_thread_object", thread_set_object},
    {"_current_thread_object", thread_current_object},
    {"_join_ident", thread_join_ident},
    {"_is_alive_ident", thread_is_alive_ident},
    {"_set_max_threads", thread_set_max},
    {nullptr, nullptr},
};

Module* init_thread_module(Interp& I) {
  Module* m = I.new_module("_thread");
  if (!I.vm->thread_types) {
    I.vm->thread_types = I.dict();
    Type* lt = new_builtin_type(I, "lock", I.t.object, Layout::Native, 0);
    dict_set_str(I, lt->dict, I.names->__module__, I.new_str("_thread"));
    add_methods(I, lt, kLockMethods);
    Type* rt = new_builtin_type(I, "RLock", I.t.object, Layout::Native, 0);
    dict_set_str(I, rt->dict, I.names->__module__, I.new_str("_thread"));
    add_methods(I, rt, kLockMethods);
    dict_set_str(I, I.vm->thread_types, I.intern("lock"), obj_value(lt));
    dict_set_str(I, I.vm->thread_types, I.intern("RLock"), obj_value(rt));
  }
  add_functions(I, m, kThreadFunctions);
  set_attr_str(I, m, "LockType", dict_get_str(I.vm->thread_types, I.intern("lock")));
  set_attr_str(I, m, "error", obj_value(I.t.RuntimeError));
  set_attr_str(I, m, "TIMEOUT_MAX", I.new_float(4294967.0));
  return m;
}

// time.sleep and friends park on the timer heap.
Value sched_sleep(Interp& I, double secs) {
  if (secs < 0) I.raise(I.t.ValueError, "sleep length must be non-negative");
  WaitInfo info;
  info.kind = "sleep";
  return I.sched->park(nullptr, secs, Value::None(), info);
}

}  // namespace il
