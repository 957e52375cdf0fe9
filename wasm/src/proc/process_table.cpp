// process_table.cpp — pids, handles, and cross-interpreter waking.
#include "proc/process_table.h"

#include <cerrno>

#include "sched/scheduler.h"

namespace il::proc {

void WaiterList::wake_all(Value result) {
  for (auto& w : waiters) {
    std::lock_guard<std::mutex> lock(w.link->mu);
    if (w.link->interp) w.link->interp->sched->post_wake(w.task, w.gen, result);
  }
  waiters.clear();
}

ProcessTable& ProcessTable::get() {
  static ProcessTable table;
  return table;
}

std::shared_ptr<ProcessEntry> ProcessTable::entry_for(Interp& I) {
  std::lock_guard<std::mutex> lock(mu);
  auto it = by_pid.find(I.config.pid);
  if (it != by_pid.end()) {
    std::lock_guard<std::mutex> l2(it->second->link->mu);
    // Safe to match by address: forget() unlinks an interpreter before its
    // memory can be reused.
    if (it->second->link->interp == &I) return it->second;
    if (!it->second->root && it->second->link->interp == nullptr && !it->second->finished) {
      // A child whose interpreter is being set up on its thread.
      return it->second;
    }
  }
  // A root interpreter (replacing a finished entry of an earlier run with the same pid).
  auto e = std::make_shared<ProcessEntry>();
  e->pid = I.config.pid;
  e->ppid = I.config.ppid;
  e->root = true;
  e->name = "MainProcess";
  e->link->interp = &I;
  by_pid[e->pid] = e;
  if (next_pid_ <= e->pid) next_pid_ = e->pid;
  return e;
}

void ProcessTable::forget(Interp& I) {
  std::unique_lock<std::mutex> lock(mu);
  auto it = by_pid.find(I.config.pid);
  if (it == by_pid.end()) return;
  std::shared_ptr<ProcessEntry> e = it->second;
  {
    std::lock_guard<std::mutex> l2(e->link->mu);
    if (e->link->interp != &I) return;  // a child (run_child unlinks it) or not this one
    e->link->interp = nullptr;
  }
  if (e->root) {
    // join() returns before a child's heap is torn down, so its interpreter
    // may outlive the root by a few milliseconds. The next run (the browser
    // starts it at once) must find the table idle, or its children would be
    // numbered after these. Children still running (after os._exit, say) are
    // not waited for. In single mode the children share this thread and are
    // gone already.
    auto tearing_down = [&] {
      for (auto& kv : by_pid)
        if (kv.second->run_root == e && kv.second->finished) return true;
      return false;
    };
    if (!I.config.mux)
      child_gone_.wait_for(lock, std::chrono::milliseconds(kRootWaitsForChildrenMs),
                           [&] { return !tearing_down(); });
    e->finished = true;
    auto again = by_pid.find(e->pid);  // the wait let go of mu
    if (again != by_pid.end() && again->second == e) by_pid.erase(again);
  }
  reset_if_idle();
}

void ProcessTable::child_exited(ProcessEntry& e) {
  live_children--;
  e.run_root = nullptr;  // its interpreter is gone (see forget); a root's entry need not outlive its run
  child_gone_.notify_all();
  reset_if_idle();
}

void ProcessTable::reset_if_idle() {
  if (live_children > 0) return;
  for (auto& kv : by_pid)
    if (kv.second->root || !kv.second->finished) return;
  by_pid.clear();
  objects_.clear();
  names.clear();
  next_pid_ = 0;
}

void ProcessTable::interrupt_all(Interp& root) {
  // Each interpreter once: a second request could arrive after the first
  // KeyboardInterrupt was raised and hit its except clause.
  root.request_interrupt();
  std::lock_guard<std::mutex> lock(mu);
  for (auto& kv : by_pid) {
    std::lock_guard<std::mutex> l2(kv.second->link->mu);
    Interp* I = kv.second->link->interp;
    if (I && I != &root) I->request_interrupt();
    else if (!I && !kv.second->root && !kv.second->finished) kv.second->link->interrupt_pending = true;
  }
}

int ProcessTable::send_signal(int pid, int sig) {
  std::lock_guard<std::mutex> lock(mu);
  auto it = by_pid.find(pid);
  if (it == by_pid.end()) return ESRCH;
  ProcessEntry& e = *it->second;
  // An ended child is a zombie until its exit code is read: signalling it
  // does nothing; after that its pid is gone.
  if (e.finished) return e.reaped ? ESRCH : 0;
  if (sig == 0 || e.forced_exit) return 0;
  uint64_t bit = Interp::signal_bit(sig);
  std::lock_guard<std::mutex> l2(e.link->mu);
  Interp* target = e.link->interp;
  if (!target) {
    if (e.root) return ESRCH;
    // A child still being made has the default dispositions.
    if (sig == kSigInt) e.link->interrupt_pending = true;
    else if (!signal_default_ignored(sig) && sig != kSigPipe) e.forced_exit = -sig;
    return 0;
  }
  bool handled = sig != kSigKill && ((target->signals_caught.load() | target->signals_ignored.load()) & bit);
  if (handled || sig == kSigInt || signal_default_ignored(sig)) {
    target->request_signal(sig);
    return 0;
  }
  if (!e.root) e.forced_exit = -sig;
  target->request_hard_exit(e.root ? 128 + sig : -sig);
  return 0;
}

std::shared_ptr<ProcessEntry> ProcessTable::find(int pid) {
  std::lock_guard<std::mutex> lock(mu);
  auto it = by_pid.find(pid);
  return it == by_pid.end() ? nullptr : it->second;
}

int ProcessTable::alloc_pid(int near_pid) {
  // Caller holds mu.
  if (next_pid_ < near_pid) next_pid_ = near_pid;
  do next_pid_ += kPidStride;
  while (by_pid.count(next_pid_));
  return next_pid_;
}

int64_t ProcessTable::add_object(Interp& I, std::shared_ptr<SharedObject> o) {
  entry_for(I);
  std::lock_guard<std::mutex> lock(mu);
  int64_t h = next_handle_++;
  objects_[h] = std::move(o);
  return h;
}

std::shared_ptr<SharedObject> ProcessTable::object(int64_t h) {
  std::lock_guard<std::mutex> lock(mu);
  auto it = objects_.find(h);
  return it == objects_.end() ? nullptr : it->second;
}

void ProcessTable::drop_object(int64_t h) {
  std::lock_guard<std::mutex> lock(mu);
  objects_.erase(h);
}

Value park_on(Interp& I, WaiterList& wl, std::unique_lock<std::mutex>& lk, double timeout, Value on_timeout,
              const char* kind, std::shared_ptr<InterpLink> self) {
  if (!self) self = ProcessTable::get().entry_for(I)->link;
  Task* t = I.current;
  // park() numbers this park park_gen + 1; a wake for any other park is stale.
  wl.add(Waiter{self, t, t->park_gen + 1});
  lk.unlock();
  WaitInfo info;
  info.kind = kind;
  return I.sched->park_external(timeout, on_timeout, info);
}

}  // namespace il::proc
