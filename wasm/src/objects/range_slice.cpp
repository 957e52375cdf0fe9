// range_slice.cpp — range (int64 bounds) with its fast iterator, and slice
// objects with CPython's index resolution (PySlice_Unpack/AdjustIndices).
//
// Deviation from CPython: range bounds, step and length are int64. Values
// outside int64 raise OverflowError("Python int too large to convert to C
// ssize_t") when the range is created (CPython accepts them and only fails
// on len() and indexing).
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

// An int argument of range(): __index__, int64 only.
static int64_t range_arg(Interp& I, Value v) {
  if (v.is_small()) return v.small_value();
  if (v.is_bool()) return v.is_true() ? 1 : 0;
  if (!(v.is_obj() && v.obj()->type->layout == Layout::Int) && type_lookup(type_of(I, v), I.names->__index__).empty())
    I.raise(I.t.TypeError, "'%s' object cannot be interpreted as an integer", type_name(I, v));
  Value iv = number_index(I, v);
  if (iv.is_small()) return iv.small_value();
  if (iv.is_bool()) return iv.is_true() ? 1 : 0;
  const BigInt& b = iv.as<IntObj>()->v;
  if (!b.fits_int64()) range_overflow(I);
  return b.to_int64();
}

static Value range_new(Interp& I, CallArgs& a) {
  if (a.kwnames && a.nkw() > 0) I.raise(I.t.TypeError, "range() takes no keyword arguments");
  cu::check_ctor(I, a, "range", 1, 1, 3);
  uint32_t n = a.npos() - 1;
  int64_t start = 0, stop, step = 1;
  if (n == 1) {
    stop = range_arg(I, a.argv[1]);
  } else {
    start = range_arg(I, a.argv[1]);
    stop = range_arg(I, a.argv[2]);
    if (n == 3) {
      step = range_arg(I, a.argv[3]);
      if (step == 0) I.raise(I.t.ValueError, "range() arg 3 must not be zero");
    }
  }
  return new_range(I, start, stop, step);
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

Value range_iter(Interp& I, RangeObj* r) { return make_range_iter(I, r->start, r->step, r->len); }

// --- methods --------------------------------------------------------------------

static Value r_repr(Interp& I, CallArgs& a) {
  RangeObj* r = self_range(I, a, "__repr__");
  char buf[96];
  if (r->step == 1)
    snprintf(buf, sizeof buf, "range(%lld, %lld)", (long long)r->start, (long long)r->stop);
  else
    snprintf(buf, sizeof buf, "range(%lld, %lld, %lld)", (long long)r->start, (long long)r->stop,
             (long long)r->step);
  return I.new_str(buf);
}

static Value r_len(Interp& I, CallArgs& a) { return I.new_int(self_range(I, a, "__len__")->len); }
static Value r_bool(Interp& I, CallArgs& a) { return Value::boolean(self_range(I, a, "__bool__")->len != 0); }
static Value r_iter(Interp& I, CallArgs& a) { return range_iter(I, self_range(I, a, "__iter__")); }

static Value r_reversed(Interp& I, CallArgs& a) {
  RangeObj* r = self_range(I, a, "__reversed__");
  if (r->len == 0) return make_range_iter(I, 0, 1, 0);
  // Wrapping negation: INT64_MIN stays INT64_MIN, which still steps correctly
  // modulo 2**64 over the (int64) values of the range.
  int64_t neg = int64_t(0 - uint64_t(r->step));
  return make_range_iter(I, range_item(r, r->len - 1), neg, r->len);
}

static Value r_getitem(Interp& I, CallArgs& a) {
  RangeObj* r = self_range(I, a, "__getitem__");
  cu::check_one(I, a, "range.__getitem__");
  Value key = a.argv[1];
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

static Value r_contains(Interp& I, CallArgs& a) {
  RangeObj* r = self_range(I, a, "__contains__");
  cu::check_one(I, a, "range.__contains__");
  Value v = a.argv[1];
  if (is_exact_int(I, v)) return Value::boolean(range_contains_int(I, r, v, nullptr));
  for (int64_t i = 0; i < r->len; i++)
    if (eq(I, I.new_int(range_item(r, i)), v)) return Value::True();
  return Value::False();
}

static Value r_count(Interp& I, CallArgs& a) {
  RangeObj* r = self_range(I, a, "count");
  cu::check_one(I, a, "range.count");
  Value v = a.argv[1];
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

static Value r_compare(Interp& I, CallArgs& a, bool ne) {
  RangeObj* r = self_range(I, a, ne ? "__ne__" : "__eq__");
  if (a.npos() != 2) I.raise(I.t.TypeError, "expected 1 argument, got %u", a.npos() - 1);
  Value o = a.argv[1];
  if (!o.is_obj() || o.obj()->type->layout != Layout::Range) return Value::NotImplemented();
  return Value::boolean(range_equals(r, o.as<RangeObj>()) != ne);
}
static Value r_eq(Interp& I, CallArgs& a) { return r_compare(I, a, false); }
static Value r_ne(Interp& I, CallArgs& a) { return r_compare(I, a, true); }

static Value r_hash(Interp& I, CallArgs& a) {
  RangeObj* r = self_range(I, a, "__hash__");
  Tuple* t;
  if (r->len == 0) t = I.tuple({I.new_int(r->len), Value::None(), Value::None()});
  else if (r->len == 1) t = I.tuple({I.new_int(r->len), I.new_int(r->start), Value::None()});
  else t = I.tuple({I.new_int(r->len), I.new_int(r->start), I.new_int(r->step)});
  return I.new_int(int64_t(tuple_hash(I, t)));
}

static Value r_reduce(Interp& I, CallArgs& a) {
  RangeObj* r = self_range(I, a, "__reduce__");
  Tuple* args = I.tuple({I.new_int(r->start), I.new_int(r->stop), I.new_int(r->step)});
  return obj_value(I.tuple({obj_value(r->type), obj_value(args)}));
}

static Value r_get_start(Interp& I, CallArgs& a) { return I.new_int(self_range(I, a, "start")->start); }
static Value r_get_stop(Interp& I, CallArgs& a) { return I.new_int(self_range(I, a, "stop")->stop); }
static Value r_get_step(Interp& I, CallArgs& a) { return I.new_int(self_range(I, a, "step")->step); }

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
  I.t.slice->alloc = slice_alloc;
  add_methods(I, I.t.slice, kSliceMethods);
  add_getsets(I, I.t.slice, kSliceGetSets);
  type_set(I, I.t.slice, "__hash__", Value::None());
  I.t.range->alloc = range_alloc;
  add_methods(I, I.t.range, kRangeMethods);
  add_getsets(I, I.t.range, kRangeGetSets);
}

}  // namespace il
