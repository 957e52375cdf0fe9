// Architecture tests (issue 2, point 5): interpreters are independent
// instances, Python calls don't use the C++ stack, and an interrupt from
// another OS thread reaches a running loop.
#include <gtest/gtest.h>
#include <pthread.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <string>
#include <thread>

#include "capture_sink.h"
#include "vm/interp.h"

namespace {

struct RunResult {
  int code = -1;
  std::string out, err;
};

RunResult run_program(const std::string& src) {
  CaptureSink sink;
  il::InterpConfig cfg;
  cfg.argv = {"test.py"};
  cfg.out = &sink;
  RunResult r;
  {
    il::Interp interp(std::move(cfg));
    r.code = interp.run_main(src, "test.py");
  }
  r.out = sink.out();
  r.err = sink.err();
  return r;
}

// Runs fn on a new OS thread whose stack is `stack_bytes` (std::thread can't
// choose its stack size).
void run_on_thread_with_stack(size_t stack_bytes, void (*fn)(void*), void* arg) {
  struct Box {
    void (*fn)(void*);
    void* arg;
  } box{fn, arg};
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, stack_bytes);
  pthread_t th;
  auto entry = [](void* p) -> void* {
    auto* b = static_cast<Box*>(p);
    b->fn(b->arg);
    return nullptr;
  };
  ASSERT_EQ(pthread_create(&th, &attr, entry, &box), 0);
  pthread_join(th, nullptr);
  pthread_attr_destroy(&attr);
}

const char* kRecursion =
    "import sys\n"
    "sys.setrecursionlimit(100000)\n"
    "def f(n):\n"
    "    return 0 if n == 0 else 1 + f(n - 1)\n"
    "print(f(50000))\n";

}  // namespace

// Two interpreters on two OS threads at once, running different programs,
// each gets its own result (no shared mutable state; run under -DIL_TSAN=ON
// this is also the ThreadSanitizer check).
TEST(Interp, TwoInterpretersOnTwoThreads) {
  RunResult a, b;
  std::thread ta([&] {
    a = run_program(
        "import threading\n"
        "total = 0\n"
        "lock = threading.Lock()\n"
        "def add(n):\n"
        "    global total\n"
        "    for i in range(n):\n"
        "        with lock: total += i\n"
        "ts = [threading.Thread(target=add, args=(2000,)) for _ in range(4)]\n"
        "for t in ts: t.start()\n"
        "for t in ts: t.join()\n"
        "print('a', total)\n");
  });
  std::thread tb([&] {
    b = run_program(
        "d = {}\n"
        "for i in range(20000): d[str(i)] = i * i\n"
        "print('b', sum(d.values()), len(d), 2 ** 100)\n");
  });
  ta.join();
  tb.join();
  EXPECT_EQ(a.code, 0) << a.err;
  EXPECT_EQ(a.out, "a 7996000\n");
  EXPECT_EQ(b.code, 0) << b.err;
  EXPECT_EQ(b.out, "b 2666466670000 20000 1267650600228229401496703205376\n");
}

// A Python-to-Python call never recurses in C++: 50,000 nested calls fit in
// an OS thread with 256 KiB of stack.
TEST(Interp, StacklessDeepRecursionOnSmallStack) {
  static RunResult r;
  run_on_thread_with_stack(256 * 1024, [](void*) { r = run_program(kRecursion); }, nullptr);
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "50000\n");
}

// At the default limit, f(5000) raises RecursionError as CPython does.
TEST(Interp, DefaultRecursionLimit) {
  RunResult r = run_program(
      "def f(n):\n"
      "    return 0 if n == 0 else 1 + f(n - 1)\n"
      "f(5000)\n");
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("RecursionError: maximum recursion depth exceeded"), std::string::npos) << r.err;
}

// KeyboardInterrupt injected from another OS thread is raised in a running
// `while True: pass`. (The time it takes is printed, not asserted.)
TEST(Interp, InterruptFromAnotherThread) {
  CaptureSink sink;
  il::InterpConfig cfg;
  cfg.argv = {"test.py"};
  cfg.out = &sink;
  il::Interp interp(std::move(cfg));
  std::atomic<bool> started{false};
  std::chrono::steady_clock::time_point sent;
  std::thread stopper([&] {
    while (sink.out().find("spinning") == std::string::npos) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    sent = std::chrono::steady_clock::now();
    started = true;
    interp.request_interrupt();
  });
  int code = interp.run_main("print('spinning', flush=True)\nwhile True:\n    pass\n", "test.py");
  auto took = std::chrono::steady_clock::now() - sent;
  stopper.join();
  EXPECT_TRUE(started.load());
  EXPECT_EQ(code, 130);
  EXPECT_NE(sink.err().find("KeyboardInterrupt"), std::string::npos) << sink.err();
  std::printf("interrupt reached the loop after %.3f ms\n",
              std::chrono::duration<double, std::milli>(took).count());
}

// Issue 5/7: the browser runs program after program in one module, each root
// interpreter on a fresh thread whose stack often lands where the last one
// was. A root built at its predecessor's address (with the same pid) must not
// be taken for it by the process table: its children would import the
// previous program as __mp_main__. Each run also numbers its children afresh.
TEST(Interp, RootAtAPreviousRootsAddressSpawnsItsOwnChildren) {
  alignas(il::Interp) unsigned char storage[sizeof(il::Interp)];
  for (std::string name : {"first", "second"}) {
    CaptureSink sink;
    il::InterpConfig cfg;
    cfg.argv = {"test.py"};
    cfg.out = &sink;
    cfg.pid = 42;
    // The target's name differs per run: a stale __mp_main__ lacks it.
    std::string src = "from multiprocessing import Process\n"
                      "def job_" + name + "():\n    print('" + name + "')\n"
                      "if __name__ == '__main__':\n"
                      "    p = Process(target=job_" + name + ")\n"
                      "    p.start()\n"
                      "    p.join()\n"
                      "    print('parent', p.exitcode, p.pid)\n";
    auto* interp = new (storage) il::Interp(std::move(cfg));
    int code = interp->run_main(src, "test.py");
    interp->~Interp();
    EXPECT_EQ(code, 0) << name << ": " << sink.err();
    EXPECT_EQ(sink.out(), name + "\nparent 0 43\n") << sink.err();
  }
}
