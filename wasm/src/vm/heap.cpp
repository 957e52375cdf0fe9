// heap.cpp — allocation with size-class free lists, and the sweep phase.
#include <cstdlib>

#include "vm/object.h"

namespace il {

Heap::~Heap() {
  Object* o = all_;
  while (o) {
    Object* next = o->gc_next;
    o->~Object();
    std::free(o);
    o = next;
  }
  for (auto& list : free_)
    for (void* p : list) std::free(p);
}

void* Heap::allocate(size_t size) {
  size = (size + kGranule - 1) & ~(kGranule - 1);
  bytes_ += size;
  bytes_since_ += size;
  if (limit && bytes_ > limit && on_limit) {
    bytes_ -= size;
    bytes_since_ -= size;
    on_limit(on_limit_ctx);  // throws MemoryError
  }
  if (size <= kSmallLimit) {
    auto& list = free_[size / kGranule];
    if (!list.empty()) {
      void* p = list.back();
      list.pop_back();
      free_bytes_ -= size;
      return p;
    }
  }
  void* p = std::malloc(size);
  if (!p) {
    if (on_limit) on_limit(on_limit_ctx);
    std::abort();
  }
  return p;
}

void Heap::release(Object* o) {
  size_t size = (size_t(o->gc_size) + kGranule - 1) & ~(kGranule - 1);
  bytes_ -= size;
  o->~Object();
  if (size <= kSmallLimit && free_bytes_ + size <= kFreeListBudget) {
    free_[size / kGranule].push_back(o);
    free_bytes_ += size;
  } else {
    std::free(o);
  }
}

void Heap::sweep() {
  Object** link = &all_;
  while (Object* o = *link) {
    if (o->gc_mark || o->gc_immortal) {
      o->gc_mark = false;
      link = &o->gc_next;
    } else {
      *link = o->gc_next;
      release(o);
    }
  }
  bytes_since_ = 0;
  threshold_ = bytes_ > kInitialThreshold ? bytes_ : kInitialThreshold;
  collections_++;
}

}  // namespace il
