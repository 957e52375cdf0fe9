// cli.cpp — the native command line: `interleave FILE.py [args]` and
// `interleave -c CODE [args]`, behaving like python3 (stdout, stderr,
// tracebacks, exit codes, stdin for input()).
#include <unistd.h>

#include <algorithm>
#include <climits>
#include <csignal>
#include <cstdlib>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <mutex>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "lang/codeunit.h"
#include "proc/process_table.h"
#include "sched/mux.h"
#include "vm/interp.h"

namespace {

// Thread-safe output: stdout is buffered (like CPython writing to a pipe),
// stderr is written at once; stdout is flushed first so the two stay ordered.
class StdioSink : public il::OutputSink {
 public:
  // Why 64 KiB: few write syscalls for programs that print millions of lines,
  // small enough that a long-running program's output still appears promptly.
  static constexpr size_t kFlushAt = 64 * 1024;

  explicit StdioSink(bool line_buffered) : line_buffered_(line_buffered) {}
  void write(int fd, std::string_view data, int, int) override {
    std::lock_guard<std::mutex> lock(mu_);
    if (fd == 2) {
      flush_locked();
      write_all(2, data);
      return;
    }
    buf_.append(data);
    if (buf_.size() >= kFlushAt || (line_buffered_ && data.find('\n') != std::string_view::npos)) flush_locked();
  }
  void flush() override {
    std::lock_guard<std::mutex> lock(mu_);
    flush_locked();
  }

 private:
  static void write_all(int fd, std::string_view d) {
    while (!d.empty()) {
      ssize_t n = ::write(fd, d.data(), d.size());
      if (n <= 0) return;
      d.remove_prefix(size_t(n));
    }
  }
  void flush_locked() {
    write_all(1, buf_);
    buf_.clear();
  }
  std::mutex mu_;
  std::string buf_;
  bool line_buffered_;
};

class StdinSource : public il::InputSource {
 public:
  bool read_line(std::string& line) override {
    line.clear();
    int c;
    bool any = false;
    while ((c = std::fgetc(stdin)) != EOF) {
      any = true;
      line.push_back(char(c));
      if (c == '\n') return true;
    }
    return any;
  }
};

il::Interp* g_interp = nullptr;
int g_sigint_pipe[2] = {-1, -1};

// Ctrl-C reaches every process of the run, as SIGINT reaches a terminal's
// whole process group: each gets KeyboardInterrupt. The handler only writes
// a byte (async-signal-safe); this thread does the locking work.
void sigint_watcher() {
  char b;
  while (read(g_sigint_pipe[0], &b, 1) == 1) {
    if (il::Interp* root = g_interp) il::proc::ProcessTable::get().interrupt_all(*root);
  }
}

void on_sigint(int) {
  char b = 1;
  ssize_t n = write(g_sigint_pipe[1], &b, 1);
  (void)n;
}

int usage() {
  std::fprintf(stderr,
               "usage: interleave [--mode parallel|single] [--seed N] [--trace FILE] [--max-processes N]\n"
               "                  [-c CODE | FILE.py] [args...]\n"
               "  --mode M       parallel (default): each process on its own OS thread;\n"
               "                 single: every process takes turns on one OS thread\n"
               "  --seed N       deterministic mode (implies single): seeded scheduling and a\n"
               "                 virtual clock; the same N gives byte-identical output\n"
               "  --trace FILE   write scheduler events (JSON lines) to FILE ('-' = stderr)\n"
               "  --max-processes N  live child processes allowed at once (default 64); one\n"
               "                 more start() raises BlockingIOError [Errno 11]\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::string source, filename;
  std::vector<std::string> args;
  bool deterministic = false;
  bool single = false;
  uint64_t seed = 0;
  std::string trace_path;
  bool dump_bytecode = false;
  bool gc_stress = false;
  int i = 1;
  for (; i < argc; i++) {
    std::string a = argv[i];
    if (a == "--gc-stress") {  // debug switch: collect at every safe point
      gc_stress = true;
      continue;
    }
    if (a == "--dis") {  // debug switch: print the bytecode, don't run
      dump_bytecode = true;
      continue;
    }
    if (a == "--seed" || a == "--trace" || a == "--mode" || a == "--max-processes") {
      if (i + 1 >= argc) return usage();
      std::string v = argv[++i];
      // --seed and --max-processes take a non-negative integer.
      uint64_t n = 0;
      if (a == "--seed" || a == "--max-processes") {
        char* end = nullptr;
        n = std::strtoull(v.c_str(), &end, 10);
        if (v.empty() || *end || v[0] == '-') {
          std::fprintf(stderr, "interleave: %s needs a non-negative integer, not '%s'\n", a.c_str(), v.c_str());
          return 2;
        }
      }
      if (a == "--max-processes") {
        il::proc::ProcessTable::get().max_live = int(std::min<uint64_t>(n, INT32_MAX));
      } else if (a == "--trace") {
        trace_path = v;
      } else if (a == "--mode") {
        if (v != "parallel" && v != "single") {
          std::fprintf(stderr, "interleave: --mode is parallel or single, not '%s'\n", v.c_str());
          return 2;
        }
        single = v == "single";
      } else {
        seed = n;
        deterministic = true;
      }
      continue;
    }
    if (a == "-c") {
      if (i + 1 >= argc) return usage();
      source = argv[i + 1];
      filename = "<string>";
      args.push_back("-c");
      i += 2;
      break;
    }
    if (a == "-h" || a == "--help") {
      usage();
      return 0;
    }
    if (!a.empty() && a[0] == '-' && a != "-") {
      std::fprintf(stderr, "interleave: unknown option %s\n", a.c_str());
      return usage();
    }
    filename = a;
    std::ifstream in(a, std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "interleave: can't open file '%s': [Errno 2] No such file or directory\n", a.c_str());
      return 2;
    }
    std::stringstream ss;
    ss << in.rdbuf();
    source = ss.str();
    args.push_back(a);
    i++;
    break;
  }
  if (filename.empty()) return usage();
  for (; i < argc; i++) args.push_back(argv[i]);

  if (dump_bytecode) {
    auto r = il::lang::compile_source(source, filename, il::lang::CompileMode::Exec);
    if (!r.code) {
      std::fprintf(stderr, "interleave: %s does not compile\n", filename.c_str());
      return 1;
    }
    std::fputs(il::lang::disassemble(*r.code).c_str(), stdout);
    return 0;
  }
  StdioSink sink(isatty(1));
  StdinSource input;
  il::InterpConfig cfg;
  cfg.argv = args;
  cfg.out = &sink;
  cfg.in = &input;
  cfg.pid = int(getpid());
  cfg.ppid = int(getppid());
  if (deterministic) {  // pids are virtual too (as in the browser), so a seed replays them
    cfg.pid = 42;
    cfg.ppid = 1;
  }
  unsigned hc = std::thread::hardware_concurrency();
  cfg.cpu_count = hc ? int(hc) : 1;
  cfg.deterministic = deterministic;
  cfg.seed = seed;
  cfg.gc_stress = gc_stress;
  // Single mode: processes take turns on this thread. Deterministic mode
  // needs it, since a seed can only replay what one thread does.
  std::unique_ptr<il::Mux> mux;
  if (single || deterministic) {
    mux = std::make_unique<il::Mux>(deterministic, seed);
    cfg.mux = mux.get();
  }
  std::FILE* trace_file = nullptr;
  if (!trace_path.empty()) {
    trace_file = trace_path == "-" ? stderr : std::fopen(trace_path.c_str(), "w");
    if (!trace_file) {
      std::fprintf(stderr, "interleave: can't write trace file '%s'\n", trace_path.c_str());
      return 2;
    }
    cfg.trace = [trace_file](std::string_view line) {
      std::fwrite(line.data(), 1, line.size(), trace_file);
      std::fputc('\n', trace_file);
    };
  }
  // The interpreter is never destroyed: child processes (other OS threads)
  // may still post to it, and the OS reclaims everything at _Exit below.
  auto* interp = new il::Interp(std::move(cfg));
  g_interp = interp;
  if (pipe(g_sigint_pipe) == 0) {
    std::thread(sigint_watcher).detach();
    std::signal(SIGINT, on_sigint);
  }
  int code = interp->run_main(source, filename);
  g_interp = nullptr;
  sink.flush();
  if (trace_file && trace_file != stderr) std::fclose(trace_file);
  // Child processes are interpreters on other OS threads; a run that ends
  // abruptly (a deadlock report, an uncaught error with children alive) must
  // not destroy the output sink under them. Ending the OS process at once is
  // what CPython's exit does to its children's threads too.
  std::fflush(nullptr);
  std::_Exit(code);
}
