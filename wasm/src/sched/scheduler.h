// scheduler.h — the per-interpreter scheduler (tasks, wait queues, timers).
// The threads issue fills this in; for now an interpreter runs one task.
#pragma once

namespace il {

class Scheduler {
 public:
  virtual ~Scheduler() = default;
};

}  // namespace il
