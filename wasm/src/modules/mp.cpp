// mp.cpp — `_interleave_mp`, the native half of the multiprocessing package
// (wasm/lib/multiprocessing): processes as interpreters on their own OS
// threads, and handles to the cross-process objects of proc/ (channels,
// shared memory, SemLocks). Blocking calls park only the calling task and
// return None when woken: the Python side then tries again (see
// proc::WaiterList for why wakes are "retry" wakes).
#include <cerrno>
#include <cstring>
#include <thread>

#include "modules/modules.h"
#include "objects/containers.h"
#include "objects/str.h"
#include "proc/channel.h"
#include "proc/process_table.h"
#include "proc/shared_mem.h"
#include "sched/mux.h"
#include "sched/scheduler.h"
#include "vm/vm.h"

namespace il {


using proc::ProcessEntry;
using proc::ProcessTable;

// What a child interpreter runs as its __main__: the Python side imports the
// parent's script as __mp_main__, unpickles the Process object and runs it.
static constexpr const char* kBootstrapSource = "from multiprocessing.spawn import _child_main\n_child_main()\n";
static constexpr const char* kBootstrapFile = "<multiprocessing bootstrap>";

static double timeout_arg(Interp& I, Value v) {
  if (v.empty() || v.is_none()) return -1;
  double t = to_double(I, v);
  return t < 0 ? 0 : t;
}

template <class T>
static std::shared_ptr<T> handle_of(Interp& I, Value h) {
  auto o = std::dynamic_pointer_cast<T>(ProcessTable::get().object(to_int64(I, h)));
  if (!o) I.raise(I.t.ValueError, "invalid or closed multiprocessing handle");
  return o;
}

static const std::string& bytes_data(Interp& I, Value v) {
  if (!v.is_obj() || v.obj()->type != I.t.bytes) I.raise(I.t.TypeError, "a bytes-like object is required, not '%s'", type_name(I, v));
  return v.as<BytesObj>()->data;
}

// ============================================================================
// Processes
// ============================================================================

// The script this interpreter runs (a root: its __main__; a child: its parent's).
static std::shared_ptr<proc::MainScript> main_script(Interp& I, ProcessEntry& self) {
  if (self.main) return self.main;
  auto ms = std::make_shared<proc::MainScript>();
  if (I.main) {
    Value f = dict_get_str(I.main->dict, I.names->__file__);
    if (!f.empty() && is_str(I, f)) {
      ms->filename = std::string(str_view(f));
      auto it = I.vm->sources.find(ms->filename);
      if (it != I.vm->sources.end()) ms->source = it->second;
    }
  }
  self.main = ms;
  return ms;
}

// Pipe ends, as (channel handle, is a receive end): a process opens one when
// it holds a Connection and closes it on close() or at its exit.
using PipeEnds = std::vector<std::pair<int64_t, bool>>;

static void open_end(proc::Channel& c, bool reader) {
  std::lock_guard<std::mutex> l(c.mu);
  (reader ? c.readers : c.writers)++;
}

static void close_end(proc::Channel& c, bool reader) {
  reader ? proc::channel_close_reader(c) : proc::channel_close_writer(c);
}

static void close_ends(const PipeEnds& ends) {
  auto& T = ProcessTable::get();
  for (auto [h, reader] : ends)
    if (auto c = std::dynamic_pointer_cast<proc::Channel>(T.object(h))) close_end(*c, reader);
}

// A child process has ended: its pipe ends close and join() returns. Its
// interpreter may still be tearing down; live_process_gone() follows that.
static void child_finished(const std::shared_ptr<ProcessEntry>& e, int code) {
  auto& T = ProcessTable::get();
  {
    std::lock_guard<std::mutex> l(e->link->mu);
    e->link->interp = nullptr;
  }
  PipeEnds ends;
  {
    std::lock_guard<std::mutex> l(T.mu);
    ends.swap(e->held_ends);
  }
  close_ends(ends);  // as the OS does: readers see EOF, writers a broken pipe
  std::lock_guard<std::mutex> l(T.mu);
  e->finished = true;
  e->exitcode = e->forced_exit ? e->forced_exit : code;
  e->joiners.wake_all(Value::None());  // join() asks again and reads the exit code
}

// The child's interpreter is gone: its slot under the process cap is free,
// and the table may start afresh once every process of the run is gone.
static void live_process_gone(ProcessEntry& e) {
  auto& T = ProcessTable::get();
  std::lock_guard<std::mutex> l(T.mu);
  T.child_exited(e);
}

static void child_exited(const std::shared_ptr<ProcessEntry>& e, int code) {
  child_finished(e, code);
  live_process_gone(*e);
}

static bool forced_before_start(const std::shared_ptr<ProcessEntry>& e) {
  auto& T = ProcessTable::get();
  std::lock_guard<std::mutex> l(T.mu);
  return e->forced_exit != 0;
}

// Parallel mode: the child's interpreter on its own OS thread.
static void run_child(std::shared_ptr<ProcessEntry> e, InterpConfig cfg) {
  int code = 1;
  {
    auto child = std::make_unique<Interp>(std::move(cfg));
    {
      std::lock_guard<std::mutex> l(e->link->mu);
      e->link->interp = child.get();
      if (e->link->interrupt_pending) child->request_interrupt();
    }
    if (!forced_before_start(e)) code = child->run_main(kBootstrapSource, kBootstrapFile);
    // Its output is flushed and its Python code done: joiners need not wait
    // for the heap to be torn down (a millisecond or more for a big heap).
    child_finished(e, code);
  }
  live_process_gone(*e);
}

// Single mode: the child's interpreter takes turns with the others on this
// OS thread (sched/mux.h).
static void add_child_to_mux(Mux& mux, std::shared_ptr<ProcessEntry> e, InterpConfig cfg) {
  auto child = std::make_unique<Interp>(std::move(cfg));
  {
    std::lock_guard<std::mutex> l(e->link->mu);
    e->link->interp = child.get();
    if (e->link->interrupt_pending) child->request_interrupt();
  }
  if (forced_before_start(e) || !child->begin_main(kBootstrapSource, kBootstrapFile)) {
    int code = child->exit_code;
    {
      std::lock_guard<std::mutex> l(e->link->mu);
      e->link->interp = nullptr;
    }
    child.reset();
    child_exited(e, code);
    return;
  }
  mux.add(std::move(child), e->name, [e](int code) { child_exited(e, code); });
}

// start(payload: bytes, name: str) -> pid
static Value mp_start(Interp& I, CallArgs& a) {
  check_nargs(I, a, "start", 2, 2);
  auto& T = ProcessTable::get();
  auto self = T.entry_for(I);
  auto e = std::make_shared<ProcessEntry>();
  e->payload = bytes_data(I, a[0]);
  e->name = std::string(str_of(I, a[1])->view());
  e->ppid = I.config.pid;
  e->main = main_script(I, *self);
  {
    std::lock_guard<std::mutex> l(T.mu);
    if (T.live_children >= T.max_live) e = nullptr;
    else {
      e->pid = T.alloc_pid(I.config.pid);
      T.by_pid[e->pid] = e;
      T.live_children++;
      e->run_root = self->root ? self : self->run_root;
    }
  }
  if (!e) raise_os_error(I, EAGAIN);  // child_pickling(False) releases the ends held for it
  {
    std::lock_guard<std::mutex> l(T.mu);
    e->held_ends = std::move(self->ends_for_child);
    self->ends_for_child.clear();
  }
  InterpConfig cfg;
  cfg.argv = I.config.argv;
  cfg.platform = I.config.platform;
  cfg.out = I.config.out;
  cfg.in = nullptr;  // a child's stdin is /dev/null: input() raises EOFError
  cfg.pid = e->pid;
  cfg.ppid = I.config.pid;
  cfg.child_process = true;
  cfg.memory_limit = I.config.memory_limit;
  cfg.cpu_count = I.config.cpu_count;
  cfg.deterministic = I.config.deterministic;
  // Derived from the parent's seed and the child's place among its siblings
  // (not its pid, which comes from the OS), so a seed replays processes too.
  cfg.seed = I.config.seed * 0x9E3779B97F4A7C15ull + uint64_t(++self->children_started);
  cfg.mux = I.config.mux;
  cfg.vfs = I.config.vfs;
  cfg.trace = I.config.trace;
  cfg.gc_stress = I.config.gc_stress;
  int pid = e->pid;
  if (I.config.mux)
    add_child_to_mux(*I.config.mux, std::move(e), std::move(cfg));
  else
    std::thread(run_child, std::move(e), std::move(cfg)).detach();
  return Value::small(pid);
}

// child_info() -> (payload, main filename, main source, name)
static Value mp_child_info(Interp& I, CallArgs& a) {
  auto self = ProcessTable::get().entry_for(I);
  auto ms = self->main;
  return obj_value(I.tuple({I.new_bytes(self->payload), I.new_str(ms ? ms->filename : ""),
                            I.new_str(ms ? ms->source : ""), I.new_str(self->name)}));
}

// exec_main(module): runs the main script in `module` (the child's __mp_main__).
static Value mp_exec_main(Interp& I, CallArgs& a) {
  check_nargs(I, a, "exec_main", 1, 1);
  auto self = ProcessTable::get().entry_for(I);
  if (!self->main || self->main->source.empty() || !a[0].is_obj() || a[0].obj()->type != I.t.module) return Value::False();
  exec_module_source(I, a[0].as<Module>(), self->main->source, self->main->filename);
  return Value::True();
}

// join(pid, timeout) -> exitcode, False (timed out) or None (woken: ask again)
static Value mp_join(Interp& I, CallArgs& a) {
  check_nargs(I, a, "join", 2, 2);
  auto& T = ProcessTable::get();
  auto e = T.find(int(to_int64(I, a[0])));
  if (!e) I.raise(I.t.ValueError, "no such process");
  double timeout = timeout_arg(I, a[1]);
  auto self = T.entry_for(I)->link;
  std::unique_lock<std::mutex> l(T.mu);
  if (e->finished) {
    e->reaped = true;
    return Value::small(e->exitcode);
  }
  if (timeout == 0) return Value::False();
  return proc::park_on(I, e->joiners, l, timeout, Value::False(), "Process.join", self);
}

// poll(pid) -> exitcode or None
static Value mp_poll(Interp& I, CallArgs& a) {
  auto& T = ProcessTable::get();
  auto e = T.find(int(to_int64(I, a[0])));
  if (!e) return Value::None();
  std::lock_guard<std::mutex> l(T.mu);
  if (!e->finished) return Value::None();
  e->reaped = true;
  return Value::small(e->exitcode);
}

// signal(pid, exitcode): terminate (-15: SIGTERM, which a handler in the
// child may catch) or kill (-9) a child.
static Value mp_signal(Interp& I, CallArgs& a) {
  check_nargs(I, a, "signal", 2, 2);
  ProcessTable::get().send_signal(int(to_int64(I, a[0])), -int(to_int64(I, a[1])));
  return Value::None();
}

// check_terminated(): if this process was terminated or killed, stop it now
// (no Python handler runs, nothing more is printed).
static Value mp_check_terminated(Interp& I, CallArgs& a) {
  auto& T = ProcessTable::get();
  auto self = T.entry_for(I);
  int forced;
  {
    std::lock_guard<std::mutex> l(T.mu);
    forced = self->forced_exit;
  }
  if (forced) {
    I.config.out->flush();
    throw HardExit{forced};
  }
  return Value::None();
}

// self_info() -> (pid, ppid, name or None)
static Value mp_self_info(Interp& I, CallArgs& a) {
  auto self = ProcessTable::get().entry_for(I);
  return obj_value(I.tuple({Value::small(I.config.pid), Value::small(I.config.ppid),
                            self->ppid ? I.new_str(self->name) : Value::None()}));
}

// ============================================================================
// Channels (Queue, Pipe)
// ============================================================================

// chan_new(maxsize, is_pipe) -> handle
static Value mp_chan_new(Interp& I, CallArgs& a) {
  check_nargs(I, a, "chan_new", 2, 2);
  auto c = std::make_shared<proc::Channel>();
  int64_t m = to_int64(I, a[0]);
  c->maxsize = m > 0 ? size_t(m) : 0;
  c->is_pipe = truthy(I, a[1]);
  return I.new_int(ProcessTable::get().add_object(I, c));
}

static Value mp_chan_put(Interp& I, CallArgs& a) {
  check_nargs(I, a, "chan_put", 4, 4);
  auto c = handle_of<proc::Channel>(I, a[0]);
  bool broken;
  {
    std::lock_guard<std::mutex> l(c->mu);
    broken = c->is_pipe && c->readers <= 0;
  }
  // As a write to a pipe or socket whose other end is closed everywhere.
  if (broken) raise_os_error(I, EPIPE);
  return proc::channel_put(I, *c, bytes_data(I, a[1]), truthy(I, a[2]), timeout_arg(I, a[3]));
}

static Value mp_chan_get(Interp& I, CallArgs& a) {
  check_nargs(I, a, "chan_get", 3, 3);
  auto c = handle_of<proc::Channel>(I, a[0]);
  return proc::channel_get(I, *c, truthy(I, a[1]), timeout_arg(I, a[2]));
}

// chan_poll(h, timeout) -> True (data or EOF), False (timed out), None (ask again)
static Value mp_chan_poll(Interp& I, CallArgs& a) {
  check_nargs(I, a, "chan_poll", 2, 2);
  auto c = handle_of<proc::Channel>(I, a[0]);
  double timeout = timeout_arg(I, a[1]);
  std::unique_lock<std::mutex> l(c->mu);
  if (!c->items.empty() || (c->is_pipe && c->writers <= 0)) return Value::True();
  if (timeout == 0) return Value::False();
  return proc::park_on(I, c->getters, l, timeout, Value::False(), "Connection.poll");
}

// chan_free(h): the channel is no longer used by anyone (a manager's reply channel).
static Value mp_chan_free(Interp& I, CallArgs& a) {
  ProcessTable::get().drop_object(to_int64(I, a[0]));
  return Value::None();
}

static Value mp_chan_qsize(Interp& I, CallArgs& a) {
  auto c = handle_of<proc::Channel>(I, a[0]);
  std::lock_guard<std::mutex> l(c->mu);
  return Value::small(int64_t(c->items.size()));
}

static Value mp_chan_full(Interp& I, CallArgs& a) {
  auto c = handle_of<proc::Channel>(I, a[0]);
  std::lock_guard<std::mutex> l(c->mu);
  return Value::boolean(c->maxsize && c->items.size() >= c->maxsize);
}

static Value mp_chan_task_done(Interp& I, CallArgs& a) {
  proc::channel_task_done(I, *handle_of<proc::Channel>(I, a[0]));
  return Value::None();
}

static Value mp_chan_join(Interp& I, CallArgs& a) { return proc::channel_join(I, *handle_of<proc::Channel>(I, a[0])); }

// The (h, reader=False) arguments of chan_attach/chan_detach/chan_hold_for_child.
struct PipeEndArg {
  int64_t h;
  bool reader;
  std::shared_ptr<proc::Channel> c;
};

static PipeEndArg pipe_end_arg(Interp& I, CallArgs& a, const char* name) {
  check_nargs(I, a, name, 1, 2);
  return {to_int64(I, a[0]), a.argc > 1 && truthy(I, a[1]), handle_of<proc::Channel>(I, a[0])};
}

// This process holds the open end (h, reader) from now on: it is closed at
// the process's exit unless chan_detach closes it first.
static void hold_end(Interp& I, int64_t h, bool reader) {
  auto& T = ProcessTable::get();
  auto self = T.entry_for(I);
  std::lock_guard<std::mutex> l(T.mu);
  self->held_ends.emplace_back(h, reader);
}

// chan_attach(h, reader=False): this process holds a send (or receive) end
// of pipe channel h open.
static Value mp_chan_attach(Interp& I, CallArgs& a) {
  auto [h, reader, c] = pipe_end_arg(I, a, "chan_attach");
  open_end(*c, reader);
  hold_end(I, h, reader);
  return Value::None();
}

// chan_open_unowned(h, reader=False): opens an end no process holds yet (a
// Client's connection waiting in a Listener's queue: the client may write
// before the server accepts). chan_adopt(h, reader=False): this process
// takes such an end over (closed at its exit from now on).
static Value mp_chan_open_unowned(Interp& I, CallArgs& a) {
  auto [h, reader, c] = pipe_end_arg(I, a, "chan_open_unowned");
  open_end(*c, reader);
  return Value::None();
}

static Value mp_chan_adopt(Interp& I, CallArgs& a) {
  auto [h, reader, c] = pipe_end_arg(I, a, "chan_adopt");
  hold_end(I, h, reader);
  return Value::None();
}

// chan_detach(h, reader=False): this process closed that end.
static Value mp_chan_detach(Interp& I, CallArgs& a) {
  auto [h, reader, c] = pipe_end_arg(I, a, "chan_detach");
  auto& T = ProcessTable::get();
  auto self = T.entry_for(I);
  {
    std::lock_guard<std::mutex> l(T.mu);
    auto& v = self->held_ends;
    for (size_t i = 0; i < v.size(); i++)
      if (v[i] == std::make_pair(h, reader)) {
        v.erase(v.begin() + long(i));
        break;
      }
  }
  close_end(*c, reader);
  return Value::None();
}

// Is this task inside start()'s pickling of a Process? (Caller holds T.mu.)
static bool pickling_for_child(Interp& I, const ProcessEntry& self) {
  return self.child_pickling_task != 0 && I.current && I.current->id == self.child_pickling_task;
}

// child_pickling(on): start() pickles a Process between child_pickling(True)
// and child_pickling(False); pipe ends held for the child in between go to
// the child that start() creates, and any left over (pickling or start()
// failed) are closed again.
static Value mp_child_pickling(Interp& I, CallArgs& a) {
  check_nargs(I, a, "child_pickling", 1, 1);
  auto& T = ProcessTable::get();
  auto self = T.entry_for(I);
  PipeEnds left;
  {
    std::lock_guard<std::mutex> l(T.mu);
    self->child_pickling_task = truthy(I, a[0]) && I.current ? I.current->id : 0;
    left.swap(self->ends_for_child);
  }
  close_ends(left);
  return Value::None();
}

// chan_hold_for_child(h, reader=False) -> True when start() is pickling a
// Process: that end of pipe channel h is then open on the child's behalf
// (the child's Connection adopts it instead of opening it again).
static Value mp_chan_hold_for_child(Interp& I, CallArgs& a) {
  auto [h, reader, c] = pipe_end_arg(I, a, "chan_hold_for_child");
  auto& T = ProcessTable::get();
  auto self = T.entry_for(I);
  {
    std::lock_guard<std::mutex> l(T.mu);
    if (!pickling_for_child(I, *self)) return Value::False();
    self->ends_for_child.emplace_back(h, reader);
  }
  open_end(*c, reader);
  return Value::True();
}

// may_pickle(h=None) -> whether the object with handle h may be pickled now:
// while start() pickles a Process, or when a Manager made it. Otherwise
// CPython's locks, queues and synchronized values refuse ("... should only be
// shared between processes through inheritance"): a Pool task or a Queue item
// is no way to pass them.
static Value mp_may_pickle(Interp& I, CallArgs& a) {
  check_nargs(I, a, "may_pickle", 0, 1);
  auto& T = ProcessTable::get();
  auto self = T.entry_for(I);
  {
    std::lock_guard<std::mutex> l(T.mu);
    if (pickling_for_child(I, *self)) return Value::True();
  }
  if (a.argc == 0 || a[0].is_none()) return Value::False();
  auto o = T.object(to_int64(I, a[0]));
  return Value::boolean(o && o->pickles_anywhere);
}

// forking_dumps(dumps, obj, protocol): dumps(obj, protocol) with forking()
// true meanwhile: multiprocessing.reduction.ForkingPickler, in native code
// because every Queue.put and Pipe.send goes through it.
static Value mp_forking_dumps(Interp& I, CallArgs& a) {
  check_nargs(I, a, "forking_dumps", 3, 3);
  struct Depth {
    int& d;
    explicit Depth(int& depth) : d(depth) { d++; }
    ~Depth() { d--; }
  } depth(I.vm->mp_forking_depth);
  Value args[2] = {a[1], a[2]};
  return call(I, a[0], args, 2);
}

static Value mp_forking(Interp& I, CallArgs& a) { return Value::boolean(I.vm->mp_forking_depth > 0); }

// pickles_anywhere(h): a Manager made this object (see may_pickle).
static Value mp_pickles_anywhere(Interp& I, CallArgs& a) {
  check_nargs(I, a, "pickles_anywhere", 1, 1);
  if (auto o = ProcessTable::get().object(to_int64(I, a[0]))) o->pickles_anywhere = true;
  return Value::None();
}

// ============================================================================
// Shared memory
// ============================================================================

static const proc::TypeCode& typecode_arg(Interp& I, Value v) {
  std::string_view s = str_of(I, v)->view();
  const proc::TypeCode* tc = s.size() == 1 ? proc::find_typecode(s[0]) : nullptr;
  if (!tc) I.raise(I.t.TypeError, "unsupported type code '%.*s'", int(s.size()), s.data());
  return *tc;
}

static Value mp_typecode_info(Interp& I, CallArgs& a) {
  auto& tc = typecode_arg(I, a[0]);
  return obj_value(I.tuple({Value::small(tc.size), I.new_str(tc.ctype)}));
}

static Value mp_shm_new(Interp& I, CallArgs& a) {
  int64_t n = to_int64(I, a[0]);
  if (n < 0) I.raise(I.t.ValueError, "negative size");
  return I.new_int(ProcessTable::get().add_object(I, std::make_shared<proc::SharedBuffer>(size_t(n))));
}

static void check_index(Interp& I, proc::SharedBuffer& b, const proc::TypeCode& tc, int64_t i) {
  if (i < 0 || size_t(i + 1) * size_t(tc.size) > b.size) I.raise(I.t.IndexError, "invalid index");
}

// shm_get(h, code, i)
static Value mp_shm_get(Interp& I, CallArgs& a) {
  auto b = handle_of<proc::SharedBuffer>(I, a[0]);
  auto& tc = typecode_arg(I, a[1]);
  int64_t i = to_int64(I, a[2]);
  check_index(I, *b, tc, i);
  return proc::shm_load(I, *b, tc, size_t(i));
}

// shm_set(h, code, i, value)
static Value mp_shm_set(Interp& I, CallArgs& a) {
  auto b = handle_of<proc::SharedBuffer>(I, a[0]);
  auto& tc = typecode_arg(I, a[1]);
  int64_t i = to_int64(I, a[2]);
  check_index(I, *b, tc, i);
  proc::shm_store(I, *b, tc, size_t(i), a[3]);
  return Value::None();
}

// shm_getlist(h, code, start, stop, step) -> list
static Value mp_shm_getlist(Interp& I, CallArgs& a) {
  auto b = handle_of<proc::SharedBuffer>(I, a[0]);
  auto& tc = typecode_arg(I, a[1]);
  int64_t start = to_int64(I, a[2]), stop = to_int64(I, a[3]), step = to_int64(I, a[4]);
  List* out = I.list();
  for (int64_t i = start; step > 0 ? i < stop : i > stop; i += step) {
    check_index(I, *b, tc, i);
    out->items.push_back(proc::shm_load(I, *b, tc, size_t(i)));
  }
  return obj_value(out);
}

// shm_bytes(h, start, stop) -> bytes (for 'c' arrays' .value / .raw)
static Value mp_shm_bytes(Interp& I, CallArgs& a) {
  auto b = handle_of<proc::SharedBuffer>(I, a[0]);
  int64_t start = to_int64(I, a[1]), stop = to_int64(I, a[2]);
  if (start < 0) start = 0;
  if (stop > int64_t(b->size)) stop = int64_t(b->size);
  if (stop < start) stop = start;
  std::string s(reinterpret_cast<char*>(b->bytes()) + start, size_t(stop - start));
  return I.new_bytes(s);
}

// shm_write(h, start, data): copies bytes into the buffer (shared_memory's buf).
static Value mp_shm_write(Interp& I, CallArgs& a) {
  check_nargs(I, a, "shm_write", 3, 3);
  auto b = handle_of<proc::SharedBuffer>(I, a[0]);
  int64_t start = to_int64(I, a[1]);
  std::string_view data = bytes_data(I, a[2]);
  if (start < 0 || size_t(start) + data.size() > b->size) I.raise(I.t.IndexError, "index out of bounds on dimension 1");
  std::memcpy(b->bytes() + start, data.data(), data.size());
  return Value::None();
}

// shm_named(name, create, size) -> (handle, size): a named block, as
// shm_open(): create=True makes it (FileExistsError if the name is taken),
// else attaches to it (FileNotFoundError if there is none).
static Value mp_shm_named(Interp& I, CallArgs& a) {
  check_nargs(I, a, "shm_named", 3, 3);
  std::string name(str_of(I, a[0])->view());
  bool create = truthy(I, a[1]);
  int64_t size = to_int64(I, a[2]);
  auto& T = ProcessTable::get();
  int64_t h = 0;
  {
    std::lock_guard<std::mutex> l(T.mu);
    auto it = T.names.find("shm:" + name);
    if (it != T.names.end()) h = it->second;
  }
  Value path = I.new_str("/" + name);
  if (create) {
    if (h) raise_os_error(I, EEXIST, path);
    h = T.add_object(I, std::make_shared<proc::SharedBuffer>(size_t(size)));
    std::lock_guard<std::mutex> l(T.mu);
    T.names["shm:" + name] = h;
  } else if (!h) {
    raise_os_error(I, ENOENT, path);
  }
  auto b = handle_of<proc::SharedBuffer>(I, I.new_int(h));
  return obj_value(I.tuple({I.new_int(h), I.new_int(int64_t(b->size))}));
}

// shm_unlink(name): the name goes; blocks already attached stay usable.
static Value mp_shm_unlink(Interp& I, CallArgs& a) {
  check_nargs(I, a, "shm_unlink", 1, 1);
  std::string name(str_of(I, a[0])->view());
  auto& T = ProcessTable::get();
  bool found;
  {
    std::lock_guard<std::mutex> l(T.mu);
    found = T.names.erase("shm:" + name) > 0;
  }
  if (!found) raise_os_error(I, ENOENT, I.new_str("/" + name));
  return Value::None();
}

// name_bind(key, h) -> False if the key is taken; name_lookup(key) -> h or
// None; name_unbind(key): Listener addresses ("addr:...").
static Value mp_name_bind(Interp& I, CallArgs& a) {
  check_nargs(I, a, "name_bind", 2, 2);
  auto& T = ProcessTable::get();
  std::lock_guard<std::mutex> l(T.mu);
  return Value::boolean(T.names.emplace(std::string(str_of(I, a[0])->view()), to_int64(I, a[1])).second);
}

static Value mp_name_lookup(Interp& I, CallArgs& a) {
  check_nargs(I, a, "name_lookup", 1, 1);
  auto& T = ProcessTable::get();
  std::lock_guard<std::mutex> l(T.mu);
  auto it = T.names.find(std::string(str_of(I, a[0])->view()));
  return it == T.names.end() ? Value::None() : I.new_int(it->second);
}

static Value mp_name_unbind(Interp& I, CallArgs& a) {
  check_nargs(I, a, "name_unbind", 1, 1);
  auto& T = ProcessTable::get();
  std::lock_guard<std::mutex> l(T.mu);
  T.names.erase(std::string(str_of(I, a[0])->view()));
  return Value::None();
}

// ============================================================================
// SemLock
// ============================================================================

// sem_new(kind, value, maxvalue) -> handle
static Value mp_sem_new(Interp& I, CallArgs& a) {
  check_nargs(I, a, "sem_new", 3, 3);
  auto s = std::make_shared<proc::SemLock>();
  s->kind = int(to_int64(I, a[0]));
  s->value = to_int64(I, a[1]);
  s->maxvalue = to_int64(I, a[2]);
  if (s->value < 0) I.raise(I.t.ValueError, "semaphore initial value must be >= 0");
  return I.new_int(ProcessTable::get().add_object(I, s));
}

static Value mp_sem_acquire(Interp& I, CallArgs& a) {
  check_nargs(I, a, "sem_acquire", 3, 3);
  auto s = handle_of<proc::SemLock>(I, a[0]);
  return proc::semlock_acquire(I, *s, truthy(I, a[1]), timeout_arg(I, a[2]));
}

static Value mp_sem_release(Interp& I, CallArgs& a) {
  proc::semlock_release(I, *handle_of<proc::SemLock>(I, a[0]));
  return Value::None();
}

// sem_info(h) -> (value, count, is_mine, owner_pid, owner_tid)
static Value mp_sem_info(Interp& I, CallArgs& a) {
  auto s = handle_of<proc::SemLock>(I, a[0]);
  std::lock_guard<std::mutex> l(s->mu);
  int tid = I.current ? I.current->id : 0;
  bool mine = s->count > 0 && s->owner_pid == I.config.pid && s->owner_tid == tid;
  return obj_value(I.tuple({I.new_int(s->value), I.new_int(s->count), Value::boolean(mine),
                            Value::small(s->owner_pid), Value::small(s->owner_tid)}));
}

// ============================================================================
// Registration
// ============================================================================

static const MethodDef kMpFunctions[] = {
    {"start", mp_start},
    {"child_info", mp_child_info},
    {"exec_main", mp_exec_main},
    {"join", mp_join},
    {"poll", mp_poll},
    {"signal", mp_signal},
    {"check_terminated", mp_check_terminated},
    {"self_info", mp_self_info},
    {"chan_new", mp_chan_new},
    {"chan_put", mp_chan_put},
    {"chan_get", mp_chan_get},
    {"chan_poll", mp_chan_poll},
    {"chan_qsize", mp_chan_qsize},
    {"chan_free", mp_chan_free},
    {"chan_full", mp_chan_full},
    {"chan_task_done", mp_chan_task_done},
    {"chan_join", mp_chan_join},
    {"chan_attach", mp_chan_attach},
    {"chan_detach", mp_chan_detach},
    {"child_pickling", mp_child_pickling},
    {"chan_hold_for_child", mp_chan_hold_for_child},
    {"may_pickle", mp_may_pickle},
    {"pickles_anywhere", mp_pickles_anywhere},
    {"typecode_info", mp_typecode_info},
    {"name_bind", mp_name_bind},
    {"name_lookup", mp_name_lookup},
    {"name_unbind", mp_name_unbind},
    {"chan_open_unowned", mp_chan_open_unowned},
    {"chan_adopt", mp_chan_adopt},
    {"forking_dumps", mp_forking_dumps},
    {"forking", mp_forking},
    {"shm_new", mp_shm_new},
    {"shm_write", mp_shm_write},
    {"shm_named", mp_shm_named},
    {"shm_unlink", mp_shm_unlink},
    {"shm_get", mp_shm_get},
    {"shm_set", mp_shm_set},
    {"shm_getlist", mp_shm_getlist},
    {"shm_bytes", mp_shm_bytes},
    {"sem_new", mp_sem_new},
    {"sem_acquire", mp_sem_acquire},
    {"sem_release", mp_sem_release},
    {"sem_info", mp_sem_info},
};

Module* init_mp_module(Interp& I) {
  Module* m = I.new_module("_interleave_mp");
  add_functions(I, m, kMpFunctions);
  set_attr_str(I, m, "SEM_VALUE_MAX", I.new_int(int64_t(INT32_MAX)));
  return m;
}

}  // namespace il
