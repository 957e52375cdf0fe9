// container_util.h — small inline helpers shared by tuple.cpp, list.cpp,
// dict.cpp, set.cpp and range_slice.cpp (private to objects/: other
// subsystems use containers.h).
#pragma once
#include <cstdio>
#include <string>
#include <vector>

#include "objects/containers.h"
#include "objects/numbers.h"
#include "objects/str.h"
#include "vm/ops.h"

namespace il {
namespace cu {

// --- hashing / equality fast paths ------------------------------------------------
inline constexpr int64_t kHashModulus = (int64_t(1) << 61) - 1;

// CPython's hash() of an int that fits in a small Value.
inline uint64_t small_int_hash(int64_t n) {
  int64_t h;
  if (n > -kHashModulus && n < kHashModulus) {
    h = n;
  } else {
    h = n >= 0 ? n % kHashModulus : -((-n) % kHashModulus);
  }
  if (h == -1) h = -2;
  return uint64_t(h);
}

inline bool is_exact_str_v(Interp& I, Value v) { return v.is_obj() && v.obj()->type == I.t.str; }

// hash(v) with the common key kinds inlined.
inline uint64_t fast_hash(Interp& I, Value v) {
  if (v.is_small()) return small_int_hash(v.small_value());
  if (v.is_obj()) {
    Type* t = v.obj()->type;
    if (t == I.t.str) return str_hash(static_cast<Str*>(v.obj()));
    if (t == I.t.tuple) return tuple_hash(I, static_cast<Tuple*>(v.obj()));
    if (t == I.t.frozenset) return frozenset_hash(I, static_cast<SetObj*>(v.obj()));
  }
  return hash(I, v);
}

// PyObject_RichCompareBool(a, b, Py_EQ): identity implies equality.
inline bool fast_eq(Interp& I, Value a, Value b) {
  if (a == b) return true;
  if (a.is_small() && b.is_small()) return false;
  if (is_exact_str_v(I, a) && is_exact_str_v(I, b))
    return str_eq(static_cast<Str*>(a.obj()), static_cast<Str*>(b.obj()));
  return eq(I, a, b);
}

// a < b for sorting and sequence comparison.
inline bool fast_lt(Interp& I, Value a, Value b) {
  if (a.is_small() && b.is_small()) return a.small_value() < b.small_value();
  if (is_exact_str_v(I, a) && is_exact_str_v(I, b))
    return str_compare(static_cast<Str*>(a.obj()), static_cast<Str*>(b.obj())) < 0;
  return compare_bool(I, a, b, CmpOp::Lt);
}

// --- repr recursion guard (CPython's Py_ReprEnter/Py_ReprLeave) -------------------
// Per OS thread: the containers whose repr is being built on the C++ stack.
// A C++ thread runs one interpreter's native code at a time, so a stack local
// to the thread is exactly the "currently being repr'd" set.
struct ReprGuard {
  static std::vector<const Object*>& stack() {
    thread_local std::vector<const Object*> s;
    return s;
  }
  const Object* o;
  bool entered;
  explicit ReprGuard(const Object* obj) : o(obj) {
    auto& s = stack();
    for (const Object* x : s)
      if (x == obj) {
        entered = false;
        return;
      }
    s.push_back(obj);
    entered = true;
  }
  ~ReprGuard() {
    if (!entered) return;
    auto& s = stack();
    for (size_t i = s.size(); i-- > 0;)
      if (s[i] == o) {
        s.erase(s.begin() + long(i));
        break;
      }
  }
  bool recursive() const { return !entered; }
  ReprGuard(const ReprGuard&) = delete;
};

// Appends repr(v) to out, with small ints formatted inline.
inline void append_repr(Interp& I, std::string& out, Value v) {
  if (v.is_small()) {
    char buf[32];
    int n = snprintf(buf, sizeof buf, "%lld", (long long)v.small_value());
    out.append(buf, size_t(n));
    return;
  }
  Str* s = repr(I, v);
  out.append(s->data, s->nbytes);
}

// --- type checks ------------------------------------------------------------------
inline Layout layout_of(Interp& I, Value v) { return type_of(I, v)->layout; }
inline bool is_list(Interp& I, Value v) { return v.is_obj() && v.obj()->type->layout == Layout::List; }
inline bool is_tuple(Interp& I, Value v) { return v.is_obj() && v.obj()->type->layout == Layout::Tuple; }
inline bool is_dict(Interp& I, Value v) { return v.is_obj() && v.obj()->type->layout == Layout::Dict; }
inline bool is_anyset(Interp& I, Value v) {
  return v.is_obj() && (v.obj()->type->layout == Layout::Set || v.obj()->type->layout == Layout::FrozenSet);
}
inline bool is_int_value(Interp& I, Value v) {
  if (v.is_small() || v.is_bool()) return true;
  return v.is_obj() && v.obj()->type->layout == Layout::Int;
}

// Raises CPython's "descriptor 'append' for 'list' objects doesn't apply to a 'int' object".
[[noreturn]] inline void bad_self(Interp& I, const char* meth, const char* tname, Value self) {
  I.raise(I.t.TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", meth, tname,
          type_name(I, self));
}

// An index Value (int or __index__) as int64; IndexError "cannot fit 'int' into an
// index-sized integer" when too big (CPython's message for sequence indexing).
// Returns false when `v` is neither an int nor has __index__.
inline bool index_value(Interp& I, Value v, int64_t* out) {
  if (v.is_small()) {
    *out = v.small_value();
    return true;
  }
  if (v.is_bool()) {
    *out = v.is_true() ? 1 : 0;
    return true;
  }
  Value iv;
  if (v.is_obj() && v.obj()->type->layout == Layout::Int) {
    iv = v;
  } else {
    if (type_lookup(type_of(I, v), I.names->__index__).empty()) return false;
    iv = number_index(I, v);
    if (iv.is_small()) {
      *out = iv.small_value();
      return true;
    }
    if (iv.is_bool()) {
      *out = iv.is_true() ? 1 : 0;
      return true;
    }
  }
  const BigInt& b = static_cast<IntObj*>(iv.obj())->v;
  if (!b.fits_int64()) I.raise(I.t.IndexError, "cannot fit '%s' into an index-sized integer", type_name(I, v));
  *out = b.to_int64();
  return true;
}

// Repeat count for seq * n (OverflowError past int64 like CPython's ssize_t).
// Returns false when `v` is not an index.
inline bool repeat_count(Interp& I, Value v, int64_t* out) {
  if (v.is_small()) {
    *out = v.small_value();
    return true;
  }
  if (!v.is_bool() && !(v.is_obj() && v.obj()->type->layout == Layout::Int) &&
      type_lookup(type_of(I, v), I.names->__index__).empty())
    return false;
  Value iv = v.is_bool() ? Value::small(v.is_true() ? 1 : 0) : number_index(I, v);
  if (iv.is_small()) {
    *out = iv.small_value();
    return true;
  }
  const BigInt& b = static_cast<IntObj*>(iv.obj())->v;
  if (!b.fits_int64()) I.raise(I.t.OverflowError, "cannot fit '%s' into an index-sized integer", type_name(I, v));
  *out = b.to_int64();
  return true;
}

// Whether a binary operation should be left to the other operand: true when
// `other` is an instance of a Python class defining the reflected method, so
// `[1] + Foo()` reaches Foo.__radd__ before list raises its own TypeError
// (CPython tries nb_add of both operands before sq_concat).
inline bool defer_to_reflected(Interp& I, Value other, Str* rname) {
  Type* t = type_of(I, other);
  return (t->flags & kTypeHeap) && !type_lookup(t, rname).empty();
}

[[noreturn]] inline void raise_key_error(Interp& I, Value key) {
  Value exc = call1(I, obj_value(I.t.KeyError), key);
  I.raise_value(exc);
}

inline Value new_list_value(Interp& I, List* l) { return Value::object(l); }

// Resolves a slice/start/stop pair of optional index arguments as used by
// list.index/tuple.index/str.index: clamps like CPython's _PyEval_SliceIndex.
inline int64_t clamp_slice_arg(Interp& I, Value v) {
  if (v.is_small()) return v.small_value();
  if (v.is_bool()) return v.is_true() ? 1 : 0;
  if (!(v.is_obj() && v.obj()->type->layout == Layout::Int) && type_lookup(type_of(I, v), I.names->__index__).empty())
    I.raise(I.t.TypeError, "slice indices must be integers or have an __index__ method");
  Value iv = number_index(I, v);
  if (iv.is_small()) return iv.small_value();
  if (iv.is_bool()) return iv.is_true() ? 1 : 0;
  const BigInt& b = static_cast<IntObj*>(iv.obj())->v;
  if (b.fits_int64()) return b.to_int64();
  return b.is_negative() ? INT64_MIN : INT64_MAX;
}

// Argument-count checks in CPython's wording for the common method shapes;
// counts exclude self (argv[0]). `qual` is "list.append", `name` is "insert".
inline uint32_t nargs(CallArgs& a) { return a.npos() - 1; }
inline void no_kwargs(Interp& I, CallArgs& a, const char* qual) {
  if (a.kwnames && a.nkw() > 0) I.raise(I.t.TypeError, "%s() takes no keyword arguments", qual);
}
// "list.append() takes exactly one argument (0 given)"
inline void check_one(Interp& I, CallArgs& a, const char* qual) {
  no_kwargs(I, a, qual);
  if (nargs(a) != 1) I.raise(I.t.TypeError, "%s() takes exactly one argument (%u given)", qual, nargs(a));
}
// "list.copy() takes no arguments (1 given)"
inline void check_none(Interp& I, CallArgs& a, const char* qual) {
  no_kwargs(I, a, qual);
  if (nargs(a) != 0) I.raise(I.t.TypeError, "%s() takes no arguments (%u given)", qual, nargs(a));
}
// "pop expected at most 1 argument, got 2" / "insert expected 2 arguments, got 1"
inline void check_range(Interp& I, CallArgs& a, const char* qual, const char* name, uint32_t min, uint32_t max) {
  no_kwargs(I, a, qual);
  uint32_t n = nargs(a);
  if (n >= min && n <= max) return;
  if (min == max)
    I.raise(I.t.TypeError, "%s expected %u argument%s, got %u", name, min, min == 1 ? "" : "s", n);
  if (n < min) I.raise(I.t.TypeError, "%s expected at least %u argument%s, got %u", name, min, min == 1 ? "" : "s", n);
  I.raise(I.t.TypeError, "%s expected at most %u argument%s, got %u", name, max, max == 1 ? "" : "s", n);
}
// The same for constructors, where there is no self: counts all positionals.
inline void check_ctor(Interp& I, CallArgs& a, const char* name, uint32_t skip, uint32_t min, uint32_t max) {
  uint32_t n = a.npos() - skip;
  if (n >= min && n <= max) return;
  if (n < min) I.raise(I.t.TypeError, "%s expected at least %u argument%s, got %u", name, min, min == 1 ? "" : "s", n);
  I.raise(I.t.TypeError, "%s expected at most %u argument%s, got %u", name, max, max == 1 ? "" : "s", n);
}

// A read-only view of a list or tuple whose size is re-read at every access
// (a list may change while Python code runs in a comparison).
struct SeqRef {
  Object* o;
  bool is_list;
  size_t size() const {
    return is_list ? static_cast<List*>(o)->items.size() : static_cast<Tuple*>(o)->size;
  }
  Value at(size_t i) const { return is_list ? static_cast<List*>(o)->items[i] : static_cast<Tuple*>(o)->items[i]; }
};

// CPython's list_richcompare/tuplerichcompare: find the first differing
// item, then compare it (or the lengths) with `op`.
inline Value seq_richcompare(Interp& I, SeqRef a, SeqRef b, CmpOp op) {
  if ((op == CmpOp::Eq || op == CmpOp::Ne) && a.size() != b.size()) return Value::boolean(op == CmpOp::Ne);
  size_t i = 0;
  for (; i < a.size() && i < b.size(); i++) {
    Value x = a.at(i), y = b.at(i);
    if (!fast_eq(I, x, y)) break;
  }
  if (i >= a.size() || i >= b.size()) {
    size_t na = a.size(), nb = b.size();
    bool r = false;
    switch (op) {
      case CmpOp::Lt: r = na < nb; break;
      case CmpOp::Le: r = na <= nb; break;
      case CmpOp::Eq: r = na == nb; break;
      case CmpOp::Ne: r = na != nb; break;
      case CmpOp::Gt: r = na > nb; break;
      case CmpOp::Ge: r = na >= nb; break;
    }
    return Value::boolean(r);
  }
  if (op == CmpOp::Eq) return Value::False();
  if (op == CmpOp::Ne) return Value::True();
  Value x = a.at(i), y = b.at(i);
  if (x.is_small() && y.is_small()) {
    int64_t p = x.small_value(), q = y.small_value();
    bool r = op == CmpOp::Lt ? p < q : op == CmpOp::Le ? p <= q : op == CmpOp::Gt ? p > q : p >= q;
    return Value::boolean(r);
  }
  return rich_compare(I, x, y, op);
}

// --- internals shared between dict.cpp / dict_views.cpp / set.cpp -------------------
int64_t dict_lookup(Interp& I, Dict* d, Value key, uint64_t h, size_t* slot_out);
int64_t dict_lookup_str(Dict* d, Str* key, uint64_t h, size_t* slot_out);
void dict_insert_new(Dict* d, Value key, uint64_t h, Value v);
void dict_set_hashed(Interp& I, Dict* d, Value key, uint64_t h, Value v);
void dict_remove_at(Dict* d, int64_t ix, size_t slot);
Value dict_get_hashed(Interp& I, Dict* d, Value key, uint64_t h);
Value set_intersection(Interp& I, SetObj* s, Value other);          // s.intersection(other)
void set_difference_update(Interp& I, SetObj* s, Value other);      // s.difference_update(other)
void set_symmetric_difference_update(Interp& I, SetObj* s, Value other);
int64_t set_lookup(Interp& I, SetObj* s, Value key, uint64_t h);     // table index or -1
bool set_add_hashed(Interp& I, SetObj* s, Value key, uint64_t h);
bool set_discard_hashed(Interp& I, SetObj* s, Value key, uint64_t h);
void set_clear_internal(SetObj* s);
void set_update_internal(Interp& I, SetObj* s, Value other);
void set_resize(SetObj* s, size_t minused);
SetObj* new_set_like(Interp& I, Type* t);                           // exact set or frozenset

}  // namespace cu
}  // namespace il
