// Teardown tests: a Heap frees every size class correctly, and an Interp that
// built every kind of object (threads, generators, greenlets, frame objects,
// bigints, exceptions, files, a child process ...) is destroyed cleanly.
//
// Why: the native CLI ends with std::_Exit and never destroys its Interp, but
// the web host destroys one after every run; a teardown bug once crashed
// every wasm run while every native test passed. These run the same
// destruction natively (and under ASan/valgrind when built so).
#include <gtest/gtest.h>

#include <cstdio>
#include <cstring>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "capture_sink.h"
#include "vm/interp.h"
#include "vm/object.h"

namespace {

// A layout with a destructor (never skipped by the sweep) that fills its
// whole block, trailing bytes included, with a pattern derived from `tag`:
// a block handed out twice, or a bitmap overlapping blocks, breaks the
// pattern or the live count.
struct Probe : il::Object {
  static int live;
  uint32_t tag;
  uint32_t extra;  // trailing bytes beyond sizeof(Probe)
  Probe(uint32_t t, uint32_t n) : tag(t), extra(n) {
    live++;
    std::memset(tail(), int(t & 0xff), extra);
  }
  ~Probe() override {
    live--;
    tag = 0xdeadu;
  }
  unsigned char* tail() { return reinterpret_cast<unsigned char*>(this + 1); }
  bool intact() {
    for (uint32_t i = 0; i < extra; i++)
      if (tail()[i] != (tag & 0xff)) return false;
    return true;
  }
};
int Probe::live = 0;

TEST(Teardown, HeapEverySizeClass) {
  {
    il::Heap heap;
    std::vector<Probe*> all;
    std::vector<size_t> sizes;
    // Every size class from the smallest Probe to past the large-object
    // limit, with more than two pages' worth of the small classes.
    for (size_t size = sizeof(Probe); size <= il::Heap::kSmallLimit + 64; size += 8) {
      size_t count = 2 * il::Heap::kPageBytes / size + 3;
      if (size > il::Heap::kSmallLimit) count = 4;
      for (size_t i = 0; i < count; i++) {
        uint32_t tag = uint32_t(all.size());
        all.push_back(heap.make_sized<Probe>(nullptr, size, tag, uint32_t(size - sizeof(Probe))));
        sizes.push_back(size);
      }
    }
    // Plain headers: the sweep frees them without a destructor call.
    for (int i = 0; i < 3000; i++) heap.make<il::Object>(nullptr);
    ASSERT_EQ(Probe::live, int(all.size()));
    for (Probe* p : all) ASSERT_TRUE(p->intact()) << "tag " << p->tag;

    // Keep every third probe; the rest die.
    std::vector<Probe*> kept;
    for (size_t i = 0; i < all.size(); i += 3) kept.push_back(all[i]);
    auto roots = [&](il::Tracer& t) {
      for (Probe* p : kept) t.visit(p);
    };
    heap.collect(roots);
    EXPECT_EQ(Probe::live, int(kept.size()));
    for (Probe* p : kept) ASSERT_TRUE(p->intact()) << "tag " << p->tag;

    // Freed blocks are reused without disturbing the survivors, and a second
    // collection (the other mark epoch) keeps what is still reachable.
    std::vector<Probe*> fresh;
    for (size_t i = 0; i < all.size(); i += 2) {
      size_t size = sizes[i];  // all[i] may be freed by now
      fresh.push_back(heap.make_sized<Probe>(nullptr, size, uint32_t(i + 7), uint32_t(size - sizeof(Probe))));
    }
    for (Probe* p : kept) ASSERT_TRUE(p->intact()) << "tag " << p->tag;
    for (Probe* p : fresh) ASSERT_TRUE(p->intact()) << "tag " << p->tag;
    kept.insert(kept.end(), fresh.begin(), fresh.end());
    heap.collect(roots);
    heap.collect(roots);
    EXPECT_EQ(Probe::live, int(kept.size()));
    for (Probe* p : kept) ASSERT_TRUE(p->intact()) << "tag " << p->tag;
  }
  // The heap's destructor ran every remaining destructor exactly once.
  EXPECT_EQ(Probe::live, 0);
}

// Builds every kind of object and leaves much of it alive (suspended
// generators and greenlets, a daemon thread still running, an open file,
// frame objects of live frames) for the Interp's destructor. SCALE and
// TEARDOWN_FILE are prepended by the test.
const char* kEverything = R"PY(import time, sys, threading, _thread, asyncio, collections, greenlet, io

# Closures, classes with __dict__/__slots__, bound methods, properties.
def make_counter(start):
    n = [start]
    def inc(step=1):
        nonlocal start
        start += step
        n[0] += step
        return n[0]
    return inc

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    @property
    def norm2(self):
        return self.x * self.x + self.y * self.y
    @classmethod
    def origin(cls):
        return cls(0, 0)
    @staticmethod
    def unit():
        return Point(1, 0)

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a, self.b = 1.5, 2j

class Error(Exception):
    pass

counters = [make_counter(i) for i in range(50)]
points = [Point(i, float(i)) for i in range(300)]
slotted = [Slotted() for _ in range(100)]
plain = [object() for _ in range(50 * SCALE)]         # the smallest size class, several pages
methods = [p.__init__ for p in points[:20]]
props = [Point.norm2, Point.origin, Point.unit]

# Numbers: small ints, bigints of every size, floats, complex.
bigs = [3 ** k for k in range(0, 4000, 37)]
negs = [-(7 ** k) for k in range(200)]
floats = [i / 7 for i in range(20 * SCALE)]
cplx = [complex(i, -i) for i in range(100)]

# Containers: dicts (small and resized), sets, lists, tuples, strs, bytes.
dicts = [{str(i): i, i: [i], (i, i): {i}} for i in range(200)]
big_dict = {i: str(i) * (i % 5) for i in range(200 * SCALE)}
sets = [set(range(i)) for i in range(60)] + [frozenset("abc")]
tuples = [tuple(range(i)) for i in range(0, 400, 7)]   # up to large-object tuples
strs = ["x" * i + "é" * (i % 3) for i in range(0, 3000, 13)]
blobs = [bytes(range(i % 256)) for i in range(100)] + [bytearray(b"abc" * 400)]
views = [memoryview(b) for b in blobs[:5]]
dq = collections.deque(range(1000), maxlen=700)
od = collections.OrderedDict((i, i) for i in range(50))
dd = collections.defaultdict(list)
for i in range(100):
    dd[i % 7].append(i)
ranges = [range(i), slice(1, i, 2)]
huge_range = range(10 ** 30)

# Exceptions with tracebacks, chained causes and contexts, kept alive.
def fail(depth):
    if depth == 0:
        raise Error("deep", depth)
    return fail(depth - 1)

caught = []
for i in range(50):
    try:
        try:
            fail(i % 10)
        except Error as e:
            raise KeyError(i) from e
    except KeyError as e:
        caught.append(e)
tb_frames = [e.__traceback__.tb_frame for e in caught[:5]]

# Generators: finished, suspended mid-iteration, never started; generator
# expressions; a coroutine never awaited; an async generator left open.
def gen(n):
    for i in range(n):
        yield i
    return n

done = list(gen(10))
suspended = [gen(100) for _ in range(30)]
for g in suspended:
    next(g)
never_started = [gen(5) for _ in range(10)]
genexps = [(x * 2 for x in range(10)) for _ in range(5)]
for ge in genexps:
    next(ge)

async def coro():
    await asyncio.sleep(0)
    return 1

unawaited = coro()

async def agen():
    yield 1
    yield 2

# Frame objects of live frames (detached at teardown).
def keep_frame():
    return sys._getframe()
frames = [keep_frame() for _ in range(5)]
here = sys._getframe()

# Greenlets: one finished, one suspended in the middle of a switch chain.
def child(x):
    y = main_gl.switch(x + 1)
    return y * 2

main_gl = greenlet.getcurrent()
g1 = greenlet.greenlet(child)
g1.switch(1)                     # suspended inside child
g2 = greenlet.greenlet(lambda: 42)
g2.switch()                      # finished

# Threads: finished ones, and a daemon one blocked on a lock at exit.
results = []
def work(n):
    results.append(sum(range(n)))
threads = [threading.Thread(target=work, args=(i * 100,)) for i in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
blocker = threading.Lock()
blocker.acquire()
def spin():
    while True:
        time.sleep(0.01)
stuck = threading.Thread(target=spin, daemon=True)
stuck.start()
_thread.start_new_thread(work, (10,))
cond = threading.Condition()
ev = threading.Event()

# asyncio: a loop run to completion with pending-at-exit tasks cancelled.
async def main():
    async def sleeper(i):
        await asyncio.sleep(0)
        return i
    r = await asyncio.gather(*(sleeper(i) for i in range(20)))
    ag = agen()
    await ag.__anext__()          # left suspended
    return r, ag
gathered, open_agen = asyncio.run(main())

# Files: one closed, one left open (its descriptor is closed at teardown).
path = TEARDOWN_FILE
with open(path, "w") as f:
    f.write("hello\n" * 100)
left_open = open(path)
left_open.readline()
sio = io.StringIO("a\nb\n")

# Garbage past the first collection threshold, so sweeps run before teardown.
for round in range(6):
    junk = [[str(i), float(i), {i: i}, (i, i), Point(i, i)] for i in range(200 * SCALE)]
    # Dicts that outgrow their inline room (and copies, merges, clears of
    # them), dying in the sweeps: their storage must be freed there.
    grown = [dict.fromkeys(range(i % 12)) for i in range(50 * SCALE)]
    grown += [dict(d) for d in grown[:100]] + [{**d, "k": 1} for d in grown[:100]]
    for d in grown[::7]:
        d.clear()
del junk, grown

print(len(bigs), sum(floats) > 0, len(caught), done,
      g1.dead, g2.dead, gathered[-1], left_open.readline().strip(),
      counters[3](2), points[2].norm2, dq[0])

# A process: a second interpreter on its own OS thread, built and torn down.
import multiprocessing
def child_work(q):
    q.put([str(i) * 3 for i in range(1000)][-1])

if __name__ == "__main__":
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=child_work, args=(q,))
    p.start()
    print(q.get())
    p.join()
    print(p.exitcode)
)PY";

struct Outcome {
  int code = -1;
  std::string out, err;
};

// Runs the program in an Interp on a fresh OS thread and destroys it there,
// as the web host does (thread-local frame caches are freed at thread exit).
Outcome run_and_destroy(int scale, bool gc_stress) {
  std::string path = ::testing::TempDir() + "il_teardown_" + std::to_string(scale) + ".txt";
  std::string src = "SCALE = " + std::to_string(scale) + "\nTEARDOWN_FILE = \"" + path + "\"\n" + kEverything;
  CaptureSink sink;
  Outcome r;
  std::thread th([&] {
    il::InterpConfig cfg;
    cfg.argv = {"teardown.py"};
    cfg.out = &sink;
    cfg.gc_stress = gc_stress;
    il::Interp interp(std::move(cfg));
    r.code = interp.run_main(src, "teardown.py");
  });
  th.join();
  std::remove(path.c_str());
  r.out = sink.out();
  r.err = sink.err();
  return r;
}

// The parent's line, the child process's (it runs the module too), the
// child's queue item and its exit code.
const char* kExpected =
    "109 True 50 [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] False True 19 hello 5 8.0 300\n"
    "109 True 50 [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] False True 19 hello 5 8.0 300\n"
    "999999999\n"
    "0\n";

TEST(Teardown, InterpWithEveryKindOfObject) {
  // SCALE 100: several pages per size class and a few collections first.
  Outcome r = run_and_destroy(100, false);
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, kExpected);
  EXPECT_EQ(r.err, "");
}

TEST(Teardown, InterpWithEveryKindOfObjectGcStress) {
  // A collection at every safe point: every object dies or survives many
  // sweeps (both mark epochs) before the teardown.
  Outcome r = run_and_destroy(1, true);
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, kExpected);
  EXPECT_EQ(r.err, "");
}

}  // namespace
