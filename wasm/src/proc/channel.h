// channel.h — byte-message queues shared across interpreters: the transport
// under multiprocessing's Queue, SimpleQueue, JoinableQueue and Pipe.
// Messages are pickled bytes; blocking parks only the waiting task.
#pragma once
#include <deque>
#include <string>

#include "proc/process_table.h"

namespace il::proc {

struct Channel : SharedObject {
  std::deque<std::string> items;
  size_t maxsize = 0;        // 0 = unbounded
  int writers = 0;           // open send ends (pipes): none left + empty = EOF
  int readers = 0;           // open receive ends (pipes): none left = a send is a broken pipe
  bool is_pipe = false;
  int64_t unfinished = 0;    // JoinableQueue: puts not yet task_done()
  WaiterList getters, putters, joiners;
};

// put: True when stored, False when full (non-blocking / timed out), or
// Value::Suspend()/None from parking (the caller retries after a None).
Value channel_put(Interp& I, Channel& c, std::string msg, bool block, double timeout);
// get: the message as bytes, False when empty (non-blocking / timed out),
// Suspend()/None from parking; raises EOFError on a pipe with no writer left.
Value channel_get(Interp& I, Channel& c, bool block, double timeout);
// JoinableQueue.task_done / join.
void channel_task_done(Interp& I, Channel& c);
Value channel_join(Interp& I, Channel& c);
// A send end closed (pipes): wakes readers so they see EOF.
void channel_close_writer(Channel& c);
// A receive end closed (pipes).
void channel_close_reader(Channel& c);

}  // namespace il::proc
