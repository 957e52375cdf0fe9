// builtins_iter.cpp — the iterator types of the builtins module: enumerate,
// zip, map, filter, reversed and callable_iterator (iter(f, sentinel)).
//
// Each is a real type with the Iterator layout: an IterObj whose `next`
// function the eval loop's FOR_ITER and ops.cpp's next() call directly, so a
// `for i, x in enumerate(xs)` step costs one C++ call and one tuple. Like
// CPython, an exhausted enumerate/zip/map/filter keeps asking its underlying
// iterators (an iterator may produce again); reversed and callable_iterator
// drop their source once exhausted.
#include <vector>

#include "modules/builtins.h"
#include "objects/containers.h"
#include "objects/str.h"
#include "vm/ops.h"

namespace il {

namespace {

// Arguments of __new__: argv[0] is the class.
[[noreturn]] void first_kw_name_error(Interp& I, CallArgs& a, const char* fname) {
  I.raise(I.t.TypeError, "'%s' is an invalid keyword argument for %s()", as_str(a.kwnames->items[0])->data,
          fname);
}

void check_new_cls(Interp& I, CallArgs& a, Type* expected) {
  if (a.argc < 1 || a[0] != obj_value(expected))
    I.raise(I.t.TypeError, "%s.__new__(X): X is not the type %s", expected->name->data, expected->name->data);
}

IterObj* self_iter(Interp& I, CallArgs& a, Type* expected) {
  if (a.argc < 1 || type_of(I, a[0]) != expected)
    I.raise(I.t.TypeError, "descriptor requires a '%s' object", expected->name->data);
  return a[0].as<IterObj>();
}

// Methods every iterator type here shares.
Value iter_self(Interp& I, CallArgs& a) { return a[0]; }

Value iter_next_method(Interp& I, CallArgs& a) {
  if (a.argc < 1 || !a[0].is_obj() || a[0].obj()->type->layout != Layout::Iterator)
    I.raise(I.t.TypeError, "descriptor '__next__' requires an iterator");
  auto* it = a[0].as<IterObj>();
  Value v = it->next(I, it);
  if (v.empty()) I.raise_value(obj_value(I.t.StopIteration));
  return v;
}

// The instance is complete after __new__; a no-op __init__ spares
// object.__init__'s signature checks on every call.
Value iter_init(Interp& I, CallArgs& a) { return Value::None(); }

// ===========================================================================
// enumerate
// ===========================================================================
// a: the underlying iterator; i: the next count while it fits a small int;
// c: the next count as an int Value once it does not (or a big start).

Value enumerate_next(Interp& I, IterObj* it) {
  Value v = next(I, it->a);
  if (v.empty()) return v;
  Value idx;
  if (it->c.empty()) {
    idx = Value::small(it->i);
    if (++it->i > Value::kSmallMax) it->c = I.new_int(it->i);
  } else {
    idx = it->c;
    it->c = binary_op(I, it->c, Value::small(1), BinOp::Add);
  }
  return obj_value(I.tuple({idx, v}));
}

Value enumerate_new(Interp& I, CallArgs& a) {
  BuiltinsModule* m = builtins_of(I);
  check_new_cls(I, a, m->enumerate_type);
  Value iterable, start;
  uint32_t npos = a.npos() - 1, nkw = a.nkw();
  if (npos + nkw > 2) I.raise(I.t.TypeError, "enumerate() takes at most 2 arguments (%u given)", npos + nkw);
  if (npos >= 1) iterable = a[1];
  if (npos >= 2) start = a[2];
  for (uint32_t k = 0; k < nkw; k++) {
    Str* name = as_str(a.kwnames->items[k]);
    Value v = a.argv[a.npos() + k];
    if (name->view() == "iterable" && iterable.empty()) {
      iterable = v;
    } else if (name->view() == "start" && start.empty()) {
      start = v;
    } else if (name->view() == "iterable" || name->view() == "start") {
      I.raise(I.t.TypeError, "argument for enumerate() given by name ('%s') and position (%d)", name->data,
              name->view() == "iterable" ? 1 : 2);
    } else {
      I.raise(I.t.TypeError, "'%s' is an invalid keyword argument for enumerate()", name->data);
    }
  }
  if (iterable.empty()) I.raise(I.t.TypeError, "enumerate() missing required argument 'iterable'");
  Value it = iter(I, iterable);
  IterObj* e = new_iterator(I, m->enumerate_type, enumerate_next, it);
  if (!start.empty()) {
    Value n = number_index(I, start);
    if (n.is_small())
      e->i = n.small_value();
    else
      e->c = n;
  }
  return obj_value(e);
}

// ===========================================================================
// zip
// ===========================================================================
// a: a tuple of the iterators; j: strict.

// Too many iterables for a stack buffer is rare; the vector covers it.
constexpr uint32_t kStackArgs = 8;

[[noreturn]] void zip_strict_error(Interp& I, uint32_t i, bool shorter) {
  // CPython's wording: "argument 2 is shorter than argument 1",
  // "argument 3 is longer than arguments 1-2".
  I.raise(I.t.ValueError, "zip() argument %u is %s than argument%s%u", i + 1, shorter ? "shorter" : "longer",
          i == 1 ? " " : "s 1-", i);
}

Value zip_next(Interp& I, IterObj* it) {
  Tuple* its = it->a.as<Tuple>();
  uint32_t n = its->size;
  if (n == 0) return Value();
  Tuple* result = I.tuple(n);
  for (uint32_t i = 0; i < n; i++) {
    Value v = next(I, its->items[i]);
    if (v.empty()) {
      if (!it->j) return Value();
      if (i) zip_strict_error(I, i, true);
      for (uint32_t k = 1; k < n; k++) {
        Value w = next(I, its->items[k]);
        if (!w.empty()) zip_strict_error(I, k, false);
      }
      return Value();
    }
    result->items[i] = v;
  }
  return obj_value(result);
}

Value zip_new(Interp& I, CallArgs& a) {
  BuiltinsModule* m = builtins_of(I);
  check_new_cls(I, a, m->zip_type);
  bool strict = false;
  uint32_t nkw = a.nkw();
  if (nkw > 1) I.raise(I.t.TypeError, "zip() takes at most 1 keyword argument (%u given)", nkw);
  if (nkw == 1) {
    if (as_str(a.kwnames->items[0])->view() != "strict") first_kw_name_error(I, a, "zip");
    strict = truthy(I, a.argv[a.npos()]);
  }
  uint32_t n = a.npos() - 1;
  Tuple* its = I.tuple(size_t(n));
  for (uint32_t i = 0; i < n; i++) its->items[i] = iter(I, a[1 + i]);
  IterObj* z = new_iterator(I, m->zip_type, zip_next, obj_value(its));
  z->j = strict;
  return obj_value(z);
}

// ===========================================================================
// map
// ===========================================================================
// a: the function; b: the only iterator (i == 1) or a tuple of iterators.

Value map_next(Interp& I, IterObj* it) {
  if (it->i == 1) {
    Value v = next(I, it->b);
    if (v.empty()) return v;
    return call1(I, it->a, v);
  }
  Tuple* its = it->b.as<Tuple>();
  uint32_t n = its->size;
  Value small[kStackArgs];
  std::vector<Value> big;
  Value* args = small;
  if (n > kStackArgs) {
    big.resize(n);
    args = big.data();
  }
  for (uint32_t i = 0; i < n; i++) {
    args[i] = next(I, its->items[i]);
    if (args[i].empty()) return Value();
  }
  return call(I, it->a, args, n);
}

Value map_new(Interp& I, CallArgs& a) {
  BuiltinsModule* m = builtins_of(I);
  check_new_cls(I, a, m->map_type);
  if (a.nkw()) I.raise(I.t.TypeError, "map() takes no keyword arguments");
  if (a.argc < 3) I.raise(I.t.TypeError, "map() must have at least two arguments.");
  uint32_t n = a.argc - 2;
  IterObj* it;
  if (n == 1) {
    it = new_iterator(I, m->map_type, map_next, a[1], iter(I, a[2]), 1);
  } else {
    Tuple* its = I.tuple(size_t(n));
    for (uint32_t i = 0; i < n; i++) its->items[i] = iter(I, a[2 + i]);
    it = new_iterator(I, m->map_type, map_next, a[1], obj_value(its), 0);
  }
  return obj_value(it);
}

// ===========================================================================
// filter
// ===========================================================================
// a: the predicate (None or bool: truthiness itself); b: the iterator.

Value filter_next(Interp& I, IterObj* it) {
  bool plain = it->a.is_none() || it->a == obj_value(I.t.bool_);
  for (;;) {
    Value v = next(I, it->b);
    if (v.empty()) return v;
    if (plain ? truthy(I, v) : truthy(I, call1(I, it->a, v))) return v;
  }
}

Value filter_new(Interp& I, CallArgs& a) {
  BuiltinsModule* m = builtins_of(I);
  check_new_cls(I, a, m->filter_type);
  if (a.nkw()) I.raise(I.t.TypeError, "filter() takes no keyword arguments");
  if (a.argc != 3) I.raise(I.t.TypeError, "filter expected 2 arguments, got %u", a.argc - 1);
  return obj_value(new_iterator(I, m->filter_type, filter_next, a[1], iter(I, a[2])));
}

// ===========================================================================
// reversed
// ===========================================================================
// a: the sequence (empty once exhausted); i: the next index, counting down.

Value reversed_next(Interp& I, IterObj* it) {
  if (it->a.empty()) return Value();
  if (it->i >= 0) {
    Value seq = it->a;
    if (seq.is_obj() && seq.obj()->type == I.t.tuple) {
      Tuple* t = seq.as<Tuple>();
      if (it->i < int64_t(t->size)) return t->items[it->i--];
    } else {
      try {
        Value v = getitem(I, seq, Value::small(it->i));
        it->i--;
        return v;
      } catch (PyRaise&) {
        if (!isinstance(I, I.pending, I.t.IndexError) && !isinstance(I, I.pending, I.t.StopIteration)) throw;
        I.pending = Value();
      }
    }
  }
  it->a = Value();
  it->i = -1;
  return Value();
}

Value reversed_new(Interp& I, CallArgs& a) {
  BuiltinsModule* m = builtins_of(I);
  check_new_cls(I, a, m->reversed_type);
  if (a.nkw()) I.raise(I.t.TypeError, "reversed() takes no keyword arguments");
  if (a.argc != 2) I.raise(I.t.TypeError, "reversed expected 1 argument, got %u", a.argc - 1);
  Value seq = a[1];
  Type* t = type_of(I, seq);
  Value meth = type_lookup(t, I.names->__reversed__);
  if (!meth.empty()) {
    if (meth.is_none()) I.raise(I.t.TypeError, "'%s' object is not reversible", t->name->data);
    return call_special(I, seq, I.names->__reversed__, nullptr, 0);
  }
  // The sequence protocol: __getitem__ and __len__, and not a mapping (dict).
  if (is_subtype(t, I.t.dict) || type_lookup(t, I.names->__getitem__).empty())
    I.raise(I.t.TypeError, "'%s' object is not reversible", t->name->data);
  int64_t n = length(I, seq);
  return obj_value(new_iterator(I, m->reversed_type, reversed_next, seq, Value(), n - 1));
}

Value reversed_length_hint(Interp& I, CallArgs& a) {
  IterObj* it = self_iter(I, a, builtins_of(I)->reversed_type);
  if (it->a.empty()) return Value::small(0);
  int64_t position = it->i + 1;
  if (length(I, it->a) < position) return Value::small(0);
  return Value::small(position);
}

// ===========================================================================
// callable_iterator
// ===========================================================================
// a: the callable (empty once exhausted); b: the sentinel.

Value callable_iterator_next(Interp& I, IterObj* it) {
  if (it->a.empty()) return Value();
  Value r;
  try {
    r = call0(I, it->a);
  } catch (PyRaise&) {
    if (!isinstance(I, I.pending, I.t.StopIteration)) throw;
    I.pending = Value();
    it->a = Value();
    return Value();
  }
  if (eq(I, it->b, r)) {
    it->a = Value();
    return Value();
  }
  return r;
}

// ===========================================================================
// Registration
// ===========================================================================

const MethodDef kEnumerateMethods[] = {
    {"__new__", enumerate_new, kNativeStatic}, {"__init__", iter_init}, {"__iter__", iter_self},
    {"__next__", iter_next_method}, {nullptr, nullptr}};
const MethodDef kZipMethods[] = {
    {"__new__", zip_new, kNativeStatic}, {"__init__", iter_init}, {"__iter__", iter_self},
    {"__next__", iter_next_method}, {nullptr, nullptr}};
const MethodDef kMapMethods[] = {
    {"__new__", map_new, kNativeStatic}, {"__init__", iter_init}, {"__iter__", iter_self},
    {"__next__", iter_next_method}, {nullptr, nullptr}};
const MethodDef kFilterMethods[] = {
    {"__new__", filter_new, kNativeStatic}, {"__init__", iter_init}, {"__iter__", iter_self},
    {"__next__", iter_next_method}, {nullptr, nullptr}};
const MethodDef kReversedMethods[] = {
    {"__new__", reversed_new, kNativeStatic}, {"__init__", iter_init}, {"__iter__", iter_self},
    {"__next__", iter_next_method}, {"__length_hint__", reversed_length_hint}, {nullptr, nullptr}};
const MethodDef kCallableIteratorMethods[] = {
    {"__iter__", iter_self}, {"__next__", iter_next_method}, {nullptr, nullptr}};

Type* make_iter_type(Interp& I, const char* name, const MethodDef* defs, size_t ndefs, const char* doc) {
  Type* t = new_builtin_type(I, name, I.t.object, Layout::Iterator, 0);
  add_methods(I, t, std::span<const MethodDef>(defs, ndefs));
  if (doc) type_set(I, t, "__doc__", I.new_str(doc));
  return t;
}

}  // namespace

Value new_callable_iterator(Interp& I, BuiltinsModule* m, Value callable, Value sentinel) {
  return obj_value(new_iterator(I, m->callable_iterator_type, callable_iterator_next, callable, sentinel));
}

#define IL_DEFS(arr) arr, sizeof(arr) / sizeof(arr[0])

void init_builtin_iterators(Interp& I, BuiltinsModule* m) {
  m->enumerate_type = make_iter_type(
      I, "enumerate", IL_DEFS(kEnumerateMethods),
      "Return an enumerate object.\n\n  iterable\n    an object supporting iteration\n\nThe enumerate object "
      "yields pairs containing a count (from start, which\ndefaults to zero) and a value yielded by the iterable "
      "argument.\n\nenumerate is useful for obtaining an indexed list:\n    (0, seq[0]), (1, seq[1]), (2, "
      "seq[2]), ...");
  m->zip_type = make_iter_type(
      I, "zip", IL_DEFS(kZipMethods),
      "zip(*iterables, strict=False) --> Yield tuples until an input is exhausted.\n\n   >>> list(zip('abcdefg', "
      "range(3), range(4)))\n   [('a', 0, 0), ('b', 1, 1), ('c', 2, 2)]\n\nThe zip object yields n-length tuples, "
      "where n is the number of iterables\npassed as positional arguments to zip().  The i-th element in every "
      "tuple\ncomes from the i-th iterable argument to zip().  This continues until the\nshortest argument is "
      "exhausted.\n\nIf strict is true and one of the arguments is exhausted before the others,\nraise a "
      "ValueError.");
  m->map_type = make_iter_type(I, "map", IL_DEFS(kMapMethods),
                               "map(func, *iterables) --> map object\n\nMake an iterator that computes the "
                               "function using arguments from\neach of the iterables.  Stops when the shortest "
                               "iterable is exhausted.");
  m->filter_type = make_iter_type(I, "filter", IL_DEFS(kFilterMethods),
                                  "filter(function or None, iterable) --> filter object\n\nReturn an iterator "
                                  "yielding those items of iterable for which function(item)\nis true. If "
                                  "function is None, return the items that are true.");
  m->reversed_type = make_iter_type(I, "reversed", IL_DEFS(kReversedMethods),
                                    "Return a reverse iterator over the values of the given sequence.");
  m->callable_iterator_type =
      make_iter_type(I, "callable_iterator", IL_DEFS(kCallableIteratorMethods), nullptr);
  set_attr_str(I, m, "enumerate", obj_value(m->enumerate_type));
  set_attr_str(I, m, "zip", obj_value(m->zip_type));
  set_attr_str(I, m, "map", obj_value(m->map_type));
  set_attr_str(I, m, "filter", obj_value(m->filter_type));
  set_attr_str(I, m, "reversed", obj_value(m->reversed_type));
}

#undef IL_DEFS

}  // namespace il
