// web.cpp — the Emscripten host: the runtime as a WebAssembly module driven
// from JavaScript (web/public/runtime-worker.js in the browser, wasm/run.mjs
// under Node). The only file besides cli.cpp that knows its host.
//
// Two builds come from this file (scripts/build-wasm.sh):
//
// * parallel (-pthread, __EMSCRIPTEN_PTHREADS__): il_start() runs the program
//   on its own pthread and returns at once, so the JS thread that hosts the
//   module stays free to handle Stop. Output goes into a ring buffer in the
//   (shared) wasm memory that JS drains — the page reads it directly once per
//   animation frame. A full ring blocks the writer like a pipe: nothing is
//   dropped. input() parks the interpreter thread on a futex until JS stores a
//   line into the shared input slot.
// * single (no pthreads): every interpreter of a run (its processes) takes
//   turns on the calling thread (sched/mux.h). Output is handed to
//   Module.ilWrite(fd, pid, tid, ptr, len). Two ways to run:
//   - il_start() runs the program to completion; input() asks
//     Module.ilReadLine() synchronously (null = end of input). wasm/run.mjs.
//   - il_begin() + il_step(): the program runs in slices, and the worker goes
//     back to its event loop in between, so Stop and typed input() lines
//     arrive while it runs (the browser). input() parks its task until the
//     worker calls il_input().
//
// Exported C entry points (see EXPORTED_FUNCTIONS in CMakeLists.txt):
//   il_check(src)         compiles without running; JSON {ok} or the SyntaxError
//   il_start(src, file, argv, deterministic, seed, switch_interval)
//   il_begin(...) / il_step(budget_ms) / il_wait_ms() / il_waits_input() / il_input(line)
//                         single build: a run in slices (see il_step)
//   il_interrupt()        Stop: KeyboardInterrupt in every process's main thread
//   il_warmup()           run a warm-up program (the optimising tier kicks in)
//   il_layout()           JSON offsets of the shared state (parallel build)
//   il_is_parallel()
#include <emscripten.h>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <condition_variable>
#include <cstring>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "lang/codeunit.h"
#include "modules/vfs.h"
#include "objects/str.h"
#include "proc/process_table.h"
#include "sched/mux.h"
#include "sched/scheduler.h"
#include "vm/interp.h"
#include "vm/vm.h"

#ifdef __EMSCRIPTEN_PTHREADS__
#include <emscripten/threading.h>
#include <pthread.h>
#endif

namespace {

// ---------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------

// argv arrives as one string, arguments separated by U+001F (unit separator):
// simpler than marshalling a JS array, and no real argument contains it.
std::vector<std::string> split_argv(const char* joined) {
  std::vector<std::string> out;
  std::string cur;
  for (const char* p = joined; *p; p++) {
    if (*p == '\x1f') {
      out.push_back(cur);
      cur.clear();
    } else {
      cur.push_back(*p);
    }
  }
  out.push_back(cur);
  return out;
}

// The interpreter of the current run (null between runs); guarded so that a
// Stop arriving while the run ends never touches a destroyed Interp.
std::mutex g_interp_mu;
il::Interp* g_interp = nullptr;
std::atomic<bool> g_stop_requested{false};

// Stop while input() blocks: Stop is SIGINT. In the main thread its handler
// runs right here, as CPython runs it in an interrupted input(): by default a
// KeyboardInterrupt comes out of input(); a handler that returns lets input()
// go on waiting (returns). In another thread input() raises KeyboardInterrupt.
void take_stop_in_input() {
  il::Interp* I = g_interp;
  g_stop_requested.store(false);
  if (I->current == I->main_task) {
    il::signal_dispatch(*I);
    return;
  }
  I->pending_signals.fetch_and(~il::Interp::signal_bit(il::kSigInt));
  I->raise_value(il::Value::object(I->t.KeyboardInterrupt));
}

#ifdef __EMSCRIPTEN_PTHREADS__
// ---------------------------------------------------------------------------
// Parallel build: shared state in wasm memory, read and written by JS too.
// ---------------------------------------------------------------------------

// Why 1 MiB: a frame's worth of output for very chatty programs (two million
// short lines drain in a few hundred frames) while the page stays responsive.
constexpr uint32_t kRingCap = 1u << 20;  // power of two: offsets stay valid across u32 wrap
// Output records longer than this are split, so one write never needs the
// whole ring (the reader may be mid-way through it).
constexpr uint32_t kMaxChunk = kRingCap / 4;
// Longest input() line delivered at once; longer lines are cut (a typed line).
constexpr uint32_t kInputCap = 64 * 1024;
// How long a blocked writer/reader sleeps before re-checking Stop (ms).
constexpr double kWaitSliceMs = 50;
constexpr uint32_t kRecordHeader = 16;  // len, fd, pid, tid (int32 each)
constexpr uint32_t kWrapMarker = 0xffffffffu;

// JS reads these by index (Int32Array over the wasm memory): il_layout().
enum : int {
  kWriteTotal = 0,  // bytes ever written to the ring (u32, wraps)
  kReadTotal,       // bytes ever consumed by JS (u32, wraps); JS notifies it
  kRunState,        // 0 idle, 1 running, 2 finished (exit code valid)
  kExitCode,
  kInputState,      // 0 none, 1 interpreter waits, 2 line ready, 3 EOF
  kInputLen,
  kRunId,           // bumped per run
  kWordCount = 8,
};

struct alignas(16) Shared {
  std::atomic<int32_t> words[kWordCount];
  // When the run ended (set before kRunState becomes 2): ms on the clock
  // every worker and the page share (performance.timeOrigin + now()), so the
  // page's run time does not wait for the animation frame that notices.
  double exit_at_ms;
  uint8_t input[kInputCap];
  uint8_t ring[kRingCap];
};
// Static, so it sits in the initial memory below any growth.
Shared g_shared;

std::atomic<int32_t>& word(int i) { return g_shared.words[i]; }
volatile void* word_addr(int i) { return &g_shared.words[i]; }

class RingSink : public il::OutputSink {
 public:
  void write(int fd, std::string_view data, int pid, int tid) override {
    std::lock_guard<std::mutex> lock(mu_);
    while (!data.empty()) {
      uint32_t chunk = uint32_t(std::min<size_t>(data.size(), kMaxChunk));
      put(fd, data.substr(0, chunk), pid, tid);
      data.remove_prefix(chunk);
    }
  }

 private:
  void put(int fd, std::string_view data, int pid, int tid) {
    uint32_t len = uint32_t(data.size());
    uint32_t need = kRecordHeader + ((len + 3) & ~3u);
    uint32_t w = uint32_t(word(kWriteTotal).load(std::memory_order_relaxed));
    uint32_t pos = w & (kRingCap - 1);
    uint32_t tail = kRingCap - pos;
    uint32_t total = need + (tail < need ? tail : 0);
    for (;;) {
      uint32_t r = uint32_t(word(kReadTotal).load(std::memory_order_acquire));
      if (kRingCap - (w - r) >= total) break;
      // Full: block like a pipe until the reader frees space.
      emscripten_futex_wait(word_addr(kReadTotal), r, kWaitSliceMs);
    }
    if (tail < need) {  // no room before the end: mark the wrap, start at 0
      std::memcpy(g_shared.ring + pos, &kWrapMarker, 4);
      w += tail;
      pos = 0;
    }
    int32_t hdr[4] = {int32_t(len), fd, pid, tid};
    std::memcpy(g_shared.ring + pos, hdr, sizeof hdr);
    std::memcpy(g_shared.ring + pos + kRecordHeader, data.data(), len);
    word(kWriteTotal).store(int32_t(w + need), std::memory_order_release);
  }
  std::mutex mu_;
};

class SharedInput : public il::InputSource {
 public:
  bool read_line(std::string& line) override {
    std::lock_guard<std::mutex> lock(mu_);
    line.clear();
    word(kInputState).store(1);
    for (;;) {
      int32_t st = word(kInputState).load();
      if (st != 1) break;
      // (The SIGINT bit too: Stop sets it just after g_stop_requested.)
      if (g_stop_requested.load() || (g_interp->pending_signals.load() & il::Interp::signal_bit(il::kSigInt))) {
        word(kInputState).store(0);
        take_stop_in_input();
        word(kInputState).store(1);  // a handler returned: still waiting
        continue;
      }
      emscripten_futex_wait(word_addr(kInputState), 1, kWaitSliceMs);
    }
    int32_t st = word(kInputState).load();
    if (st == 2) {
      uint32_t n = std::min<uint32_t>(uint32_t(word(kInputLen).load()), kInputCap);
      line.assign(reinterpret_cast<const char*>(g_shared.input), n);
    }
    word(kInputState).store(0);
    return st == 2;
  }

 private:
  std::mutex mu_;
};

RingSink g_sink;
SharedInput g_input;

#else
// ---------------------------------------------------------------------------
// Single build: JS callbacks on the one thread.
// ---------------------------------------------------------------------------

class CallbackSink : public il::OutputSink {
 public:
  void write(int fd, std::string_view data, int pid, int tid) override {
    EM_ASM({ Module.ilWrite($0, $1, $2, $3, $4); }, fd, pid, tid, data.data(), data.size());
  }
  void flush() override {
    EM_ASM({ if (Module.ilFlush) Module.ilFlush(); });
  }
};

class CallbackInput : public il::InputSource {
 public:
  bool read_line(std::string& line) override {
    line.clear();
    // EM_ASM_INT: 3.1.6 has no EM_ASM_PTR; pointers are 32-bit on wasm32.
    char* s = reinterpret_cast<char*>(EM_ASM_INT({
      var l = Module.ilReadLine ? Module.ilReadLine() : null;
      if (l === null || l === undefined) return 0;
      var n = lengthBytesUTF8(l) + 1;
      var p = _malloc(n);
      stringToUTF8(l, p, n);
      return p;
    }));  // NOLINT
    if (g_stop_requested.load()) {
      if (s) std::free(s);
      take_stop_in_input();  // a handler returned: this read found no line
      return false;
    }
    if (!s) return false;
    line = s;
    std::free(s);
    return true;
  }
};

// il_begin runs: input() lines come later, as il_input() calls.
class EventInput : public il::InputSource {
 public:
  bool read_line(std::string& line) override {
    line.clear();
    return false;
  }
  bool arrives_later() const override { return true; }
};

CallbackSink g_sink;
CallbackInput g_input;
EventInput g_event_input;
#endif

struct RunRequest {
  std::string source, filename;
  std::vector<std::string> argv;
  bool deterministic = false;
  uint64_t seed = 0;
  double switch_interval = 0;
  // Node (wasm/run.mjs): the program sees the real files through
  // Emscripten's FS (NODEFS mounts). Browser: a fresh in-memory VFS per run.
  bool host_fs = false;
};

int cpu_count() {
#ifdef __EMSCRIPTEN_PTHREADS__
  int n = emscripten_num_logical_cores();
  return n > 0 ? n : 1;
#else
  return 1;
#endif
}

// Everything a run owns. Destroyed in reverse order: the processes (owned by
// the mux), the main interpreter, then the files they all shared.
struct Run {
  std::unique_ptr<il::VFS> memory_fs;
  std::unique_ptr<il::Mux> mux;
  std::unique_ptr<il::Interp> interp;
  ~Run() {
    mux.reset();
    interp.reset();
  }
};

// Creates the run's interpreter. Single mode (the single build, or a seeded
// run: a seed can only replay one thread) gets a mux for its processes.
void make_run(Run& run, const RunRequest& req, il::InputSource* in) {
  il::InterpConfig cfg;
  cfg.argv = req.argv;
  cfg.out = &g_sink;
  cfg.in = in;
  // A browser has no process ids; these look like a fresh process's.
  cfg.pid = 42;
  cfg.ppid = 1;
  cfg.cpu_count = cpu_count();
  cfg.deterministic = req.deterministic;
  cfg.seed = req.seed;
  if (!req.host_fs) {
    run.memory_fs = il::new_memory_vfs();
    cfg.vfs = run.memory_fs.get();
  }
#ifdef __EMSCRIPTEN_PTHREADS__
  bool single = req.deterministic;
#else
  bool single = true;
#endif
  if (single) {
    run.mux = std::make_unique<il::Mux>(req.deterministic, req.seed);
    cfg.mux = run.mux.get();
  }
  run.interp = std::make_unique<il::Interp>(std::move(cfg));
  if (req.switch_interval > 0) run.interp->switch_interval = req.switch_interval;
  std::lock_guard<std::mutex> lock(g_interp_mu);
  g_interp = run.interp.get();
}

void forget_interp() {
  std::lock_guard<std::mutex> lock(g_interp_mu);
  g_interp = nullptr;
}

int internal_error(const std::exception& e) {
  forget_interp();
  std::string msg = std::string("interleave: internal error: ") + e.what() + "\n";
  g_sink.write(2, msg, 0, 0);
  return 70;  // EX_SOFTWARE
}

int run_program(const RunRequest& req) {
  int code;
  try {
    Run run;
    make_run(run, req, &g_input);
    code = run.interp->run_main(req.source, req.filename);
    forget_interp();
  } catch (const std::exception& e) {
    code = internal_error(e);
  }
  g_sink.flush();
  g_stop_requested.store(false);
  return code;
}

#ifndef __EMSCRIPTEN_PTHREADS__
// The run of il_begin/il_step (single build), between slices.
std::unique_ptr<Run> g_slice_run;
double g_wait_ms = 0;

int end_slice_run(int code) {
  forget_interp();
  g_slice_run.reset();
  g_sink.flush();
  g_stop_requested.store(false);
  return code;
}
#endif

#ifdef __EMSCRIPTEN_PTHREADS__
// A clock the page and every worker share (each worker's performance.now()
// has its own origin).
EM_JS(double, il_shared_clock_ms, (), { return performance.timeOrigin + performance.now(); });

// Why 64 MiB: the eval loop is stackless, but native code calling back into
// Python nests (up to kMaxNestedEval levels, each a few hundred KiB at worst).
constexpr size_t kInterpStack = 64u << 20;
// Why 4: the interpreter's thread and two or three processes, what most
// multiprocessing examples start; a bigger program makes the rest on demand.
constexpr int kSpareWorkers = 4;

void* run_thread(void* arg) {
  RunRequest* req = static_cast<RunRequest*>(arg);
  int code = run_program(*req);
  delete req;
  g_shared.exit_at_ms = il_shared_clock_ms();
  word(kExitCode).store(code);
  word(kRunState).store(2);
  emscripten_futex_wake(word_addr(kRunState), 1 << 30);
  return nullptr;
}
#endif

}  // namespace

extern "C" {

// Compiles `source` without running it. Returns JSON: {"ok":true} or
// {"ok":false,"type","msg","line","col","endLine","endCol","text"} (CPython's
// SyntaxError fields). The string lives until the next call on this thread.
EMSCRIPTEN_KEEPALIVE const char* il_check(const char* source) {
  static thread_local std::string out;
  out.clear();
  auto res = il::lang::compile_source(source, "main.py", il::lang::CompileMode::Exec);
  if (!res.error) {
    out = "{\"ok\":true}";
    return out.c_str();
  }
  const auto& e = *res.error;
  out = "{\"ok\":false,\"type\":";
  il::str_append_json(out, e.type);
  out += ",\"msg\":";
  il::str_append_json(out, e.msg);
  out += ",\"line\":" + std::to_string(e.line) + ",\"col\":" + std::to_string(e.offset) +
         ",\"endLine\":" + std::to_string(e.end_line) + ",\"endCol\":" + std::to_string(e.end_offset) +
         ",\"text\":";
  il::str_append_json(out, e.text);
  out += "}";
  return out.c_str();
}

// Runs wasm/lib/_il_warmup.py on the calling thread, output discarded, so the
// engine's optimising tier compiles the interpreter loop before a visitor's
// first run (the module's code is shared by every worker). ~30 ms of
// native-speed work; the page calls it once when idle, never before ?run=1.
EMSCRIPTEN_KEEPALIVE void il_warmup() {
  class Discard : public il::OutputSink {
   public:
    void write(int, std::string_view, int, int) override {}
    void flush() override {}
  } discard;
  il::InterpConfig cfg;
  cfg.out = &discard;
  cfg.argv = {"<warmup>"};
  cfg.pid = 41;
  auto fs = il::new_memory_vfs();
  cfg.vfs = fs.get();
  try {
    il::Interp interp(std::move(cfg));
    interp.run_main("import _il_warmup\n", "<warmup>");
  } catch (const std::exception&) {
    // A warm-up that fails costs only speed.
  }
#ifdef __EMSCRIPTEN_PTHREADS__
  // Web Workers for the first program's processes: a worker a pthread needs
  // and the pool lacks is made on the spot, and loading it costs a
  // multiprocessing program's first run tens of ms per process. Threads alive
  // at once grow the pool; when they end, their workers stay in it. They are
  // not joined: a new worker loads only once this thread is back in its
  // event loop.
  struct Gate {
    std::mutex mu;
    std::condition_variable cv;
    int arrived = 0;
  };
  auto gate = std::make_shared<Gate>();
  auto meet = [](void* arg) -> void* {
    std::shared_ptr<Gate> g = *static_cast<std::shared_ptr<Gate>*>(arg);
    delete static_cast<std::shared_ptr<Gate>*>(arg);
    std::unique_lock<std::mutex> l(g->mu);
    if (++g->arrived == kSpareWorkers) g->cv.notify_all();
    // Bounded: should a worker never come, the others still end.
    g->cv.wait_for(l, std::chrono::seconds(10), [&g] { return g->arrived >= kSpareWorkers; });
    return nullptr;
  };
  for (int i = 0; i < kSpareWorkers; i++) {
    pthread_t th;
    auto* arg = new std::shared_ptr<Gate>(gate);
    if (pthread_create(&th, nullptr, meet, arg) != 0) {
      delete arg;
      break;
    }
    pthread_detach(th);
  }
#endif
}

// Starts a run. `argv` holds sys.argv joined by U+001F; `host_fs`: use the
// host's files (Emscripten FS; Node) instead of an in-memory VFS. Parallel build:
// returns 0 at once (-1 if a run is active); completion shows in the shared
// run-state word. Single build: runs to completion and returns the exit code.
EMSCRIPTEN_KEEPALIVE int il_start(const char* source, const char* filename, const char* argv,
                                  int deterministic, double seed, double switch_interval, int host_fs) {
  auto* req = new RunRequest;
  req->source = source;
  req->filename = filename;
  req->argv = split_argv(argv);
  req->deterministic = deterministic != 0;
  req->seed = uint64_t(seed);
  req->switch_interval = switch_interval;
  req->host_fs = host_fs != 0;
  g_stop_requested.store(false);
#ifdef __EMSCRIPTEN_PTHREADS__
  if (word(kRunState).load() == 1) {
    delete req;
    return -1;
  }
  word(kRunState).store(1);
  word(kExitCode).store(0);
  word(kInputState).store(0);
  word(kRunId).fetch_add(1);
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, kInterpStack);
  pthread_t th;
  int rc = pthread_create(&th, &attr, run_thread, req);
  pthread_attr_destroy(&attr);
  if (rc != 0) {
    delete req;
    word(kRunState).store(0);
    return -2;
  }
  pthread_detach(th);
  return 0;
#else
  int code = run_program(*req);
  delete req;
  return code;
#endif
}

#ifndef __EMSCRIPTEN_PTHREADS__
// Single build: begins a run that il_step() then runs in slices (same
// arguments as il_start, always with an in-memory file system). Returns 0, or
// -1 if a run is active.
EMSCRIPTEN_KEEPALIVE int il_begin(const char* source, const char* filename, const char* argv, int deterministic,
                                  double seed, double switch_interval) {
  if (g_slice_run) return -1;
  RunRequest req;
  req.source = source;
  req.filename = filename;
  req.argv = split_argv(argv);
  req.deterministic = deterministic != 0;
  req.seed = uint64_t(seed);
  req.switch_interval = switch_interval;
  g_stop_requested.store(false);
  g_slice_run = std::make_unique<Run>();
  try {
    make_run(*g_slice_run, req, &g_event_input);
    if (g_slice_run->interp->begin_main(req.source, req.filename))
      g_slice_run->mux->attach(*g_slice_run->interp);
  } catch (const std::exception& e) {
    internal_error(e);
    g_slice_run.reset();
  }
  return 0;
}

// Runs the begun program for about `budget_ms`. Returns its exit code (>= 0)
// once it has ended; -1: call again (after letting events in); -2: nothing
// can run for il_wait_ms() ms; -3: only an input line (il_input) or a Stop
// can wake it.
EMSCRIPTEN_KEEPALIVE int il_step(double budget_ms) {
  if (!g_slice_run) return 70;
  Run& run = *g_slice_run;
  if (!run.mux->has_attached()) return end_slice_run(run.interp->exit_code);  // a SyntaxError
  try {
    double wait_s = -1;
    switch (run.mux->run_slice(budget_ms / 1000, wait_s)) {
      case il::StepResult::Finished:
        return end_slice_run(run.mux->end_run());
      case il::StepResult::Runnable:
        return -1;
      case il::StepResult::Idle:
        g_sink.flush();
        g_wait_ms = wait_s * 1000;
        return wait_s < 0 ? -3 : -2;
    }
  } catch (const std::exception& e) {
    internal_error(e);
    return end_slice_run(70);
  }
  return -1;
}

EMSCRIPTEN_KEEPALIVE double il_wait_ms() { return g_wait_ms; }

// 1 while the program's input() waits for a line.
EMSCRIPTEN_KEEPALIVE int il_waits_input() { return g_slice_run && g_slice_run->interp->waits_for_input() ? 1 : 0; }

// A line typed for input() (without its newline is fine); null: end of input.
// Returns 1 if an input() took it.
EMSCRIPTEN_KEEPALIVE int il_input(const char* line) {
  if (!g_slice_run) return 0;
  std::string s = line ? line : "";
  return g_slice_run->interp->provide_input(line ? &s : nullptr) ? 1 : 0;
}
#endif

// Stop: KeyboardInterrupt in every process's main task, waking sleeping schedulers.
// Thread-safe; in the single build reachable between il_step slices.
EMSCRIPTEN_KEEPALIVE void il_interrupt() {
  g_stop_requested.store(true);
  std::lock_guard<std::mutex> lock(g_interp_mu);
  if (!g_interp) return;
  // As Ctrl-C in a terminal: every process of the run gets KeyboardInterrupt.
  il::proc::ProcessTable::get().interrupt_all(*g_interp);
}

EMSCRIPTEN_KEEPALIVE int il_is_parallel() {
#ifdef __EMSCRIPTEN_PTHREADS__
  return 1;
#else
  return 0;
#endif
}

// Where JS finds the shared state (parallel build): byte offsets in memory.
EMSCRIPTEN_KEEPALIVE const char* il_layout() {
  static std::string out;
#ifdef __EMSCRIPTEN_PTHREADS__
  out = "{\"words\":" + std::to_string(uintptr_t(&g_shared.words[0])) +
        ",\"input\":" + std::to_string(uintptr_t(g_shared.input)) +
        ",\"inputCap\":" + std::to_string(kInputCap) +
        ",\"ring\":" + std::to_string(uintptr_t(g_shared.ring)) +
        ",\"ringCap\":" + std::to_string(kRingCap) +
        ",\"exitAt\":" + std::to_string(uintptr_t(&g_shared.exit_at_ms)) +
        ",\"idx\":{\"write\":" + std::to_string(kWriteTotal) + ",\"read\":" + std::to_string(kReadTotal) +
        ",\"state\":" + std::to_string(kRunState) + ",\"exit\":" + std::to_string(kExitCode) +
        ",\"input\":" + std::to_string(kInputState) + ",\"inputLen\":" + std::to_string(kInputLen) +
        ",\"runId\":" + std::to_string(kRunId) + "}}";
#else
  out = "null";
#endif
  return out.c_str();
}

}  // extern "C"
