// reduce.cpp — object.__reduce_ex__, object.__reduce__ and
// object.__getstate__: the default "copy protocol" that pickle and copy use
// for instances, as CPython's typeobject.c implements it (reduce_newobj,
// object_getstate, _common_reduce). The helpers it names (__newobj__,
// __newobj_ex__, _slotnames, _reduce_ex for protocols 0 and 1) live in
// wasm/lib/copyreg.py, as in CPython, so that the reduce values (and the
// pickles built from them) are CPython's.
#include <string>

#include "objects/containers.h"
#include "objects/str.h"
#include "vm/vm.h"

namespace il {

namespace {

// A tuple's i-th item (items[] is declared with one element; constant
// indices past it draw -Warray-bounds).
inline Value tuple_item(const Tuple* t, uint32_t i) { return t->items[i]; }

// Py_TYPE(obj)->tp_name: a class statement's __name__; a built-in type's
// "module.name" (just "name" for builtins), e.g. '_thread.lock', 'generator'.
std::string tp_name(Interp& I, Type* t) {
  std::string name(t->name->view());
  if (t->flags & kTypeHeap) return name;
  Value mod = dict_get_str(t->dict, I.names->__module__);
  if (!mod.empty() && is_str(I, mod) && as_str(mod)->view() != "builtins")
    return std::string(as_str(mod)->view()) + "." + name;
  return name;
}

[[noreturn]] void cannot_pickle(Interp& I, Type* t) {
  I.raise(I.t.TypeError, "cannot pickle '%s' object", tp_name(I, t).c_str());
}

Value copyreg_attr(Interp& I, const char* name) {
  Value m = I.import_module(I.intern("copyreg"), Value::None(), Value::None(), 0);
  return getattr(I, m, I.intern(name));
}

// _PyType_GetSlotNames: cls.__dict__['__slotnames__'] or copyreg._slotnames(cls).
Value slot_names(Interp& I, Type* t) {
  Str* key = I.intern("__slotnames__");
  Value names = dict_get_str(t->dict, key);
  if (names.empty()) names = call1(I, copyreg_attr(I, "_slotnames"), obj_value(t));
  if (!names.is_none() && !isinstance(I, names, I.t.list))
    I.raise(I.t.TypeError, "copyreg._slotnames didn't return a list or None");
  return names;
}

// What a built-in layout's instances carry beyond a plain object: they
// cannot be rebuilt from their __dict__ (CPython's tp_basicsize check).
bool has_native_state(Type* t) { return t->layout != Layout::Object; }

// object_getstate_default. __slots__ values live in the instance dict here
// (the VM has no slot descriptors), so they are split out of it into the
// (dict, slots) pair CPython builds; a class whose every level declares
// __slots__ without '__dict__' has no dict state (None), as in CPython.
Value getstate_default(Interp& I, Value obj, bool required) {
  Type* t = type_of(I, obj);
  if (required && has_native_state(t)) cannot_pickle(I, t);
  Dict* attrs = obj.is_obj() ? obj.obj()->attrs : nullptr;
  Value names = slot_names(I, t);
  List* slots = names.is_none() ? nullptr : names.as<List>();
  if (!slots || slots->items.empty()) {
    if (!attrs || !attrs->used) return Value::None();
    return obj_value(attrs);
  }
  bool has_dict = false;
  for (Type* k : t->mro) {
    if (!(k->flags & kTypeHeap)) continue;
    Value s = dict_get_str(k->dict, I.names->__slots__);
    if (s.empty()) {
      has_dict = true;
      break;
    }
    for_each(I, is_str(I, s) ? obj_value(I.tuple({s})) : s, [&](Value n) {
      if (is_str(I, n) && as_str(n)->view() == "__dict__") has_dict = true;
    });
  }
  Dict* slot_state = I.dict();
  Dict* dict_state = I.dict();
  if (attrs) {
    for (auto& e : attrs->entries) {
      if (e.key.empty()) continue;
      bool is_slot = false;
      for (Value n : slots->items)
        if (eq(I, n, e.key)) is_slot = true;
      if (!is_slot) dict_set(I, dict_state, e.key, e.value);
    }
  }
  for (Value n : slots->items) {
    if (!is_str(I, n)) continue;
    Value v = getattr_opt(I, obj, as_str(n));
    if (!v.empty()) dict_set(I, slot_state, n, v);
  }
  Value state = has_dict && dict_state->used ? obj_value(dict_state) : Value::None();
  if (!slot_state->used) return state;
  return obj_value(I.tuple({state, obj_value(slot_state)}));
}

// object_getstate: a __getstate__ that a class defines is called; object's
// own is the default above with `required` passed through.
Value getstate(Interp& I, Value obj, bool required) {
  Type* t = type_of(I, obj);
  Value own = type_lookup(t, I.names->__getstate__);
  if (own.empty() || own == dict_get_str(I.t.object->dict, I.names->__getstate__))
    return getstate_default(I, obj, required);
  return call0(I, getattr(I, obj, I.names->__getstate__));
}

// A special method looked up on the type and bound to obj; empty if absent.
Value lookup_special(Interp& I, Value obj, const char* name) {
  Value f = type_lookup(type_of(I, obj), I.intern(name));
  if (f.empty()) return f;
  return descr_get(I, f, obj, obj_value(type_of(I, obj)));
}

// reduce_newobj: (copyreg.__newobj__, (cls, *args), state, listitems,
// dictitems), or __newobj_ex__ with (cls, args, kwargs).
Value reduce_newobj(Interp& I, Value obj) {
  Type* t = type_of(I, obj);
  Value args, kwargs;
  if (Value f = lookup_special(I, obj, "__getnewargs_ex__"); !f.empty()) {
    Value r = call0(I, f);
    if (!isinstance(I, r, I.t.tuple))
      I.raise(I.t.TypeError, "__getnewargs_ex__ should return a tuple, not '%s'", type_name(I, r));
    Tuple* rt = r.as<Tuple>();
    if (rt->size != 2)
      I.raise(I.t.ValueError, "__getnewargs_ex__ should return a tuple of length 2, not %u", rt->size);
    args = tuple_item(rt, 0);
    kwargs = tuple_item(rt, 1);
    if (!isinstance(I, args, I.t.tuple))
      I.raise(I.t.TypeError, "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%s'",
              type_name(I, args));
    if (!isinstance(I, kwargs, I.t.dict))
      I.raise(I.t.TypeError, "second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%s'",
              type_name(I, kwargs));
  } else if (Value g = lookup_special(I, obj, "__getnewargs__"); !g.empty()) {
    args = call0(I, g);
    if (!isinstance(I, args, I.t.tuple))
      I.raise(I.t.TypeError, "__getnewargs__ should return a tuple, not '%s'", type_name(I, args));
  }
  bool hasargs = !args.empty();
  Value newobj, newargs;
  if (kwargs.empty() || !kwargs.as<Dict>()->used) {
    newobj = copyreg_attr(I, "__newobj__");
    Tuple* a = hasargs ? args.as<Tuple>() : I.empty_tuple;
    Tuple* na = I.tuple(a->size + 1);
    na->items[0] = obj_value(t);
    for (uint32_t i = 0; i < a->size; i++) na->items[i + 1] = a->items[i];
    newargs = obj_value(na);
  } else {
    newobj = copyreg_attr(I, "__newobj_ex__");
    newargs = obj_value(I.tuple({obj_value(t), args, kwargs}));
  }
  bool is_list = isinstance(I, obj, I.t.list), is_dict = isinstance(I, obj, I.t.dict);
  Value state = getstate(I, obj, !(hasargs || is_list || is_dict));
  Value listitems = is_list ? iter(I, obj) : Value::None();
  Value dictitems = is_dict ? iter(I, call_method(I, obj, I.names->items, nullptr, 0)) : Value::None();
  return obj_value(I.tuple({newobj, newargs, state, listitems, dictitems}));
}

Value common_reduce(Interp& I, Value obj, int64_t proto) {
  if (proto >= 2) return reduce_newobj(I, obj);
  Value args[2] = {obj, Value::small(proto)};
  return call(I, copyreg_attr(I, "_reduce_ex"), args, 2);
}

}  // namespace

Value object_reduce_ex(Interp& I, CallArgs& a) {
  check_nargs(I, a, "__reduce_ex__", 2, 2);
  int64_t proto = to_int64(I, a[1]);
  // A __reduce__ that a class defines wins over the default reduction.
  Value own = type_lookup(type_of(I, a[0]), I.names->__reduce__);
  if (!own.empty() && own != dict_get_str(I.t.object->dict, I.names->__reduce__))
    return call0(I, getattr(I, a[0], I.names->__reduce__));
  return common_reduce(I, a[0], proto);
}

Value object_reduce(Interp& I, CallArgs& a) {
  check_nargs(I, a, "__reduce__", 1, 1);
  return common_reduce(I, a[0], 0);
}

Value object_getstate(Interp& I, CallArgs& a) {
  check_nargs(I, a, "__getstate__", 1, 1);
  return getstate_default(I, a[0], false);
}

}  // namespace il
