// ops.cpp — the object protocols: fast paths for exact built-in types,
// dunder dispatch otherwise, CPython's error messages.
#include <cmath>
#include <cstring>
#include <string>

#include "objects/containers.h"
#include "objects/numbers.h"
#include "objects/str.h"
#include "vm/vm.h"

namespace il {

// ============================================================================
// String conversion
// ============================================================================

static Str* check_str_result(Interp& I, Value r, const char* what) {
  if (!is_str(I, r)) I.raise(I.t.TypeError, "%s returned non-string (type %s)", what, type_name(I, r));
  return as_str(r);
}

Str* repr(Interp& I, Value v) {
  if (v.is_small()) return int_repr(I, v);
  if (v.is_special()) {
    if (v.is_none()) return I.intern("None");
    if (v.is_true()) return I.intern("True");
    if (v.is_false()) return I.intern("False");
    if (v.is_not_implemented()) return I.intern("NotImplemented");
    return I.intern("Ellipsis");
  }
  Type* t = v.obj()->type;
  if (t == I.t.str) return str_repr(I, as_str(v));
  if (t == I.t.float_) return float_repr(I, v.as<FloatObj>()->v);
  Value f = type_lookup_cached(I, t, I.names->__repr__);
  if (++I.eval_depth > kMaxNestedEval + 50) {
    I.eval_depth--;
    raise_recursion(I);
  }
  Value r;
  try {
    r = call_special(I, v, I.names->__repr__, nullptr, 0);
  } catch (...) {
    I.eval_depth--;
    throw;
  }
  I.eval_depth--;
  (void)f;
  return check_str_result(I, r, "__repr__");
}

std::string repr_string(Interp& I, Value v) { return std::string(repr(I, v)->view()); }

Str* str_of(Interp& I, Value v) {
  if (v.is_obj() && v.obj()->type == I.t.str) return as_str(v);
  if (v.is_small()) return int_repr(I, v);
  if (v.is_special()) return repr(I, v);
  Type* t = v.obj()->type;
  if (t == I.t.float_) return float_repr(I, v.as<FloatObj>()->v);
  Value r = call_special(I, v, I.names->__str__, nullptr, 0);
  if (r.empty()) return repr(I, v);
  return check_str_result(I, r, "__str__");
}

Str* ascii_of(Interp& I, Value v) {
  Str* r = repr(I, v);
  if (r->ascii) return r;
  std::string out;
  std::string_view s = r->view();
  size_t pos = 0;
  char buf[16];
  while (pos < s.size()) {
    uint32_t cp = utf8_decode_at(s, pos);
    if (cp < 0x80) {
      out += char(cp);
    } else if (cp < 0x100) {
      std::snprintf(buf, sizeof buf, "\\x%02x", cp);
      out += buf;
    } else if (cp < 0x10000) {
      std::snprintf(buf, sizeof buf, "\\u%04x", cp);
      out += buf;
    } else {
      std::snprintf(buf, sizeof buf, "\\U%08x", cp);
      out += buf;
    }
  }
  return I.str(out);
}

Str* format(Interp& I, Value v, Str* spec) {
  if (spec->nbytes == 0) {
    if (is_exact_str(I, v)) return as_str(v);
  }
  Value s = obj_value(spec);
  Value r = call_special(I, v, I.names->__format__, &s, 1);
  if (r.empty()) I.raise(I.t.TypeError, "Type %s doesn't define __format__", type_name(I, v));
  if (!is_str(I, r)) I.raise(I.t.TypeError, "__format__ must return a str, not %s", type_name(I, r));
  return as_str(r);
}

// ============================================================================
// Truth, comparison, hashing
// ============================================================================

bool truthy(Interp& I, Value v) {
  if (v.is_true()) return true;
  if (v.is_false() || v.is_none()) return false;
  if (v.is_small()) return v.small_value() != 0;
  if (v.is_special()) return true;
  Object* o = v.obj();
  Type* t = o->type;
  if (t == I.t.str) return static_cast<Str*>(o)->nbytes != 0;
  if (t == I.t.list) return !static_cast<List*>(o)->items.empty();
  if (t == I.t.tuple) return static_cast<Tuple*>(o)->size != 0;
  if (t == I.t.dict) return static_cast<Dict*>(o)->used != 0;
  if (t == I.t.float_) return static_cast<FloatObj*>(o)->v != 0.0;
  if (t == I.t.int_) return !static_cast<IntObj*>(o)->v.is_zero();
  Value b = type_lookup_cached(I, t, I.names->__bool__);
  if (!b.empty()) {
    Value r = call_special(I, v, I.names->__bool__, nullptr, 0);
    if (!r.is_bool()) I.raise(I.t.TypeError, "__bool__ should return bool, returned %s", type_name(I, r));
    return r.is_true();
  }
  Value l = type_lookup_cached(I, t, I.names->__len__);
  if (!l.empty()) return length(I, v) != 0;
  return true;
}

static Str* cmp_name(Interp& I, CmpOp op) {
  switch (op) {
    case CmpOp::Lt: return I.names->__lt__;
    case CmpOp::Le: return I.names->__le__;
    case CmpOp::Eq: return I.names->__eq__;
    case CmpOp::Ne: return I.names->__ne__;
    case CmpOp::Gt: return I.names->__gt__;
    default: return I.names->__ge__;
  }
}
static CmpOp cmp_swap(CmpOp op) {
  switch (op) {
    case CmpOp::Lt: return CmpOp::Gt;
    case CmpOp::Le: return CmpOp::Ge;
    case CmpOp::Gt: return CmpOp::Lt;
    case CmpOp::Ge: return CmpOp::Le;
    default: return op;
  }
}
static const char* cmp_symbol(CmpOp op) {
  static const char* s[] = {"<", "<=", "==", "!=", ">", ">="};
  return s[int(op)];
}

Value rich_compare(Interp& I, Value a, Value b, CmpOp op) {
  if (a.is_small() && b.is_small()) {
    int64_t x = a.small_value(), y = b.small_value();
    switch (op) {
      case CmpOp::Lt: return Value::boolean(x < y);
      case CmpOp::Le: return Value::boolean(x <= y);
      case CmpOp::Eq: return Value::boolean(x == y);
      case CmpOp::Ne: return Value::boolean(x != y);
      case CmpOp::Gt: return Value::boolean(x > y);
      default: return Value::boolean(x >= y);
    }
  }
  Type* ta = type_of(I, a);
  Type* tb = type_of(I, b);
  if (ta == I.t.str && tb == I.t.str) {
    int c = str_compare(as_str(a), as_str(b));
    switch (op) {
      case CmpOp::Lt: return Value::boolean(c < 0);
      case CmpOp::Le: return Value::boolean(c <= 0);
      case CmpOp::Eq: return Value::boolean(c == 0);
      case CmpOp::Ne: return Value::boolean(c != 0);
      case CmpOp::Gt: return Value::boolean(c > 0);
      default: return Value::boolean(c >= 0);
    }
  }
  if (ta == I.t.float_ && tb == I.t.float_) {  // float's own comparisons, without the calls
    double x = a.as<FloatObj>()->v, y = b.as<FloatObj>()->v;
    switch (op) {
      case CmpOp::Lt: return Value::boolean(x < y);
      case CmpOp::Le: return Value::boolean(x <= y);
      case CmpOp::Eq: return Value::boolean(x == y);
      case CmpOp::Ne: return Value::boolean(x != y);
      case CmpOp::Gt: return Value::boolean(x > y);
      default: return Value::boolean(x >= y);
    }
  }
  struct DepthGuard {
    int& d;
    explicit DepthGuard(int& x) : d(x) { d++; }
    ~DepthGuard() { d--; }
  } guard(I.vm->compare_depth);
  if (I.vm->compare_depth + (I.current ? I.current->depth : 0) > I.recursion_limit)
    I.raise(I.t.RecursionError, "maximum recursion depth exceeded in comparison");
  bool checked_reverse = false;
  if (ta != tb && is_subtype(tb, ta)) {
    Value rf = type_lookup_cached(I, tb, cmp_name(I, cmp_swap(op)));
    Value lf = type_lookup_cached(I, ta, cmp_name(I, cmp_swap(op)));
    if (!rf.empty() && rf != lf) {
      checked_reverse = true;
      Value r = call_special(I, b, cmp_name(I, cmp_swap(op)), &a, 1);
      if (!r.empty() && !r.is_not_implemented()) return r;
    }
  }
  Value r = call_special(I, a, cmp_name(I, op), &b, 1);
  if (!r.empty() && !r.is_not_implemented()) return r;
  if (!checked_reverse) {
    r = call_special(I, b, cmp_name(I, cmp_swap(op)), &a, 1);
    if (!r.empty() && !r.is_not_implemented()) return r;
  }
  if (op == CmpOp::Eq) return Value::boolean(a == b);
  if (op == CmpOp::Ne) return Value::boolean(a != b);
  I.raise(I.t.TypeError, "'%s' not supported between instances of '%s' and '%s'", cmp_symbol(op), ta->name->data,
          tb->name->data);
}

bool compare_bool(Interp& I, Value a, Value b, CmpOp op) { return truthy(I, rich_compare(I, a, b, op)); }

bool eq(Interp& I, Value a, Value b) {
  if (a == b) return true;
  if (a.is_small() && b.is_small()) return false;
  if (a.is_obj() && b.is_obj()) {
    Type* ta = a.obj()->type;
    if (ta == I.t.str && b.obj()->type == I.t.str) return str_eq(as_str(a), as_str(b));
  }
  return truthy(I, rich_compare(I, a, b, CmpOp::Eq));
}

uint64_t hash(Interp& I, Value v) {
  if (v.is_small()) return int_hash(I, v);
  if (v.is_obj()) {
    Type* t = v.obj()->type;
    if (t == I.t.str) return str_hash(as_str(v));
    if (t == I.t.float_ && !std::isnan(v.as<FloatObj>()->v)) return float_hash(v.as<FloatObj>()->v);  // float.__hash__ without the call (NaNs hash by identity there)
    Value h = type_lookup_cached(I, t, I.names->__hash__);
    if (h.empty() || h.is_none()) I.raise(I.t.TypeError, "unhashable type: '%s'", t->name->data);
    Value r = call_special(I, v, I.names->__hash__, nullptr, 0);
    if (!is_int(I, r)) I.raise(I.t.TypeError, "__hash__ method should return an integer");
    if (r.is_small()) {
      int64_t x = r.small_value();
      return uint64_t(x == -1 ? -2 : x);
    }
    // Any result that fits a Py_ssize_t is the hash itself (slot_tp_hash):
    // hash(self.name) returned from __hash__ keeps the str's full 64-bit hash.
    if (r.is_obj() && r.obj()->type->layout == Layout::Int && r.as<IntObj>()->v.fits_int64()) {
      int64_t x = r.as<IntObj>()->v.to_int64();
      return uint64_t(x == -1 ? -2 : x);
    }
    return int_hash(I, r);
  }
  if (v.is_bool()) return v.is_true() ? 1 : 0;
  // None, NotImplemented, Ellipsis: stable per-constant values.
  return v.bits() * 0x9E3779B97F4A7C15ull >> 4;
}

bool contains(Interp& I, Value container, Value item) {
  if (container.is_obj()) {
    Type* t = container.obj()->type;
    if (t == I.t.dict) return !dict_get(I, container.as<Dict>(), item).empty();
    if (t == I.t.set || t == I.t.frozenset) return set_contains(I, container.as<SetObj>(), item);
    if (t == I.t.str) {
      if (!is_str(I, item))
        I.raise(I.t.TypeError, "'in <string>' requires string as left operand, not %s", type_name(I, item));
      return str_contains(as_str(container), as_str(item));
    }
    if (t == I.t.list) {
      List* l = container.as<List>();
      for (size_t i = 0; i < l->items.size(); i++)
        if (eq(I, l->items[i], item)) return true;
      return false;
    }
    if (t == I.t.tuple) {
      Tuple* tu = container.as<Tuple>();
      for (uint32_t i = 0; i < tu->size; i++)
        if (eq(I, tu->items[i], item)) return true;
      return false;
    }
  }
  Type* t = type_of(I, container);
  Value c = type_lookup_cached(I, t, I.names->__contains__);
  if (!c.empty()) {
    if (c.is_none()) I.raise(I.t.TypeError, "argument of type '%s' is not iterable", t->name->data);
    return truthy(I, call_special(I, container, I.names->__contains__, &item, 1));
  }
  if (type_lookup_cached(I, t, I.names->__iter__).empty() && type_lookup_cached(I, t, I.names->__getitem__).empty())
    I.raise(I.t.TypeError, "argument of type '%s' is not iterable", t->name->data);
  Value it = iter(I, container);
  for (;;) {
    Value v = next(I, it);
    if (v.empty()) return false;
    if (eq(I, v, item)) return true;
  }
}

// ============================================================================
// Numbers
// ============================================================================

struct BinOpNames {
  Str* op;
  Str* rop;
  Str* iop;
  const char* sym;
};

static BinOpNames binop_names(Interp& I, BinOp op) {
  auto* n = I.names.get();
  switch (op) {
    case BinOp::Add: return {n->__add__, n->__radd__, n->__iadd__, "+"};
    case BinOp::Sub: return {n->__sub__, n->__rsub__, n->__isub__, "-"};
    case BinOp::Mul: return {n->__mul__, n->__rmul__, n->__imul__, "*"};
    case BinOp::TrueDiv: return {n->__truediv__, n->__rtruediv__, n->__itruediv__, "/"};
    case BinOp::FloorDiv: return {n->__floordiv__, n->__rfloordiv__, n->__ifloordiv__, "//"};
    case BinOp::Remainder: return {n->__mod__, n->__rmod__, n->__imod__, "%"};
    case BinOp::Power: return {n->__pow__, n->__rpow__, n->__ipow__, "** or pow()"};
    case BinOp::LShift: return {n->__lshift__, n->__rlshift__, n->__ilshift__, "<<"};
    case BinOp::RShift: return {n->__rshift__, n->__rrshift__, n->__irshift__, ">>"};
    case BinOp::And: return {n->__and__, n->__rand__, n->__iand__, "&"};
    case BinOp::Or: return {n->__or__, n->__ror__, n->__ior__, "|"};
    case BinOp::Xor: return {n->__xor__, n->__rxor__, n->__ixor__, "^"};
    case BinOp::MatMul: return {n->__matmul__, n->__rmatmul__, n->__imatmul__, "@"};
    default: return {n->__add__, n->__radd__, n->__iadd__, "?"};
  }
}

Value binary_op(Interp& I, Value a, Value b, BinOp op) {
  bool inplace = int(op) >= kInplaceOffset;
  BinOp base = inplace ? BinOp(int(op) - kInplaceOffset) : op;
  if ((a.is_small() || a.is_bool()) && (b.is_small() || b.is_bool())) {
    Value r = int_binary(I, a, b, base);
    if (!r.is_not_implemented()) return r;
  }
  BinOpNames n = binop_names(I, base);
  Type* ta = type_of(I, a);
  Type* tb = type_of(I, b);
  if (inplace) {
    Value f = type_lookup_cached(I, ta, n.iop);
    if (!f.empty()) {
      Value r = call_special(I, a, n.iop, &b, 1);
      if (!r.is_not_implemented()) return r;
    }
  }
  bool tried_reflected = false;
  if (ta != tb && is_subtype(tb, ta)) {
    Value rf = type_lookup_cached(I, tb, n.rop);
    if (!rf.empty() && rf != type_lookup_cached(I, ta, n.rop)) {
      tried_reflected = true;
      Value r = call_special(I, b, n.rop, &a, 1);
      if (!r.empty() && !r.is_not_implemented()) return r;
    }
  }
  Value r = call_special(I, a, n.op, &b, 1);
  if (!r.empty() && !r.is_not_implemented()) return r;
  if (ta != tb && !tried_reflected) {
    r = call_special(I, b, n.rop, &a, 1);
    if (!r.empty() && !r.is_not_implemented()) return r;
  }
  if (inplace) {
    std::string sym = std::string(n.sym) + "=";
    if (base == BinOp::Power) sym = "**=";
    I.raise(I.t.TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", sym.c_str(), ta->name->data,
            tb->name->data);
  }
  I.raise(I.t.TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", n.sym, ta->name->data,
          tb->name->data);
}

static Value unary(Interp& I, Value v, Str* name, const char* sym) {
  Value r = call_special(I, v, name, nullptr, 0);
  if (r.empty()) I.raise(I.t.TypeError, "bad operand type for %s: '%s'", sym, type_name(I, v));
  return r;
}

Value unary_neg(Interp& I, Value v) { return unary(I, v, I.names->__neg__, "unary -"); }
Value unary_pos(Interp& I, Value v) {
  if (v.is_small()) return v;
  return unary(I, v, I.names->__pos__, "unary +");
}
Value unary_invert(Interp& I, Value v) {
  if (v.is_small()) return Value::small(~v.small_value());
  return unary(I, v, I.names->__invert__, "unary ~");
}

Value number_index(Interp& I, Value v) {
  if (v.is_small()) return v;
  if (v.is_bool()) return Value::small(v.is_true() ? 1 : 0);
  Type* t = type_of(I, v);
  if (t == I.t.int_) return v;
  Value r = call_special(I, v, I.names->__index__, nullptr, 0);
  if (r.empty()) I.raise(I.t.TypeError, "'%s' object cannot be interpreted as an integer", t->name->data);
  if (!is_int(I, r)) I.raise(I.t.TypeError, "__index__ returned non-int (type %s)", type_name(I, r));
  return r;
}

Value power3(Interp& I, Value a, Value b, Value mod) {
  if (mod.is_none() || mod.empty()) return binary_op(I, a, b, BinOp::Power);
  Value args[2] = {b, mod};
  Value r = call_special(I, a, I.names->__pow__, args, 2);
  if (r.empty() || r.is_not_implemented())
    I.raise(I.t.TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'", type_name(I, a),
            type_name(I, b), type_name(I, mod));
  return r;
}

// ============================================================================
// Containers
// ============================================================================

int64_t length(Interp& I, Value v) {
  if (v.is_obj()) {
    Object* o = v.obj();
    Type* t = o->type;
    if (t == I.t.list) return int64_t(static_cast<List*>(o)->items.size());
    if (t == I.t.tuple) return static_cast<Tuple*>(o)->size;
    if (t == I.t.str) return static_cast<Str*>(o)->length;
    if (t == I.t.dict) return static_cast<Dict*>(o)->used;
    if (t == I.t.set || t == I.t.frozenset) return static_cast<SetObj*>(o)->used;
  }
  Type* t = type_of(I, v);
  Value r = call_special(I, v, I.names->__len__, nullptr, 0);
  if (r.empty()) I.raise(I.t.TypeError, "object of type '%s' has no len()", t->name->data);
  if (!is_int(I, r)) I.raise(I.t.TypeError, "'%s' object cannot be interpreted as an integer", type_name(I, r));
  // The sign is checked first: a huge negative length is a ValueError, not an OverflowError.
  if (!r.is_small() && !r.is_bool() && compare_bool(I, r, Value::small(0), CmpOp::Lt))
    I.raise(I.t.ValueError, "__len__() should return >= 0");
  int64_t n = to_int64(I, r);
  if (n < 0) I.raise(I.t.ValueError, "__len__() should return >= 0");
  return n;
}

Value getitem(Interp& I, Value c, Value key) {
  Type* t = type_of(I, c);
  if (t == I.t.list) return list_getitem(I, c.as<List>(), key);
  if (t == I.t.tuple) return tuple_getitem(I, c.as<Tuple>(), key);
  if (t == I.t.dict) return dict_getitem(I, c.as<Dict>(), key);
  if (t == I.t.str) return str_getitem(I, as_str(c), key);
  Value r = call_special(I, c, I.names->__getitem__, &key, 1);
  if (!r.empty()) return r;
  if (t->layout == Layout::Type) {
    Value cg = getattr_opt(I, c, I.names->__class_getitem__);
    if (!cg.empty()) return call1(I, cg, key);
    I.raise(I.t.TypeError, "type '%s' is not subscriptable", c.as<Type>()->name->data);
  }
  I.raise(I.t.TypeError, "'%s' object is not subscriptable", t->name->data);
}

void setitem(Interp& I, Value c, Value key, Value v) {
  Type* t = type_of(I, c);
  if (t == I.t.list) return list_setitem(I, c.as<List>(), key, v);
  if (t == I.t.dict) return dict_set(I, c.as<Dict>(), key, v);
  Value args[2] = {key, v};
  Value r = call_special(I, c, I.names->__setitem__, args, 2);
  if (r.empty()) I.raise(I.t.TypeError, "'%s' object does not support item assignment", t->name->data);
}

void delitem(Interp& I, Value c, Value key) {
  Type* t = type_of(I, c);
  if (t == I.t.list) return list_delitem(I, c.as<List>(), key);
  if (t == I.t.dict) {
    if (!dict_del(I, c.as<Dict>(), key)) I.raise_value(call1(I, obj_value(I.t.KeyError), key));
    return;
  }
  Value r = call_special(I, c, I.names->__delitem__, &key, 1);
  if (r.empty()) I.raise(I.t.TypeError, "'%s' object doesn't support item deletion", t->name->data);
}

// Sequence iterator over __getitem__ (the old protocol).
static Value seq_iter_next(Interp& I, IterObj* it) {
  if (it->a.empty()) return Value();
  Value idx = Value::small(it->i);
  try {
    Value v = getitem(I, it->a, idx);
    it->i++;
    return v;
  } catch (PyRaise&) {
    if (isinstance(I, I.pending, I.t.IndexError) || isinstance(I, I.pending, I.t.StopIteration)) {
      I.pending = Value();
      it->a = Value();
      return Value();
    }
    throw;
  }
}

Value iter(Interp& I, Value v) {
  Type* t = type_of(I, v);
  if (t->layout == Layout::Iterator || t == I.t.generator) return v;
  Value f = type_lookup_cached(I, t, I.names->__iter__);
  if (!f.empty() && !f.is_none()) {
    Value r = call_special(I, v, I.names->__iter__, nullptr, 0);
    Type* rt = type_of(I, r);
    if (rt->layout != Layout::Iterator && rt != I.t.generator &&
        type_lookup_cached(I, rt, I.names->__next__).empty())
      I.raise(I.t.TypeError, "iter() returned non-iterator of type '%s'", rt->name->data);
    return r;
  }
  if (f.empty() && !type_lookup_cached(I, t, I.names->__getitem__).empty() && t != I.t.dict)
    return obj_value(new_iterator(I, nullptr, seq_iter_next, v));
  I.raise(I.t.TypeError, "'%s' object is not iterable", t->name->data);
}

Value next(Interp& I, Value it) {
  if (it.is_obj()) {
    Object* o = it.obj();
    if (o->type->layout == Layout::Iterator) return static_cast<IterObj*>(o)->next(I, static_cast<IterObj*>(o));
    if (o->type == I.t.generator) {
      Value rv;
      Value y = gen_send(I, static_cast<GeneratorObj*>(o), Value::None(), &rv);
      return y;
    }
  }
  Type* t = type_of(I, it);
  Value f = type_lookup_cached(I, t, I.names->__next__);
  if (f.empty()) I.raise(I.t.TypeError, "'%s' object is not an iterator", t->name->data);
  try {
    return call_special(I, it, I.names->__next__, nullptr, 0);
  } catch (PyRaise&) {
    if (!isinstance(I, I.pending, I.t.StopIteration)) throw;
    I.pending = Value();
    return Value();
  }
}

List* list_from_iterable(Interp& I, Value iterable) {
  List* l = I.list();
  if (iterable.is_obj() && iterable.obj()->type == I.t.list) {
    l->items = iterable.as<List>()->items;
    return l;
  }
  for_each(I, iterable, [&](Value v) { l->items.push_back(v); });
  return l;
}

Tuple* tuple_from_iterable(Interp& I, Value iterable) {
  if (iterable.is_obj() && iterable.obj()->type == I.t.tuple) return iterable.as<Tuple>();
  List* l = list_from_iterable(I, iterable);
  return I.tuple(l->items.data(), l->items.size());
}

// ============================================================================
// Exceptions
// ============================================================================

bool exception_matches(Interp& I, Value exc, Value spec) {
  if (spec.is_obj() && spec.obj()->type == I.t.tuple) {
    Tuple* t = spec.as<Tuple>();
    for (uint32_t i = 0; i < t->size; i++)
      if (exception_matches(I, exc, t->items[i])) return true;
    return false;
  }
  if (!spec.is_obj() || spec.obj()->type->layout != Layout::Type || !(spec.as<Type>()->flags & kTypeIsException))
    I.raise(I.t.TypeError, "catching classes that do not inherit from BaseException is not allowed");
  return is_subtype(type_of(I, exc), spec.as<Type>());
}

}  // namespace il
