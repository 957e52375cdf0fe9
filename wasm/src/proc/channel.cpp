// channel.cpp — blocking put/get on cross-interpreter message queues.
#include "proc/channel.h"

#include "sched/scheduler.h"

namespace il::proc {

Value channel_put(Interp& I, Channel& c, std::string msg, bool block, double timeout) {
  std::unique_lock<std::mutex> lk(c.mu);
  if (c.maxsize == 0 || c.items.size() < c.maxsize) {
    c.items.push_back(std::move(msg));
    c.unfinished++;
    c.getters.wake_all(Value::None());
    return Value::True();
  }
  if (!block) return Value::False();
  return park_on(I, c.putters, lk, timeout, Value::False(), "Queue.put");
}

Value channel_get(Interp& I, Channel& c, bool block, double timeout) {
  std::unique_lock<std::mutex> lk(c.mu);
  if (!c.items.empty()) {
    std::string m = std::move(c.items.front());
    c.items.pop_front();
    c.putters.wake_all(Value::None());
    lk.unlock();
    return I.new_bytes(m);
  }
  if (c.is_pipe && c.writers <= 0) {
    lk.unlock();
    I.raise_value(obj_value(I.t.EOFError));  // EOFError(), no message, as CPython's
  }
  if (!block) return Value::False();
  return park_on(I, c.getters, lk, timeout, Value::False(), c.is_pipe ? "Connection.recv" : "Queue.get");
}

void channel_task_done(Interp& I, Channel& c) {
  std::unique_lock<std::mutex> lk(c.mu);
  if (c.unfinished <= 0) {
    lk.unlock();
    I.raise(I.t.ValueError, "task_done() called too many times");
  }
  if (--c.unfinished == 0) c.joiners.wake_all(Value::None());
}

Value channel_join(Interp& I, Channel& c) {
  std::unique_lock<std::mutex> lk(c.mu);
  if (c.unfinished <= 0) return Value::True();
  return park_on(I, c.joiners, lk, -1, Value::False(), "JoinableQueue.join");
}

void channel_close_writer(Channel& c) {
  std::lock_guard<std::mutex> lk(c.mu);
  if (c.writers > 0) c.writers--;
  if (c.writers == 0) c.getters.wake_all(Value::None());
}

void channel_close_reader(Channel& c) {
  std::lock_guard<std::mutex> lk(c.mu);
  if (c.readers > 0) c.readers--;
}

}  // namespace il::proc
