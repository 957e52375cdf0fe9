// scheduler.h — the per-interpreter scheduler: Python threads (and later
// greenlets and asyncio tasks) are Tasks multiplexed on the interpreter's one
// OS thread. Only one task runs at a time — the GIL by construction.
//
// One mechanism serves every blocking primitive: a task parks on a WaitQueue
// (optionally with a deadline on the timer heap) and is woken by whoever
// releases, puts, sets or notifies. A native function that blocks returns
// Value::Suspend(); the eval loop then saves the task and returns here.
#pragma once
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>
#include <queue>
#include <random>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "vm/frame.h"

namespace il {

class Scheduler;
class Mux;

// Deterministic mode and preemption settings.
struct SchedConfig {
  bool deterministic = false;  // --seed: seeded choices, virtual clock
  uint64_t seed = 0;
  // Live-thread cap: a thread bomb gets "can't start new thread".
  // Why 10,000: every task costs only its frames, but a runaway loop must not
  // exhaust the tab's memory before the user can press Stop.
  int max_tasks = 10000;
  // Single mode (sched/mux.h): this interpreter shares its OS thread with the
  // run's other interpreters; instead of blocking when it has nothing to run,
  // it hands the thread to them. Null: parallel mode (its own OS thread).
  Mux* mux = nullptr;
};

// What one step of an interpreter ended with (single mode, sched/mux.h).
enum class StepResult {
  Finished,  // the awaited condition holds (the main task is done)
  Runnable,  // its slice is used up and tasks are still runnable
  Idle,      // nothing can run until a timer fires or another interpreter wakes a task
};

class Scheduler {
 public:
  Scheduler(Interp& I, SchedConfig cfg);
  // Makes `f` the main task's (only) frame and runs until it finishes; the
  // result or exception is left in main_task->result / ->exc.
  void run_main_frame(Frame* f);
  ~Scheduler();

  // --- tasks ------------------------------------------------------------
  // Creates a task that will run `frame` (a call frame built by the caller)
  // and makes it runnable. Raises RuntimeError("can't start new thread").
  Task* spawn(Frame* frame, Value thread_obj, std::string name);
  int live_tasks() const { return live_; }
  WaitQueue& join_queue(Task* t) { return t->joiners; }
  Task* find(int id) const;
  const std::vector<Task*>& tasks() const;

  // --- blocking -----------------------------------------------------------
  // Parks the current task on `q` (may be null: a pure sleep) until woken or
  // until `timeout` seconds pass (< 0: no timeout). Returns Value::Suspend()
  // when the eval loop can switch tasks; inside nested native calls it runs
  // other tasks right here until this one is woken, then returns the wake value.
  // The wake value is what the waker passes to wake(); a timeout gives `on_timeout`.
  Value park(WaitQueue* q, double timeout, Value on_timeout, WaitInfo info);
  // Wakes the first waiter of q (returns it, or null) with `result`.
  Task* wake_one(WaitQueue& q, Value result);
  void wake_all(WaitQueue& q, Value result);
  // Wakes a specific parked task (removing it from its queue); `next` makes
  // it the next task to run (a greenlet switch hands control over at once).
  void wake(Task* t, Value result, Value exc = Value(), bool next = false);

  // --- greenlets (modules/greenlet.cpp) -------------------------------------
  // A greenlet is a task that runs only when switched to: created parked, not
  // counted as a live thread (it never keeps the program alive), and not a
  // deadlock when left suspended.
  Task* spawn_greenlet(Frame* frame, std::string name);
  bool is_greenlet(Task* t) const { return greenlets_.count(t) != 0; }
  // The thread a task belongs to: itself, or for a greenlet the thread that
  // created it (get_ident() and current_thread() answer with the thread).
  Task* thread_of(Task* t) const {
    auto it = greenlet_thread_.find(t);
    return it == greenlet_thread_.end() ? t : it->second;
  }
  // Called when a task's wait queue object dies or a task is woken externally.
  void remove_from_queue(Task* t);

  // --- tracks of tasks the scheduler does not run ----------------------------
  // An asyncio task is stepped by its event loop inside a thread's task; it
  // still gets its own track in the trace (modules/asyncio_task.cpp). Ids come
  // from the thread id counter (so they never collide), only while tracing.
  bool tracing() const { return bool(I.config.trace); }
  int new_track_id() { return ++next_id_; }
  // ev as trace() below; the event names the thread that hosts the track.
  void trace_track(const char* ev, int id, std::string_view name, const WaitInfo* w = nullptr);

  // --- running ------------------------------------------------------------
  // Makes `f` the main task's (only) frame, runnable; step() or
  // run_until() then runs it.
  void start_main_frame(Frame* f);
  bool main_done() const;
  // Runs tasks until the main task has finished (its result/exception are
  // left on the task), then returns.
  void run_main_task();
  // Single mode: runs this interpreter's tasks for one slice (the switch
  // interval; in deterministic mode one task run) or until `done` holds.
  // `ran` is set when any task ran. Never blocks.
  StepResult step(const std::function<bool()>& done, bool& ran);
  // Seconds until the earliest timer (0 if one is due, < 0 if none).
  double next_timer_in();
  // Tasks wait on cross-process objects (another interpreter may wake them).
  bool waits_external() const { return !external_.waiters.empty(); }
  bool has_posted() const { return has_posted_.load(); }
  // Runs tasks until `pred` is true (used to join threads at shutdown).
  void run_until(const std::function<bool()>& pred);
  // Called by the eval loop at backward jumps and calls when eval_breaker is
  // set: true if the running task should yield now.
  bool should_preempt();
  // Marks the running task runnable again (preempted).
  void requeue_current();

  // --- time -----------------------------------------------------------------
  double now();            // monotonic seconds (virtual in deterministic mode)
  double wall_time();      // time.time() (virtual offset in deterministic mode)
  void interrupt();        // thread-safe: wake the scheduler (Stop, cross-process wakes)
  // signal.alarm: SIGALRM in `secs` seconds (<= 0: cancel). Returns the
  // seconds the previous alarm had left (0: none). A timer like a sleep's.
  double set_alarm(double secs);

  // --- cross-interpreter wakes (proc/, modules/mp.cpp) ----------------------
  // A task waiting on a cross-process object (a multiprocessing Queue or Lock,
  // a child process's exit) parks with park_external(); another interpreter's
  // OS thread wakes it with post_wake(). While such a task is parked, "nothing
  // runnable and no timer" is not a deadlock: the scheduler sleeps until a wake.
  Value park_external(double timeout, Value on_timeout, WaitInfo info);
  // Thread-safe (any OS thread): wakes `t` if it is still in the park whose
  // Task::park_gen is `gen`; stale wakes are dropped. `result` must be an
  // immediate (small int, bool, None): heap objects never cross interpreters.
  void post_wake(Task* t, uint64_t gen, Value result);

  SchedConfig cfg;
  std::string deadlock_report();  // text of the report, when every task is parked

 private:
  friend struct SchedAccess;
  struct Timer {
    double deadline;
    uint64_t seq;
    Task* task;    // null: the alarm (signal.alarm)
    uint64_t gen;  // task's park generation when armed (stale timers are skipped); alarm_gen_ for the alarm
    bool operator>(const Timer& o) const { return deadline > o.deadline || (deadline == o.deadline && seq > o.seq); }
  };
  Task* pick_next();
  bool turn();  // one turn of the run loop: wakes, timers, one task run; false if none runnable
  void run_task(Task* t);
  void fire_timers();
  void wait_idle();
  void finish_task(Task* t);
  void nested_wait(Task* t);
  // Emits one trace event (when InterpConfig::trace is set): ev is one of
  // spawn, run (a switch to t), park (with what it waits on), wake, end.
  void trace(const char* ev, Task* t, const WaitInfo* w = nullptr);
  void emit_trace(const char* ev, int id, std::string_view name, const WaitInfo* w, const Task* host);
  Task* last_run_ = nullptr;
  std::unordered_set<Task*> greenlets_;
  std::unordered_map<Task*, Task*> greenlet_thread_;  // greenlet -> its thread's task

  Interp& I;
  std::deque<Task*> runnable_;
  std::priority_queue<Timer, std::vector<Timer>, std::greater<Timer>> timers_;
  uint64_t timer_seq_ = 0;
  double alarm_at_ = -1;     // when SIGALRM is due (< 0: no alarm)
  uint64_t alarm_gen_ = 0;   // bumps at every set_alarm: older alarm timers are stale
  bool timer_live(const Timer& tm) const;
  int live_ = 0;
  int next_id_ = 1;
  std::unordered_map<int, Task*> by_id_;
  std::chrono::steady_clock::time_point start_;
  double slice_start_ = 0;
  uint32_t countdown_ = 0;
  std::mt19937_64 rng_;
  double virtual_now_ = 0;
  // The virtual clock (deterministic mode): its own, or in single mode the
  // one every interpreter of the run shares (so sleeps order across processes).
  double* vclock_ = &virtual_now_;
  double wall_offset_ = 0;
  // Cross-interpreter wakes: posted by other threads (under mu_), drained here.
  struct PostedWake {
    Task* task;
    uint64_t gen;
    Value result;
  };
  void drain_posted();
  std::vector<PostedWake> posted_;   // guarded by mu_
  std::atomic<bool> has_posted_{false};
  WaitQueue external_;               // tasks in park_external()
  std::mutex mu_;  // guards external_wake_
  std::condition_variable cv_;
  bool external_wake_ = false;
};

// time.sleep(secs): parks the current task on the timer heap (modules/thread.cpp).
Value sched_sleep(Interp& I, double secs);

}  // namespace il
