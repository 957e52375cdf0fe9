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

// Without -mpopcnt, __builtin_popcountll is a libgcc call on x86-64.
inline uint32_t popcount64(uint64_t x) {
  x = x - ((x >> 1) & 0x5555555555555555ull);
  x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
  x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0full;
  return uint32_t((x * 0x0101010101010101ull) >> 56);
}

inline Object* block(Heap::Page* p, uint32_t w, uint64_t bits) {
  return reinterpret_cast<Object*>(p->mem + (size_t(w) * 64 + unsigned(__builtin_ctzll(bits))) * p->size);
}

}  // namespace

// Every page's bitmaps cover its blocks, down to the smallest class, and the
// blocks of the largest class still start below 2^32 (block_index).
static_assert(words_for(Heap::blocks_per_page(Heap::kMinObject)) <= Heap::kBitmapWords);
static_assert(Heap::blocks_per_page(Heap::kSmallLimit) >= 32);
static_assert((Heap::kPageBytes & (Heap::kPageBytes - 1)) == 0, "pages are found by masking addresses");

// Two passes: every destructor runs before any memory goes back to malloc, so
// a destructor that looks at another object (a generator's frame and its
// frame object, say) never reads freed memory, whatever the page order.
Heap::~Heap() {
  settle();
  for (SizeClass& c : classes_)
    for (Page* p : c.pages)
      for (uint32_t w = 0; w < words_for(blocks_per_page(p->size)); w++)
        for (uint64_t bits = p->used[w] & p->finalize[w]; bits; bits &= bits - 1) block(p, w, bits)->~Object();
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

// An empty page for blocks of `size`, from the spares or malloc.
Heap::Page* Heap::new_page(size_t size) {
  Page* p;
  if (!spare_.empty()) {
    p = spare_.back();
    spare_.pop_back();
  } else {
    p = static_cast<Page*>(std::aligned_alloc(kPageBytes, kPageBytes));
    if (!p) {
      if (on_limit) on_limit(on_limit_ctx);
      std::abort();
    }
  }
  p->mem = reinterpret_cast<char*>(p) + kPageHeader;
  p->size = uint32_t(size);
  p->recip = uint32_t(((uint64_t(1) << 32) + size - 1) / size);
  p->live = 0;
  std::memset(p->used, 0, sizeof p->used);
  std::memset(p->marks, 0, sizeof p->marks);
  std::memset(p->finalize, 0, sizeof p->finalize);
  return p;
}

// The current word ran out: find the next word with free blocks, in this
// page or a later one, or start a new page.
void* Heap::allocate_slow(SizeClass& c, size_t size, bool finalize) {
  const uint32_t n = blocks_per_page(size);
  const uint32_t nwords = words_for(n);
  for (;;) {
    if (c.page) {
      for (uint32_t w = uint32_t(c.word + 1); w < nwords; w++) {
        uint64_t f = ~c.page->used[w] & valid_bits(n, w);
        if (f) {
          c.page->used[w] |= f;
          c.word = int32_t(w);
          uint64_t bit = f & (~f + 1);
          c.free = f ^ bit;
          if (finalize) c.page->finalize[w] |= bit;
          return block(c.page, w, bit);
        }
      }
    }
    Page* p;
    if (c.next_page < c.pages.size()) {
      p = c.pages[c.next_page++];
    } else {
      p = new_page(size);
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
  Page* p = page_of(mem);
  uint32_t i = block_index(p, mem);
  uint64_t bit = uint64_t(1) << (i % 64);
  p->used[i / 64] &= ~bit;
  p->finalize[i / 64] &= ~bit;
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
      uint32_t live = 0, dead_blocks = 0;
      for (uint32_t w = 0; w < nwords; w++) {
        uint64_t used = p->used[w];
        if (!used) continue;  // nothing allocated, so nothing marked
        uint64_t alive = used & p->marks[w];
        uint64_t dead = used ^ alive;
        p->marks[w] = 0;
        if (dead) {
          for (uint64_t fin = dead & p->finalize[w]; fin; fin &= fin - 1) block(p, w, fin)->~Object();
          p->used[w] = alive;
          p->finalize[w] &= alive;
          dead_blocks += popcount64(dead);
        }
        live += popcount64(alive);
      }
      freed += size_t(dead_blocks) * size;
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
    if (o->gc_mark == epoch_) {
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
