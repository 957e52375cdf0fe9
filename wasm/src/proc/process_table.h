// process_table.h — the process-global state shared by every interpreter of
// a run (DESIGN.md section 2): the process table (pids, parents, exit codes,
// joins), the registry of cross-process objects referenced by handles, and
// the waiter lists through which one interpreter's OS thread wakes tasks
// parked in another. Everything here is thread-safe; no Python object
// crosses an interpreter — only bytes, numbers and handles do.
#pragma once
#include <cstdint>
#include <memory>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

#include "vm/interp.h"

namespace il {
struct Task;
}

namespace il::proc {

// An interpreter as seen from other threads. Outlives the interpreter: a
// waker that finds `interp` null drops its wake.
struct InterpLink {
  std::mutex mu;
  Interp* interp = nullptr;
  // A Stop that came while the child's interpreter was still being made: it
  // gets the KeyboardInterrupt as soon as it exists.
  bool interrupt_pending = false;
};

// One task parked on a cross-process object, in park number `gen`.
struct Waiter {
  std::shared_ptr<InterpLink> link;
  Task* task = nullptr;
  uint64_t gen = 0;
};

// The parked tasks (of any interpreters) waiting on one object. Guarded by
// the owning object's mutex. Wakes are "retry" wakes: every waiter is woken
// and tries again, so a waiter that timed out meanwhile can't swallow a wake.
struct WaiterList {
  std::vector<Waiter> waiters;
  void add(Waiter w) { waiters.push_back(std::move(w)); }
  void wake_all(Value result);
};

// Base of every object referenced by a handle (queues, pipes, locks, shared memory).
struct SharedObject {
  std::mutex mu;
  // Made by a Manager: may be pickled to any process at any time (CPython's
  // manager proxies), not only to a child being started (see may_pickle).
  std::atomic<bool> pickles_anywhere{false};
  virtual ~SharedObject() = default;
};

// The script every process of the run imports as __main__ / __mp_main__.
struct MainScript {
  std::string source;
  std::string filename;
};

struct ProcessEntry {
  int pid = 0;
  int ppid = 0;
  bool root = false;         // a run's first interpreter (not started by mp_start)
  std::string name;
  std::shared_ptr<InterpLink> link = std::make_shared<InterpLink>();
  std::shared_ptr<MainScript> main;
  std::string payload;       // the pickled Process object the child runs
  // Guarded by the table's mutex:
  bool finished = false;
  bool reaped = false;       // its exit code was read (join, poll): os.kill then finds no such process
  int exitcode = 0;
  int forced_exit = 0;       // -15 (terminate) / -9 (kill) once requested
  WaiterList joiners;        // tasks in join() (woken with True at exit)
  // Pipe ends this process holds open (closed at its exit): (handle, is a receive end).
  std::vector<std::pair<int64_t, bool>> held_ends;
  // While start() pickles a Process (in that task only: another thread may
  // pickle meanwhile, under the usual rules): the pipe ends its arguments carry, held
  // open on the new child's behalf from that moment (as CPython's spawn
  // duplicates the fds then), so the parent may close its copy right after
  // start() without the reader seeing EOF before the child has booted.
  int child_pickling_task = 0;  // the id of the task in start()'s pickling; 0: none
  std::vector<std::pair<int64_t, bool>> ends_for_child;
  int children_started = 0;  // this process's start() calls (seeds its children's schedules)
  // The run this process belongs to: its root's entry (null for a root, and
  // once this child's interpreter is gone).
  std::shared_ptr<ProcessEntry> run_root;
};

class ProcessTable {
 public:
  // Why 64: a fork bomb must fail fast with EAGAIN, as an OS would, before
  // it exhausts memory; real programs use a handful of processes.
  static constexpr int kMaxLiveProcesses = 64;
  // Children get pids above this offset plus the root's pid, so they never
  // look like the root's own.
  static constexpr int kPidStride = 1;

  static ProcessTable& get();

  std::mutex mu;
  std::unordered_map<int, std::shared_ptr<ProcessEntry>> by_pid;
  int live_children = 0;
  int max_live = kMaxLiveProcesses;
  // Names every process of the run sees (guarded by mu): "shm:NAME" -> a
  // shared_memory block, "addr:ADDRESS" -> a Listener's channel of
  // connection requests. A run's names go with its objects (reset_if_idle).
  std::unordered_map<std::string, int64_t> names;
  // Why 2 s: a root waits at its end for its run's ended children to finish
  // tearing down (see forget), which takes milliseconds; a bound keeps a
  // wedged child from hanging the next run.
  static constexpr int kRootWaitsForChildrenMs = 2000;

  // The entry of interpreter I (created for a root interpreter on first use).
  std::shared_ptr<ProcessEntry> entry_for(Interp& I);
  // I is being destroyed (Interp's destructor): no entry may point at it any
  // more, since a later interpreter can be built at the same address (the
  // browser runs program after program in one module). A root's entry is
  // dropped; see reset_if_idle.
  void forget(Interp& I);
  std::shared_ptr<ProcessEntry> find(int pid);
  int alloc_pid(int near_pid);
  // Stop / Ctrl-C: KeyboardInterrupt in root and every other process of its run.
  void interrupt_all(Interp& root);
  // os.kill(pid, sig), Process.terminate (SIGTERM) and kill (SIGKILL). The
  // target's handler runs if it has one; a fatal default stops it at once,
  // wherever it is (a child's exitcode is then -sig). 0 (sig 0: the process
  // exists), or ESRCH.
  int send_signal(int pid, int sig);

  // Called when child e's interpreter is gone (caller holds mu): see reset_if_idle.
  void child_exited(ProcessEntry& e);

  // --- handles -------------------------------------------------------------
  // Registers o for interpreter I (which gets its entry: a run is idle only
  // when no interpreter that may hold a handle is alive).
  int64_t add_object(Interp& I, std::shared_ptr<SharedObject> o);
  std::shared_ptr<SharedObject> object(int64_t h);
  void drop_object(int64_t h);

 private:
  // When no process of the run is left (no root, no live child), the next run
  // starts as a fresh OS process would: children numbered from the root's pid
  // again, the old entries and cross-process objects freed. Caller holds mu.
  void reset_if_idle();

  int next_pid_ = 0;
  int64_t next_handle_ = 1;
  std::condition_variable child_gone_;
  std::unordered_map<int64_t, std::shared_ptr<SharedObject>> objects_;
};

// Registers the current task of I on `wl` (caller holds the object's mutex,
// passed as `lk` and released here) and parks it. Returns what park returns:
// Value::Suspend() in the eval loop, or (nested) the wake value; a wake gives
// None ("try again"), a timeout gives `on_timeout`.
// `self` is I's own link (ProcessTable::entry_for(I)->link), looked up by the
// caller when it holds the table's mutex as `lk`.
Value park_on(Interp& I, WaiterList& wl, std::unique_lock<std::mutex>& lk, double timeout, Value on_timeout,
              const char* kind, std::shared_ptr<InterpLink> self = nullptr);

}  // namespace il::proc
