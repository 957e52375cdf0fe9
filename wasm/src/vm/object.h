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
  std::vector<Object*> stack_;
};

struct Dict;

struct Object {
  Type* type = nullptr;
  Object* gc_next = nullptr;  // all objects of a heap, newest first
  // Instance attributes (__dict__) for objects whose type allows them (user
  // classes, modules, functions). In the header so that any layout can be
  // subclassed by a Python class without a second layout per builtin type.
  Dict* attrs = nullptr;
  uint32_t gc_size = 0;       // bytes allocated (for the free lists and the memory cap)
  bool gc_mark = false;
  bool gc_immortal = false;   // never collected (interned names of the runtime, singletons)

  Object() = default;
  Object(const Object&) = delete;
  Object& operator=(const Object&) = delete;
  virtual ~Object() = default;
  // Reports every Value/Object this object references.
  virtual void trace(Tracer&) {}
};

inline void Tracer::visit(const Object* o) {
  if (!o) return;
  Object* m = const_cast<Object*>(o);
  if (m->gc_mark) return;
  m->gc_mark = true;
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

// Per-interpreter allocator + collector.
class Heap {
 public:
  // Why these numbers: a first collection after ~8 MiB keeps short scripts
  // collection-free; afterwards collect when the heap has doubled.
  static constexpr size_t kInitialThreshold = 8u << 20;
  static constexpr size_t kSmallLimit = 256;  // sizes up to this use free lists
  static constexpr size_t kGranule = 16;
  // Freed small blocks kept for reuse. Why 64 MiB: one sweep of a float loop
  // frees ~10^5 floats; returning them to malloc cost 2/3 of the loop's time,
  // and the memory was live a moment ago anyway.
  static constexpr size_t kFreeListBudget = 64u << 20;

  Heap() = default;
  ~Heap();
  Heap(const Heap&) = delete;

  // Allocates and constructs a T (derived from Object) of `size` bytes
  // (>= sizeof(T); the excess is trailing storage for variable-size objects).
  template <class T, class... A>
  T* make_sized(Type* type, size_t size, A&&... args) {
    void* mem = allocate(size);
    T* o = new (mem) T(std::forward<A>(args)...);
    o->type = type;
    o->gc_size = uint32_t(size);
    o->gc_next = all_;
    all_ = o;
    return o;
  }
  template <class T, class... A>
  T* make(Type* type, A&&... args) {
    return make_sized<T>(type, sizeof(T), std::forward<A>(args)...);
  }

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
    Tracer t;
    report_roots(t);
    t.drain();
    sweep();
  }
  size_t collections() const { return collections_; }

 private:
  void* allocate(size_t size);
  void release(Object* o);
  void sweep();

  Object* all_ = nullptr;
  size_t bytes_ = 0;
  size_t bytes_since_ = 0;
  size_t threshold_ = kInitialThreshold;
  size_t collections_ = 0;
  size_t free_bytes_ = 0;  // bytes on the free lists
  std::vector<void*> free_[kSmallLimit / kGranule + 1];
};

}  // namespace il
