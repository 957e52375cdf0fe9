// dict_views.cpp — dict iterators (forward and reversed, over keys, values
// or items) and the view types dict_keys / dict_values / dict_items with
// their set operations (CPython's dictobject.c view semantics).
#include <algorithm>
#include <string>

#include "objects/container_util.h"

namespace il {

// ===========================================================================
// Iterators
// ===========================================================================
// IterObj fields: a = the dict (empty once exhausted), b = small int: the
// dict's size when iteration started (-1 once a size change was reported),
// i = next entry position, j = items left to produce.

enum class DictPart { Keys, Values, Items };

template <DictPart P>
static Value produce(Interp& I, const DictEntry& e) {
  if constexpr (P == DictPart::Keys) return e.key;
  else if constexpr (P == DictPart::Values) return e.value;
  else return obj_value(I.tuple({e.key, e.value}));
}

static void check_size(Interp& I, IterObj* it, Dict* d) {
  if (int64_t(d->used) != it->b.small_value()) {
    it->b = Value::small(-1);  // sticky, as CPython's di_used = -1
    I.raise(I.t.RuntimeError, "dictionary changed size during iteration");
  }
}

template <DictPart P>
static Value dict_iter_next(Interp& I, IterObj* it) {
  if (it->a.empty()) return Value();
  Dict* d = it->a.as<Dict>();
  check_size(I, it, d);
  size_t i = size_t(it->i), n = d->entries.size();
  while (i < n && d->entries[i].key.empty()) i++;
  if (i >= n) {
    it->a = Value();
    return Value();
  }
  if (it->j == 0) {
    it->a = Value();
    I.raise(I.t.RuntimeError, "dictionary keys changed during iteration");
  }
  it->i = int64_t(i) + 1;
  it->j--;
  return produce<P>(I, d->entries[i]);
}

template <DictPart P>
static Value dict_reviter_next(Interp& I, IterObj* it) {
  if (it->a.empty()) return Value();
  Dict* d = it->a.as<Dict>();
  check_size(I, it, d);
  int64_t i = it->i;
  if (i >= int64_t(d->entries.size())) i = int64_t(d->entries.size()) - 1;
  while (i >= 0 && d->entries[size_t(i)].key.empty()) i--;
  if (i < 0) {
    it->a = Value();
    return Value();
  }
  it->i = i - 1;
  it->j--;
  return produce<P>(I, d->entries[size_t(i)]);
}

template <DictPart P>
static Value make_iter(Interp& I, Dict* d, bool reversed) {
  IterObj* it = new_iterator(I, nullptr, reversed ? dict_reviter_next<P> : dict_iter_next<P>, obj_value(d),
                             Value::small(d->used), reversed ? int64_t(d->entries.size()) - 1 : 0);
  it->j = d->used;
  return obj_value(it);
}

// Items left, or 0 once exhausted or after the dict changed size (as CPython).
static Value iter_length_hint(Interp& I, CallArgs& a) {
  IterObj* it = a[0].as<IterObj>();
  if (it->a.empty() || int64_t(it->a.as<Dict>()->used) != it->b.small_value()) return Value::small(0);
  return Value::small(std::max<int64_t>(0, it->j));
}

static void register_dict_iterators(Interp& I) {
  register_iterator_type(I, dict_iter_next<DictPart::Keys>, "dict_keyiterator", iter_length_hint);
  register_iterator_type(I, dict_iter_next<DictPart::Values>, "dict_valueiterator", iter_length_hint);
  register_iterator_type(I, dict_iter_next<DictPart::Items>, "dict_itemiterator", iter_length_hint);
  register_iterator_type(I, dict_reviter_next<DictPart::Keys>, "dict_reversekeyiterator", iter_length_hint);
  register_iterator_type(I, dict_reviter_next<DictPart::Values>, "dict_reversevalueiterator", iter_length_hint);
  register_iterator_type(I, dict_reviter_next<DictPart::Items>, "dict_reverseitemiterator", iter_length_hint);
}

Value dict_iter(Interp& I, Dict* d) { return make_iter<DictPart::Keys>(I, d, false); }
Value dict_reversed(Interp& I, Dict* d) { return make_iter<DictPart::Keys>(I, d, true); }

// ===========================================================================
// Views
// ===========================================================================
// A view is an IterObj of type dict_keys/dict_values/dict_items with a = the
// dict; its `next` raises (a view is not an iterator).

static Value view_not_iterator(Interp& I, IterObj* it) {
  I.raise(I.t.TypeError, "'%s' object is not an iterator", it->type->name->data);
}

Value dict_view_new(Interp& I, Dict* d, Type* view_type) {
  IterObj* v = I.make<IterObj>(view_type);
  v->next = view_not_iterator;
  v->a = obj_value(d);
  return obj_value(v);
}

static bool is_view(Interp& I, Value v, Type* t) { return v.is_obj() && v.obj()->type == t; }
static bool is_set_view(Interp& I, Value v) { return is_view(I, v, I.t.dict_keys) || is_view(I, v, I.t.dict_items); }
static bool is_any_view(Interp& I, Value v) { return is_set_view(I, v) || is_view(I, v, I.t.dict_values); }
static Dict* view_dict(Value v) { return v.as<IterObj>()->a.as<Dict>(); }

// (key, value) in d.items()
static bool items_contains(Interp& I, Dict* d, Value obj) {
  if (!cu::is_tuple(I, obj) || obj.as<Tuple>()->size != 2) return false;
  Tuple* t = obj.as<Tuple>();
  Value found = dict_get(I, d, t->items[0]);
  if (found.empty()) return false;
  return cu::fast_eq(I, found, t->items[1]);
}

static bool view_contains(Interp& I, Value view, Value x) {
  Dict* d = view_dict(view);
  if (view.obj()->type == I.t.dict_keys) return !dict_get(I, d, x).empty();
  return items_contains(I, d, x);
}

// PySet_New(view), using the dict itself for keys views of exact dicts
// (CPython does: it changes the set's table sizing, hence its order).
static SetObj* view_to_set(Interp& I, Value x) {
  if (is_view(I, x, I.t.dict_keys)) {
    Dict* d = view_dict(x);
    if (d->type == I.t.dict) return set_from_iterable(I, obj_value(d), false);
  }
  return set_from_iterable(I, x, false);
}

// Every item of `a` is in `b`.
static bool all_contained_in(Interp& I, Value a, Value b) {
  Value it = iter(I, a);
  for (;;) {
    Value x = next(I, it);
    if (x.empty()) return true;
    if (!contains(I, b, x)) return false;
  }
}

static int64_t view_len(Value v) { return view_dict(v)->used; }

// --- shared view methods -----------------------------------------------------

static Value v_len(Interp& I, CallArgs& a) {
  if (a.npos() < 1 || !is_any_view(I, a.argv[0]))
    cu::bad_self(I, "__len__", "dict_keys", a.npos() ? a.argv[0] : Value::None());
  return Value::small(view_len(a.argv[0]));
}

static Value view_iter_of(Interp& I, Value v, bool reversed) {
  Dict* d = view_dict(v);
  Type* t = v.obj()->type;
  if (t == I.t.dict_keys) return make_iter<DictPart::Keys>(I, d, reversed);
  if (t == I.t.dict_values) return make_iter<DictPart::Values>(I, d, reversed);
  return make_iter<DictPart::Items>(I, d, reversed);
}

static Value v_iter(Interp& I, CallArgs& a) {
  if (a.npos() < 1 || !is_any_view(I, a.argv[0]))
    cu::bad_self(I, "__iter__", "dict_keys", a.npos() ? a.argv[0] : Value::None());
  return view_iter_of(I, a.argv[0], false);
}

static Value v_reversed(Interp& I, CallArgs& a) {
  if (a.npos() < 1 || !is_any_view(I, a.argv[0]))
    cu::bad_self(I, "__reversed__", "dict_keys", a.npos() ? a.argv[0] : Value::None());
  return view_iter_of(I, a.argv[0], true);
}

static Value v_repr(Interp& I, CallArgs& a) {
  if (a.npos() < 1 || !is_any_view(I, a.argv[0]))
    cu::bad_self(I, "__repr__", "dict_keys", a.npos() ? a.argv[0] : Value::None());
  Value v = a.argv[0];
  cu::ReprGuard g(v.obj());
  std::string out = v.obj()->type->name->data;
  if (g.recursive()) return I.new_str("...");
  List* items = list_from_iterable(I, v);
  Str* r = list_repr(I, items);
  out += "(";
  out.append(r->data, r->nbytes);
  out += ")";
  return I.new_str(out);
}

static Value v_contains(Interp& I, CallArgs& a) {
  if (a.npos() < 1 || !is_set_view(I, a.argv[0]))
    cu::bad_self(I, "__contains__", "dict_keys", a.npos() ? a.argv[0] : Value::None());
  cu::check_one(I, a, "__contains__");
  return Value::boolean(view_contains(I, a.argv[0], a.argv[1]));
}

static Value v_compare(Interp& I, CallArgs& a, CmpOp op) {
  if (a.npos() != 2 || !is_set_view(I, a.argv[0])) I.raise(I.t.TypeError, "expected 1 argument");
  Value self = a.argv[0], other = a.argv[1];
  if (!cu::is_anyset(I, other) && !is_set_view(I, other)) return Value::NotImplemented();
  int64_t ls = view_len(self), lo = length(I, other);
  bool ok = false;
  switch (op) {
    case CmpOp::Eq:
    case CmpOp::Ne:
      if (ls == lo) ok = all_contained_in(I, self, other);
      if (op == CmpOp::Ne) ok = !ok;
      break;
    case CmpOp::Lt:
      if (ls < lo) ok = all_contained_in(I, self, other);
      break;
    case CmpOp::Le:
      if (ls <= lo) ok = all_contained_in(I, self, other);
      break;
    case CmpOp::Gt:
      if (ls > lo) ok = all_contained_in(I, other, self);
      break;
    case CmpOp::Ge:
      if (ls >= lo) ok = all_contained_in(I, other, self);
      break;
  }
  return Value::boolean(ok);
}
static Value v_eq(Interp& I, CallArgs& a) { return v_compare(I, a, CmpOp::Eq); }
static Value v_ne(Interp& I, CallArgs& a) { return v_compare(I, a, CmpOp::Ne); }
static Value v_lt(Interp& I, CallArgs& a) { return v_compare(I, a, CmpOp::Lt); }
static Value v_le(Interp& I, CallArgs& a) { return v_compare(I, a, CmpOp::Le); }
static Value v_gt(Interp& I, CallArgs& a) { return v_compare(I, a, CmpOp::Gt); }
static Value v_ge(Interp& I, CallArgs& a) { return v_compare(I, a, CmpOp::Ge); }

// --- set operations (CPython's dictviews_* with the operands in call order) -------

static Value views_and(Interp& I, Value self, Value other) {
  if (!is_set_view(I, self)) std::swap(self, other);
  int64_t len_self = view_len(self);
  if (other.is_obj() && other.obj()->type == I.t.set && len_self <= int64_t(other.as<SetObj>()->used))
    return cu::set_intersection(I, other.as<SetObj>(), self);
  if (is_set_view(I, other) && view_len(other) > len_self) std::swap(self, other);
  SetObj* result = I.set(false);
  Value it = iter(I, other);
  for (;;) {
    Value x = next(I, it);
    if (x.empty()) break;
    if (view_contains(I, self, x)) set_add(I, result, x);
  }
  return obj_value(result);
}

static Value views_or(Interp& I, Value self, Value other) {
  SetObj* r = view_to_set(I, self);
  set_update(I, r, other);
  return obj_value(r);
}

static Value views_sub(Interp& I, Value self, Value other) {
  SetObj* r = view_to_set(I, self);
  cu::set_difference_update(I, r, other);
  return obj_value(r);
}

// CPython 3.10+ dictitems_xor: pairs in exactly one of the two item views.
static Value items_xor(Interp& I, Dict* d1, Dict* d2) {
  Dict* temp = dict_copy(I, d1);
  SetObj* result = I.set(false);
  for (size_t i = 0; i < d2->entries.size(); i++) {
    DictEntry e = d2->entries[i];
    if (e.key.empty()) continue;
    Value v1 = cu::dict_get_hashed(I, temp, e.key, e.hash);
    bool to_delete = !v1.empty() && cu::fast_eq(I, v1, e.value);
    if (to_delete) dict_del(I, temp, e.key);
    else set_add(I, result, obj_value(I.tuple({e.key, e.value})));
  }
  set_update(I, result, dict_view_new(I, temp, I.t.dict_items));
  return obj_value(result);
}

static Value views_xor(Interp& I, Value self, Value other) {
  if (is_view(I, self, I.t.dict_items) && is_view(I, other, I.t.dict_items))
    return items_xor(I, view_dict(self), view_dict(other));
  SetObj* r = view_to_set(I, self);
  cu::set_symmetric_difference_update(I, r, other);
  return obj_value(r);
}

static void check_binop(Interp& I, CallArgs& a) {
  if (a.npos() != 2 || !is_set_view(I, a.argv[0])) I.raise(I.t.TypeError, "expected 1 argument");
}
static Value v_and(Interp& I, CallArgs& a) { check_binop(I, a); return views_and(I, a.argv[0], a.argv[1]); }
static Value v_rand(Interp& I, CallArgs& a) { check_binop(I, a); return views_and(I, a.argv[1], a.argv[0]); }
static Value v_or(Interp& I, CallArgs& a) { check_binop(I, a); return views_or(I, a.argv[0], a.argv[1]); }
static Value v_ror(Interp& I, CallArgs& a) { check_binop(I, a); return views_or(I, a.argv[1], a.argv[0]); }
static Value v_sub(Interp& I, CallArgs& a) { check_binop(I, a); return views_sub(I, a.argv[0], a.argv[1]); }
static Value v_rsub(Interp& I, CallArgs& a) { check_binop(I, a); return views_sub(I, a.argv[1], a.argv[0]); }
static Value v_xor(Interp& I, CallArgs& a) { check_binop(I, a); return views_xor(I, a.argv[0], a.argv[1]); }
static Value v_rxor(Interp& I, CallArgs& a) { check_binop(I, a); return views_xor(I, a.argv[1], a.argv[0]); }

static Value v_isdisjoint(Interp& I, CallArgs& a) {
  if (a.npos() < 1 || !is_set_view(I, a.argv[0]))
    cu::bad_self(I, "isdisjoint", "dict_keys", a.npos() ? a.argv[0] : Value::None());
  cu::check_one(I, a, "isdisjoint");
  Value self = a.argv[0], other = a.argv[1];
  if (self == other) return Value::boolean(view_len(self) == 0);
  if (cu::is_anyset(I, other) || is_set_view(I, other)) {
    int64_t ls = view_len(self), lo = length(I, other);
    if (lo > ls) std::swap(self, other);
  }
  Value it = iter(I, other);
  for (;;) {
    Value x = next(I, it);
    if (x.empty()) return Value::True();
    if (contains(I, self, x)) return Value::False();
  }
}

// ===========================================================================
// Registration
// ===========================================================================

static const MethodDef kSetViewMethods[] = {
    {"__len__", v_len},       {"__iter__", v_iter},   {"__reversed__", v_reversed},
    {"__repr__", v_repr},     {"__contains__", v_contains},
    {"__eq__", v_eq},         {"__ne__", v_ne},       {"__lt__", v_lt},
    {"__le__", v_le},         {"__gt__", v_gt},       {"__ge__", v_ge},
    {"__and__", v_and},       {"__rand__", v_rand},   {"__or__", v_or},
    {"__ror__", v_ror},       {"__sub__", v_sub},     {"__rsub__", v_rsub},
    {"__xor__", v_xor},       {"__rxor__", v_rxor},   {"isdisjoint", v_isdisjoint},
};

static const MethodDef kValuesMethods[] = {
    {"__len__", v_len},
    {"__iter__", v_iter},
    {"__reversed__", v_reversed},
    {"__repr__", v_repr},
};

void init_dict_views(Interp& I) {
  register_dict_iterators(I);
  if (!I.t.dict_keys) I.t.dict_keys = new_builtin_type(I, "dict_keys", I.t.object, Layout::Iterator, 0);
  if (!I.t.dict_values) I.t.dict_values = new_builtin_type(I, "dict_values", I.t.object, Layout::Iterator, 0);
  if (!I.t.dict_items) I.t.dict_items = new_builtin_type(I, "dict_items", I.t.object, Layout::Iterator, 0);
  add_methods(I, I.t.dict_keys, kSetViewMethods);
  add_methods(I, I.t.dict_items, kSetViewMethods);
  add_methods(I, I.t.dict_values, kValuesMethods);
  type_set(I, I.t.dict_keys, "__hash__", Value::None());
  type_set(I, I.t.dict_items, "__hash__", Value::None());
}

}  // namespace il
