// list_sort.cpp — list.sort(): CPython's timsort structure (count_run,
// minrun, binary insertion, powersort merge policy) with plain stable merges
// instead of galloping. For any consistent ordering the result is the same as
// CPython's; runs shorter than 64 items (most lists in practice) follow
// CPython's comparison sequence exactly, so even inconsistent orders (NaN)
// give CPython's result there.
//
// Exception safety: a comparison may raise (PyRaise). Every step keeps the
// array a permutation of the input, so on error the list holds all its items
// in a partially sorted order, as in CPython.
#include <algorithm>
#include <vector>

#include "objects/container_util.h"

namespace il {
namespace {

struct KV {
  Value k, v;
};
inline Value K(const Value& v) { return v; }
inline Value K(const KV& e) { return e.k; }

struct IntLess {
  bool operator()(Value a, Value b) const { return a.small_value() < b.small_value(); }
};
struct StrLess {
  bool operator()(Value a, Value b) const { return str_compare(a.as<Str>(), b.as<Str>()) < 0; }
};
struct FloatLess {
  bool operator()(Value a, Value b) const { return a.as<FloatObj>()->v < b.as<FloatObj>()->v; }
};
struct GenericLess {
  Interp* I;
  bool operator()(Value a, Value b) const { return cu::fast_lt(*I, a, b); }
};

template <class E, class Less>
class TimSort {
 public:
  TimSort(std::vector<E>& a, Less lt) : a_(a), lt_(lt) {}

  void sort() {
    size_t n = a_.size();
    if (n < 2) return;
    size_t minrun = compute_minrun(n);
    size_t lo = 0, remaining = n;
    while (remaining) {
      bool desc = false;
      size_t run = count_run(lo, lo + remaining, &desc);
      if (desc) std::reverse(a_.begin() + long(lo), a_.begin() + long(lo + run));
      if (run < minrun) {
        size_t force = remaining <= minrun ? remaining : minrun;
        binarysort(lo, lo + force, lo + run);
        run = force;
      }
      found_new_run(lo, run);
      pending_.push_back({lo, run, 0});
      lo += run;
      remaining -= run;
    }
    // merge_force_collapse
    while (pending_.size() > 1) {
      size_t k = pending_.size() - 2;
      if (k > 0 && pending_[k - 1].len < pending_[k + 1].len) --k;
      merge_at(k);
    }
  }

 private:
  struct Run {
    size_t base, len;
    int power;
  };

  bool LT(const E& x, const E& y) { return lt_(K(x), K(y)); }

  static size_t compute_minrun(size_t n) {
    size_t r = 0;
    while (n >= 64) {
      r |= n & 1;
      n >>= 1;
    }
    return n + r;
  }

  size_t count_run(size_t lo, size_t hi, bool* desc) {
    *desc = false;
    size_t p = lo + 1;
    if (p == hi) return 1;
    size_t n = 2;
    if (LT(a_[p], a_[p - 1])) {
      *desc = true;
      for (p = p + 1; p < hi; ++p, ++n)
        if (!LT(a_[p], a_[p - 1])) break;
    } else {
      for (p = p + 1; p < hi; ++p, ++n)
        if (LT(a_[p], a_[p - 1])) break;
    }
    return n;
  }

  // [lo, start) is sorted; inserts start..hi-1 one at a time (stable).
  void binarysort(size_t lo, size_t hi, size_t start) {
    if (lo == start) ++start;
    for (; start < hi; ++start) {
      size_t l = lo, r = start;
      E pivot = a_[r];
      do {
        size_t p = l + ((r - l) >> 1);
        if (LT(pivot, a_[p])) r = p;
        else l = p + 1;
      } while (l < r);
      for (size_t p = start; p > l; --p) a_[p] = a_[p - 1];
      a_[l] = pivot;
    }
  }

  static int powerloop(size_t s1, size_t n1, size_t n2, size_t n) {
    int result = 0;
    size_t a = 2 * s1 + n1;
    size_t b = a + n1 + n2;
    for (;;) {
      ++result;
      if (a >= n) {
        a -= n;
        b -= n;
      } else if (b >= n) {
        break;
      }
      a <<= 1;
      b <<= 1;
    }
    return result;
  }

  void found_new_run(size_t /*lo*/, size_t n2) {
    if (pending_.empty()) return;
    Run& last = pending_.back();
    int power = powerloop(last.base, last.len, n2, a_.size());
    while (pending_.size() > 1 && pending_[pending_.size() - 2].power > power) merge_at(pending_.size() - 2);
    pending_.back().power = power;
  }

  // Merges runs i and i+1 (adjacent). The left run is copied out; on a
  // raising comparison the copied-out items are put back into the gap.
  void merge_at(size_t i) {
    Run& A = pending_[i];
    Run& B = pending_[i + 1];
    size_t a0 = A.base, na = A.len, b0 = B.base, nb = B.len;
    A.len = na + nb;
    if (i + 2 < pending_.size()) pending_[i + 1] = pending_[i + 2];
    pending_.pop_back();

    tmp_.assign(a_.begin() + long(a0), a_.begin() + long(a0 + na));
    size_t ti = 0, bj = b0, d = a0, bend = b0 + nb;
    try {
      while (ti < na && bj < bend) {
        if (LT(a_[bj], tmp_[ti])) a_[d++] = a_[bj++];
        else a_[d++] = tmp_[ti++];
      }
    } catch (...) {
      while (ti < na) a_[d++] = tmp_[ti++];
      throw;
    }
    while (ti < na) a_[d++] = tmp_[ti++];
  }

  std::vector<E>& a_;
  Less lt_;
  std::vector<Run> pending_;
  std::vector<E> tmp_;
};

template <class E, class Less>
void run_sort(std::vector<E>& v, Less lt) {
  TimSort<E, Less> ts(v, lt);
  ts.sort();
}

// Picks the fastest comparison that gives the same answers as `<`.
template <class E>
void sort_dispatch(Interp& I, std::vector<E>& v) {
  bool all_small = true, all_str = true, all_float = true;
  for (const E& e : v) {
    Value k = K(e);
    if (!k.is_small()) all_small = false;
    if (!(k.is_obj() && k.obj()->type == I.t.str)) all_str = false;
    if (!(k.is_obj() && k.obj()->type == I.t.float_)) all_float = false;
    if (!all_small && !all_str && !all_float) break;
  }
  if (all_small) run_sort(v, IntLess{});
  else if (all_str) run_sort(v, StrLess{});
  else if (all_float) run_sort(v, FloatLess{});
  else run_sort(v, GenericLess{&I});
}

}  // namespace

void list_sort(Interp& I, List* l, Value key, bool reverse) {
  // The list is emptied while sorting, as in CPython: Python code run by
  // comparisons sees [] and any change it makes is detected afterwards.
  std::vector<Value> saved = std::move(l->items);
  l->items = std::vector<Value>();
  auto modified = [&]() { return !l->items.empty() || l->items.capacity() != 0; };
  auto restore = [&]() {
    l->items = std::move(saved);
  };
  size_t n = saved.size();
  if (!key.empty() && !key.is_none()) {
    std::vector<KV> kv(n);
    try {
      for (size_t i = 0; i < n; i++) kv[i] = {call1(I, key, saved[i]), saved[i]};
    } catch (...) {
      restore();
      throw;
    }
    if (reverse) std::reverse(kv.begin(), kv.end());
    try {
      sort_dispatch(I, kv);
    } catch (...) {
      if (reverse) std::reverse(kv.begin(), kv.end());
      for (size_t i = 0; i < n; i++) saved[i] = kv[i].v;
      restore();
      throw;
    }
    if (reverse) std::reverse(kv.begin(), kv.end());
    for (size_t i = 0; i < n; i++) saved[i] = kv[i].v;
  } else {
    if (reverse) std::reverse(saved.begin(), saved.end());
    try {
      sort_dispatch(I, saved);
    } catch (...) {
      if (reverse) std::reverse(saved.begin(), saved.end());
      restore();
      throw;
    }
    if (reverse) std::reverse(saved.begin(), saved.end());
  }
  bool was_modified = modified();
  restore();
  if (was_modified) I.raise(I.t.ValueError, "list modified during sort");
}

}  // namespace il
