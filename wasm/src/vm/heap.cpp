// heap.cpp — allocation from per-size-class pages, large objects from malloc,
// and the sweep phase (docs/architecture.md, "Memory details").
#include <cstdlib>
#include <cstring>
#include <utility>

#include "vm/object.h"

namespace il {

namespace {

// Bitmap words in use for a page of `n` blocks, and the valid bits of word `w`.
constexpr uint32_t words_for(uint32_t n) { return (n + 63) / 64; }
inline uint64_t valid_bits(uint32_t n, uint32_t w) {
  uint32_t rest = n - w * 64;
  return rest >= 64 ? ~uint64_t(0) : (uint64_t(1) << rest) - 1;
}

}  // namespace

// Every page's bitmap covers its blocks, down to the smallest class.
static_assert(words_for(Heap::kPageBytes / Heap::kMinObject) <= Heap::kBitmapWords);

// Calls `f(o)` for every allocated block of a small-object page.
template <class F>
void Heap::each_in_page(Page* p, size_t size, F&& f) {
  const uint32_t nwords = words_for(blocks_per_page(size));
  for (uint32_t w = 0; w < nwords; w++)
    for (uint64_t bits = p->used[w]; bits; bits &= bits - 1)
      f(reinterpret_cast<Object*>(p->mem + (size_t(w) * 64 + unsigned(__builtin_ctzll(bits))) * size));
}

// Two passes: every destructor runs before any memory goes back to malloc, so
// a destructor that looks at another object (a generator's frame and its
// frame object, say) never reads freed memory, whatever the page order.
Heap::~Heap() {
  settle();
  for (size_t cls = kMinObject / kGranule; cls <= kSmallLimit / kGranule; cls++)
    for (Page* p : classes_[cls].pages)
      each_in_page(p, cls * kGranule, [](Object* o) {
        if (!o->gc_trivial) o->~Object();
      });
  for (Object* o : large_)
    if (!o->gc_trivial) o->~Object();
  for (SizeClass& c : classes_)
    for (Page* p : c.pages) std::free(p);
  for (Page* p : spare_) std::free(p);
  for (Object* o : large_) std::free(o);
}

void Heap::over_limit(size_t size) {
  if (!on_limit) return;
  bytes_ -= size;
  bytes_since_ -= size;
  on_limit(on_limit_ctx);  // throws MemoryError
  bytes_ += size;
  bytes_since_ += size;
}

// The current word ran out: find the next word with free blocks, in this
// page or a later one, or start a new page.
void* Heap::allocate_slow(SizeClass& c, size_t size) {
  const uint32_t n = blocks_per_page(size);
  const uint32_t nwords = words_for(n);
  for (;;) {
    if (c.page) {
      for (uint32_t w = c.word + 1; w < nwords; w++) {
        uint64_t f = ~c.page->used[w] & valid_bits(n, w);
        if (f) {
          c.page->used[w] |= f;
          c.word = w;
          unsigned bit = unsigned(__builtin_ctzll(f));
          c.free = f & (f - 1);
          return c.page->mem + (size_t(w) * 64 + bit) * size;
        }
      }
    }
    Page* p;
    if (c.next_page < c.pages.size()) {
      p = c.pages[c.next_page++];
    } else {
      if (!spare_.empty()) {
        p = spare_.back();
        spare_.pop_back();
      } else {
        p = static_cast<Page*>(std::malloc(sizeof(Page) + kPageBytes));
        if (!p) {
          if (on_limit) on_limit(on_limit_ctx);
          std::abort();
        }
        p->mem = reinterpret_cast<char*>(p) + sizeof(Page);
      }
      std::memset(p->used, 0, sizeof p->used);
      p->live = 0;
      c.pages.push_back(p);
      c.next_page = c.pages.size();
    }
    c.page = p;
    c.word = -1;
  }
}

void* Heap::allocate_large(size_t size) {
  void* p = std::malloc(size);
  if (!p) {
    if (on_limit) on_limit(on_limit_ctx);
    std::abort();
  }
  large_.push_back(static_cast<Object*>(p));
  return p;
}

void Heap::abandon(void* mem, size_t size) {
  size = (size + kGranule - 1) & ~(kGranule - 1);
  bytes_ -= size;
  bytes_since_ -= size;
  if (size > kSmallLimit) {
    for (size_t i = large_.size(); i-- > 0;)
      if (large_[i] == mem) {
        large_.erase(large_.begin() + ptrdiff_t(i));
        break;
      }
    std::free(mem);
    return;
  }
  for (Page* p : classes_[size / kGranule].pages) {
    char* m = static_cast<char*>(mem);
    if (m >= p->mem && m < p->mem + kPageBytes) {
      size_t i = size_t(m - p->mem) / size;
      p->used[i / 64] &= ~(uint64_t(1) << (i % 64));
      return;
    }
  }
}

void Heap::settle() {
  for (SizeClass& c : classes_) {
    if (c.page && c.free) c.page->used[c.word] &= ~c.free;
    c.page = nullptr;
    c.free = 0;
    c.word = -1;
    c.next_page = 0;
  }
}

void Heap::sweep() {
  settle();
  size_t freed = 0;
  for (size_t cls = kMinObject / kGranule; cls <= kSmallLimit / kGranule; cls++) {
    const size_t size = cls * kGranule;
    const uint32_t nwords = words_for(blocks_per_page(size));
    std::vector<Page*>& pages = classes_[cls].pages;
    size_t keep = 0;
    for (Page* p : pages) {
      uint32_t live = 0;
      for (uint32_t w = 0; w < nwords; w++) {
        uint64_t dead = 0;
        char* base = p->mem + size_t(w) * 64 * size;
        for (uint64_t bits = p->used[w]; bits; bits &= bits - 1) {
          unsigned bit = unsigned(__builtin_ctzll(bits));
          auto* o = reinterpret_cast<Object*>(base + bit * size);
          if (o->gc_mark == epoch_ || o->gc_immortal) continue;
          if (!o->gc_trivial) o->~Object();
          dead |= uint64_t(1) << bit;
        }
        p->used[w] &= ~dead;
        freed += size_t(__builtin_popcountll(dead)) * size;
        live += uint32_t(__builtin_popcountll(p->used[w]));
      }
      p->live = live;
      if (live)
        pages[keep++] = p;
      else
        spare_.push_back(p);  // any class may take it
    }
    pages.resize(keep);
  }
  // Dead large objects: destructors first, then the memory (as in ~Heap).
  size_t keep = 0;
  for (size_t i = 0; i < large_.size(); i++) {
    Object* o = large_[i];
    if (o->gc_mark == epoch_ || o->gc_immortal) {
      std::swap(large_[keep++], large_[i]);
    } else {
      freed += (size_t(o->gc_size) + kGranule - 1) & ~(kGranule - 1);
      if (!o->gc_trivial) o->~Object();
    }
  }
  for (size_t i = keep; i < large_.size(); i++) std::free(large_[i]);
  large_.resize(keep);
  bytes_ -= freed;
  bytes_since_ = 0;
  threshold_ = bytes_ > kInitialThreshold ? bytes_ : kInitialThreshold;
  // Empty pages beyond what the next cycle will allocate go back to malloc.
  while (!spare_.empty() && spare_.size() * kPageBytes > threshold_ + threshold_ / 4) {
    std::free(spare_.back());
    spare_.pop_back();
  }
  collections_++;
}

}  // namespace il
