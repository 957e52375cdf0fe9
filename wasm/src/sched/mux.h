// mux.h — single mode (DESIGN.md section 2, host modes): the interpreters of a
// run (its processes) take turns on one OS thread. The web build without
// pthreads has no other choice; `--mode single` and `--seed` use it natively.
//
// Each interpreter's scheduler runs in steps (Scheduler::step): a slice of its
// tasks, and back. A round gives every interpreter a step; when no task of any
// interpreter could run, the multiplexer sleeps until the earliest timer of
// any of them (in deterministic mode it moves the shared virtual clock there),
// or, when nothing is left that could wake anyone, prints the deadlock report
// of every process. In deterministic mode each step is one task run and the
// order of every round is drawn from the seed, so a seed replays processes too.
//
// A native call that blocks inside a nested eval (Scheduler::nested_wait)
// cannot return to the multiplexer; it calls idle_nested(), which gives the
// other interpreters a round from there. Interpreters below it on the C++
// stack are busy and skipped until it returns.
#pragma once
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <random>
#include <string>
#include <vector>

namespace il {

class Interp;
enum class StepResult;  // sched/scheduler.h

class Mux {
 public:
  Mux(bool deterministic, uint64_t seed);
  ~Mux();
  Mux(const Mux&) = delete;

  // A child process: `interp` has begun its main (Interp::begin_main). When
  // it has ended, `on_exit(exit code)` runs, then the interpreter is destroyed.
  void add(std::unique_ptr<Interp> interp, std::string label, std::function<void(int)> on_exit);
  // Runs `root` (begun) and every process it starts until the root has
  // ended; returns its exit code. Processes still running then are ended
  // (their on_exit gets -9, as if the OS killed them with their parent).
  int run(Interp& root);
  // The same in slices, for a host that must return to its event loop in
  // between (the single-thread web build): attach, then run_slice until it
  // says Finished, then end_run. run_slice runs rounds for about `budget`
  // seconds: Runnable when the budget ran out; Idle when nothing can run for
  // `wait_s` seconds (< 0: until an input line or a Stop arrives).
  void attach(Interp& root);
  StepResult run_slice(double budget, double& wait_s);
  int end_run();
  // Nothing of I can run, inside a nested wait: a round for the others, or a
  // sleep until the next timer or wake.
  void idle_nested(Interp& I);
  // Thread-safe: a Stop, or a wake posted from another OS thread.
  void wake();

  bool has_attached() const { return !procs_.empty(); }
  double* clock() { return &clock_; }  // the shared virtual clock (deterministic mode)

 private:
  struct Proc {
    Interp* interp = nullptr;
    std::unique_ptr<Interp> owned;  // null for the root (its host owns it)
    std::string label;
    std::function<void(int)> on_exit;
    bool busy = false;      // its step is on the C++ stack
    bool finished = false;
  };
  // Gives every interpreter that is neither busy nor finished a step, in
  // order (seeded in deterministic mode). True if any task ran.
  bool round();
  void step(Proc& p, bool& ran);
  void finish(Proc& p, int code);
  // No task can run anywhere. With `block`: waits for the earliest timer
  // (or a wake) and returns true. Without: returns true if something can run
  // at once, else false with `wait_s` as in run_slice. Nothing that could
  // wake anyone (no timer, no wake, no input() waiting): reports the deadlock
  // and ends every process (returns true: they must run to end).
  bool wait_for_work(Interp* caller, bool block, double& wait_s);
  void report_deadlock();
  // Destroys the finished processes (only where none is on the C++ stack).
  void reap();

  std::vector<std::unique_ptr<Proc>> procs_;  // [0] is the root during run()
  bool deterministic_;
  std::mt19937_64 rng_;
  double clock_ = 0;
  int depth_ = 0;  // nested idle_nested() calls on the stack
  std::mutex mu_;
  std::condition_variable cv_;
  bool woken_ = false;
};

}  // namespace il
