// range_slice.cpp — range (int64 bounds) with its fast iterator, and slice
// objects with CPython's index resolution (PySlice_Unpack/AdjustIndices).
//
// Ranges whose bounds, step and length fit int64 use int64 arithmetic; others
// (range(10**20)) keep them as int Values in RangeObj::big and compute with
// the generic number protocol (the "big" functions below), as CPython's
// longrange: len() of one whose length does not fit raises OverflowError.
#include <algorithm>
#include <string>

#include "objects/container_util.h"

namespace il {

// ===========================================================================
// Slices
// ===========================================================================

void SliceObj::trace(Tracer& t) {
  t.visit(type);
  t.visit(attrs);
  t.visit(start);
  t.visit(stop);
  t.visit(step);
}

Value new_slice(Interp& I, Value start, Value stop, Value step) {
  SliceObj* s = I.make<SliceObj>(I.t.slice);
  s->start = start.empty() ? Value::None() : start;
  s->stop = stop.empty() ? Value::None() : stop;
  s->step = step.empty() ? Value::None() : step;
  return obj_value(s);
}

// _PyEval_SliceIndex: an int/__index__ value clamped to int64.
static int64_t slice_index(Interp& I, Value v) {
  if (v.is_small()) return v.small_value();
  if (v.is_bool()) return v.is_true() ? 1 : 0;
  if (!(v.is_obj() && v.obj()->type->layout == Layout::Int) && type_lookup(type_of(I, v), I.names->__index__).empty())
    I.raise(I.t.TypeError, "slice indices must be integers or None or have an __index__ method");
  Value iv = number_index(I, v);
  if (iv.is_small()) return iv.small_value();
  if (iv.is_bool()) return iv.is_true() ? 1 : 0;
  const BigInt& b = iv.as<IntObj>()->v;
  if (b.fits_int64()) return b.to_int64();
  return b.is_negative() ? INT64_MIN : INT64_MAX;
}

// PySlice_AdjustIndices: clamps start/stop to the length, returns the count.
static int64_t adjust_indices(int64_t length, int64_t* start, int64_t* stop, int64_t step) {
  if (*start < 0) {
    *start += length;
    if (*start < 0) *start = step < 0 ? -1 : 0;
  } else if (*start >= length) {
    *start = step < 0 ? length - 1 : length;
  }
  if (*stop < 0) {
    *stop += length;
    if (*stop < 0) *stop = step < 0 ? -1 : 0;
  } else if (*stop >= length) {
    *stop = step < 0 ? length - 1 : length;
  }
  if (step < 0) {
    if (*stop < *start) return (*start - *stop - 1) / (-step) + 1;
  } else if (*start < *stop) {
    return (*stop - *start - 1) / step + 1;
  }
  return 0;
}

SliceIndices slice_indices(Interp& I, SliceObj* s, int64_t length) {
  int64_t start, stop, step;
  if (s->step.is_none()) {
    step = 1;
  } else {
    step = slice_index(I, s->step);
    if (step == 0) I.raise(I.t.ValueError, "slice step cannot be zero");
    if (step < -INT64_MAX) step = -INT64_MAX;
  }
  if (s->start.is_none()) start = step < 0 ? INT64_MAX : 0;
  else start = slice_index(I, s->start);
  if (s->stop.is_none()) stop = step < 0 ? INT64_MIN : INT64_MAX;
  else stop = slice_index(I, s->stop);
  int64_t len = adjust_indices(length, &start, &stop, step);
  return {start, stop, step, len};
}

int64_t normalize_index(Interp& I, Value index, int64_t length, const char* what) {
  int64_t i;
  if (!cu::index_value(I, index, &i))
    I.raise(I.t.TypeError, "%s indices must be integers or slices, not %s", what, type_name(I, index));
  if (i < 0) i += length;
  if (i < 0 || i >= length) I.raise(I.t.IndexError, "%s index out of range", what);
  return i;
}

static SliceObj* self_slice(Interp& I, CallArgs& a, const char* meth) {
  if (a.npos() < 1 || !a.argv[0].is_obj() || a.argv[0].obj()->type->layout != Layout::Slice)
    cu::bad_self(I, meth, "slice", a.npos() ? a.argv[0] : Value::None());
  return a.argv[0].as<SliceObj>();
}

static Value slice_new(Interp& I, CallArgs& a) {
  if (a.kwnames && a.nkw() > 0) I.raise(I.t.TypeError, "slice() takes no keyword arguments");
  cu::check_ctor(I, a, "slice", 1, 1, 3);
  uint32_t n = a.npos() - 1;
  if (n == 1) return new_slice(I, Value::None(), a.argv[1], Value::None());
  return new_slice(I, a.argv[1], a.argv[2], n == 3 ? a.argv[3] : Value::None());
}

static Value slice_alloc(Interp& I, Type* t) {
  SliceObj* s = I.make<SliceObj>(t);
  s->start = s->stop = s->step = Value::None();
  return obj_value(s);
}

static Value s_repr(Interp& I, CallArgs& a) {
  SliceObj* s = self_slice(I, a, "__repr__");
  std::string out = "slice(";
  cu::append_repr(I, out, s->start);
  out += ", ";
  cu::append_repr(I, out, s->stop);
  out += ", ";
  cu::append_repr(I, out, s->step);
  out += ")";
  return I.new_str(out);
}

static Value s_compare(Interp& I, CallArgs& a, CmpOp op) {
  SliceObj* s = self_slice(I, a, "__eq__");
  if (a.npos() != 2) I.raise(I.t.TypeError, "expected 1 argument, got %u", a.npos() - 1);
  Value o = a.argv[1];
  if (!o.is_obj() || o.obj()->type->layout != Layout::Slice) return Value::NotImplemented();
  SliceObj* t = o.as<SliceObj>();
  if (s == t && (op == CmpOp::Eq || op == CmpOp::Le || op == CmpOp::Ge)) return Value::True();
  Tuple* t1 = I.tuple({s->start, s->stop, s->step});
  Tuple* t2 = I.tuple({t->start, t->stop, t->step});
  return tuple_richcompare(I, t1, t2, op);
}
static Value s_eq(Interp& I, CallArgs& a) { return s_compare(I, a, CmpOp::Eq); }
static Value s_ne(Interp& I, CallArgs& a) { return s_compare(I, a, CmpOp::Ne); }
static Value s_lt(Interp& I, CallArgs& a) { return s_compare(I, a, CmpOp::Lt); }
static Value s_le(Interp& I, CallArgs& a) { return s_compare(I, a, CmpOp::Le); }
static Value s_gt(Interp& I, CallArgs& a) { return s_compare(I, a, CmpOp::Gt); }
static Value s_ge(Interp& I, CallArgs& a) { return s_compare(I, a, CmpOp::Ge); }

static Value s_indices(Interp& I, CallArgs& a) {
  SliceObj* s = self_slice(I, a, "indices");
  cu::check_one(I, a, "slice.indices");
  Value lv = a.argv[1];
  if (!cu::is_int_value(I, lv) && type_lookup(type_of(I, lv), I.names->__index__).empty())
    I.raise(I.t.TypeError, "'%s' object cannot be interpreted as an integer", type_name(I, lv));
  int64_t length = slice_index(I, lv);
  if (length < 0) I.raise(I.t.ValueError, "length should not be negative");
  SliceIndices si = slice_indices(I, s, length);
  return obj_value(I.tuple({I.new_int(si.start), I.new_int(si.stop), I.new_int(si.step)}));
}

static Value s_reduce(Interp& I, CallArgs& a) {
  SliceObj* s = self_slice(I, a, "__reduce__");
  return obj_value(I.tuple({obj_value(s->type), obj_value(I.tuple({s->start, s->stop, s->step}))}));
}

static Value s_get_start(Interp& I, CallArgs& a) { return self_slice(I, a, "start")->start; }
static Value s_get_stop(Interp& I, CallArgs& a) { return self_slice(I, a, "stop")->stop; }
static Value s_get_step(Interp& I, CallArgs& a) { return self_slice(I, a, "step")->step; }

// ===========================================================================
// Range
// ===========================================================================

// Number of values of range(start, stop, step) (unsigned: may exceed int64).
static uint64_t range_len_u(int64_t start, int64_t stop, int64_t step) {
  if (step > 0) {
    if (start >= stop) return 0;
    return (uint64_t(stop) - uint64_t(start) - 1) / uint64_t(step) + 1;
  }
  if (start <= stop) return 0;
  return (uint64_t(start) - uint64_t(stop) - 1) / (0 - uint64_t(step)) + 1;
}

[[noreturn]] static void range_overflow(Interp& I) {
  I.raise(I.t.OverflowError, "Python int too large to convert to C ssize_t");
}

Value new_range(Interp& I, int64_t start, int64_t stop, int64_t step) {
  uint64_t len = range_len_u(start, stop, step);
  if (len > uint64_t(INT64_MAX)) range_overflow(I);
  RangeObj* r = I.make<RangeObj>(I.t.range);
  r->start = start;
  r->stop = stop;
  r->step = step;
  r->len = int64_t(len);
  return obj_value(r);
}

// start + i * step for 0 <= i < len (always representable).
static inline int64_t range_item(RangeObj* r, int64_t i) {
  return int64_t(uint64_t(r->start) + uint64_t(i) * uint64_t(r->step));
}

static RangeObj* self_range(Interp& I, CallArgs& a, const char* meth) {
  if (a.npos() < 1 || !a.argv[0].is_obj() || a.argv[0].obj()->type->layout != Layout::Range)
    cu::bad_self(I, meth, "range", a.npos() ? a.argv[0] : Value::None());
  return a.argv[0].as<RangeObj>();
}

void RangeObj::trace(Tracer& t) {
  t.visit(type);
  t.visit(attrs);
  t.visit(big);
}

// --- big ranges -------------------------------------------------------------------
namespace {
Value add(Interp& I, Value a, Value b) { return binary_op(I, a, b, BinOp::Add); }
Value sub(Interp& I, Value a, Value b) { return binary_op(I, a, b, BinOp::Sub); }
Value mul(Interp& I, Value a, Value b) { return binary_op(I, a, b, BinOp::Mul); }
Value floordiv(Interp& I, Value a, Value b) { return binary_op(I, a, b, BinOp::FloorDiv); }
Value mod(Interp& I, Value a, Value b) { return binary_op(I, a, b, BinOp::Remainder); }
bool lt(Interp& I, Value a, Value b) { return compare_bool(I, a, b, CmpOp::Lt); }
bool is_neg(Interp& I, Value v) { return lt(I, v, Value::small(0)); }
bool fits64(Value v) { return v.is_small() || v.is_bool() || v.as<IntObj>()->v.fits_int64(); }
int64_t as64(Value v) { return v.is_small() ? v.small_value() : v.is_bool() ? v.is_true() : v.as<IntObj>()->v.to_int64(); }
Value big_start(RangeObj* r) { return r->big->items[0]; }
Value big_stop(RangeObj* r) { return r->big->items[1]; }
Value big_step(RangeObj* r) { return r->big->items[2]; }
Value big_len(RangeObj* r) { return r->big->items[3]; }
// start + i * step
Value big_item(Interp& I, RangeObj* r, Value i) { return add(I, big_start(r), mul(I, i, big_step(r))); }
}  // namespace

// A range from int Values (any size); int64 fields when everything fits.
static Value new_range_values(Interp& I, Value start, Value stop, Value step) {
  if (fits64(start) && fits64(stop) && fits64(step) &&
      range_len_u(as64(start), as64(stop), as64(step)) <= uint64_t(INT64_MAX))
    return new_range(I, as64(start), as64(stop), as64(step));
  // len = (stop - start - 1) // step + 1 when non-empty (CPython's compute_range_length).
  Value len = Value::small(0);
  bool up = !is_neg(I, step);
  if (up ? lt(I, start, stop) : lt(I, stop, start)) {
    Value lo = up ? start : stop, hi = up ? stop : start;
    Value st = up ? step : sub(I, Value::small(0), step);
    len = add(I, floordiv(I, sub(I, sub(I, hi, lo), Value::small(1)), st), Value::small(1));
  }
  RangeObj* r = I.make<RangeObj>(I.t.range);
  r->start = r->stop = r->len = 0;
  r->step = 1;
  r->big = I.tuple({start, stop, step, len});
  return obj_value(r);
}

// An argument of range(): an int through __index__.
static Value range_arg_value(Interp& I, Value v) {
  if (v.is_small()) return v;
  if (v.is_bool()) return Value::small(v.is_true() ? 1 : 0);
  if (!(v.is_obj() && v.obj()->type->layout == Layout::Int) && type_lookup(type_of(I, v), I.names->__index__).empty())
    I.raise(I.t.TypeError, "'%s' object cannot be interpreted as an integer", type_name(I, v));
  Value iv = number_index(I, v);
  if (iv.is_bool()) return Value::small(iv.is_true() ? 1 : 0);
  return iv;
}

static Value range_new(Interp& I, CallArgs& a) {
  if (a.kwnames && a.nkw() > 0) I.raise(I.t.TypeError, "range() takes no keyword arguments");
  cu::check_ctor(I, a, "range", 1, 1, 3);
  uint32_t n = a.npos() - 1;
  Value start = Value::small(0), stop, step = Value::small(1);
  if (n == 1) {
    stop = range_arg_value(I, a.argv[1]);
  } else {
    start = range_arg_value(I, a.argv[1]);
    stop = range_arg_value(I, a.argv[2]);
    if (n == 3) {
      step = range_arg_value(I, a.argv[3]);
      if (step.is_small() && step.small_value() == 0) I.raise(I.t.ValueError, "range() arg 3 must not be zero");
    }
  }
  return new_range_values(I, start, stop, step);
}

// --- iterator -------------------------------------------------------------------
// Contract documented in containers.h (FOR_ITER fast path).

Value range_iter_next(Interp& I, IterObj* it) {
  if (it->j <= 0) return Value();
  int64_t v = it->i;
  it->j--;
  it->i = int64_t(uint64_t(it->i) + uint64_t(it->b.small_value()));
  return I.new_int(v);
}

// For steps outside the small-int range: the step is in `c` as an int Value.
static Value range_iter_next_bigstep(Interp& I, IterObj* it) {
  if (it->j <= 0) return Value();
  int64_t v = it->i;
  it->j--;
  int64_t step = it->c.as<IntObj>()->v.to_int64();
  it->i = int64_t(uint64_t(it->i) + uint64_t(step));
  return I.new_int(v);
}

static Value iter_length_hint(Interp& I, CallArgs& a) {
  return Value::small(std::max<int64_t>(0, a[0].as<IterObj>()->j));
}

static Value make_range_iter(Interp& I, int64_t start, int64_t step, int64_t len) {
  IterObj* it;
  if (Value::fits_small(step)) {
    it = new_iterator(I, nullptr, range_iter_next, Value(), Value::small(step), start);
  } else {
    it = new_iterator(I, nullptr, range_iter_next_bigstep, Value(), Value(), start);
    it->c = I.new_int(step);
  }
  it->j = len;
  return obj_value(it);
}

// longrange_iterator: a = next value, b = step, c = values left (int Values).
static Value longrange_iter_next(Interp& I, IterObj* it) {
  if (!lt(I, Value::small(0), it->c)) return Value();
  Value v = it->a;
  it->a = add(I, it->a, it->b);
  it->c = sub(I, it->c, Value::small(1));
  return v;
}
static Value longrange_length_hint(Interp& I, CallArgs& a) { return a[0].as<IterObj>()->c; }

static Value make_longrange_iter(Interp& I, Value start, Value step, Value len) {
  IterObj* it = new_iterator(I, nullptr, longrange_iter_next, start, step);
  it->c = len;
  return obj_value(it);
}

Value range_iter(Interp& I, RangeObj* r) {
  if (r->big) return make_longrange_iter(I, big_start(r), big_step(r), big_len(r));
  return make_range_iter(I, r->start, r->step, r->len);
}

// --- methods --------------------------------------------------------------------

static Value r_repr(Interp& I, CallArgs& a) {
  RangeObj* r = self_range(I, a, "__repr__");
  if (r->big) {
    std::string s = "range(" + repr_string(I, big_start(r)) + ", " + repr_string(I, big_stop(r));
    if (!(big_step(r).is_small() && big_step(r).small_value() == 1)) s += ", " + repr_string(I, big_step(r));
    return I.new_str(s + ")");
  }
  char buf[96];
  if (r->step == 1)
    snprintf(buf, sizeof buf, "range(%lld, %lld)", (long long)r->start, (long long)r->stop);
  else
    snprintf(buf, sizeof buf, "range(%lld, %lld, %lld)", (long long)r->start, (long long)r->stop,
             (long long)r->step);
  return I.new_str(buf);
}

static Value r_len(Interp& I, CallArgs& a) {
  RangeObj* r = self_range(I, a, "__len__");
  if (r->big) {
    if (!fits64(big_len(r))) range_overflow(I);
    return big_len(r);
  }
  return I.new_int(r->len);
}
static Value r_bool(Interp& I, CallArgs& a) {
  RangeObj* r = self_range(I, a, "__bool__");
  if (r->big) return Value::boolean(lt(I, Value::small(0), big_len(r)));
  return Value::boolean(r->len != 0);
}
static Value r_iter(Interp& I, CallArgs& a) { return range_iter(I, self_range(I, a, "__iter__")); }

static Value r_reversed(Interp& I, CallArgs& a) {
  RangeObj* r = self_range(I, a, "__reversed__");
  if (r->big) {
    Value last = big_item(I, r, sub(I, big_len(r), Value::small(1)));
    return make_longrange_iter(I, last, sub(I, Value::small(0), big_step(r)), big_len(r));
  }
  if (r->len == 0) return make_range_iter(I, 0, 1, 0);
  // Wrapping negation: INT64_MIN stays INT64_MIN, which still steps correctly
  // modulo 2**64 over the (int64) values of the range.
  int64_t neg = int64_t(0 - uint64_t(r->step));
  return make_range_iter(I, range_item(r, r->len - 1), neg, r->len);
}

// A slice bound resolved against a length of any size (CPython's
// _PySlice_GetLongIndices): negative from the end, clamped to [lower, upper].
static Value big_slice_bound(Interp& I, Value v, Value len, Value lower, Value upper) {
  Value i = number_index(I, v);
  if (is_neg(I, i)) {
    i = add(I, i, len);
    return lt(I, i, lower) ? lower : i;
  }
  return lt(I, upper, i) ? upper : i;
}

static Value big_getitem(Interp& I, RangeObj* r, Value key) {
  if (key.is_obj() && key.obj()->type->layout == Layout::Slice) {
    SliceObj* sl = key.as<SliceObj>();
    Value step = sl->step.is_none() ? Value::small(1) : number_index(I, sl->step);
    if (step.is_small() && step.small_value() == 0) I.raise(I.t.ValueError, "slice step cannot be zero");
    bool down = is_neg(I, step);
    Value len = big_len(r);
    Value lower = down ? Value::small(-1) : Value::small(0);
    Value upper = down ? sub(I, len, Value::small(1)) : len;
    Value start = sl->start.is_none() ? (down ? upper : lower) : big_slice_bound(I, sl->start, len, lower, upper);
    Value stop = sl->stop.is_none() ? (down ? lower : upper) : big_slice_bound(I, sl->stop, len, lower, upper);
    return new_range_values(I, big_item(I, r, start), big_item(I, r, stop), mul(I, step, big_step(r)));
  }
  if (!(key.is_small() || key.is_bool() || (key.is_obj() && key.obj()->type->layout == Layout::Int)) &&
      type_lookup(type_of(I, key), I.names->__index__).empty())
    I.raise(I.t.TypeError, "range indices must be integers or slices, not %s", type_name(I, key));
  Value i = number_index(I, key);
  if (is_neg(I, i)) i = add(I, i, big_len(r));
  if (is_neg(I, i) || !lt(I, i, big_len(r))) I.raise(I.t.IndexError, "range object index out of range");
  return big_item(I, r, i);
}

// The index of int `v` in a big range, or empty when absent.
static Value big_index_of(Interp& I, RangeObj* r, Value v) {
  Value start = big_start(r), stop = big_stop(r), step = big_step(r);
  bool inside = is_neg(I, step) ? (!lt(I, start, v) && lt(I, stop, v)) : (!lt(I, v, start) && lt(I, v, stop));
  if (!inside) return Value();
  Value off = sub(I, v, start);
  if (!eq(I, mod(I, off, step), Value::small(0))) return Value();
  return floordiv(I, off, step);
}

static Value r_getitem(Interp& I, CallArgs& a) {
  RangeObj* r = self_range(I, a, "__getitem__");
  cu::check_one(I, a, "range.__getitem__");
  Value key = a.argv[1];
  if (r->big) return big_getitem(I, r, key);
  if (key.is_obj() && key.obj()->type->layout == Layout::Slice) {
    SliceIndices si = slice_indices(I, key.as<SliceObj>(), r->len);
    int64_t start, stop, step;
    if (__builtin_mul_overflow(si.start, r->step, &start) || __builtin_add_overflow(start, r->start, &start) ||
        __builtin_mul_overflow(si.stop, r->step, &stop) || __builtin_add_overflow(stop, r->start, &stop) ||
        __builtin_mul_overflow(si.step, r->step, &step))
      range_overflow(I);
    return new_range(I, start, stop, step);
  }
  int64_t i;
  if (!cu::index_value(I, key, &i))
    I.raise(I.t.TypeError, "range indices must be integers or slices, not %s", type_name(I, key));
  if (i < 0) i += r->len;
  if (i < 0 || i >= r->len) I.raise(I.t.IndexError, "range object index out of range");
  return I.new_int(range_item(r, i));
}

// Exact int (or bool) membership in O(1); returns false for ints outside int64.
static bool range_contains_int(Interp& I, RangeObj* r, Value v, int64_t* index_out) {
  int64_t x;
  if (v.is_small()) {
    x = v.small_value();
  } else if (v.is_bool()) {
    x = v.is_true() ? 1 : 0;
  } else {
    const BigInt& b = v.as<IntObj>()->v;
    if (!b.fits_int64()) return false;
    x = b.to_int64();
  }
  if (r->len == 0) return false;
  uint64_t off;
  if (r->step > 0) {
    if (x < r->start || x >= r->stop) return false;
    off = uint64_t(x) - uint64_t(r->start);
    if (off % uint64_t(r->step)) return false;
    if (index_out) *index_out = int64_t(off / uint64_t(r->step));
  } else {
    if (x > r->start || x <= r->stop) return false;
    off = uint64_t(r->start) - uint64_t(x);
    uint64_t st = 0 - uint64_t(r->step);
    if (off % st) return false;
    if (index_out) *index_out = int64_t(off / st);
  }
  return true;
}

static bool is_exact_int(Interp& I, Value v) {
  return v.is_small() || v.is_bool() || (v.is_obj() && (v.obj()->type == I.t.int_ || v.obj()->type == I.t.bool_));
}

// Equality search over a big range (non-int values): index or empty.
static Value big_search(Interp& I, RangeObj* r, Value v) {
  for (Value i = Value::small(0); lt(I, i, big_len(r)); i = add(I, i, Value::small(1)))
    if (eq(I, big_item(I, r, i), v)) return i;
  return Value();
}

static Value r_contains(Interp& I, CallArgs& a) {
  RangeObj* r = self_range(I, a, "__contains__");
  cu::check_one(I, a, "range.__contains__");
  Value v = a.argv[1];
  if (r->big && is_exact_int(I, v)) return Value::boolean(!big_index_of(I, r, v).empty());
  if (r->big) return Value::boolean(!big_search(I, r, v).empty());
  if (is_exact_int(I, v)) return Value::boolean(range_contains_int(I, r, v, nullptr));
  for (int64_t i = 0; i < r->len; i++)
    if (eq(I, I.new_int(range_item(r, i)), v)) return Value::True();
  return Value::False();
}

static Value r_count(Interp& I, CallArgs& a) {
  RangeObj* r = self_range(I, a, "count");
  cu::check_one(I, a, "range.count");
  Value v = a.argv[1];
  if (r->big) {
    if (is_exact_int(I, v)) return Value::small(big_index_of(I, r, v).empty() ? 0 : 1);
    Value c = Value::small(0);
    for (Value i = Value::small(0); lt(I, i, big_len(r)); i = add(I, i, Value::small(1)))
      if (eq(I, big_item(I, r, i), v)) c = add(I, c, Value::small(1));
    return c;
  }
  if (is_exact_int(I, v)) return Value::small(range_contains_int(I, r, v, nullptr) ? 1 : 0);
  int64_t c = 0;
  for (int64_t i = 0; i < r->len; i++)
    if (eq(I, I.new_int(range_item(r, i)), v)) c++;
  return I.new_int(c);
}

static Value r_index(Interp& I, CallArgs& a) {
  RangeObj* r = self_range(I, a, "index");
  cu::check_one(I, a, "range.index");
  Value v = a.argv[1];
  if (r->big) {
    Value idx = is_exact_int(I, v) ? big_index_of(I, r, v) : big_search(I, r, v);
    if (!idx.empty()) return idx;
    if (!is_exact_int(I, v)) I.raise(I.t.ValueError, "sequence.index(x): x not in sequence");
    std::string s = repr_string(I, v);
    I.raise(I.t.ValueError, "%s is not in range", s.c_str());
  }
  if (is_exact_int(I, v)) {
    int64_t idx;
    if (range_contains_int(I, r, v, &idx)) return I.new_int(idx);
    std::string s = repr_string(I, v);
    I.raise(I.t.ValueError, "%s is not in range", s.c_str());
  }
  for (int64_t i = 0; i < r->len; i++)
    if (eq(I, I.new_int(range_item(r, i)), v)) return I.new_int(i);
  I.raise(I.t.ValueError, "sequence.index(x): x not in sequence");
}

static bool range_equals(RangeObj* a, RangeObj* b) {
  if (a == b) return true;
  if (a->len != b->len) return false;
  if (a->len == 0) return true;
  if (a->start != b->start) return false;
  if (a->len == 1) return true;
  return a->step == b->step;
}

// (len, start or None, step or None): what equality and hashing look at.
static Tuple* range_key(Interp& I, RangeObj* r) {
  Value len = r->big ? big_len(r) : I.new_int(r->len);
  Value start = r->big ? big_start(r) : I.new_int(r->start);
  Value step = r->big ? big_step(r) : I.new_int(r->step);
  if (!lt(I, Value::small(0), len)) return I.tuple({len, Value::None(), Value::None()});
  if (!lt(I, Value::small(1), len)) return I.tuple({len, start, Value::None()});
  return I.tuple({len, start, step});
}

static Value r_compare(Interp& I, CallArgs& a, bool ne) {
  RangeObj* r = self_range(I, a, ne ? "__ne__" : "__eq__");
  if (a.npos() != 2) I.raise(I.t.TypeError, "expected 1 argument, got %u", a.npos() - 1);
  Value o = a.argv[1];
  if (!o.is_obj() || o.obj()->type->layout != Layout::Range) return Value::NotImplemented();
  RangeObj* q = o.as<RangeObj>();
  if (r->big || q->big) {
    // Compare (len, start if len >= 1, step if len >= 2) as CPython's range_equals.
    Tuple* x = range_key(I, r);
    Tuple* y = range_key(I, q);
    return Value::boolean(eq(I, obj_value(x), obj_value(y)) != ne);
  }
  return Value::boolean(range_equals(r, q) != ne);
}
static Value r_eq(Interp& I, CallArgs& a) { return r_compare(I, a, false); }
static Value r_ne(Interp& I, CallArgs& a) { return r_compare(I, a, true); }

static Value r_hash(Interp& I, CallArgs& a) {
  RangeObj* r = self_range(I, a, "__hash__");
  if (r->big) return I.new_int(int64_t(tuple_hash(I, range_key(I, r))));
  Tuple* t;
  if (r->len == 0) t = I.tuple({I.new_int(r->len), Value::None(), Value::None()});
  else if (r->len == 1) t = I.tuple({I.new_int(r->len), I.new_int(r->start), Value::None()});
  else t = I.tuple({I.new_int(r->len), I.new_int(r->start), I.new_int(r->step)});
  return I.new_int(int64_t(tuple_hash(I, t)));
}

static Value r_reduce(Interp& I, CallArgs& a) {
  RangeObj* r = self_range(I, a, "__reduce__");
  Tuple* args = r->big ? I.tuple({big_start(r), big_stop(r), big_step(r)})
                       : I.tuple({I.new_int(r->start), I.new_int(r->stop), I.new_int(r->step)});
  return obj_value(I.tuple({obj_value(r->type), obj_value(args)}));
}

static Value r_get_start(Interp& I, CallArgs& a) {
  RangeObj* r = self_range(I, a, "start");
  return r->big ? big_start(r) : I.new_int(r->start);
}
static Value r_get_stop(Interp& I, CallArgs& a) {
  RangeObj* r = self_range(I, a, "stop");
  return r->big ? big_stop(r) : I.new_int(r->stop);
}
static Value r_get_step(Interp& I, CallArgs& a) {
  RangeObj* r = self_range(I, a, "step");
  return r->big ? big_step(r) : I.new_int(r->step);
}

static Value range_alloc(Interp& I, Type* t) {
  RangeObj* r = I.make<RangeObj>(t);
  r->start = r->stop = r->len = 0;
  r->step = 1;
  return obj_value(r);
}

// ===========================================================================
// Registration
// ===========================================================================

static const MethodDef kSliceMethods[] = {
    {"__new__", slice_new, kNativeStatic},
    {"__repr__", s_repr},
    {"__eq__", s_eq},
    {"__ne__", s_ne},
    {"__lt__", s_lt},
    {"__le__", s_le},
    {"__gt__", s_gt},
    {"__ge__", s_ge},
    {"indices", s_indices},
    {"__reduce__", s_reduce},
};

static const GetSetDef kSliceGetSets[] = {
    {"start", s_get_start},
    {"stop", s_get_stop},
    {"step", s_get_step},
};

static const MethodDef kRangeMethods[] = {
    {"__new__", range_new, kNativeStatic},
    {"__repr__", r_repr},
    {"__len__", r_len},
    {"__bool__", r_bool},
    {"__iter__", r_iter},
    {"__reversed__", r_reversed},
    {"__getitem__", r_getitem},
    {"__contains__", r_contains},
    {"__eq__", r_eq},
    {"__ne__", r_ne},
    {"__hash__", r_hash},
    {"count", r_count},
    {"index", r_index},
    {"__reduce__", r_reduce},
};

static const GetSetDef kRangeGetSets[] = {
    {"start", r_get_start},
    {"stop", r_get_stop},
    {"step", r_get_step},
};

void init_range_slice(Interp& I) {
  register_iterator_type(I, range_iter_next, "range_iterator", iter_length_hint);
  register_iterator_type(I, range_iter_next_bigstep, "range_iterator", iter_length_hint);
  register_iterator_type(I, longrange_iter_next, "longrange_iterator", longrange_length_hint);
  I.t.slice->alloc = slice_alloc;
  add_methods(I, I.t.slice, kSliceMethods);
  add_getsets(I, I.t.slice, kSliceGetSets);
  type_set(I, I.t.slice, "__hash__", Value::None());
  I.t.range->alloc = range_alloc;
  add_methods(I, I.t.range, kRangeMethods);
  add_getsets(I, I.t.range, kRangeGetSets);
}

}  // namespace il
