// tuple.cpp — the tuple type: inline items, CPython's xxHash-based hash,
// slicing, comparison and the tuple constructors of Interp.
#include <cstring>
#include <algorithm>
#include <string>

#include "objects/container_util.h"

namespace il {

// ===========================================================================
// Allocation
// ===========================================================================

// A tuple of `n` items (all None) of type `t`; items live inside the object.
static Tuple* alloc_tuple(Interp& I, Type* t, size_t n) {
  if (n > (size_t(UINT32_MAX) - sizeof(Tuple)) / sizeof(Value)) I.raise(I.t.MemoryError, "");
  size_t bytes = sizeof(Tuple) + (n ? n - 1 : 0) * sizeof(Value);
  Tuple* tu = I.heap.make_sized<Tuple>(t, bytes);
  tu->size = uint32_t(n);
  for (size_t i = 0; i < n; i++) tu->items[i] = Value::None();
  return tu;
}

Tuple* Interp::tuple(size_t n) {
  if (n == 0) {
    if (!empty_tuple) {
      empty_tuple = alloc_tuple(*this, t.tuple, 0);
      heap.pin(empty_tuple);  // shared by every () of this interpreter
    }
    return empty_tuple;
  }
  return alloc_tuple(*this, t.tuple, n);
}

Tuple* Interp::tuple(std::initializer_list<Value> items) {
  Tuple* tu = tuple(items.size());
  size_t i = 0;
  for (Value v : items) tu->items[i++] = v;
  return tu;
}

Tuple* Interp::tuple(const Value* items, size_t n) {
  Tuple* tu = tuple(n);
  if (n) std::memcpy(static_cast<void*>(tu->items), items, n * sizeof(Value));
  return tu;
}

void Tuple::trace(Tracer& t) {
  t.visit(type);
  t.visit(attrs);
  for (uint32_t i = 0; i < size; i++) t.visit(items[i]);
}

// ===========================================================================
// C++ API
// ===========================================================================

static Value tuple_slice(Interp& I, Tuple* t, SliceObj* s) {
  SliceIndices si = slice_indices(I, s, t->size);
  if (si.step == 1 && si.start == 0 && si.len == int64_t(t->size) && t->type == I.t.tuple) return obj_value(t);
  Tuple* r = I.tuple(size_t(si.len));
  int64_t j = si.start;
  for (int64_t i = 0; i < si.len; i++, j += si.step) r->items[i] = t->items[j];
  return obj_value(r);
}

Value tuple_getitem(Interp& I, Tuple* t, Value key) {
  if (key.is_small()) {
    int64_t i = key.small_value();
    if (i < 0) i += t->size;
    if (i < 0 || i >= int64_t(t->size)) I.raise(I.t.IndexError, "tuple index out of range");
    return t->items[i];
  }
  if (key.is_obj() && key.obj()->type == I.t.slice) return tuple_slice(I, t, static_cast<SliceObj*>(key.obj()));
  int64_t i;
  if (!cu::index_value(I, key, &i))
    I.raise(I.t.TypeError, "tuple indices must be integers or slices, not %s", type_name(I, key));
  if (i < 0) i += t->size;
  if (i < 0 || i >= int64_t(t->size)) I.raise(I.t.IndexError, "tuple index out of range");
  return t->items[i];
}

// CPython 3.8+ tuplehash (xxHash-based), so hash((1, 2)) matches.
uint64_t tuple_hash(Interp& I, Tuple* t) {
  constexpr uint64_t kP1 = 11400714785074694791ULL;
  constexpr uint64_t kP2 = 14029467366897019727ULL;
  constexpr uint64_t kP5 = 2870177450012600261ULL;
  uint64_t acc = kP5;
  for (uint32_t i = 0; i < t->size; i++) {
    uint64_t lane = cu::fast_hash(I, t->items[i]);
    acc += lane * kP2;
    acc = (acc << 31) | (acc >> 33);
    acc *= kP1;
  }
  acc += uint64_t(t->size) ^ (kP5 ^ 3527539ULL);
  if (acc == uint64_t(-1)) return 1546275796;
  return acc;
}

Str* tuple_repr(Interp& I, Tuple* t) {
  if (t->size == 0) return I.str("()");
  cu::ReprGuard g(t);
  if (g.recursive()) return I.str("(...)");
  std::string out = "(";
  for (uint32_t i = 0; i < t->size; i++) {
    if (i) out += ", ";
    cu::append_repr(I, out, t->items[i]);
  }
  if (t->size == 1) out += ",";
  out += ")";
  return I.str(out);
}

Value tuple_richcompare(Interp& I, Tuple* a, Tuple* b, CmpOp op) {
  return cu::seq_richcompare(I, {a, false}, {b, false}, op);
}

Tuple* tuple_concat(Interp& I, Tuple* a, Tuple* b) {
  if (b->size == 0 && a->type == I.t.tuple) return a;
  if (a->size == 0 && b->type == I.t.tuple) return b;
  Tuple* r = I.tuple(size_t(a->size) + b->size);
  std::memcpy(static_cast<void*>(r->items), a->items, a->size * sizeof(Value));
  std::memcpy(static_cast<void*>(r->items + a->size), b->items, b->size * sizeof(Value));
  return r;
}

Value tuple_repeat(Interp& I, Tuple* t, int64_t n) {
  if (n <= 0 || t->size == 0) return obj_value(I.tuple(0));
  if (n == 1 && t->type == I.t.tuple) return obj_value(t);
  if (uint64_t(n) > (uint64_t(UINT32_MAX) / sizeof(Value)) / t->size) I.raise(I.t.MemoryError, "");
  Tuple* r = I.tuple(size_t(n) * t->size);
  for (int64_t k = 0; k < n; k++)
    std::memcpy(static_cast<void*>(r->items + k * t->size), t->items, t->size * sizeof(Value));
  return obj_value(r);
}

// ===========================================================================
// Iterator
// ===========================================================================

static Value tuple_iter_next(Interp& I, IterObj* it) {
  if (it->a.empty()) return Value();
  Tuple* t = it->a.as<Tuple>();
  if (it->i < int64_t(t->size)) return t->items[it->i++];
  it->a = Value();
  return Value();
}

static Value iter_length_hint(Interp& I, CallArgs& a) {
  IterObj* it = a[0].as<IterObj>();
  if (it->a.empty()) return Value::small(0);
  return Value::small(std::max<int64_t>(0, int64_t(it->a.as<Tuple>()->size) - it->i));
}

Value tuple_iter(Interp& I, Tuple* t) { return obj_value(new_iterator(I, nullptr, tuple_iter_next, obj_value(t))); }

// ===========================================================================
// Python-visible methods
// ===========================================================================

static Tuple* self_tuple(Interp& I, CallArgs& a, const char* meth) {
  if (a.npos() < 1 || !cu::is_tuple(I, a.argv[0])) cu::bad_self(I, meth, "tuple", a.npos() ? a.argv[0] : Value::None());
  return a.argv[0].as<Tuple>();
}

static Value tuple_new(Interp& I, CallArgs& a) {
  Value clsv = a.argv[0];
  if (!clsv.is_obj() || clsv.obj()->type->layout != Layout::Type)
    I.raise(I.t.TypeError, "tuple.__new__(X): X is not a type object (%s)", type_name(I, clsv));
  Type* cls = static_cast<Type*>(clsv.obj());
  if (!is_subtype(cls, I.t.tuple))
    I.raise(I.t.TypeError, "tuple.__new__(%s): %s is not a subtype of tuple", cls->name->data, cls->name->data);
  if (a.kwnames && a.nkw() > 0 && cls == I.t.tuple) I.raise(I.t.TypeError, "tuple() takes no keyword arguments");
  cu::check_ctor(I, a, "tuple", 1, 0, 1);
  Tuple* src;
  if (a.npos() < 2) {
    src = I.tuple(0);
  } else {
    Value arg = a.argv[1];
    if (cls == I.t.tuple && arg.is_obj() && arg.obj()->type == I.t.tuple) return arg;
    src = tuple_from_iterable(I, arg);
  }
  if (cls == I.t.tuple) return obj_value(src);
  Tuple* r = alloc_tuple(I, cls, src->size);
  if (src->size) std::memcpy(static_cast<void*>(r->items), src->items, src->size * sizeof(Value));
  return obj_value(r);
}

static Value tuple_alloc(Interp& I, Type* t) {
  if (t == I.t.tuple) return obj_value(I.tuple(0));
  return obj_value(alloc_tuple(I, t, 0));
}

static Value m_repr(Interp& I, CallArgs& a) { return obj_value(tuple_repr(I, self_tuple(I, a, "__repr__"))); }

static Value m_hash(Interp& I, CallArgs& a) {
  return I.new_int(int64_t(tuple_hash(I, self_tuple(I, a, "__hash__"))));
}

static Value m_len(Interp& I, CallArgs& a) { return Value::small(self_tuple(I, a, "__len__")->size); }

static Value m_getitem(Interp& I, CallArgs& a) {
  Tuple* t = self_tuple(I, a, "__getitem__");
  cu::check_one(I, a, "tuple.__getitem__");
  return tuple_getitem(I, t, a.argv[1]);
}

static Value m_contains(Interp& I, CallArgs& a) {
  Tuple* t = self_tuple(I, a, "__contains__");
  cu::check_one(I, a, "tuple.__contains__");
  Value x = a.argv[1];
  for (uint32_t i = 0; i < t->size; i++)
    if (cu::fast_eq(I, t->items[i], x)) return Value::True();
  return Value::False();
}

static Value m_iter(Interp& I, CallArgs& a) { return tuple_iter(I, self_tuple(I, a, "__iter__")); }

static Value compare(Interp& I, CallArgs& a, CmpOp op, const char* name) {
  Tuple* t = self_tuple(I, a, name);
  if (a.npos() != 2) I.raise(I.t.TypeError, "expected 1 argument, got %u", a.npos() - 1);
  Value o = a.argv[1];
  if (!cu::is_tuple(I, o)) return Value::NotImplemented();
  return tuple_richcompare(I, t, o.as<Tuple>(), op);
}
static Value m_eq(Interp& I, CallArgs& a) { return compare(I, a, CmpOp::Eq, "__eq__"); }
static Value m_ne(Interp& I, CallArgs& a) { return compare(I, a, CmpOp::Ne, "__ne__"); }
static Value m_lt(Interp& I, CallArgs& a) { return compare(I, a, CmpOp::Lt, "__lt__"); }
static Value m_le(Interp& I, CallArgs& a) { return compare(I, a, CmpOp::Le, "__le__"); }
static Value m_gt(Interp& I, CallArgs& a) { return compare(I, a, CmpOp::Gt, "__gt__"); }
static Value m_ge(Interp& I, CallArgs& a) { return compare(I, a, CmpOp::Ge, "__ge__"); }

static Value m_add(Interp& I, CallArgs& a) {
  Tuple* t = self_tuple(I, a, "__add__");
  cu::check_one(I, a, "tuple.__add__");
  Value o = a.argv[1];
  if (!cu::is_tuple(I, o)) {
    if (cu::defer_to_reflected(I, o, I.names->__radd__)) return Value::NotImplemented();
    I.raise(I.t.TypeError, "can only concatenate tuple (not \"%s\") to tuple", type_name(I, o));
  }
  return obj_value(tuple_concat(I, t, o.as<Tuple>()));
}

static Value do_mul(Interp& I, CallArgs& a, const char* name) {
  Tuple* t = self_tuple(I, a, name);
  if (a.npos() != 2) I.raise(I.t.TypeError, "expected 1 argument, got %u", a.npos() - 1);
  int64_t n;
  if (!cu::repeat_count(I, a.argv[1], &n)) {
    if (cu::defer_to_reflected(I, a.argv[1], I.names->__rmul__)) return Value::NotImplemented();
    I.raise(I.t.TypeError, "can't multiply sequence by non-int of type '%s'", type_name(I, a.argv[1]));
  }
  return tuple_repeat(I, t, n);
}
static Value m_mul(Interp& I, CallArgs& a) { return do_mul(I, a, "__mul__"); }
static Value m_rmul(Interp& I, CallArgs& a) { return do_mul(I, a, "__rmul__"); }

static Value m_count(Interp& I, CallArgs& a) {
  Tuple* t = self_tuple(I, a, "count");
  cu::check_one(I, a, "tuple.count");
  int64_t n = 0;
  for (uint32_t i = 0; i < t->size; i++)
    if (cu::fast_eq(I, t->items[i], a.argv[1])) n++;
  return Value::small(n);
}

static Value m_index(Interp& I, CallArgs& a) {
  Tuple* t = self_tuple(I, a, "index");
  cu::check_range(I, a, "tuple.index", "index", 1, 3);
  int64_t n = t->size;
  int64_t start = 0, stop = n;
  if (a.npos() > 2) start = cu::clamp_slice_arg(I, a.argv[2]);
  if (a.npos() > 3) stop = cu::clamp_slice_arg(I, a.argv[3]);
  if (start < 0) {
    start += n;
    if (start < 0) start = 0;
  }
  if (stop < 0) {
    stop += n;
    if (stop < 0) stop = 0;
  }
  if (stop > n) stop = n;
  for (int64_t i = start; i < stop; i++)
    if (cu::fast_eq(I, t->items[i], a.argv[1])) return Value::small(i);
  I.raise(I.t.ValueError, "tuple.index(x): x not in tuple");
}

static Value m_getnewargs(Interp& I, CallArgs& a) {
  Tuple* t = self_tuple(I, a, "__getnewargs__");
  Tuple* copy = I.tuple(t->items, t->size);
  return obj_value(I.tuple({obj_value(copy)}));
}

// ===========================================================================
// Registration
// ===========================================================================

static const MethodDef kTupleMethods[] = {
    {"__new__", tuple_new, kNativeStatic},
    {"__repr__", m_repr},
    {"__hash__", m_hash},
    {"__len__", m_len},
    {"__getitem__", m_getitem},
    {"__contains__", m_contains},
    {"__iter__", m_iter},
    {"__eq__", m_eq},
    {"__ne__", m_ne},
    {"__lt__", m_lt},
    {"__le__", m_le},
    {"__gt__", m_gt},
    {"__ge__", m_ge},
    {"__add__", m_add},
    {"__mul__", m_mul},
    {"__rmul__", m_rmul},
    {"count", m_count},
    {"index", m_index},
    {"__getnewargs__", m_getnewargs},
};

void init_tuple(Interp& I) {
  register_iterator_type(I, tuple_iter_next, "tuple_iterator", iter_length_hint);
  Type* t = I.t.tuple;
  t->alloc = tuple_alloc;
  add_methods(I, t, kTupleMethods);
  I.tuple(0);
  add_class_getitem(I, I.t.tuple);
}

}  // namespace il
