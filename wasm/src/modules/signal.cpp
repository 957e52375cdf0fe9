// signal.cpp — `_signal` (under wasm/lib/signal.py): signal handlers, os.kill
// targets, alarm and pause. A signal is a bit in Interp::pending_signals; the
// main task takes it at its next eval-breaker check, or at once if it is
// parked (sched/scheduler.cpp). Stop / Ctrl-C is SIGINT, Process.terminate
// SIGTERM, Process.kill SIGKILL: one path for all of them.
#include <cmath>
#include <string>

#include "modules/modules.h"
#include "objects/containers.h"
#include "sched/scheduler.h"
#include "vm/ops.h"
#include "vm/vm.h"

namespace il {

// ============================================================================
// Dispositions
// ============================================================================

// What a signal does when it arrives.
enum class SignalAction { Ignore, KeyboardInterrupt, Fatal, PythonHandler };

static Value handler_of(Interp& I, int sig) {
  if (I.vm->signal_handlers.empty()) return Value();  // `_signal` never imported: the defaults
  return I.vm->signal_handlers.as<List>()->items[size_t(sig)];
}

static SignalAction action_of(Interp& I, int sig, Value& handler) {
  handler = handler_of(I, sig);
  if (handler.empty()) {  // the defaults, read from the dispositions
    if (I.signals_ignored.load() & Interp::signal_bit(sig)) return SignalAction::Ignore;
    if (sig == kSigInt) return SignalAction::KeyboardInterrupt;
  } else if (handler.is_small()) {
    if (handler.small_value() == 1) return SignalAction::Ignore;
  } else {
    // default_int_handler raises KeyboardInterrupt: done here, so its
    // traceback has no handler frame (it is C code in CPython).
    if (handler == I.vm->signal_default_int) return SignalAction::KeyboardInterrupt;
    return SignalAction::PythonHandler;
  }
  return signal_default_ignored(sig) ? SignalAction::Ignore : SignalAction::Fatal;
}

// The exit status of a process a signal ends: a shell's 128+n for the run's
// own process, -n as a parent's Process.exitcode sees it for a child.
static int fatal_exit_code(Interp& I, int sig) { return I.config.child_process ? -sig : 128 + sig; }

[[noreturn]] static void die_of(Interp& I, int sig) {
  I.config.out->flush();
  throw HardExit{fatal_exit_code(I, sig)};
}

// Takes the lowest pending bit (0: a handler's exception), or -1 if none.
static int take_pending(Interp& I) {
  uint64_t bits = I.pending_signals.load();
  while (bits) {
    int n = __builtin_ctzll(bits);
    if (I.pending_signals.compare_exchange_weak(bits, bits & ~Interp::signal_bit(n))) return n;
  }
  return -1;
}

static Value handler_frame(Interp& I) {
  Frame* f = I.main_task ? I.main_task->top : nullptr;
  return f ? frame_object(I, f) : Value::None();
}

bool signal_may_wake(Interp& I) {
  uint64_t caught = I.signals_caught.load() & ~I.vm->signals_interrupt_like;
  if (caught & ~Interp::signal_bit(kSigInt)) return true;
  Value h = handler_of(I, kSigInt);
  return (caught & Interp::signal_bit(kSigInt)) && !h.empty() && h != I.vm->signal_default_int;
}

// ============================================================================
// Delivery to the main task
// ============================================================================

void signal_dispatch(Interp& I) {
  Task* m = I.main_task;
  bool parked = m->state == TaskState::Parked;
  for (;;) {
    if (parked && m->state != TaskState::Parked) return;  // woken: the rest at its next check
    int sig = take_pending(I);
    if (sig < 0) return;
    Value exc;  // to raise in the main task
    if (sig == 0) {  // a handler that ran while the main task was parked raised
      exc = I.vm->signal_async_exc;
      I.vm->signal_async_exc = Value();
    } else {
      Value h;
      switch (action_of(I, sig, h)) {
        case SignalAction::Ignore: break;
        case SignalAction::KeyboardInterrupt: exc = I.new_exception(I.t.KeyboardInterrupt, ""); break;
        case SignalAction::Fatal: die_of(I, sig);
        case SignalAction::PythonHandler:
          if (!parked) {
            Value args[2] = {Value::small(sig), handler_frame(I)};
            call(I, h, args, 2);
          } else {
            // The handler task is the main thread as far as Python can tell.
            Value rargs = obj_value(I.tuple({h, Value::small(sig), handler_frame(I)}));
            Value targs[3] = {I.vm->signal_runner, rargs, obj_value(I.dict())};
            Frame* f = make_call_frame(I, I.vm->thread_trampoline, targs, 3, nullptr);
            I.sched->spawn(f, m->thread_obj, m->name)->runs_signal_handler = true;
          }
          break;
      }
    }
    if (exc.empty()) continue;
    if (!parked) I.raise_value(exc);
    I.sched->wake(m, Value(), exc);
  }
}

// A handler that ran in a task of its own while the main task was parked has
// returned (exc empty) or raised: signal.pause() returns, or the exception
// is raised in the main task, in its wait if it still waits.
static void handler_done(Interp& I, Value exc) {
  Task* m = I.main_task;
  if (exc.empty()) {
    for (Task* t : I.vm->tasks)
      if (t->state == TaskState::Parked && t->wait.kind == "signal.pause") I.sched->wake(t, Value::None());
    return;
  }
  if (m->state == TaskState::Parked) {
    I.sched->wake(m, Value(), exc);
  } else if (m->state != TaskState::Done) {
    I.vm->signal_async_exc = exc;
    I.pending_signals.fetch_or(Interp::signal_bit(0));
    I.eval_breaker.store(1);
  }
}

// ============================================================================
// Functions
// ============================================================================

static int signum_arg(Interp& I, Value v) {
  int64_t n = to_int64(I, v);
  if (n < 1 || n >= kNSig) I.raise(I.t.ValueError, "signal number out of range");
  return int(n);
}

// The main thread, or a handler running on its behalf (which may well call
// signal.signal, as a handler that restores the default does).
static bool in_main_thread(Interp& I) {
  Task* t = I.sched->thread_of(I.current);
  return t == I.main_task || t->runs_signal_handler;
}

static void set_disposition(Interp& I, int sig, Value h) {
  uint64_t bit = Interp::signal_bit(sig);
  bool ignore = h.is_small() && h.small_value() == 1, caught = !h.is_small();
  if (ignore) I.signals_ignored.fetch_or(bit);
  else I.signals_ignored.fetch_and(~bit);
  if (caught) I.signals_caught.fetch_or(bit);
  else I.signals_caught.fetch_and(~bit);
  I.vm->signal_handlers.as<List>()->items[size_t(sig)] = h;
}

// signal(signalnum, handler) -> the previous handler. A private third
// argument, True, marks the handler interrupt-like (see signal_may_wake).
static Value sig_signal(Interp& I, CallArgs& a) {
  check_no_kwargs(I, a, "signal");
  check_nargs(I, a, "signal", 2, 3);
  Value h = a[1];
  bool disposition = is_int(I, h);
  int64_t hv = disposition ? to_int64(I, h) : -1;
  if (!(disposition && (hv == 0 || hv == 1)) && !is_callable(I, h))
    I.raise(I.t.TypeError, "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
  if (!in_main_thread(I)) I.raise(I.t.ValueError, "signal only works in main thread of the main interpreter");
  int sig = signum_arg(I, a[0]);
  if (sig == kSigKill || sig == 19) raise_os_error(I, EINVAL);  // SIGKILL, SIGSTOP
  Value old = handler_of(I, sig);
  set_disposition(I, sig, disposition ? Value::small(hv) : h);
  if (a.argc > 2 && truthy(I, a[2])) I.vm->signals_interrupt_like |= Interp::signal_bit(sig);
  else I.vm->signals_interrupt_like &= ~Interp::signal_bit(sig);
  return old;
}

// getsignal(signalnum) -> the current handler
static Value sig_getsignal(Interp& I, CallArgs& a) {
  check_nargs(I, a, "getsignal", 1, 1);
  return handler_of(I, signum_arg(I, a[0]));
}

static Value sig_default_int_handler(Interp& I, CallArgs& a) {
  if (a.argc != 2) I.raise(I.t.TypeError, "default_int_handler expected 2 arguments, got %u", a.argc);
  I.raise_value(I.new_exception(I.t.KeyboardInterrupt, ""));
}

// raise_signal(signalnum): sends the signal to this process; in the main
// thread its handler runs before raise_signal returns, as in CPython.
static Value sig_raise_signal(Interp& I, CallArgs& a) {
  check_nargs(I, a, "raise_signal", 1, 1);
  int sig = signum_arg(I, a[0]);
  if (sig == kSigKill) die_of(I, sig);
  I.request_signal(sig);
  if (I.current == I.main_task) signal_dispatch(I);
  return Value::None();
}

// alarm(seconds) -> seconds left of the previous alarm
static Value sig_alarm(Interp& I, CallArgs& a) {
  check_nargs(I, a, "alarm", 1, 1);
  int64_t secs = to_int64(I, a[0]);
  if (secs < 0) secs += int64_t(1) << 32;  // C's unsigned int, as CPython passes it
  double left = I.sched->set_alarm(double(secs));
  // As alarm(2): whole seconds, rounded, at least 1 if any time was left.
  return Value::small(left > 0 ? std::max<int64_t>(1, std::llround(left)) : 0);
}

// pause(): waits until a signal's handler has run (or raised).
static Value sig_pause(Interp& I, CallArgs& a) {
  check_nargs(I, a, "pause", 0, 0);
  // An external park: "every task waits and no timer" is not a deadlock, as
  // Stop (SIGINT) or another process's os.kill can still end it.
  return I.sched->park_external(-1, Value::None(), WaitInfo{"signal.pause", "a signal", nullptr, ""});
}

// _handler_done(exc_or_None): the handler task's last act (see the runner).
static Value sig_handler_done(Interp& I, CallArgs& a) {
  check_nargs(I, a, "_handler_done", 1, 1);
  handler_done(I, a[0].is_none() ? Value() : a[0]);
  return Value::None();
}

const MethodDef kSignalFunctions[] = {
    {"signal", sig_signal},
    {"getsignal", sig_getsignal},
    {"default_int_handler", sig_default_int_handler},
    {"raise_signal", sig_raise_signal},
    {"alarm", sig_alarm},
    {"pause", sig_pause},
    {"_handler_done", sig_handler_done},
};

// What the handler task runs (see signal_dispatch).
static const char* const kRunnerSource =
    "def _run_handler(handler, signum, frame):\n"
    "    try:\n"
    "        handler(signum, frame)\n"
    "    except BaseException as e:\n"
    "        _handler_done(e)\n"
    "    else:\n"
    "        _handler_done(None)\n";

Module* init_signal_module(Interp& I) {
  Module* m = I.new_module("_signal");
  add_functions(I, m, kSignalFunctions);
  if (I.vm->signal_handlers.empty()) {
    List* hs = I.list(kNSig);
    for (int s = 0; s < kNSig; s++) hs->items.push_back(Value::small(0));
    I.vm->signal_handlers = obj_value(hs);
    I.vm->signal_default_int = dict_get_str(m->dict, I.intern("default_int_handler"));
    hs->items[kSigInt] = I.vm->signal_default_int;
    hs->items[kSigPipe] = Value::small(1);
    for (Value* v : {&I.vm->signal_handlers, &I.vm->signal_default_int, &I.vm->signal_runner,
                     &I.vm->signal_async_exc})
      I.extra_roots.push_back(v);
    exec_module_source(I, m, kRunnerSource, "<signal>");
    I.vm->signal_runner = dict_get_str(m->dict, I.intern("_run_handler"));
  }
  set_attr_str(I, m, "NSIG", Value::small(kNSig));
  set_attr_str(I, m, "SIG_DFL", Value::small(0));
  set_attr_str(I, m, "SIG_IGN", Value::small(1));
  return m;
}

}  // namespace il
