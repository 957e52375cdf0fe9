// set_ops.cpp — the Python-visible methods and operators of set and
// frozenset, following CPython 3.11's setobject.c algorithm choices (which
// operand is iterated, when tables are presized) since those decide the
// iteration order of the results.
#include <string>

#include "objects/container_util.h"

namespace il {

using cu::is_anyset;

// ===========================================================================
// Helpers
// ===========================================================================

static SetObj* self_anyset(Interp& I, CallArgs& a, const char* meth) {
  if (a.npos() < 1 || !is_anyset(I, a.argv[0])) cu::bad_self(I, meth, "set", a.npos() ? a.argv[0] : Value::None());
  return a.argv[0].as<SetObj>();
}

static SetObj* self_set(Interp& I, CallArgs& a, const char* meth) {
  if (a.npos() < 1 || !a.argv[0].is_obj() || a.argv[0].obj()->type->layout != Layout::Set)
    cu::bad_self(I, meth, "set", a.npos() ? a.argv[0] : Value::None());
  return a.argv[0].as<SetObj>();
}

static bool is_mutable_set(Value v) { return v.is_obj() && v.obj()->type->layout == Layout::Set; }

static SetObj* set_copy(Interp& I, SetObj* s) {
  SetObj* r = cu::new_set_like(I, s->type);
  cu::set_update_internal(I, r, obj_value(s));
  return r;
}

static void swap_bodies(SetObj* a, SetObj* b) {
  std::swap(a->table, b->table);
  std::swap(a->used, b->used);
  std::swap(a->fill, b->fill);
  a->version++;
  b->version++;
}

// Runs `fn(key)`; when `key` is an unhashable set, retries with frozenset(key)
// (CPython lets `{1} in s`, s.remove({1}), s.discard({1}) find frozensets).
template <class F>
static auto with_set_key(Interp& I, Value key, F fn) -> decltype(fn(key)) {
  try {
    return fn(key);
  } catch (PyRaise&) {
    if (!is_mutable_set(key) || !exception_matches(I, I.pending, obj_value(I.t.TypeError))) throw;
    I.take_pending();
    SetObj* tmp = set_from_iterable(I, key, true);
    return fn(obj_value(tmp));
  }
}

static bool contains_key(Interp& I, SetObj* s, Value key) {
  return with_set_key(I, key, [&](Value k) { return set_contains(I, s, k); });
}

// ===========================================================================
// Set algebra (CPython's set_intersection, set_difference, ...)
// ===========================================================================

namespace cu {

Value set_intersection(Interp& I, SetObj* so, Value other) {
  if (other == obj_value(so)) return obj_value(set_copy(I, so));
  SetObj* result = new_set_like(I, so->type);
  if (is_anyset(I, other)) {
    SetObj* a = so;
    SetObj* b = other.as<SetObj>();
    if (b->used > a->used) std::swap(a, b);  // iterate the smaller one
    for (size_t i = 0; i < b->table.size(); i++) {
      SetEntry e = b->table[i];
      if (e.key.empty()) continue;
      if (set_lookup(I, a, e.key, e.hash) >= 0) set_add_hashed(I, result, e.key, e.hash);
    }
    return obj_value(result);
  }
  Value it = iter(I, other);
  for (;;) {
    Value k = next(I, it);
    if (k.empty()) break;
    uint64_t h = fast_hash(I, k);
    if (set_lookup(I, so, k, h) >= 0) {
      set_add_hashed(I, result, k, h);
      if (result->used >= so->used) break;
    }
  }
  return obj_value(result);
}

void set_difference_update(Interp& I, SetObj* so, Value other) {
  if (other == obj_value(so)) {
    set_clear_internal(so);
    return;
  }
  if (is_anyset(I, other)) {
    SetObj* o = other.as<SetObj>();
    if ((o->used >> 3) > so->used) o = set_intersection(I, so, other).as<SetObj>();
    for (size_t i = 0; i < o->table.size(); i++) {
      SetEntry e = o->table[i];
      if (!e.key.empty()) set_discard_hashed(I, so, e.key, e.hash);
    }
  } else {
    Value it = iter(I, other);
    for (;;) {
      Value k = next(I, it);
      if (k.empty()) break;
      set_discard_hashed(I, so, k, fast_hash(I, k));
    }
  }
  size_t mask = so->table.empty() ? 7 : so->table.size() - 1;
  if (size_t(so->fill - so->used) <= mask / 4) return;
  set_resize(so, so->used > 50000 ? size_t(so->used) * 2 : size_t(so->used) * 4);
}

void set_symmetric_difference_update(Interp& I, SetObj* so, Value other) {
  if (other == obj_value(so)) {
    set_clear_internal(so);
    return;
  }
  if (other.is_obj() && other.obj()->type == I.t.dict) {
    Dict* d = other.as<Dict>();
    for (size_t i = 0; i < d->entries.size(); i++) {
      DictEntry e = d->entries[i];
      if (e.key.empty()) continue;
      if (!set_discard_hashed(I, so, e.key, e.hash)) set_add_hashed(I, so, e.key, e.hash);
    }
    return;
  }
  SetObj* o;
  if (is_anyset(I, other)) {
    o = other.as<SetObj>();
  } else {
    o = new_set_like(I, so->type);
    set_update_internal(I, o, other);
  }
  for (size_t i = 0; i < o->table.size(); i++) {
    SetEntry e = o->table[i];
    if (e.key.empty()) continue;
    if (!set_discard_hashed(I, so, e.key, e.hash)) set_add_hashed(I, so, e.key, e.hash);
  }
}

}  // namespace cu

static SetObj* set_difference(Interp& I, SetObj* so, Value other) {
  int64_t other_size;
  bool is_dict = other.is_obj() && other.obj()->type == I.t.dict;
  if (is_anyset(I, other)) other_size = other.as<SetObj>()->used;
  else if (is_dict) other_size = other.as<Dict>()->used;
  else other_size = -1;
  if (other_size < 0 || int64_t(so->used >> 2) > other_size) {
    SetObj* r = set_copy(I, so);
    cu::set_difference_update(I, r, other);
    return r;
  }
  SetObj* result = cu::new_set_like(I, so->type);
  for (size_t i = 0; i < so->table.size(); i++) {
    SetEntry e = so->table[i];
    if (e.key.empty()) continue;
    bool present = is_dict ? cu::dict_lookup(I, other.as<Dict>(), e.key, e.hash, nullptr) >= 0
                           : cu::set_lookup(I, other.as<SetObj>(), e.key, e.hash) >= 0;
    if (!present) cu::set_add_hashed(I, result, e.key, e.hash);
  }
  return result;
}

static SetObj* set_symmetric_difference(Interp& I, SetObj* so, Value other) {
  SetObj* o = cu::new_set_like(I, so->type);
  cu::set_update_internal(I, o, other);
  cu::set_symmetric_difference_update(I, o, obj_value(so));
  return o;
}

static SetObj* set_union(Interp& I, SetObj* so, Value other) {
  SetObj* r = set_copy(I, so);
  if (other != obj_value(so)) cu::set_update_internal(I, r, other);
  return r;
}

// so <= other (other a set or frozenset)
static bool set_issubset_set(Interp& I, SetObj* so, SetObj* other) {
  if (so->used > other->used) return false;
  for (size_t i = 0; i < so->table.size(); i++) {
    SetEntry e = so->table[i];
    if (e.key.empty()) continue;
    if (cu::set_lookup(I, other, e.key, e.hash) < 0) return false;
  }
  return true;
}

static bool set_issubset(Interp& I, SetObj* so, Value other) {
  if (!is_anyset(I, other)) {
    SetObj* tmp = cu::set_intersection(I, so, other).as<SetObj>();
    return tmp->used == so->used;
  }
  return set_issubset_set(I, so, other.as<SetObj>());
}

static bool set_issuperset(Interp& I, SetObj* so, Value other) {
  if (is_anyset(I, other)) return set_issubset_set(I, other.as<SetObj>(), so);
  Value it = iter(I, other);
  for (;;) {
    Value k = next(I, it);
    if (k.empty()) return true;
    if (!set_contains(I, so, k)) return false;
  }
}

static bool set_isdisjoint(Interp& I, SetObj* so, Value other) {
  if (other == obj_value(so)) return so->used == 0;
  if (other.is_obj() && (other.obj()->type == I.t.set || other.obj()->type == I.t.frozenset)) {
    SetObj* a = so;
    SetObj* b = other.as<SetObj>();
    if (b->used > a->used) std::swap(a, b);
    for (size_t i = 0; i < b->table.size(); i++) {
      SetEntry e = b->table[i];
      if (e.key.empty()) continue;
      if (cu::set_lookup(I, a, e.key, e.hash) >= 0) return false;
    }
    return true;
  }
  Value it = iter(I, other);
  for (;;) {
    Value k = next(I, it);
    if (k.empty()) return true;
    if (set_contains(I, so, k)) return false;
  }
}

// ===========================================================================
// Constructors
// ===========================================================================

static Type* check_cls(Interp& I, Value clsv, Type* base, const char* name) {
  if (!clsv.is_obj() || clsv.obj()->type->layout != Layout::Type)
    I.raise(I.t.TypeError, "%s.__new__(X): X is not a type object (%s)", name, type_name(I, clsv));
  Type* cls = static_cast<Type*>(clsv.obj());
  if (!is_subtype(cls, base))
    I.raise(I.t.TypeError, "%s.__new__(%s): %s is not a subtype of %s", name, cls->name->data, cls->name->data, name);
  return cls;
}

static Value set_new(Interp& I, CallArgs& a) {
  Type* cls = check_cls(I, a.argv[0], I.t.set, "set");
  if (cls == I.t.set && a.kwnames && a.nkw() > 0) I.raise(I.t.TypeError, "set() takes no keyword arguments");
  return obj_value(I.make<SetObj>(cls));
}

static Value set_init(Interp& I, CallArgs& a) {
  SetObj* s = self_set(I, a, "__init__");
  if (a.kwnames && a.nkw() > 0) I.raise(I.t.TypeError, "set() takes no keyword arguments");
  cu::check_ctor(I, a, s->type->name->data, 1, 0, 1);
  if (s->fill) cu::set_clear_internal(s);
  if (a.npos() > 1) cu::set_update_internal(I, s, a.argv[1]);
  return Value::None();
}

static Value frozenset_new(Interp& I, CallArgs& a) {
  Type* cls = check_cls(I, a.argv[0], I.t.frozenset, "frozenset");
  if (cls == I.t.frozenset && a.kwnames && a.nkw() > 0)
    I.raise(I.t.TypeError, "frozenset() takes no keyword arguments");
  cu::check_ctor(I, a, cls->name->data, 1, 0, 1);
  if (a.npos() > 1) {
    Value it = a.argv[1];
    if (cls == I.t.frozenset && it.is_obj() && it.obj()->type == I.t.frozenset) return it;
  }
  SetObj* s = I.make<SetObj>(cls);
  if (a.npos() > 1) cu::set_update_internal(I, s, a.argv[1]);
  return obj_value(s);
}

static Value set_alloc(Interp& I, Type* t) { return obj_value(I.make<SetObj>(t)); }

// ===========================================================================
// Methods
// ===========================================================================

static Value m_repr(Interp& I, CallArgs& a) { return obj_value(set_repr(I, self_anyset(I, a, "__repr__"))); }
static Value m_len(Interp& I, CallArgs& a) { return Value::small(self_anyset(I, a, "__len__")->used); }
static Value m_iter(Interp& I, CallArgs& a) { return set_iter(I, self_anyset(I, a, "__iter__")); }

static Value m_contains(Interp& I, CallArgs& a) {
  SetObj* s = self_anyset(I, a, "__contains__");
  cu::check_one(I, a, "set.__contains__");
  return Value::boolean(contains_key(I, s, a.argv[1]));
}

static Value m_hash(Interp& I, CallArgs& a) {
  return I.new_int(int64_t(frozenset_hash(I, self_anyset(I, a, "__hash__"))));
}

static Value m_add(Interp& I, CallArgs& a) {
  SetObj* s = self_set(I, a, "add");
  cu::check_one(I, a, "set.add");
  set_add(I, s, a.argv[1]);
  return Value::None();
}

static Value m_remove(Interp& I, CallArgs& a) {
  SetObj* s = self_set(I, a, "remove");
  cu::check_one(I, a, "set.remove");
  Value key = a.argv[1];
  bool found = with_set_key(I, key, [&](Value k) { return set_discard(I, s, k); });
  if (!found) cu::raise_key_error(I, key);
  return Value::None();
}

static Value m_discard(Interp& I, CallArgs& a) {
  SetObj* s = self_set(I, a, "discard");
  cu::check_one(I, a, "set.discard");
  with_set_key(I, a.argv[1], [&](Value k) { return set_discard(I, s, k); });
  return Value::None();
}

static Value m_pop(Interp& I, CallArgs& a) {
  SetObj* s = self_set(I, a, "pop");
  cu::check_none(I, a, "set.pop");
  if (s->used == 0) cu::raise_key_error(I, I.new_str("pop from an empty set"));
  size_t mask = s->table.size() - 1;
  size_t i = s->finger & mask;
  while (s->table[i].key.empty()) {
    i++;
    if (i > mask) i = 0;
  }
  SetEntry& e = s->table[i];
  Value key = e.key;
  e.key = Value();
  e.dummy = true;
  s->used--;
  s->version++;
  s->finger = uint32_t(i + 1);
  return key;
}

static Value m_clear(Interp& I, CallArgs& a) {
  SetObj* s = self_set(I, a, "clear");
  cu::check_none(I, a, "set.clear");
  cu::set_clear_internal(s);
  return Value::None();
}

static Value m_copy(Interp& I, CallArgs& a) {
  SetObj* s = self_anyset(I, a, "copy");
  cu::check_none(I, a, s->type->layout == Layout::Set ? "set.copy" : "frozenset.copy");
  if (s->type == I.t.frozenset) return a.argv[0];
  return obj_value(set_copy(I, s));
}

static Value m_update(Interp& I, CallArgs& a) {
  SetObj* s = self_set(I, a, "update");
  cu::no_kwargs(I, a, "set.update");
  for (uint32_t k = 1; k < a.npos(); k++) cu::set_update_internal(I, s, a.argv[k]);
  return Value::None();
}

static Value m_union(Interp& I, CallArgs& a) {
  SetObj* s = self_anyset(I, a, "union");
  cu::no_kwargs(I, a, s->type->layout == Layout::Set ? "set.union" : "frozenset.union");
  SetObj* r = set_copy(I, s);
  for (uint32_t k = 1; k < a.npos(); k++) {
    if (a.argv[k] == a.argv[0]) continue;
    cu::set_update_internal(I, r, a.argv[k]);
  }
  return obj_value(r);
}

static Value intersection_multi(Interp& I, CallArgs& a) {
  SetObj* s = a.argv[0].as<SetObj>();
  if (a.npos() == 1) return obj_value(set_copy(I, s));
  Value result = a.argv[0];
  for (uint32_t k = 1; k < a.npos(); k++) result = cu::set_intersection(I, result.as<SetObj>(), a.argv[k]);
  return result;
}

static Value m_intersection(Interp& I, CallArgs& a) {
  SetObj* s = self_anyset(I, a, "intersection");
  cu::no_kwargs(I, a, s->type->layout == Layout::Set ? "set.intersection" : "frozenset.intersection");
  return intersection_multi(I, a);
}

static Value m_intersection_update(Interp& I, CallArgs& a) {
  SetObj* s = self_set(I, a, "intersection_update");
  cu::no_kwargs(I, a, "set.intersection_update");
  Value tmp = intersection_multi(I, a);
  swap_bodies(s, tmp.as<SetObj>());
  return Value::None();
}

static Value m_difference(Interp& I, CallArgs& a) {
  SetObj* s = self_anyset(I, a, "difference");
  cu::no_kwargs(I, a, s->type->layout == Layout::Set ? "set.difference" : "frozenset.difference");
  if (a.npos() == 1) return obj_value(set_copy(I, s));
  SetObj* r = set_difference(I, s, a.argv[1]);
  for (uint32_t k = 2; k < a.npos(); k++) cu::set_difference_update(I, r, a.argv[k]);
  return obj_value(r);
}

static Value m_difference_update(Interp& I, CallArgs& a) {
  SetObj* s = self_set(I, a, "difference_update");
  cu::no_kwargs(I, a, "set.difference_update");
  for (uint32_t k = 1; k < a.npos(); k++) cu::set_difference_update(I, s, a.argv[k]);
  return Value::None();
}

static Value m_symmetric_difference(Interp& I, CallArgs& a) {
  SetObj* s = self_anyset(I, a, "symmetric_difference");
  cu::check_one(I, a, s->type->layout == Layout::Set ? "set.symmetric_difference" : "frozenset.symmetric_difference");
  return obj_value(set_symmetric_difference(I, s, a.argv[1]));
}

static Value m_symmetric_difference_update(Interp& I, CallArgs& a) {
  SetObj* s = self_set(I, a, "symmetric_difference_update");
  cu::check_one(I, a, "set.symmetric_difference_update");
  cu::set_symmetric_difference_update(I, s, a.argv[1]);
  return Value::None();
}

static Value m_issubset(Interp& I, CallArgs& a) {
  SetObj* s = self_anyset(I, a, "issubset");
  cu::check_one(I, a, s->type->layout == Layout::Set ? "set.issubset" : "frozenset.issubset");
  return Value::boolean(set_issubset(I, s, a.argv[1]));
}

static Value m_issuperset(Interp& I, CallArgs& a) {
  SetObj* s = self_anyset(I, a, "issuperset");
  cu::check_one(I, a, s->type->layout == Layout::Set ? "set.issuperset" : "frozenset.issuperset");
  return Value::boolean(set_issuperset(I, s, a.argv[1]));
}

static Value m_isdisjoint(Interp& I, CallArgs& a) {
  SetObj* s = self_anyset(I, a, "isdisjoint");
  cu::check_one(I, a, s->type->layout == Layout::Set ? "set.isdisjoint" : "frozenset.isdisjoint");
  return Value::boolean(set_isdisjoint(I, s, a.argv[1]));
}

// --- comparisons -----------------------------------------------------------------

static Value compare(Interp& I, CallArgs& a, CmpOp op, const char* name) {
  SetObj* v = self_anyset(I, a, name);
  if (a.npos() != 2) I.raise(I.t.TypeError, "expected 1 argument, got %u", a.npos() - 1);
  Value w = a.argv[1];
  if (!is_anyset(I, w)) return Value::NotImplemented();
  SetObj* ws = w.as<SetObj>();
  bool r = false;
  switch (op) {
    case CmpOp::Eq: r = v->used == ws->used && set_issubset_set(I, v, ws); break;
    case CmpOp::Ne: r = !(v->used == ws->used && set_issubset_set(I, v, ws)); break;
    case CmpOp::Le: r = set_issubset_set(I, v, ws); break;
    case CmpOp::Ge: r = set_issubset_set(I, ws, v); break;
    case CmpOp::Lt: r = v->used < ws->used && set_issubset_set(I, v, ws); break;
    case CmpOp::Gt: r = v->used > ws->used && set_issubset_set(I, ws, v); break;
  }
  return Value::boolean(r);
}
static Value m_eq(Interp& I, CallArgs& a) { return compare(I, a, CmpOp::Eq, "__eq__"); }
static Value m_ne(Interp& I, CallArgs& a) { return compare(I, a, CmpOp::Ne, "__ne__"); }
static Value m_lt(Interp& I, CallArgs& a) { return compare(I, a, CmpOp::Lt, "__lt__"); }
static Value m_le(Interp& I, CallArgs& a) { return compare(I, a, CmpOp::Le, "__le__"); }
static Value m_gt(Interp& I, CallArgs& a) { return compare(I, a, CmpOp::Gt, "__gt__"); }
static Value m_ge(Interp& I, CallArgs& a) { return compare(I, a, CmpOp::Ge, "__ge__"); }

// --- operators ------------------------------------------------------------------------
// CPython's number slots take the operands in expression order; the
// reflected dunders swap them back.

enum class SetOp { Or, And, Sub, Xor };

static Value binop(Interp& I, Value l, Value r, SetOp op) {
  if (!is_anyset(I, l) || !is_anyset(I, r)) return Value::NotImplemented();
  SetObj* so = l.as<SetObj>();
  switch (op) {
    case SetOp::Or: return obj_value(set_union(I, so, r));
    case SetOp::And: return cu::set_intersection(I, so, r);
    case SetOp::Sub: return obj_value(set_difference(I, so, r));
    case SetOp::Xor: return obj_value(set_symmetric_difference(I, so, r));
  }
  return Value::NotImplemented();
}

static void check_binop(Interp& I, CallArgs& a) {
  if (a.npos() != 2) I.raise(I.t.TypeError, "expected 1 argument, got %u", a.npos() - 1);
}
static Value m_or(Interp& I, CallArgs& a) { check_binop(I, a); return binop(I, a.argv[0], a.argv[1], SetOp::Or); }
static Value m_ror(Interp& I, CallArgs& a) { check_binop(I, a); return binop(I, a.argv[1], a.argv[0], SetOp::Or); }
static Value m_and(Interp& I, CallArgs& a) { check_binop(I, a); return binop(I, a.argv[0], a.argv[1], SetOp::And); }
static Value m_rand(Interp& I, CallArgs& a) { check_binop(I, a); return binop(I, a.argv[1], a.argv[0], SetOp::And); }
static Value m_sub(Interp& I, CallArgs& a) { check_binop(I, a); return binop(I, a.argv[0], a.argv[1], SetOp::Sub); }
static Value m_rsub(Interp& I, CallArgs& a) { check_binop(I, a); return binop(I, a.argv[1], a.argv[0], SetOp::Sub); }
static Value m_xor(Interp& I, CallArgs& a) { check_binop(I, a); return binop(I, a.argv[0], a.argv[1], SetOp::Xor); }
static Value m_rxor(Interp& I, CallArgs& a) { check_binop(I, a); return binop(I, a.argv[1], a.argv[0], SetOp::Xor); }

static Value inplace(Interp& I, CallArgs& a, SetOp op, const char* name) {
  SetObj* s = self_set(I, a, name);
  check_binop(I, a);
  Value other = a.argv[1];
  if (!is_anyset(I, other)) return Value::NotImplemented();
  switch (op) {
    case SetOp::Or: cu::set_update_internal(I, s, other); break;
    case SetOp::And: swap_bodies(s, cu::set_intersection(I, s, other).as<SetObj>()); break;
    case SetOp::Sub: cu::set_difference_update(I, s, other); break;
    case SetOp::Xor: cu::set_symmetric_difference_update(I, s, other); break;
  }
  return a.argv[0];
}
static Value m_ior(Interp& I, CallArgs& a) { return inplace(I, a, SetOp::Or, "__ior__"); }
static Value m_iand(Interp& I, CallArgs& a) { return inplace(I, a, SetOp::And, "__iand__"); }
static Value m_isub(Interp& I, CallArgs& a) { return inplace(I, a, SetOp::Sub, "__isub__"); }
static Value m_ixor(Interp& I, CallArgs& a) { return inplace(I, a, SetOp::Xor, "__ixor__"); }

static Value m_reduce(Interp& I, CallArgs& a) {
  SetObj* s = self_anyset(I, a, "__reduce__");
  List* keys = I.list(s->used);
  for (const SetEntry& e : s->table)
    if (!e.key.empty()) keys->items.push_back(e.key);
  Value state = s->attrs ? obj_value(s->attrs) : Value::None();
  return obj_value(I.tuple({obj_value(s->type), obj_value(I.tuple({obj_value(keys)})), state}));
}

// ===========================================================================
// Registration
// ===========================================================================

static const MethodDef kCommonMethods[] = {
    {"__repr__", m_repr},
    {"__len__", m_len},
    {"__iter__", m_iter},
    {"__contains__", m_contains},
    {"__eq__", m_eq},
    {"__ne__", m_ne},
    {"__lt__", m_lt},
    {"__le__", m_le},
    {"__gt__", m_gt},
    {"__ge__", m_ge},
    {"__or__", m_or},
    {"__ror__", m_ror},
    {"__and__", m_and},
    {"__rand__", m_rand},
    {"__sub__", m_sub},
    {"__rsub__", m_rsub},
    {"__xor__", m_xor},
    {"__rxor__", m_rxor},
    {"copy", m_copy},
    {"union", m_union},
    {"intersection", m_intersection},
    {"difference", m_difference},
    {"symmetric_difference", m_symmetric_difference},
    {"issubset", m_issubset},
    {"issuperset", m_issuperset},
    {"isdisjoint", m_isdisjoint},
    {"__reduce__", m_reduce},
};

static const MethodDef kSetMethods[] = {
    {"__new__", set_new, kNativeStatic},
    {"__init__", set_init},
    {"__ior__", m_ior},
    {"__iand__", m_iand},
    {"__isub__", m_isub},
    {"__ixor__", m_ixor},
    {"add", m_add},
    {"remove", m_remove},
    {"discard", m_discard},
    {"pop", m_pop},
    {"clear", m_clear},
    {"update", m_update},
    {"intersection_update", m_intersection_update},
    {"difference_update", m_difference_update},
    {"symmetric_difference_update", m_symmetric_difference_update},
};

static const MethodDef kFrozenSetMethods[] = {
    {"__new__", frozenset_new, kNativeStatic},
    {"__hash__", m_hash},
};

void register_set_iterator(Interp& I);  // set.cpp

void init_set(Interp& I) {
  register_set_iterator(I);
  I.t.set->alloc = set_alloc;
  I.t.frozenset->alloc = set_alloc;
  add_methods(I, I.t.set, kCommonMethods);
  add_methods(I, I.t.set, kSetMethods);
  type_set(I, I.t.set, "__hash__", Value::None());
  add_methods(I, I.t.frozenset, kCommonMethods);
  add_methods(I, I.t.frozenset, kFrozenSetMethods);
  add_class_getitem(I, I.t.set);
  add_class_getitem(I, I.t.frozenset);
}

}  // namespace il
