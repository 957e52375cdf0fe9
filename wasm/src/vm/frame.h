// frame.h — heap-allocated frames and the task that owns a chain of them.
//
// The VM is stackless: a Python-to-Python call allocates a Frame, links it
// on top of the task's chain and continues in the same eval loop. A task can
// therefore be suspended between any two instructions (preemption, a blocking
// call, a generator's yield, a greenlet switch) by simply not running it.
#pragma once
#include <cstdint>
#include <cstdlib>
#include <deque>
#include <string>

#include "vm/interp.h"

namespace il {

enum class BlockKind : uint8_t { Finally, ExceptHandler };

struct Block {
  uint32_t handler;
  uint32_t level;   // value-stack depth to restore
  BlockKind kind;
};

// Freed frames kept for reuse, per size class, by one interpreter (in its
// VMState; each interpreter runs on one OS thread at a time): a call
// otherwise costs a malloc/free pair (14% of a method-call benchmark), and a
// thread_local cache cost another 15% of a call-heavy benchmark in its TLS
// accesses. Why these sizes: 64-byte classes up to 4 KiB cover nearly every
// frame, and 32 spares per class cover the depth of ordinary call chains.
struct FramePool {
  static constexpr size_t kGranule = 64;
  static constexpr size_t kClasses = 64;
  static constexpr size_t kSpares = 32;
  void* spare[kClasses][kSpares];
  uint8_t count[kClasses] = {};
  FramePool() = default;
  FramePool(const FramePool&) = delete;
  ~FramePool();
};

struct Frame {
  Code* code = nullptr;
  Frame* back = nullptr;            // caller (toward the task's first frame)
  Func* func = nullptr;             // null for module/exec code
  Dict* globals = nullptr;
  Dict* builtins = nullptr;
  Dict* locals = nullptr;           // LOAD_NAME namespace (module, class body, exec); null in functions
  GeneratorObj* gen = nullptr;      // owning generator, if any
  uint32_t pc = 0;                  // next instruction word
  uint32_t sp = 0;                  // value-stack depth
  uint32_t nblocks = 0;
  uint32_t lasti = 0;               // start of the instruction being executed (tracebacks)
  // Nested-eval boundary: when this frame returns, the eval loop that was
  // entered for it returns to its native caller instead of continuing below.
  bool is_entry = false;
  // A call made by this frame is a "discard result" call (e.g. __init__ via type call).
  uint8_t call_kind = 0;
  uint8_t size_class = 0;           // Frame::create's allocation class (0: plain malloc)
  Value call_aux;                   // instance being constructed by __init__ (call_kind 1)
  // The Python frame object (vm/frame_object.cpp) made for this frame by
  // sys._getframe, a traceback or f_back; null until asked for. When the frame
  // is destroyed the object keeps a snapshot (locals, line, f_back).
  Object* pyframe = nullptr;
  Block* blocks = nullptr;          // maxblocks entries
  Value* slots = nullptr;           // nlocals + ncells + nfree, then the value stack

  Value* stack() { return slots + code->nlocals + code->ncells + code->nfree; }
  Value* cells() { return slots + code->nlocals; }
  int line() const { return code->line_at(lasti); }
  void trace(Tracer& t);

  // Empty variables. Frames are malloc blocks: any of them may go back
  // through any pool, or none (a generator's frame freed by a sweep).
  static Frame* create(Code* code, FramePool* pool = nullptr);
  static void destroy(Frame* f, FramePool* pool = nullptr);
};

enum class TaskState : uint8_t { New, Runnable, Running, Parked, Done };
enum class ResumeMode : uint8_t { None, PushValue, Raise };

struct Task;

// What a parked task waits on, for the deadlock report and trace events.
struct WaitInfo {
  std::string kind;        // "Lock", "join", "sleep", "Condition", ...
  std::string what;        // a description of the object waited on
  Task* holder = nullptr;  // the task that could wake it (lock owner, thread joined), if known
  std::string held_at;     // "file.py:12" where the holder acquired it
};

// A FIFO of parked tasks, embedded in every blocking object (sched/).
struct WaitQueue {
  std::deque<Task*> waiters;
  bool empty() const { return waiters.empty(); }
};

// One line of execution inside an interpreter: the main thread, each Python
// thread, each greenlet. The scheduler (sched/) decides which one runs.
struct Task {
  Frame* top = nullptr;             // innermost frame
  int depth = 0;                    // frames in the chain (recursion limit)
  Value handled_exc;                // the exception being handled (sys.exc_info), empty if none
  TaskState state = TaskState::New;
  Value resume_value;               // pushed as the result of the call that parked
  Value resume_exc;                 // raised instead, if set (timeouts, interrupts)
  Value thread_obj;                 // the threading.Thread (or greenlet) this task runs
  int id = 0;                       // ident
  std::string name;                 // for reports ("MainThread", "Thread-1 (worker)")
  ResumeMode resume_mode = ResumeMode::None;
  WaitQueue* waiting_on = nullptr;  // queue the task is parked on (null: timer only)
  WaitInfo wait;                    // what it waits for (deadlock report)
  uint64_t park_gen = 0;            // bumps at every park: stale timers are ignored
  int base_depth = 0;               // I.eval_depth of this task's outermost eval loop
  bool nested_parked = false;       // parked inside a nested eval (woken in place)
  bool end_traced = false;          // its "end" trace event was emitted
  bool runs_signal_handler = false; // runs a signal handler for the parked main task (modules/signal.cpp)
  Value timeout_value;              // resume value if the park times out
  WaitQueue joiners;                // tasks in join() on this one
  Value result;                     // entry frame's return value when Done
  Value exc;                        // exception that ended the task, if any
  // Per-thread state of asyncio and async generators (CPython keeps it in the
  // thread state), on a thread's own task (Scheduler::thread_of for greenlets).
  Value asyncio_loop;               // the running event loop (asyncio._get_running_loop())
  Value asyncgen_firstiter;         // sys.set_asyncgen_hooks(firstiter=, finalizer=)
  Value asyncgen_finalizer;
  void trace(Tracer& t);
};

}  // namespace il
