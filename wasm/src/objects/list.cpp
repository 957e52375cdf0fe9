// list.cpp — the list type: indexing and slice assignment, the mutating
// methods, comparison, iteration. Sorting is in list_sort.cpp.
#include <algorithm>
#include <string>

#include "objects/container_util.h"

namespace il {

// ===========================================================================
// Allocation and helpers
// ===========================================================================

List* Interp::list(size_t reserve) {
  List* l = make<List>(t.list);
  if (reserve) l->items.reserve(reserve);
  return l;
}

void List::trace(Tracer& t) {
  t.visit(type);
  t.visit(attrs);
  for (Value v : items) t.visit(v);
}

// Raises MemoryError before a container of `count` Values would pass the
// interpreter's memory cap (vector storage is not counted by the Heap).
static void check_alloc(Interp& I, uint64_t count) {
  uint64_t cap = I.config.memory_limit ? uint64_t(I.config.memory_limit) : (uint64_t(1) << 34);
  if (count > cap / sizeof(Value)) I.raise(I.t.MemoryError, "");
}

static List* self_list(Interp& I, CallArgs& a, const char* meth) {
  if (a.npos() < 1 || !cu::is_list(I, a.argv[0])) cu::bad_self(I, meth, "list", a.npos() ? a.argv[0] : Value::None());
  return a.argv[0].as<List>();
}

// The items of any iterable as a vector (a copy for lists and tuples, so the
// source may change afterwards). `errmsg` replaces "'X' object is not
// iterable" when non-null (CPython's PySequence_Fast message).
static std::vector<Value> materialize(Interp& I, Value v, const char* errmsg) {
  std::vector<Value> out;
  if (v.is_obj()) {
    Layout L = v.obj()->type->layout;
    if (L == Layout::List) return v.as<List>()->items;
    if (L == Layout::Tuple) {
      Tuple* t = v.as<Tuple>();
      return std::vector<Value>(t->items, t->items + t->size);
    }
  }
  if (errmsg && type_lookup(type_of(I, v), I.names->__iter__).empty() &&
      type_lookup(type_of(I, v), I.names->__getitem__).empty())
    I.raise(I.t.TypeError, "%s", errmsg);
  for_each(I, v, [&](Value x) { out.push_back(x); });
  return out;
}

// ===========================================================================
// C++ API
// ===========================================================================

Value list_slice(Interp& I, List* l, int64_t start, int64_t stop) {
  int64_t n = int64_t(l->items.size());
  if (start < 0) start = 0;
  if (stop > n) stop = n;
  List* r = I.list();
  if (stop > start) r->items.assign(l->items.begin() + start, l->items.begin() + stop);
  return obj_value(r);
}

static Value list_subscript_slice(Interp& I, List* l, SliceObj* s) {
  SliceIndices si = slice_indices(I, s, int64_t(l->items.size()));
  if (si.step == 1) return list_slice(I, l, si.start, si.start + si.len);
  List* r = I.list(size_t(si.len));
  int64_t j = si.start;
  for (int64_t i = 0; i < si.len; i++, j += si.step) r->items.push_back(l->items[j]);
  return obj_value(r);
}

Value list_getitem(Interp& I, List* l, Value key) {
  int64_t n = int64_t(l->items.size());
  if (key.is_small()) {
    int64_t i = key.small_value();
    if (i < 0) i += n;
    if (uint64_t(i) >= uint64_t(n)) I.raise(I.t.IndexError, "list index out of range");
    return l->items[i];
  }
  if (key.is_obj() && key.obj()->type == I.t.slice) return list_subscript_slice(I, l, key.as<SliceObj>());
  int64_t i;
  if (!cu::index_value(I, key, &i))
    I.raise(I.t.TypeError, "list indices must be integers or slices, not %s", type_name(I, key));
  n = int64_t(l->items.size());
  if (i < 0) i += n;
  if (i < 0 || i >= n) I.raise(I.t.IndexError, "list index out of range");
  return l->items[i];
}

// CPython's list_ass_slice for step 1: replaces items [lo, hi) with `v`'s
// items (v empty = delete).
static void assign_simple_slice(Interp& I, List* l, int64_t lo, int64_t hi, Value v) {
  std::vector<Value> src;
  if (!v.empty()) src = materialize(I, v, "can only assign an iterable");
  int64_t n = int64_t(l->items.size());
  if (lo < 0) lo = 0;
  else if (lo > n) lo = n;
  if (hi < lo) hi = lo;
  else if (hi > n) hi = n;
  auto& it = l->items;
  int64_t old = hi - lo, neu = int64_t(src.size());
  if (neu <= old) {
    std::copy(src.begin(), src.end(), it.begin() + lo);
    it.erase(it.begin() + lo + neu, it.begin() + hi);
  } else {
    check_alloc(I, uint64_t(n) + uint64_t(neu - old));
    std::copy(src.begin(), src.begin() + old, it.begin() + lo);
    it.insert(it.begin() + hi, src.begin() + old, src.end());
  }
}

static void del_extended(List* l, SliceIndices si) {
  if (si.len <= 0) return;
  int64_t start = si.start, step = si.step;
  if (step < 0) {  // walk forward: same set of indices
    start = si.start + step * (si.len - 1);
    step = -step;
  }
  auto& it = l->items;
  size_t w = size_t(start);
  int64_t next_del = start, removed = 0;
  for (size_t r = size_t(start); r < it.size(); r++) {
    if (int64_t(r) == next_del && removed < si.len) {
      removed++;
      next_del += step;
      continue;
    }
    it[w++] = it[r];
  }
  it.resize(w);
}

static void setitem_slice(Interp& I, List* l, SliceObj* s, Value v) {
  SliceIndices si = slice_indices(I, s, int64_t(l->items.size()));
  if (si.step == 1) {
    assign_simple_slice(I, l, si.start, si.start + si.len, v);
    return;
  }
  if (v.empty()) {
    del_extended(l, si);
    return;
  }
  std::vector<Value> src = materialize(I, v, "must assign iterable to extended slice");
  if (int64_t(src.size()) != si.len)
    I.raise(I.t.ValueError, "attempt to assign sequence of size %zu to extended slice of size %lld", src.size(),
            (long long)si.len);
  int64_t j = si.start;
  for (int64_t i = 0; i < si.len; i++, j += si.step) {
    if (j >= 0 && j < int64_t(l->items.size())) l->items[j] = src[i];
  }
}

void list_setitem(Interp& I, List* l, Value key, Value v) {
  if (key.is_small()) {
    int64_t n = int64_t(l->items.size());
    int64_t i = key.small_value();
    if (i < 0) i += n;
    if (uint64_t(i) >= uint64_t(n)) I.raise(I.t.IndexError, "list assignment index out of range");
    l->items[i] = v;
    return;
  }
  if (key.is_obj() && key.obj()->type == I.t.slice) {
    setitem_slice(I, l, key.as<SliceObj>(), v);
    return;
  }
  int64_t i;
  if (!cu::index_value(I, key, &i))
    I.raise(I.t.TypeError, "list indices must be integers or slices, not %s", type_name(I, key));
  int64_t n = int64_t(l->items.size());
  if (i < 0) i += n;
  if (i < 0 || i >= n) I.raise(I.t.IndexError, "list assignment index out of range");
  l->items[i] = v;
}

void list_delitem(Interp& I, List* l, Value key) {
  if (key.is_obj() && key.obj()->type == I.t.slice) {
    setitem_slice(I, l, key.as<SliceObj>(), Value());
    return;
  }
  int64_t i;
  if (!cu::index_value(I, key, &i))
    I.raise(I.t.TypeError, "list indices must be integers or slices, not %s", type_name(I, key));
  int64_t n = int64_t(l->items.size());
  if (i < 0) i += n;
  if (i < 0 || i >= n) I.raise(I.t.IndexError, "list assignment index out of range");
  l->items.erase(l->items.begin() + i);
}

void list_extend(Interp& I, List* l, Value iterable) {
  if (iterable.is_obj()) {
    Object* o = iterable.obj();
    if (o->type->layout == Layout::List) {
      List* src = static_cast<List*>(o);
      if (src == l) {
        size_t n = l->items.size();
        check_alloc(I, uint64_t(n) * 2);
        l->items.reserve(n * 2);
        for (size_t i = 0; i < n; i++) l->items.push_back(l->items[i]);
      } else {
        l->items.insert(l->items.end(), src->items.begin(), src->items.end());
      }
      return;
    }
    if (o->type->layout == Layout::Tuple) {
      Tuple* t = static_cast<Tuple*>(o);
      l->items.insert(l->items.end(), t->items, t->items + t->size);
      return;
    }
  }
  Value it = iter(I, iterable);
  for (;;) {
    Value v = next(I, it);
    if (v.empty()) break;
    l->items.push_back(v);
  }
}

Str* list_repr(Interp& I, List* l) {
  if (l->items.empty()) return I.str("[]");
  cu::ReprGuard g(l);
  if (g.recursive()) return I.str("[...]");
  std::string out = "[";
  for (size_t i = 0; i < l->items.size(); i++) {  // re-reads size: a repr may mutate
    if (i) out += ", ";
    cu::append_repr(I, out, l->items[i]);
  }
  out += "]";
  return I.str(out);
}

Value list_richcompare(Interp& I, List* a, List* b, CmpOp op) {
  return cu::seq_richcompare(I, {a, true}, {b, true}, op);
}

List* list_concat(Interp& I, List* a, List* b) {
  List* r = I.list(a->items.size() + b->items.size());
  r->items.insert(r->items.end(), a->items.begin(), a->items.end());
  r->items.insert(r->items.end(), b->items.begin(), b->items.end());
  return r;
}

Value list_repeat(Interp& I, List* l, int64_t n) {
  size_t sz = l->items.size();
  if (n <= 0 || sz == 0) return obj_value(I.list());
  if (uint64_t(n) > uint64_t(INT64_MAX) / sz) I.raise(I.t.MemoryError, "");
  check_alloc(I, uint64_t(n) * sz);
  List* r = I.list(size_t(n) * sz);
  if (sz == 1) {
    r->items.assign(size_t(n), l->items[0]);
  } else {
    for (int64_t k = 0; k < n; k++) r->items.insert(r->items.end(), l->items.begin(), l->items.end());
  }
  return obj_value(r);
}

// ===========================================================================
// Iterators
// ===========================================================================

static Value list_iter_next(Interp& I, IterObj* it) {
  if (it->a.empty()) return Value();
  List* l = it->a.as<List>();
  if (it->i < int64_t(l->items.size())) return l->items[it->i++];
  it->a = Value();
  return Value();
}

Value list_iter(Interp& I, List* l) { return obj_value(new_iterator(I, nullptr, list_iter_next, obj_value(l))); }

static Value list_reviter_next(Interp& I, IterObj* it) {
  if (it->a.empty()) return Value();
  List* l = it->a.as<List>();
  int64_t i = it->i;
  if (i >= 0 && i < int64_t(l->items.size())) {
    it->i--;
    return l->items[i];
  }
  it->i = -1;
  it->a = Value();
  return Value();
}

// ===========================================================================
// Python-visible methods
// ===========================================================================

static Value list_new(Interp& I, CallArgs& a) {
  Value clsv = a.argv[0];
  if (!clsv.is_obj() || clsv.obj()->type->layout != Layout::Type)
    I.raise(I.t.TypeError, "list.__new__(X): X is not a type object (%s)", type_name(I, clsv));
  Type* cls = static_cast<Type*>(clsv.obj());
  if (!is_subtype(cls, I.t.list))
    I.raise(I.t.TypeError, "list.__new__(%s): %s is not a subtype of list", cls->name->data, cls->name->data);
  return obj_value(I.make<List>(cls));
}

static Value list_alloc(Interp& I, Type* t) { return obj_value(I.make<List>(t)); }

static Value list_init(Interp& I, CallArgs& a) {
  List* l = self_list(I, a, "__init__");
  if (a.kwnames && a.nkw() > 0 && l->type == I.t.list) I.raise(I.t.TypeError, "list() takes no keyword arguments");
  cu::check_ctor(I, a, "list", 1, 0, 1);
  l->items.clear();
  if (a.npos() > 1) list_extend(I, l, a.argv[1]);
  return Value::None();
}

static Value m_repr(Interp& I, CallArgs& a) { return obj_value(list_repr(I, self_list(I, a, "__repr__"))); }
static Value m_len(Interp& I, CallArgs& a) { return Value::small(int64_t(self_list(I, a, "__len__")->items.size())); }

static Value m_getitem(Interp& I, CallArgs& a) {
  List* l = self_list(I, a, "__getitem__");
  cu::check_one(I, a, "list.__getitem__");
  return list_getitem(I, l, a.argv[1]);
}

static Value m_setitem(Interp& I, CallArgs& a) {
  List* l = self_list(I, a, "__setitem__");
  if (a.npos() != 3) I.raise(I.t.TypeError, "expected 2 arguments, got %u", a.npos() - 1);
  list_setitem(I, l, a.argv[1], a.argv[2]);
  return Value::None();
}

static Value m_delitem(Interp& I, CallArgs& a) {
  List* l = self_list(I, a, "__delitem__");
  cu::check_one(I, a, "list.__delitem__");
  list_delitem(I, l, a.argv[1]);
  return Value::None();
}

static Value m_contains(Interp& I, CallArgs& a) {
  List* l = self_list(I, a, "__contains__");
  cu::check_one(I, a, "list.__contains__");
  Value x = a.argv[1];
  for (size_t i = 0; i < l->items.size(); i++)
    if (cu::fast_eq(I, l->items[i], x)) return Value::True();
  return Value::False();
}

static Value m_iter(Interp& I, CallArgs& a) { return list_iter(I, self_list(I, a, "__iter__")); }

static Value m_reversed(Interp& I, CallArgs& a) {
  List* l = self_list(I, a, "__reversed__");
  return obj_value(
      new_iterator(I, nullptr, list_reviter_next, obj_value(l), Value(), int64_t(l->items.size()) - 1));
}

static Value iter_length_hint(Interp& I, CallArgs& a) {
  IterObj* it = a[0].as<IterObj>();
  if (it->a.empty()) return Value::small(0);
  return Value::small(std::max<int64_t>(0, int64_t(it->a.as<List>()->items.size()) - it->i));
}
static Value reviter_length_hint(Interp& I, CallArgs& a) {
  IterObj* it = a[0].as<IterObj>();
  if (it->a.empty() || it->i < 0 || it->i >= int64_t(it->a.as<List>()->items.size())) return Value::small(0);
  return Value::small(it->i + 1);
}

static Value compare(Interp& I, CallArgs& a, CmpOp op, const char* name) {
  List* l = self_list(I, a, name);
  if (a.npos() != 2) I.raise(I.t.TypeError, "expected 1 argument, got %u", a.npos() - 1);
  Value o = a.argv[1];
  if (!cu::is_list(I, o)) return Value::NotImplemented();
  return list_richcompare(I, l, o.as<List>(), op);
}
static Value m_eq(Interp& I, CallArgs& a) { return compare(I, a, CmpOp::Eq, "__eq__"); }
static Value m_ne(Interp& I, CallArgs& a) { return compare(I, a, CmpOp::Ne, "__ne__"); }
static Value m_lt(Interp& I, CallArgs& a) { return compare(I, a, CmpOp::Lt, "__lt__"); }
static Value m_le(Interp& I, CallArgs& a) { return compare(I, a, CmpOp::Le, "__le__"); }
static Value m_gt(Interp& I, CallArgs& a) { return compare(I, a, CmpOp::Gt, "__gt__"); }
static Value m_ge(Interp& I, CallArgs& a) { return compare(I, a, CmpOp::Ge, "__ge__"); }

static Value m_add(Interp& I, CallArgs& a) {
  List* l = self_list(I, a, "__add__");
  cu::check_one(I, a, "list.__add__");
  Value o = a.argv[1];
  if (!cu::is_list(I, o)) {
    if (cu::defer_to_reflected(I, o, I.names->__radd__)) return Value::NotImplemented();
    I.raise(I.t.TypeError, "can only concatenate list (not \"%s\") to list", type_name(I, o));
  }
  return obj_value(list_concat(I, l, o.as<List>()));
}

static Value m_iadd(Interp& I, CallArgs& a) {
  List* l = self_list(I, a, "__iadd__");
  cu::check_one(I, a, "list.__iadd__");
  list_extend(I, l, a.argv[1]);
  return a.argv[0];
}

static Value do_mul(Interp& I, CallArgs& a, const char* name) {
  List* l = self_list(I, a, name);
  if (a.npos() != 2) I.raise(I.t.TypeError, "expected 1 argument, got %u", a.npos() - 1);
  int64_t n;
  if (!cu::repeat_count(I, a.argv[1], &n)) {
    if (cu::defer_to_reflected(I, a.argv[1], I.names->__rmul__)) return Value::NotImplemented();
    I.raise(I.t.TypeError, "can't multiply sequence by non-int of type '%s'", type_name(I, a.argv[1]));
  }
  return list_repeat(I, l, n);
}
static Value m_mul(Interp& I, CallArgs& a) { return do_mul(I, a, "__mul__"); }
static Value m_rmul(Interp& I, CallArgs& a) { return do_mul(I, a, "__rmul__"); }

static Value m_imul(Interp& I, CallArgs& a) {
  List* l = self_list(I, a, "__imul__");
  if (a.npos() != 2) I.raise(I.t.TypeError, "expected 1 argument, got %u", a.npos() - 1);
  int64_t n;
  if (!cu::repeat_count(I, a.argv[1], &n)) {
    if (cu::defer_to_reflected(I, a.argv[1], I.names->__rmul__)) return Value::NotImplemented();
    I.raise(I.t.TypeError, "can't multiply sequence by non-int of type '%s'", type_name(I, a.argv[1]));
  }
  size_t sz = l->items.size();
  if (n <= 0) {
    l->items.clear();
  } else if (n > 1 && sz) {
    if (uint64_t(n) > uint64_t(INT64_MAX) / sz) I.raise(I.t.MemoryError, "");
    check_alloc(I, uint64_t(n) * sz);
    l->items.reserve(size_t(n) * sz);
    for (int64_t k = 1; k < n; k++)
      for (size_t i = 0; i < sz; i++) l->items.push_back(l->items[i]);
  }
  return a.argv[0];
}

static Value m_append(Interp& I, CallArgs& a) {
  List* l = self_list(I, a, "append");
  cu::check_one(I, a, "list.append");
  l->items.push_back(a.argv[1]);
  return Value::None();
}

static Value m_extend(Interp& I, CallArgs& a) {
  List* l = self_list(I, a, "extend");
  cu::check_one(I, a, "list.extend");
  list_extend(I, l, a.argv[1]);
  return Value::None();
}

// A Py_ssize_t argument (OverflowError past int64, TypeError for non-ints).
static int64_t ssize_arg(Interp& I, Value v) {
  if (v.is_small()) return v.small_value();
  int64_t r;
  if (!cu::is_int_value(I, v) && type_lookup(type_of(I, v), I.names->__index__).empty())
    I.raise(I.t.TypeError, "'%s' object cannot be interpreted as an integer", type_name(I, v));
  Value iv = v.is_bool() ? Value::small(v.is_true()) : number_index(I, v);
  if (iv.is_small()) return iv.small_value();
  const BigInt& b = iv.as<IntObj>()->v;
  if (!b.fits_int64()) I.raise(I.t.OverflowError, "Python int too large to convert to C ssize_t");
  r = b.to_int64();
  return r;
}

static Value m_insert(Interp& I, CallArgs& a) {
  List* l = self_list(I, a, "insert");
  cu::check_range(I, a, "list.insert", "insert", 2, 2);
  int64_t i = ssize_arg(I, a.argv[1]);
  int64_t n = int64_t(l->items.size());
  if (i < 0) {
    i += n;
    if (i < 0) i = 0;
  }
  if (i > n) i = n;
  l->items.insert(l->items.begin() + i, a.argv[2]);
  return Value::None();
}

static Value m_pop(Interp& I, CallArgs& a) {
  List* l = self_list(I, a, "pop");
  cu::check_range(I, a, "list.pop", "pop", 0, 1);
  int64_t i = -1;
  if (a.npos() > 1) i = ssize_arg(I, a.argv[1]);
  int64_t n = int64_t(l->items.size());
  if (n == 0) I.raise(I.t.IndexError, "pop from empty list");
  if (i < 0) i += n;
  if (i < 0 || i >= n) I.raise(I.t.IndexError, "pop index out of range");
  Value v = l->items[i];
  if (i == n - 1) l->items.pop_back();
  else l->items.erase(l->items.begin() + i);
  return v;
}

static Value m_remove(Interp& I, CallArgs& a) {
  List* l = self_list(I, a, "remove");
  cu::check_one(I, a, "list.remove");
  for (size_t i = 0; i < l->items.size(); i++) {
    if (cu::fast_eq(I, l->items[i], a.argv[1])) {
      if (i < l->items.size()) l->items.erase(l->items.begin() + long(i));
      return Value::None();
    }
  }
  I.raise(I.t.ValueError, "list.remove(x): x not in list");
}

static Value m_clear(Interp& I, CallArgs& a) {
  List* l = self_list(I, a, "clear");
  cu::check_none(I, a, "list.clear");
  l->items.clear();
  l->items.shrink_to_fit();
  return Value::None();
}

static Value m_copy(Interp& I, CallArgs& a) {
  List* l = self_list(I, a, "copy");
  cu::check_none(I, a, "list.copy");
  List* r = I.list();
  r->items = l->items;
  return obj_value(r);
}

static Value m_reverse(Interp& I, CallArgs& a) {
  List* l = self_list(I, a, "reverse");
  cu::check_none(I, a, "list.reverse");
  std::reverse(l->items.begin(), l->items.end());
  return Value::None();
}

static Value m_index(Interp& I, CallArgs& a) {
  List* l = self_list(I, a, "index");
  cu::check_range(I, a, "list.index", "index", 1, 3);
  int64_t start = 0, stop = INT64_MAX;
  if (a.npos() > 2) start = cu::clamp_slice_arg(I, a.argv[2]);
  if (a.npos() > 3) stop = cu::clamp_slice_arg(I, a.argv[3]);
  int64_t n = int64_t(l->items.size());
  if (start < 0) {
    start += n;
    if (start < 0) start = 0;
  }
  if (stop < 0) {
    stop += n;
    if (stop < 0) stop = 0;
  }
  for (int64_t i = start; i < stop && i < int64_t(l->items.size()); i++)
    if (cu::fast_eq(I, l->items[i], a.argv[1])) return Value::small(i);
  std::string r = repr_string(I, a.argv[1]);
  I.raise(I.t.ValueError, "%s is not in list", r.c_str());
}

static Value m_count(Interp& I, CallArgs& a) {
  List* l = self_list(I, a, "count");
  cu::check_one(I, a, "list.count");
  int64_t c = 0;
  for (size_t i = 0; i < l->items.size(); i++)
    if (cu::fast_eq(I, l->items[i], a.argv[1])) c++;
  return Value::small(c);
}

static Value m_sort(Interp& I, CallArgs& a) {
  List* l = self_list(I, a, "sort");
  if (a.npos() > 1) I.raise(I.t.TypeError, "sort() takes no positional arguments");
  Value key = Value::None();
  bool reverse = false;
  uint32_t nkw = a.kwnames ? a.nkw() : 0;
  for (uint32_t k = 0; k < nkw; k++) {
    Str* name = a.kwnames->items[k].as<Str>();
    Value v = a.argv[a.npos() + k];
    if (name->view() == "key") {
      key = v;
    } else if (name->view() == "reverse") {
      // CPython parses reverse as an int (bools and __index__ accepted).
      if (v.is_bool()) reverse = v.is_true();
      else reverse = ssize_arg(I, v) != 0;
    } else {
      I.raise(I.t.TypeError, "'%s' is an invalid keyword argument for sort()", name->data);
    }
  }
  list_sort(I, l, key.is_none() ? Value() : key, reverse);
  return Value::None();
}

// ===========================================================================
// Registration
// ===========================================================================

static const MethodDef kListMethods[] = {
    {"__new__", list_new, kNativeStatic},
    {"__init__", list_init},
    {"__repr__", m_repr},
    {"__len__", m_len},
    {"__getitem__", m_getitem},
    {"__setitem__", m_setitem},
    {"__delitem__", m_delitem},
    {"__contains__", m_contains},
    {"__iter__", m_iter},
    {"__reversed__", m_reversed},
    {"__eq__", m_eq},
    {"__ne__", m_ne},
    {"__lt__", m_lt},
    {"__le__", m_le},
    {"__gt__", m_gt},
    {"__ge__", m_ge},
    {"__add__", m_add},
    {"__iadd__", m_iadd},
    {"__mul__", m_mul},
    {"__rmul__", m_rmul},
    {"__imul__", m_imul},
    {"append", m_append},
    {"extend", m_extend},
    {"insert", m_insert},
    {"pop", m_pop},
    {"remove", m_remove},
    {"clear", m_clear},
    {"copy", m_copy},
    {"reverse", m_reverse},
    {"index", m_index},
    {"count", m_count},
    {"sort", m_sort},
};

void init_list(Interp& I) {
  register_iterator_type(I, list_iter_next, "list_iterator", iter_length_hint);
  register_iterator_type(I, list_reviter_next, "list_reverseiterator", reviter_length_hint);
  Type* t = I.t.list;
  t->alloc = list_alloc;
  add_methods(I, t, kListMethods);
  type_set(I, t, "__hash__", Value::None());
  add_class_getitem(I, I.t.list);
}

}  // namespace il
