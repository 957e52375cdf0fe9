// scheduler.cpp — tasks, the run queue, the timer heap, parking and waking,
// preemption at the switch interval, deterministic mode, deadlock reports.
#include "sched/scheduler.h"

#include <algorithm>
#include <cstdio>
#include <thread>

#include "objects/str.h"
#include "sched/mux.h"
#include "vm/vm.h"

namespace il {

// Short turns (a task that switched before its first look at the clock) a
// step runs between two looks of its own. Such a turn is usually a few
// bytecodes (a greenlet or task switch), but one long native call (a big
// sort) counts as short too, so the bound stays small: 16 cuts the clock
// reads of a switch-heavy program 16-fold and delays a step's end by at most
// 16 such calls.
constexpr uint32_t kQuickTurns = 16;

// How many eval-breaker checks pass between two looks at the clock: the
// clock costs ~20 ns, a back-edge ~1 ns; 64 keeps the check under 5%.
static constexpr uint32_t kClockEvery = 64;
// Deterministic mode: the largest gap, in breaker checks, between two
// seeded preemption points. Small enough that short races show up.
static constexpr uint32_t kMaxDeterministicGap = 48;
// The virtual wall clock starts here in deterministic mode (2024-01-01 UTC),
// so time.ctime() output is reproducible too.
static constexpr double kVirtualEpoch = 1704067200.0;
// Deterministic mode: virtual time charged per eval-breaker check (about one
// loop iteration). Why 10 µs: a busy-wait of 1 virtual second costs ~10^5
// iterations (milliseconds of real time), yet short loops stay near t=0.
static constexpr double kVirtualSecondsPerCheck = 1e-5;

// time.monotonic()/perf_counter() count from here in every interpreter of
// the OS process, so processes compare their clocks as CPython's do.
static std::chrono::steady_clock::time_point run_epoch() {
  static const std::chrono::steady_clock::time_point epoch = std::chrono::steady_clock::now();
  return epoch;
}

Scheduler::Scheduler(Interp& interp, SchedConfig c)
    : cfg(c), I(interp), start_(run_epoch()), rng_(c.seed) {
  countdown_ = kClockEvery;
  if (cfg.mux && cfg.deterministic) vclock_ = cfg.mux->clock();
}

Scheduler::~Scheduler() = default;

double Scheduler::now() {
  if (cfg.deterministic) return *vclock_;
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
}

double Scheduler::wall_time() {
  if (cfg.deterministic) return kVirtualEpoch + *vclock_;
  return std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch()).count();
}

// ============================================================================
// Trace events
// ============================================================================

void Scheduler::trace(const char* ev, Task* t, const WaitInfo* w) {
  if (!I.config.trace) return;
  emit_trace(ev, t ? t->id : 0, t ? std::string_view(t->name) : std::string_view(), w, nullptr);
}

void Scheduler::trace_track(const char* ev, int id, std::string_view name, const WaitInfo* w) {
  if (!I.config.trace) return;
  emit_trace(ev, id, name, w, I.current ? thread_of(I.current) : nullptr);
}

// One JSON line: {"t", "pid", "ev", "task", "name"} plus, for a park, what it
// waits on; for a track hosted by a thread (asyncio), "kind" and "thread".
void Scheduler::emit_trace(const char* ev, int id, std::string_view name, const WaitInfo* w, const Task* host) {
  char head[96];
  std::snprintf(head, sizeof head, "{\"t\":%.6f,\"pid\":%d,\"ev\":\"%s\",\"task\":%d,\"name\":", now(),
                I.config.pid, ev, id);
  std::string line = head;
  str_append_json(line, name);
  if (host) line += ",\"kind\":\"asyncio\",\"thread\":" + std::to_string(host->id);
  if (w) {
    line += ",\"on\":";
    str_append_json(line, w->kind);
    line += ",\"what\":";
    str_append_json(line, w->what);
    if (w->holder) line += ",\"holder\":" + std::to_string(w->holder->id);
  }
  line += '}';
  I.config.trace(line);
}

const std::vector<Task*>& Scheduler::tasks() const { return I.vm->tasks; }

Task* Scheduler::find(int id) const {
  auto it = by_id_.find(id);
  return it == by_id_.end() ? nullptr : it->second;
}

void Scheduler::run_main_frame(Frame* f) {
  start_main_frame(f);
  run_main_task();
}

bool Scheduler::main_done() const { return I.main_task->state == TaskState::Done; }

void Scheduler::start_main_frame(Frame* f) {
  Task* m = I.main_task;
  by_id_[m->id] = m;
  if (m->name.empty()) m->name = "MainThread";
  f->is_entry = true;
  f->back = nullptr;
  if (!f->builtins) f->builtins = I.builtins->dict;
  m->top = f;
  m->depth = 1;
  m->result = Value();
  m->exc = Value();
  m->state = TaskState::Runnable;
  runnable_.push_front(m);
}

// ============================================================================
// Tasks
// ============================================================================

Task* Scheduler::spawn(Frame* frame, Value thread_obj, std::string name) {
  if (live_ + 1 >= cfg.max_tasks) {
    if (!frame->gen) Frame::destroy(frame, &I.vm->frames);
    I.raise(I.t.RuntimeError, "can't start new thread");
  }
  Task* t = new Task();
  t->id = ++next_id_;
  t->name = std::move(name);
  t->thread_obj = thread_obj;
  frame->is_entry = true;
  frame->back = nullptr;
  if (!frame->builtins) frame->builtins = I.builtins->dict;
  t->top = frame;
  t->depth = 1;
  t->state = TaskState::Runnable;
  I.vm->tasks.push_back(t);
  by_id_[t->id] = t;
  runnable_.push_back(t);
  live_++;
  I.eval_breaker.store(1, std::memory_order_relaxed);
  trace("spawn", t);
  return t;
}

Task* Scheduler::spawn_greenlet(Frame* frame, std::string name) {
  Task* t = new Task();
  t->id = ++next_id_;
  t->name = std::move(name);
  frame->is_entry = true;
  frame->back = nullptr;
  if (!frame->builtins) frame->builtins = I.builtins->dict;
  t->top = frame;
  t->depth = 1;
  t->state = TaskState::Parked;
  t->wait = WaitInfo{"greenlet.switch", "(not started)", nullptr, ""};
  I.vm->tasks.push_back(t);
  by_id_[t->id] = t;
  greenlets_.insert(t);
  greenlet_thread_[t] = thread_of(I.current);
  trace("spawn", t);
  return t;
}

void Scheduler::finish_task(Task* t) {
  // The main task finishes again after running the shutdown hooks
  // (threading._shutdown): one "end" per track.
  if (!t->end_traced) trace("end", t);
  t->end_traced = true;
  t->state = TaskState::Done;
  wake_all(t->joiners, Value::True());
  if (t == I.main_task) return;
  if (greenlets_.erase(t) == 0) live_--;
  greenlet_thread_.erase(t);
  if (!t->exc.empty()) {
    // Only _thread.start_new_thread threads get here with an exception:
    // threading.Thread handles its own (excepthook).
    std::string msg = "Exception ignored in thread started by: " +
                      (t->thread_obj.empty() ? std::string("<function>") : repr_string(I, t->thread_obj)) + "\n";
    I.write_out(2, msg);
    print_exception(I, t->exc);
  }
  auto& v = I.vm->tasks;
  v.erase(std::remove(v.begin(), v.end(), t), v.end());
  for (Frame* f = t->top; f;) {
    Frame* b = f->back;
    if (!f->gen) Frame::destroy(f, &I.vm->frames);
    f = b;
  }
  t->top = nullptr;
  t->thread_obj = t->result = t->exc = t->handled_exc = Value();
  I.vm->dead_tasks.push_back(t);
}

// ============================================================================
// Parking and waking
// ============================================================================

Value Scheduler::park(WaitQueue* q, double timeout, Value on_timeout, WaitInfo info) {
  Task* t = I.current;
  t->state = TaskState::Parked;
  t->park_gen++;
  t->waiting_on = q;
  t->wait = std::move(info);
  t->timeout_value = on_timeout;
  trace("park", t, &t->wait);
  if (q) q->waiters.push_back(t);
  if (timeout >= 0) timers_.push(Timer{now() + timeout, timer_seq_++, t, t->park_gen});
  if (I.can_suspend && I.eval_depth == t->base_depth) return Value::Suspend();
  nested_wait(t);
  if (t->resume_mode == ResumeMode::Raise) {
    Value e = t->resume_exc;
    t->resume_mode = ResumeMode::None;
    t->resume_exc = Value();
    I.raise_value(e);
  }
  Value r = t->resume_value;
  t->resume_mode = ResumeMode::None;
  t->resume_value = Value();
  return r;
}

void Scheduler::remove_from_queue(Task* t) {
  if (!t->waiting_on) return;
  auto& w = t->waiting_on->waiters;
  w.erase(std::remove(w.begin(), w.end(), t), w.end());
  t->waiting_on = nullptr;
}

void Scheduler::wake(Task* t, Value result, Value exc, bool next) {
  if (t->state != TaskState::Parked) return;
  remove_from_queue(t);
  t->park_gen++;
  t->resume_mode = exc.empty() ? ResumeMode::PushValue : ResumeMode::Raise;
  t->resume_value = result;
  t->resume_exc = exc;
  t->state = TaskState::Runnable;
  if (next)
    runnable_.push_front(t);
  else
    runnable_.push_back(t);
  I.eval_breaker.store(1, std::memory_order_relaxed);
  trace("wake", t);
}

Task* Scheduler::wake_one(WaitQueue& q, Value result) {
  if (q.waiters.empty()) return nullptr;
  Task* t = q.waiters.front();
  wake(t, result);
  return t;
}

void Scheduler::wake_all(WaitQueue& q, Value result) {
  while (!q.waiters.empty()) wake(q.waiters.front(), result);
}

// ============================================================================
// Running
// ============================================================================

static bool in_library(Task* t) {
  return t && t->top && t->top->code->filename->view().starts_with("/lib/interleave/");
}

bool Scheduler::should_preempt() {
  // The virtual clock also moves while code runs, so a busy-waiting thread
  // (`while not done: pass`) lets sleepers wake up in a seeded run too.
  if (cfg.deterministic) *vclock_ += kVirtualSecondsPerCheck;
  if (--countdown_ > 0) return false;
  // Single mode: a slice also ends to give the other interpreters (and the
  // host's event loop, in the web build) a turn.
  bool others = cfg.mux != nullptr;
  if (cfg.deterministic) {
    // A seeded switch waits until the task is back in the program's own code:
    // the embedded library stands for what CPython runs in C (json's
    // encoder, pickle, ...), which never switches half-way, so a seed shows
    // the program's races, not ones inside library calls.
    if (in_library(I.current)) {
      countdown_ = 1;
      return false;
    }
    countdown_ = 1 + uint32_t(rng_() % kMaxDeterministicGap);
    fire_timers();
    return others || !runnable_.empty();
  }
  countdown_ = kClockEvery;
  if (has_posted_.load(std::memory_order_relaxed)) drain_posted();
  fire_timers();
  if (runnable_.empty() && !others) {
    if (timers_.empty() && live_ == 0 && !I.pending_signals.load()) I.eval_breaker.store(0);
    return false;
  }
  double n = now();
  if (slice_start_ < 0) {  // the slice's first look at the clock starts it
    slice_start_ = n;
    return false;
  }
  return n - slice_start_ >= I.switch_interval;
}

void Scheduler::requeue_current() {
  Task* t = I.current;
  t->state = TaskState::Runnable;
  t->resume_mode = ResumeMode::None;
  runnable_.push_back(t);
}

Task* Scheduler::pick_next() {
  if (runnable_.empty()) return nullptr;
  size_t i = 0;
  // A greenlet switched to runs next, whatever the seed says.
  if (cfg.deterministic && runnable_.size() > 1 && !is_greenlet(runnable_.front()))
    i = size_t(rng_() % runnable_.size());
  // Tasks parked inside a nested native call resume only by returning to it.
  for (size_t k = 0; k < runnable_.size(); k++) {
    size_t j = (i + k) % runnable_.size();
    Task* t = runnable_[j];
    if (t->nested_parked) continue;
    runnable_.erase(runnable_.begin() + long(j));
    return t;
  }
  return nullptr;
}

// A stale timer (the task was woken, or finished; an alarm replaced) is skipped.
bool Scheduler::timer_live(const Timer& tm) const {
  if (!tm.task) return tm.gen == alarm_gen_ && alarm_at_ >= 0;
  return tm.task->park_gen == tm.gen && tm.task->state == TaskState::Parked;
}

void Scheduler::fire_timers() {
  if (timers_.empty()) return;
  double n = now();
  while (!timers_.empty() && timers_.top().deadline <= n) {
    Timer tm = timers_.top();
    timers_.pop();
    if (!timer_live(tm)) continue;
    if (!tm.task) {
      alarm_at_ = -1;
      I.request_signal(kSigAlrm);
      continue;
    }
    wake(tm.task, tm.task->timeout_value);
  }
}

double Scheduler::set_alarm(double secs) {
  double n = now();
  double left = alarm_at_ >= 0 ? std::max(alarm_at_ - n, 0.0) : 0;
  alarm_gen_++;
  alarm_at_ = -1;
  if (secs > 0) {
    alarm_at_ = n + secs;
    timers_.push(Timer{alarm_at_, timer_seq_++, nullptr, alarm_gen_});
    I.eval_breaker.store(1, std::memory_order_relaxed);  // keep looking at the clock
  }
  return left;
}

void Scheduler::run_task(Task* t) {
  Task* prev = I.current;
  I.current = t;
  t->state = TaskState::Running;
  // Not now(): reading the clock at every switch is most of a greenlet
  // switch on wasm (a call out to JS); the first periodic check starts it.
  slice_start_ = -1;
  if (t != last_run_) {
    last_run_ = t;
    trace("run", t);
  }
  try {
    Value r = eval_resume(I, t);
    if (!r.is_suspend()) {
      t->result = r;
      finish_task(t);
    }
  } catch (PyRaise&) {
    t->exc = I.take_pending();
    finish_task(t);
  }
  I.current = (prev && prev->state != TaskState::Done) ? prev : I.main_task;
}

void Scheduler::interrupt() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    external_wake_ = true;
    cv_.notify_all();
  }
  if (cfg.mux) cfg.mux->wake();
}

// Nothing is runnable: sleep until the next timer or an external wake (in
// single mode: let the other interpreters run meanwhile). Nothing that can
// ever wake a task: the deadlock report, and the interpreter exits.
void Scheduler::wait_idle() {
  if (cfg.mux && (!timers_.empty() || !external_.empty() || signal_may_wake(I))) {
    cfg.mux->idle_nested(I);
    return;
  }
  if (!timers_.empty()) {
    double deadline = timers_.top().deadline;
    if (cfg.deterministic) {
      if (deadline > *vclock_) *vclock_ = deadline;
      return;
    }
    double wait = deadline - now();
    if (wait > 0) {
      std::unique_lock<std::mutex> lock(mu_);
      cv_.wait_for(lock, std::chrono::duration<double>(wait), [&] { return external_wake_; });
      external_wake_ = false;
    }
    return;
  }
  // Another interpreter may still wake a task, or a signal run a handler.
  if (!external_.empty() || signal_may_wake(I)) {
    std::unique_lock<std::mutex> lock(mu_);
    cv_.wait(lock, [&] { return external_wake_; });
    external_wake_ = false;
    return;
  }
  // No timers: only an interrupt can help. Deadlock.
  std::string report = deadlock_report();
  I.write_out(2, report);
  throw HardExit{1};
}

// Delivers signals (Ctrl-C / Stop is SIGINT) to the main task even when it
// is parked; a running one takes them at its next eval-breaker check.
static void deliver_interrupt(Interp& I, Scheduler& s) {
  if (int code = I.hard_exit_code.load()) throw HardExit{code};
  if (!I.pending_signals.load()) return;
  if (I.main_task->state == TaskState::Parked) signal_dispatch(I);
}

bool Scheduler::turn() {
  if (has_posted_.load(std::memory_order_relaxed)) drain_posted();
  deliver_interrupt(I, *this);
  fire_timers();
  Task* t = pick_next();
  if (!t) return false;
  run_task(t);
  return true;
}

void Scheduler::run_until(const std::function<bool()>& pred) {
  while (!pred())
    if (!turn()) wait_idle();
}

StepResult Scheduler::step(const std::function<bool()>& done, bool& ran) {
  double start = now();
  uint32_t quick_turns = 0;
  while (!done()) {
    if (!turn()) {
      // Nothing here can ever run again: this interpreter is deadlocked.
      if (timers_.empty() && external_.empty() && !has_posted_.load() && !signal_may_wake(I)) wait_idle();
      return StepResult::Idle;
    }
    ran = true;
    // One task run per step in deterministic mode: the mux's seeded choice of
    // the next interpreter is then the only schedule.
    if (cfg.deterministic) return done() ? StepResult::Finished : StepResult::Runnable;
    // The clock, only after a turn long enough to have looked at it (or every
    // kQuickTurns short ones): greenlets and generators-as-tasks switch
    // hundreds of thousands of times a second, and on wasm a clock read is a
    // call out to JS.
    bool long_turn = slice_start_ >= 0;
    if ((long_turn || ++quick_turns % kQuickTurns == 0) && now() - start >= I.switch_interval)
      return done() ? StepResult::Finished : StepResult::Runnable;
  }
  return StepResult::Finished;
}

double Scheduler::next_timer_in() {
  while (!timers_.empty()) {  // drop stale timers so they don't cause wake-ups
    if (timer_live(timers_.top())) break;
    timers_.pop();
  }
  if (timers_.empty()) return -1;
  double d = timers_.top().deadline - now();
  return d > 0 ? d : 0;
}

void Scheduler::run_main_task() {
  Task* m = I.main_task;
  run_until([&] { return m->state == TaskState::Done; });
}

void Scheduler::nested_wait(Task* t) {
  t->nested_parked = true;
  while (t->state == TaskState::Parked) {
    if (has_posted_.load(std::memory_order_relaxed)) drain_posted();
    deliver_interrupt(I, *this);
    fire_timers();
    if (t->state != TaskState::Parked) break;
    Task* n = pick_next();
    if (!n) {
      bool blocked_below = false;
      for (Task* x : runnable_)
        if (x->nested_parked && x != t) blocked_below = true;
      if (blocked_below && timers_.empty()) {
        I.write_out(2,
                    "Interleave: a thread blocked inside a callback from native code (for example inside "
                    "sorted(key=...) or __repr__) cannot be resumed before the callback returns.\n" +
                        deadlock_report());
        throw HardExit{1};
      }
      wait_idle();
      continue;
    }
    run_task(n);
    I.current = t;
  }
  runnable_.erase(std::remove(runnable_.begin(), runnable_.end(), t), runnable_.end());
  t->nested_parked = false;
  t->state = TaskState::Running;
  I.current = t;
}

// ============================================================================
// Cross-interpreter wakes
// ============================================================================

Value Scheduler::park_external(double timeout, Value on_timeout, WaitInfo info) {
  return park(&external_, timeout, on_timeout, std::move(info));
}

void Scheduler::post_wake(Task* t, uint64_t gen, Value result) {
  std::lock_guard<std::mutex> lock(mu_);
  posted_.push_back(PostedWake{t, gen, result});
  has_posted_.store(true);
  external_wake_ = true;
  cv_.notify_all();
  I.eval_breaker.store(1);
  if (cfg.mux) cfg.mux->wake();
}

void Scheduler::drain_posted() {
  std::vector<PostedWake> batch;
  {
    std::lock_guard<std::mutex> lock(mu_);
    batch.swap(posted_);
    has_posted_.store(false);
  }
  for (auto& w : batch)
    if (w.task->state == TaskState::Parked && w.task->park_gen == w.gen) wake(w.task, w.result);
}

// ============================================================================
// The deadlock report
// ============================================================================

static std::string task_label(Task* t) { return "'" + t->name + "'"; }

// The innermost frame in user code (not in the embedded library).
static std::string task_where(Task* t) {
  Frame* f = t->top;
  while (f && f->back && f->code->filename->view().starts_with("/lib/interleave/")) f = f->back;
  if (!f) return "";
  return std::string(f->code->filename->view()) + ":" + std::to_string(f->code->line_at(f->pc ? f->pc - 1 : 0));
}

std::string Scheduler::deadlock_report() {
  std::string out = "Deadlock: every thread is waiting and nothing can wake any of them.\n";
  for (Task* t : I.vm->tasks) {
    if (t->state != TaskState::Parked || is_greenlet(t)) continue;
    out += "  thread " + task_label(t) + " at " + task_where(t) + " waits ";
    const WaitInfo& w = t->wait;
    if (w.kind == "join")
      out += "in join() for thread " + (w.holder ? task_label(w.holder) : w.what);
    else {
      out += "on " + w.kind;
      if (!w.what.empty()) out += " " + w.what;
      if (w.holder) {
        out += ", held by thread " + task_label(w.holder);
        if (!w.held_at.empty()) out += " (acquired at " + w.held_at + ")";
      }
    }
    out += "\n";
  }
  return out;
}

}  // namespace il
