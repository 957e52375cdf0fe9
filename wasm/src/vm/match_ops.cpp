// match_ops.cpp — the runtime checks of the match statement (CPython 3.11's
// MATCH_CLASS, MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS in ceval.c).
#include "objects/containers.h"
#include "objects/str.h"
#include "vm/match_ops.h"
#include "vm/vm.h"

namespace il {

namespace {

// isinstance(v, collections.abc.<name>) when collections.abc is loaded
// (only then can a user class have inherited from or registered with it).
bool abc_isinstance(Interp& I, Value v, const char* name) {
  Value mod = dict_get_str(I.modules, I.intern("collections.abc"));
  if (mod.empty() || mod.is_none()) return false;
  Value abc = getattr_opt(I, mod, I.intern(name));
  if (abc.empty()) return false;
  Value isinst = dict_get_str(I.builtins->dict, I.intern("isinstance"));
  if (isinst.empty()) return false;
  return truthy(I, call2(I, isinst, v, abc));
}

// The builtin types whose instances match themselves in `case int(x)`
// (CPython's _Py_TPFLAGS_MATCH_SELF, inherited by subclasses).
bool matches_self(Interp& I, Type* cls) {
  Type* self_types[] = {I.t.bool_, I.t.bytearray, I.t.bytes, I.t.dict, I.t.float_, I.t.frozenset,
                        I.t.int_, I.t.list, I.t.set, I.t.str, I.t.tuple};
  for (Type* m : cls->mro)
    for (Type* s : self_types)
      if (m == s) return true;
  return false;
}

// One attribute for MATCH_CLASS: empty when missing (no match).
Value match_class_attr(Interp& I, Value subject, Type* cls, Value name, SetObj* seen) {
  if (set_contains(I, seen, name))
    I.raise(I.t.TypeError, "%s() got multiple sub-patterns for attribute %s", cls->name->data,
            repr_string(I, name).c_str());
  set_add(I, seen, name);
  return getattr_opt(I, subject, name.as<Str>());
}

}  // namespace

Value match_class(Interp& I, Value subject, Value cls_v, uint32_t nargs, Tuple* kwnames) {
  if (!cls_v.is_obj() || cls_v.obj()->type->layout != Layout::Type)
    I.raise(I.t.TypeError, "called match pattern must be a type");
  Type* cls = cls_v.as<Type>();
  Value isinst = dict_get_str(I.builtins->dict, I.intern("isinstance"));
  bool is_instance = isinst.empty() ? isinstance(I, subject, cls) : truthy(I, call2(I, isinst, subject, cls_v));
  if (!is_instance) return Value::None();
  List* attrs = I.list();
  SetObj* seen = I.set();
  if (nargs) {
    bool match_self = false;
    Value match_args = getattr_opt(I, cls_v, I.intern("__match_args__"));
    Tuple* names = I.empty_tuple;
    if (!match_args.empty()) {
      if (!match_args.is_obj() || !is_subtype(match_args.obj()->type, I.t.tuple))
        I.raise(I.t.TypeError, "%s.__match_args__ must be a tuple (got %s)", cls->name->data,
                type_name(I, match_args));
      names = match_args.as<Tuple>();
    } else {
      match_self = matches_self(I, cls);
    }
    uint32_t allowed = match_self ? 1 : names->size;
    if (allowed < nargs)
      I.raise(I.t.TypeError, "%s() accepts %u positional sub-pattern%s (%u given)", cls->name->data, allowed,
              allowed == 1 ? "" : "s", nargs);
    if (match_self) {
      attrs->items.push_back(subject);
    } else {
      for (uint32_t i = 0; i < nargs; i++) {
        Value name = names->items[i];
        if (!is_str(I, name))
          I.raise(I.t.TypeError, "__match_args__ elements must be strings (got %s)", type_name(I, name));
        Value v = match_class_attr(I, subject, cls, name, seen);
        if (v.empty()) return Value::None();
        attrs->items.push_back(v);
      }
    }
  }
  for (uint32_t i = 0; kwnames && i < kwnames->size; i++) {
    Value v = match_class_attr(I, subject, cls, kwnames->items[i], seen);
    if (v.empty()) return Value::None();
    attrs->items.push_back(v);
  }
  return obj_value(I.tuple(attrs->items.data(), attrs->items.size()));
}

bool match_mapping(Interp& I, Value subject) {
  Type* t = type_of(I, subject);
  if (t->layout == Layout::Dict) return true;
  if (!(t->flags & kTypeHeap)) return false;  // no other builtin is a mapping
  return abc_isinstance(I, subject, "Mapping");
}

bool match_sequence(Interp& I, Value subject) {
  Type* t = type_of(I, subject);
  switch (t->layout) {
    case Layout::List:
    case Layout::Tuple:
    case Layout::Range: return true;
    case Layout::Str:
    case Layout::Bytes:
    case Layout::ByteArray:
    case Layout::Dict:
    case Layout::Set:
    case Layout::FrozenSet: return false;
    default: break;
  }
  const char* name = t->name->data;
  if (!(t->flags & kTypeHeap)) {
    // Native sequence types of modules (memoryview, array, deque).
    return std::string_view(name) == "memoryview" || std::string_view(name) == "array" ||
           std::string_view(name) == "deque";
  }
  return abc_isinstance(I, subject, "Sequence");
}

Value match_keys(Interp& I, Value subject, Tuple* keys) {
  if (keys->size == 0) return obj_value(I.empty_tuple);
  Value get = getattr(I, subject, I.names->get);
  Value dummy = obj_value(I.list());  // a fresh object no mapping can hold
  SetObj* seen = I.set();
  List* values = I.list();
  for (uint32_t i = 0; i < keys->size; i++) {
    Value key = keys->items[i];
    if (set_contains(I, seen, key))
      I.raise(I.t.ValueError, "mapping pattern checks duplicate key (%s)", repr_string(I, key).c_str());
    set_add(I, seen, key);
    Value v = call2(I, get, key, dummy);
    if (v == dummy) return Value::None();
    values->items.push_back(v);
  }
  return obj_value(I.tuple(values->items.data(), values->items.size()));
}

}  // namespace il
