// mux.cpp — several interpreters taking turns on one OS thread (single mode).
#include "sched/mux.h"

#include <chrono>

#include "sched/scheduler.h"
#include "vm/interp.h"
#include "vm/vm.h"

namespace il {

Mux::Mux(bool deterministic, uint64_t seed) : deterministic_(deterministic), rng_(seed) {}

Mux::~Mux() = default;

void Mux::add(std::unique_ptr<Interp> interp, std::string label, std::function<void(int)> on_exit) {
  auto p = std::make_unique<Proc>();
  p->interp = interp.get();
  p->owned = std::move(interp);
  p->label = std::move(label);
  p->on_exit = std::move(on_exit);
  procs_.push_back(std::move(p));
}

void Mux::attach(Interp& root) {
  auto rp = std::make_unique<Proc>();
  rp->interp = &root;
  rp->label = "MainProcess";
  procs_.insert(procs_.begin(), std::move(rp));
}

int Mux::run(Interp& root) {
  attach(root);
  double wait_s;
  while (run_slice(1e9, wait_s) != StepResult::Finished) wait_for_work(nullptr, true, wait_s);
  return end_run();
}

StepResult Mux::run_slice(double budget, double& wait_s) {
  Proc* r = procs_[0].get();
  auto start = std::chrono::steady_clock::now();
  while (!r->finished) {
    bool ran = round();
    reap();
    if (r->finished) break;
    if (!ran && !wait_for_work(nullptr, false, wait_s)) return StepResult::Idle;
    if (std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() >= budget)
      return StepResult::Runnable;
  }
  return StepResult::Finished;
}

int Mux::end_run() {
  // The root has ended; what still runs ends with it, as processes do when
  // the OS kills them.
  for (auto& p : procs_)
    if (!p->finished) finish(*p, -9);
  int code = procs_[0]->interp->exit_code;
  procs_.clear();
  return code;
}

void Mux::idle_nested(Interp& I) {
  depth_++;
  bool ran = round();
  double wait_s;
  if (!ran) wait_for_work(&I, true, wait_s);
  depth_--;
}

void Mux::wake() {
  std::lock_guard<std::mutex> lock(mu_);
  woken_ = true;
  cv_.notify_all();
}

bool Mux::round() {
  bool ran = false;
  size_t n = procs_.size();
  std::vector<size_t> order(n);
  for (size_t i = 0; i < n; i++) order[i] = i;
  if (deterministic_) {
    // Fisher-Yates by hand: std::shuffle differs between standard libraries,
    // and a seed must replay the same on the native and the wasm builds.
    for (size_t i = n; i > 1; i--) std::swap(order[i - 1], order[size_t(rng_() % i)]);
  }
  for (size_t i : order) {
    Proc& p = *procs_[i];  // procs_ may grow meanwhile; a Proc never moves
    if (p.busy || p.finished) continue;
    step(p, ran);
  }
  return ran;
}

void Mux::step(Proc& p, bool& ran) {
  p.busy = true;
  // Its slice must end (Scheduler::should_preempt) even if it runs alone.
  p.interp->eval_breaker.store(1);
  bool any = false;
  StepResult r = p.interp->step_main(false, any);
  p.busy = false;
  if (any) ran = true;
  if (r == StepResult::Finished) {
    ran = true;
    finish(p, p.interp->exit_code);
  }
}

void Mux::finish(Proc& p, int code) {
  p.finished = true;
  if (p.on_exit) p.on_exit(code);
}

bool Mux::wait_for_work(Interp* caller, bool block, double& wait_s) {
  double best = -1;
  bool input = false;
  for (auto& p : procs_) {
    if (p->finished || (p->busy && p->interp != caller)) continue;
    if (p->interp->sched->has_posted()) return true;  // a wake is waiting to be taken
    // Input, or a signal for a handler, may still come from outside.
    if (p->interp->waits_for_input() || signal_may_wake(*p->interp)) input = true;
    double d = p->interp->sched->next_timer_in();
    if (d >= 0 && (best < 0 || d < best)) best = d;
  }
  std::unique_lock<std::mutex> lock(mu_);
  if (woken_) {
    woken_ = false;
    return true;
  }
  if (best < 0 && !input) {
    lock.unlock();
    report_deadlock();
    return true;
  }
  if (best >= 0 && deterministic_) {
    clock_ += best;
    return true;
  }
  if (best == 0) return true;
  wait_s = best;
  if (!block) return false;
  if (best < 0)
    cv_.wait(lock, [&] { return woken_; });
  else
    cv_.wait_for(lock, std::chrono::duration<double>(best), [&] { return woken_; });
  woken_ = false;
  return true;
}

void Mux::report_deadlock() {
  std::string out = "Deadlock: every thread of every process is waiting and nothing can wake any of them.\n";
  for (auto& p : procs_) {
    if (p->finished) continue;
    std::string r = p->interp->sched->deadlock_report();
    size_t nl = r.find('\n');
    r = nl == std::string::npos ? "" : r.substr(nl + 1);
    out += "  process '" + p->label + "' (pid " + std::to_string(p->interp->config.pid) + "):\n";
    for (size_t i = 0; i < r.size();) {
      size_t e = r.find('\n', i);
      if (e == std::string::npos) e = r.size();
      out += "  " + r.substr(i, e - i) + "\n";
      i = e + 1;
    }
  }
  procs_[0]->interp->write_out(2, out);
  for (auto& p : procs_)
    if (!p->finished) p->interp->request_hard_exit(1);
}

void Mux::reap() {
  if (depth_ != 0) return;
  for (size_t i = 1; i < procs_.size();) {
    if (procs_[i]->finished && !procs_[i]->busy)
      procs_.erase(procs_.begin() + long(i));
    else
      i++;
  }
}

}  // namespace il
