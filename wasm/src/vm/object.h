// object.h — the heap object header and the per-interpreter garbage collector.
//
// Memory model (see docs/architecture.md, "Memory"): every object belongs to
// exactly one interpreter's Heap. Collection is mark-and-sweep and runs only
// at safe points of the outermost eval loop (never inside native code, never
// inside a nested eval loop), so native code may hold raw Values in C++ locals
// freely: nothing moves and nothing is freed under it. This replaces the
// reference counting the design brief suggested: no inc/dec on hot paths, no
// leaks from cycles, and no way for a native function to get the counts wrong.
#pragma once
#include <cstddef>
#include <cstdint>
#include <new>
#include <type_traits>
#include <utility>
#include <vector>

#include "vm/value.h"

namespace il {

struct Type;
class Interp;
class Heap;

// Marks reachable objects; each object's trace() reports its references.
class Tracer {
 public:
  void visit(Value v) {
    if (v.is_obj()) visit(v.obj());
  }
  inline void visit(const Object* o);
  void drain();

 private:
  friend class Heap;
  explicit Tracer(uint8_t epoch) : epoch_(epoch) {}
  std::vector<Object*> stack_;
  uint8_t epoch_;  // the gc_mark value that means "reached in this collection"
};

struct Dict;

struct Object {
  Type* type = nullptr;
  // Instance attributes (__dict__) for objects whose type allows them (user
  // classes, modules, functions). In the header so that any layout can be
  // subclassed by a Python class without a second layout per builtin type.
  Dict* attrs = nullptr;
  uint32_t gc_size = 0;       // bytes requested (str capacity, sys.getsizeof, the memory cap)
  // Equal to the current collection's epoch once reached (the tracer's
  // "seen" test). Epochs alternate 1, 2, 1 ... so survivors' marks never
  // need clearing; new objects start at 0. The sweep of small objects reads
  // the page's mark bitmap instead (Heap::Page).
  uint8_t gc_mark = 0;
  bool gc_trivial = false;    // the layout owns no C++ resources: no destructor call when freed

  Object() = default;
  Object(const Object&) = delete;
  Object& operator=(const Object&) = delete;
  virtual ~Object() = default;
  // Reports every Value/Object this object references.
  virtual void trace(Tracer&) {}
};

// Layouts whose destructor does nothing (only Values, raw pointers to other
// heap objects and plain numbers; no std::vector/std::string/unique_ptr/BigInt):
// the sweep frees them without the virtual destructor call. Keyed by the exact
// C++ type given to make(), never by Layout, so a derived struct that adds a
// resource (BuiltinsModule, FrameObj ...) is never skipped by accident.
// Check vm/objects.h before adding one.
template <class T> inline constexpr bool kGcTrivialLayout = false;
struct FloatObj; struct ComplexObj; struct Str; struct Tuple; struct Cell; struct BoundMethod;
struct SliceObj; struct RangeObj; struct Property; struct ClassMethod; struct SuperObj;
struct Func; struct NativeFunc; struct Traceback; struct ExceptionObj; struct IterObj; struct Dict;
template <> inline constexpr bool kGcTrivialLayout<Object> = true;
template <> inline constexpr bool kGcTrivialLayout<FloatObj> = true;
template <> inline constexpr bool kGcTrivialLayout<ComplexObj> = true;
template <> inline constexpr bool kGcTrivialLayout<Str> = true;
template <> inline constexpr bool kGcTrivialLayout<Tuple> = true;
template <> inline constexpr bool kGcTrivialLayout<Cell> = true;
template <> inline constexpr bool kGcTrivialLayout<BoundMethod> = true;
template <> inline constexpr bool kGcTrivialLayout<SliceObj> = true;
template <> inline constexpr bool kGcTrivialLayout<RangeObj> = true;
template <> inline constexpr bool kGcTrivialLayout<Property> = true;
template <> inline constexpr bool kGcTrivialLayout<ClassMethod> = true;
template <> inline constexpr bool kGcTrivialLayout<SuperObj> = true;
template <> inline constexpr bool kGcTrivialLayout<Func> = true;
template <> inline constexpr bool kGcTrivialLayout<NativeFunc> = true;
template <> inline constexpr bool kGcTrivialLayout<Traceback> = true;
template <> inline constexpr bool kGcTrivialLayout<ExceptionObj> = true;
template <> inline constexpr bool kGcTrivialLayout<IterObj> = true;
// A dict owns nothing while its entries and index fit inline (vm/small_vec.h);
// dict.cpp calls Heap::need_destructor when they move to malloc'd storage.
template <> inline constexpr bool kGcTrivialLayout<Dict> = true;

// Per-interpreter allocator + collector.
//
// Small objects live in pages of one size class each. A page is aligned to
// its size, so an object's page is its address rounded down, and carries
// three bitmaps with one bit per block: used, marked (in this collection)
// and finalize (a destructor must run). The sweep is word-parallel bitmap
// arithmetic (dead = used & ~marked) that reads no object except the dead
// ones that need their destructor: a float or str heap is swept without
// touching its memory. Larger objects come from malloc, listed in `large_`.
// All state is owned by the Heap (several interpreters run on different OS
// threads).
class Heap {
 public:
  // Why these numbers: a first collection after ~8 MiB keeps short scripts
  // collection-free; afterwards collect when the heap has doubled.
  static constexpr size_t kInitialThreshold = 8u << 20;
  static constexpr size_t kGranule = 8;         // size classes step by this
  static constexpr size_t kSmallLimit = 512;    // larger objects use malloc
  // 32 KiB: a 512-byte class still gets 63 blocks per page, while a heap
  // with a few live objects per class does not hold megabytes.
  static constexpr size_t kPageBytes = 32u << 10;
  // The smallest block: sizeof(Object) rounded up to a class, which is 24
  // bytes on wasm32 and 32 on 64-bit hosts. It bounds the blocks per page and
  // so the bitmap size; a hard-coded 32 once let wasm's 24-byte class (1365
  // blocks, 22 bitmap words) write its high bitmap words over the first
  // blocks of the page, which the teardown then destroyed through a garbage
  // vtable.
  static constexpr size_t kMinObject = (sizeof(Object) + kGranule - 1) & ~(kGranule - 1);
  static constexpr size_t kBitmapWords = (kPageBytes / kMinObject + 63) / 64;

  struct Page {
    char* mem;          // the first block, just after this header
    uint32_t size;      // block size of the class using the page
    // ceil(2^32 / size): a block's index is offset * recip >> 32, exact at
    // block starts (no division when the tracer marks an object).
    uint32_t recip;
    uint32_t live;      // blocks in use after the last sweep
    uint64_t used[kBitmapWords];      // bit i: block i holds an object (or the allocator claimed it)
    uint64_t marks[kBitmapWords];     // bit i: reached in the collection under way
    uint64_t finalize[kBitmapWords];  // bit i: its layout has a destructor to run
  };
  static constexpr size_t kPageHeader = (sizeof(Page) + 15) & ~size_t(15);
  static constexpr uint32_t blocks_per_page(size_t size) { return uint32_t((kPageBytes - kPageHeader) / size); }

  Heap() = default;
  ~Heap();
  Heap(const Heap&) = delete;

  // Allocates and constructs a T (derived from Object) of `size` bytes
  // (>= sizeof(T); the excess is trailing storage for variable-size objects).
  template <class T, class... A>
  T* make_sized(Type* type, size_t size, A&&... args) {
    void* mem = allocate(size, !kGcTrivialLayout<T>);
    T* o;
    if constexpr (std::is_nothrow_constructible_v<T, A&&...>) {
      o = new (mem) T(std::forward<A>(args)...);
    } else {
      try {
        o = new (mem) T(std::forward<A>(args)...);
      } catch (...) {
        abandon(mem, size);
        throw;
      }
    }
    o->type = type;
    o->gc_size = uint32_t(size);
    o->gc_trivial = kGcTrivialLayout<T>;
    return o;
  }
  template <class T, class... A>
  T* make(Type* type, A&&... args) {
    return make_sized<T>(type, sizeof(T), std::forward<A>(args)...);
  }

  // Never collected (reached at every collection, as a root).
  void pin(Object* o) { pinned_.push_back(o); }

  size_t bytes_live() const { return bytes_; }
  bool wants_collect() const { return stress || bytes_since_ > threshold_; }
  // Debug switch (off by default; CLI --gc-stress): collect at every safe
  // point, so a missing GC root shows up at once instead of once in a while.
  bool stress = false;
  // Memory cap for the whole interpreter (0 = none); allocate() throws
  // MemoryError through the interpreter's hook when exceeded.
  size_t limit = 0;
  void (*on_limit)(void* ctx) = nullptr;
  void* on_limit_ctx = nullptr;

  // Marks from `roots` (the interpreter reports its roots), then frees the rest.
  template <class F>
  void collect(F&& report_roots) {
    epoch_ = epoch_ == 1 ? 2 : 1;
    Tracer t(epoch_);
    for (Object* o : pinned_) t.visit(o);
    report_roots(t);
    t.drain();
    sweep();
  }
  size_t collections() const { return collections_; }

  static Page* page_of(const void* o) {
    return reinterpret_cast<Page*>(reinterpret_cast<uintptr_t>(o) & ~uintptr_t(kPageBytes - 1));
  }
  static uint32_t block_index(const Page* p, const void* o) {
    return uint32_t((uint64_t(static_cast<const char*>(o) - p->mem) * p->recip) >> 32);
  }
  // From now on `o` needs its destructor (a layout on the resource-free list
  // that acquired a resource: a dict whose storage outgrew its inline room).
  static void need_destructor(Object* o) {
    if (o->gc_size > kSmallLimit) {
      o->gc_trivial = false;
      return;
    }
    Page* p = page_of(o);
    uint32_t i = block_index(p, o);
    p->finalize[i >> 6] |= uint64_t(1) << (i & 63);
  }
  // Sets a small object's mark bit (the tracer, once per object reached).
  static void mark_small(const Object* o) {
    Page* p = page_of(o);
    uint32_t i = block_index(p, o);
    p->marks[i >> 6] |= uint64_t(1) << (i & 63);
  }

 private:
  struct SizeClass {
    std::vector<Page*> pages;
    size_t next_page = 0;  // where the search for free blocks goes on
    Page* page = nullptr;  // page handing out blocks now
    int32_t word = -1;     // its bitmap word handing out blocks now (-1: none yet)
    // Free blocks of that word, already set in `used` (handed back to the
    // bitmap by settle() before a sweep).
    uint64_t free = 0;
  };

  void* allocate(size_t size, bool finalize) {
    size = (size + kGranule - 1) & ~(kGranule - 1);
    bytes_ += size;
    bytes_since_ += size;
    if (limit && bytes_ > limit) over_limit(size);
    if (size <= kSmallLimit) {
      SizeClass& c = classes_[size / kGranule];
      if (c.free) {
        uint64_t bit = c.free & (~c.free + 1);
        c.free ^= bit;
        if (finalize) c.page->finalize[c.word] |= bit;
        return c.page->mem + (size_t(c.word) * 64 + unsigned(__builtin_ctzll(bit))) * size;
      }
      return allocate_slow(c, size, finalize);
    }
    return allocate_large(size);
  }
  void over_limit(size_t size);
  void* allocate_slow(SizeClass& c, size_t size, bool finalize);
  void* allocate_large(size_t size);
  Page* new_page(size_t size);
  void abandon(void* mem, size_t size);  // a constructor threw
  void settle();                          // hands unissued blocks back to the bitmaps
  void sweep();

  SizeClass classes_[kSmallLimit / kGranule + 1];
  std::vector<Object*> large_;
  std::vector<Page*> spare_;  // empty pages kept for reuse by any class
  std::vector<Object*> pinned_;
  size_t bytes_ = 0;
  size_t bytes_since_ = 0;
  size_t threshold_ = kInitialThreshold;
  size_t collections_ = 0;
  uint8_t epoch_ = 1;
};

inline void Tracer::visit(const Object* o) {
  if (!o) return;
  Object* m = const_cast<Object*>(o);
  if (m->gc_mark == epoch_) return;
  m->gc_mark = epoch_;
  if (m->gc_size <= Heap::kSmallLimit) Heap::mark_small(m);
  stack_.push_back(m);
}

inline void Tracer::drain() {
  while (!stack_.empty()) {
    Object* o = stack_.back();
    stack_.pop_back();
    // The header's references, for every layout (overrides report the rest).
    visit(reinterpret_cast<const Object*>(o->type));
    visit(reinterpret_cast<const Object*>(o->attrs));
    o->trace(*this);
  }
}

}  // namespace il
