// core_types.cpp — the Python-visible behaviour of object, type, function,
// method, builtin_function, property, classmethod/staticmethod, super, cell,
// code, module, NoneType and friends; argument parsing helpers.
#include <cstdio>
#include <cstring>
#include <string>

#include "lang/codeunit.h"
#include "objects/containers.h"
#include "objects/str.h"
#include "vm/vm.h"

namespace il {

Value call_type(Interp& I, Type* cls, const Value* argv, uint32_t argc, Tuple* kwnames);

// ============================================================================
// Argument parsing
// ============================================================================

void check_no_kwargs(Interp& I, CallArgs& a, const char* fname) {
  if (a.nkw()) I.raise(I.t.TypeError, "%s() takes no keyword arguments", fname);
}

void check_nargs(Interp& I, CallArgs& a, const char* fname, uint32_t min, uint32_t max) {
  check_no_kwargs(I, a, fname);
  uint32_t n = a.argc;
  if (n >= min && n <= max) return;
  // Messages count arguments without self (methods pass min>=1).
  if (min == max)
    I.raise(I.t.TypeError, "%s() takes exactly %s argument%s (%u given)", fname,
            min - 1 == 0 ? "no" : std::to_string(min - 1).c_str(), min - 1 == 1 ? "" : "s", n - 1);
  if (n < min)
    I.raise(I.t.TypeError, "%s expected at least %u argument%s, got %u", fname, min - 1, min - 1 == 1 ? "" : "s",
            n - 1);
  I.raise(I.t.TypeError, "%s expected at most %u argument%s, got %u", fname, max - 1, max - 1 == 1 ? "" : "s",
          n - 1);
}

void parse_args(Interp& I, CallArgs& a, const char* fname, std::span<const ArgSpec> specs, Value* out,
                uint32_t skip) {
  uint32_t npos = a.npos() - skip;
  uint32_t nspec = uint32_t(specs.size());
  for (uint32_t i = 0; i < nspec; i++) out[i] = Value();
  if (npos > nspec)
    I.raise(I.t.TypeError, "%s() takes at most %u argument%s (%u given)", fname, nspec, nspec == 1 ? "" : "s", npos);
  for (uint32_t i = 0; i < npos; i++) out[i] = a.argv[skip + i];
  uint32_t nkw = a.nkw();
  for (uint32_t k = 0; k < nkw; k++) {
    Str* name = as_str(a.kwnames->items[k]);
    bool found = false;
    for (uint32_t i = 0; i < nspec; i++) {
      if (specs[i].name && name->view() == specs[i].name) {
        if (!out[i].empty())
          I.raise(I.t.TypeError, "argument for %s() given by name ('%s') and position (%u)", fname, specs[i].name,
                  i + 1);
        out[i] = a.argv[a.npos() + k];
        found = true;
        break;
      }
    }
    if (!found) I.raise(I.t.TypeError, "%s() got an unexpected keyword argument '%s'", fname, name->data);
  }
  for (uint32_t i = 0; i < nspec; i++) {
    if (!out[i].empty()) continue;
    if (!specs[i].default_value.empty()) {
      out[i] = specs[i].default_value;
      continue;
    }
    if (specs[i].name)
      I.raise(I.t.TypeError, "%s() missing required argument '%s' (pos %u)", fname, specs[i].name, i + 1);
    I.raise(I.t.TypeError, "%s() takes at least %u argument%s (%u given)", fname, i + 1, i == 0 ? "" : "s", npos);
  }
}

static Value iterator_iter(Interp& I, CallArgs& a);
static Value iterator_next(Interp& I, CallArgs& a);

static Type* iterator_type_for(Interp& I, Value (*next)(Interp&, IterObj*)) {
  for (auto& k : I.vm->iter_kinds)
    if (k.first == next) return k.second;
  return I.t.iterator;
}

Type* register_iterator_type(Interp& I, Value (*next)(Interp&, IterObj*), const char* name, NativeFn length_hint) {
  Type* t = new_builtin_type(I, name, I.t.object, Layout::Iterator, 0);
  const MethodDef defs[] = {{"__iter__", iterator_iter},
                            {"__next__", iterator_next},
                            {length_hint ? "__length_hint__" : nullptr, length_hint},
                            {nullptr, nullptr}};
  add_methods(I, t, defs);
  if (I.vm->iter_kind_types.empty()) {
    I.vm->iter_kind_types = obj_value(I.list());
    I.extra_roots.push_back(&I.vm->iter_kind_types);
  }
  I.vm->iter_kind_types.as<List>()->items.push_back(obj_value(t));
  I.vm->iter_kinds.emplace_back(next, t);
  return t;
}

IterObj* new_iterator(Interp& I, Type* type, Value (*next)(Interp&, IterObj*), Value a, Value b, int64_t i) {
  IterObj* it = I.make<IterObj>(type ? type : iterator_type_for(I, next));
  it->next = next;
  it->a = a;
  it->b = b;
  it->i = i;
  return it;
}

void IterObj::trace(Tracer& t) {
  t.visit(a);
  t.visit(b);
  t.visit(c);
  t.visit(retval);
}
void Func::trace(Tracer& t) {
  t.visit(code);
  t.visit(globals);
  t.visit(defaults);
  t.visit(kwdefaults);
  t.visit(closure);
  t.visit(name);
  t.visit(qualname);
  t.visit(doc);
  t.visit(module);
}
void NativeFunc::trace(Tracer& t) {
  t.visit(name);
  t.visit(qualname);
  t.visit(self);
  t.visit(data);
  t.visit(module);
  t.visit(owner);
}
void BoundMethod::trace(Tracer& t) {
  t.visit(func);
  t.visit(self);
}
void Property::trace(Tracer& t) {
  t.visit(fget);
  t.visit(fset);
  t.visit(fdel);
  t.visit(doc);
}
void SuperObj::trace(Tracer& t) {
  t.visit(this_type);
  t.visit(obj);
  t.visit(obj_type);
}
void Module::trace(Tracer& t) {
  t.visit(dict);
  t.visit(name);
}

static std::string addr(const void* p) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(reinterpret_cast<uintptr_t>(p)));
  return buf;
}

// ============================================================================
// object
// ============================================================================

static Value alloc_plain(Interp& I, Type* t) { return obj_value(I.make<Object>(t)); }

static Value object_new(Interp& I, CallArgs& a) {
  if (a.argc < 1 || !a[0].is_obj() || a[0].obj()->type->layout != Layout::Type)
    I.raise(I.t.TypeError, "object.__new__(X): X is not a type object");
  Type* cls = a[0].as<Type>();
  if (a.argc > 1) {
    Value init = type_lookup_cached(I, cls, I.names->__init__);
    Value nw = type_lookup_cached(I, cls, I.names->__new__);
    Value obj_init = dict_get_str(I.t.object->dict, I.names->__init__);
    Value obj_new = dict_get_str(I.t.object->dict, I.names->__new__);
    if (init == obj_init || nw != obj_new) {
      if (nw == obj_new && init == obj_init)
        I.raise(I.t.TypeError, "%s() takes no arguments", cls->name->data);
      if (nw != obj_new && init == obj_init)
        I.raise(I.t.TypeError, "object.__new__() takes exactly one argument (the type to instantiate)");
    }
  }
  if (cls->flags & kTypeAbstract) {
    Value am = dict_get_str(cls->dict, I.names->__abstractmethods__);
    if (am.empty()) am = type_lookup(cls, I.names->__abstractmethods__);
    if (!am.empty() && truthy(I, am)) {
      List* names = list_from_iterable(I, am);
      list_sort(I, names, Value(), false);
      std::string s;
      for (size_t i = 0; i < names->items.size(); i++) {
        if (i) s += ", ";
        s += std::string(str_of(I, names->items[i])->view());  // 3.11: unquoted
      }
      I.raise(I.t.TypeError, "Can't instantiate abstract class %s with abstract method%s %s", cls->name->data,
              names->items.size() == 1 ? "" : "s", s.c_str());
    }
  }
  if (cls->alloc) {
    Value v = cls->alloc(I, cls);
    v.obj()->type = cls;
    return v;
  }
  I.raise(I.t.TypeError, "cannot create '%s' instances", cls->name->data);
}

static Value object_init(Interp& I, CallArgs& a) {
  if (a.argc > 1) {
    Type* t = type_of(I, a[0]);
    Value init = type_lookup_cached(I, t, I.names->__init__);
    Value nw = type_lookup_cached(I, t, I.names->__new__);
    Value obj_init = dict_get_str(I.t.object->dict, I.names->__init__);
    Value obj_new = dict_get_str(I.t.object->dict, I.names->__new__);
    if (init != obj_init)
      I.raise(I.t.TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
    if (nw == obj_new) I.raise(I.t.TypeError, "%s() takes no arguments", t->name->data);
  }
  return Value::None();
}

static Value object_repr(Interp& I, CallArgs& a) {
  Type* t = type_of(I, a[0]);
  Value mod = dict_get_str(t->dict, I.names->__module__);
  std::string m = (!mod.empty() && is_str(I, mod)) ? std::string(as_str(mod)->view()) : "";
  std::string name(t->qualname->view());
  if (!m.empty() && m != "builtins") name = m + "." + name;
  const void* p = a[0].is_obj() ? static_cast<const void*>(a[0].obj()) : reinterpret_cast<const void*>(a[0].bits());
  return I.new_str("<" + name + " object at " + addr(p) + ">");
}
static Value object_str(Interp& I, CallArgs& a) { return sval(repr(I, a[0])); }
static Value object_eq(Interp& I, CallArgs& a) {
  check_nargs(I, a, "__eq__", 2, 2);
  return a[0] == a[1] ? Value::True() : Value::NotImplemented();
}
static Value object_ne(Interp& I, CallArgs& a) {
  check_nargs(I, a, "__ne__", 2, 2);
  Value r = call_special(I, a[0], I.names->__eq__, &a.argv[1], 1);
  if (r.empty() || r.is_not_implemented()) return Value::NotImplemented();
  return Value::boolean(!truthy(I, r));
}
static Value object_cmp_ni(Interp& I, CallArgs& a) { return Value::NotImplemented(); }
static Value object_hash(Interp& I, CallArgs& a) {
  uint64_t h = a[0].bits() >> 4;
  return I.new_int(int64_t(h & 0x0fffffffffffffffull));
}
static Value object_getattribute(Interp& I, CallArgs& a) {
  check_nargs(I, a, "__getattribute__", 2, 2);
  if (!is_str(I, a[1]))
    I.raise(I.t.TypeError, "attribute name must be string, not '%s'", type_name(I, a[1]));
  return generic_getattr(I, a[0], as_str(a[1]), true);
}
static Value object_setattr(Interp& I, CallArgs& a) {
  check_nargs(I, a, "__setattr__", 3, 3);
  if (!is_str(I, a[1]))
    I.raise(I.t.TypeError, "attribute name must be string, not '%s'", type_name(I, a[1]));
  generic_setattr(I, a[0], as_str(a[1]), a[2]);
  return Value::None();
}
static Value object_delattr(Interp& I, CallArgs& a) {
  check_nargs(I, a, "__delattr__", 2, 2);
  generic_setattr(I, a[0], as_str(a[1]), Value());
  return Value::None();
}
static Value object_format(Interp& I, CallArgs& a) {
  check_nargs(I, a, "__format__", 2, 2);
  if (!is_str(I, a[1]))
    I.raise(I.t.TypeError, "__format__() argument must be str, not %s", type_name(I, a[1]));
  if (as_str(a[1])->nbytes)
    I.raise(I.t.TypeError, "unsupported format string passed to %s.__format__", type_name(I, a[0]));
  return sval(str_of(I, a[0]));
}
static Value object_init_subclass(Interp& I, CallArgs& a) { return Value::None(); }
static Value object_get_class(Interp& I, CallArgs& a) { return obj_value(type_of(I, a[0])); }
static Value object_set_class(Interp& I, CallArgs& a) {
  if (!a[1].is_obj() || a[1].obj()->type->layout != Layout::Type)
    I.raise(I.t.TypeError, "__class__ must be set to a class, not '%s' object", type_name(I, a[1]));
  Type* nt = a[1].as<Type>();
  Type* ot = type_of(I, a[0]);
  if (!a[0].is_obj() || !(ot->flags & kTypeHeap) || !(nt->flags & kTypeHeap) || nt->layout != ot->layout)
    I.raise(I.t.TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses");
  a[0].obj()->type = nt;
  return Value::None();
}
static Value object_get_dict(Interp& I, CallArgs& a) {
  Type* t = type_of(I, a[0]);
  if (!a[0].is_obj() || !(t->flags & kTypeInstanceDict))
    I.raise(I.t.AttributeError, "'%s' object has no attribute '__dict__'", t->name->data);
  Object* o = a[0].obj();
  if (!o->attrs) o->attrs = I.dict();
  return obj_value(o->attrs);
}
static Value object_set_dict(Interp& I, CallArgs& a) {
  if (!isinstance(I, a[1], I.t.dict))
    I.raise(I.t.TypeError, "__dict__ must be set to a dictionary, not a '%s'", type_name(I, a[1]));
  a[0].obj()->attrs = a[1].as<Dict>();
  return Value::None();
}
static Value object_dir(Interp& I, CallArgs& a) {
  Dict* seen = I.dict();
  if (a[0].is_obj() && a[0].obj()->attrs)
    for (auto& e : a[0].obj()->attrs->entries)
      if (!e.key.empty()) dict_set(I, seen, e.key, Value::None());
  Type* t = type_of(I, a[0]);
  std::vector<Type*> mro = t->mro;
  if (t->layout == Layout::Type && a[0].is_obj()) mro = a[0].as<Type>()->mro;
  for (Type* m : mro)
    for (auto& e : m->dict->entries)
      if (!e.key.empty()) dict_set(I, seen, e.key, Value::None());
  List* l = I.list();
  for (auto& e : seen->entries)
    if (!e.key.empty()) l->items.push_back(e.key);
  list_sort(I, l, Value(), false);
  return obj_value(l);
}
static Value object_sizeof(Interp& I, CallArgs& a) {
  return Value::small(a[0].is_obj() ? int64_t(a[0].obj()->gc_size) : 28);
}
static Value object_subclasshook(Interp& I, CallArgs& a) { return Value::NotImplemented(); }

static const MethodDef kObjectMethods[] = {
    {"__new__", object_new, kNativeStatic},
    {"__init__", object_init},
    {"__repr__", object_repr},
    {"__str__", object_str},
    {"__eq__", object_eq},
    {"__ne__", object_ne},
    {"__lt__", object_cmp_ni},
    {"__le__", object_cmp_ni},
    {"__gt__", object_cmp_ni},
    {"__ge__", object_cmp_ni},
    {"__hash__", object_hash},
    {"__getattribute__", object_getattribute},
    {"__setattr__", object_setattr},
    {"__delattr__", object_delattr},
    {"__format__", object_format},
    {"__init_subclass__", object_init_subclass, kNativeClassMethod},
    {"__subclasshook__", object_subclasshook, kNativeClassMethod},
    {"__dir__", object_dir},
    {"__reduce_ex__", object_reduce_ex},
    {"__reduce__", object_reduce},
    {"__getstate__", object_getstate},
    {"__sizeof__", object_sizeof},
    {nullptr, nullptr},
};
static const GetSetDef kObjectGetSets[] = {
    {"__class__", object_get_class, object_set_class},
    {nullptr, nullptr},
};
static const GetSetDef kInstanceDictGetSets[] = {
    {"__dict__", object_get_dict, object_set_dict},
    {nullptr, nullptr},
};

// ============================================================================
// type
// ============================================================================

static Type* type_self(Interp& I, Value v) {
  if (!v.is_obj() || v.obj()->type->layout != Layout::Type)
    I.raise(I.t.TypeError, "descriptor requires a 'type' object but received a '%s'", type_name(I, v));
  return v.as<Type>();
}

static Value type_new(Interp& I, CallArgs& a) {
  Type* meta = type_self(I, a[0]);
  uint32_t n = a.npos();
  if (n == 2 && meta == I.t.type) return obj_value(type_of(I, a[1]));
  if (n != 4) I.raise(I.t.TypeError, "type() takes 1 or 3 arguments");
  if (!is_str(I, a[1])) I.raise(I.t.TypeError, "type.__new__() argument 1 must be str, not %s", type_name(I, a[1]));
  if (!a[2].is_obj() || a[2].obj()->type != I.t.tuple)
    I.raise(I.t.TypeError, "type.__new__() argument 2 must be tuple, not %s", type_name(I, a[2]));
  if (!isinstance(I, a[3], I.t.dict))
    I.raise(I.t.TypeError, "type.__new__() argument 3 must be dict, not %s", type_name(I, a[3]));
  Type* t = vm_new_heap_type(I, meta, as_str(a[1]), a[2].as<Tuple>(), a[3].as<Dict>());
  // __init_subclass__ with the class keywords.
  Tuple* kwn = a.kwnames;
  vm_init_subclass(I, t, kwn, kwn ? a.argv + a.npos() : nullptr);
  return obj_value(t);
}
static Value type_init(Interp& I, CallArgs& a) { return Value::None(); }
static Value type_call_m(Interp& I, CallArgs& a) {
  return call_type(I, type_self(I, a[0]), a.argv + 1, a.argc - 1, a.kwnames);
}
static Value type_repr(Interp& I, CallArgs& a) {
  Type* t = type_self(I, a[0]);
  Value mod = dict_get_str(t->dict, I.names->__module__);
  std::string name(t->qualname->view());
  if (!mod.empty() && is_str(I, mod) && as_str(mod)->view() != "builtins")
    name = std::string(as_str(mod)->view()) + "." + name;
  return I.new_str("<class '" + name + "'>");
}
static Value type_mro_m(Interp& I, CallArgs& a) {
  Type* t = type_self(I, a[0]);
  List* l = I.list();
  for (Type* m : t->mro) l->items.push_back(obj_value(m));
  return obj_value(l);
}
static Value type_get_name(Interp& I, CallArgs& a) { return sval(type_self(I, a[0])->name); }
static Value type_set_name(Interp& I, CallArgs& a) {
  Type* t = type_self(I, a[0]);
  if (!is_str(I, a[1]))
    I.raise(I.t.TypeError, "can only assign string to %s.__name__, not '%s'", t->name->data, type_name(I, a[1]));
  t->name = as_str(a[1]);
  return Value::None();
}
static Value type_get_qualname(Interp& I, CallArgs& a) { return sval(type_self(I, a[0])->qualname); }
static Value type_set_qualname(Interp& I, CallArgs& a) {
  type_self(I, a[0])->qualname = as_str(a[1]);
  return Value::None();
}
static Value type_get_mro(Interp& I, CallArgs& a) {
  Type* t = type_self(I, a[0]);
  std::vector<Value> v;
  for (Type* m : t->mro) v.push_back(obj_value(m));
  return obj_value(I.tuple(v.data(), v.size()));
}
static Value type_get_bases(Interp& I, CallArgs& a) { return obj_value(type_self(I, a[0])->bases); }
static Value type_get_base(Interp& I, CallArgs& a) {
  Type* b = type_self(I, a[0])->base;
  return b ? obj_value(b) : Value::None();
}
static Value type_get_dict(Interp& I, CallArgs& a) { return obj_value(dict_copy(I, type_self(I, a[0])->dict)); }
static Value type_get_module(Interp& I, CallArgs& a) {
  Type* t = type_self(I, a[0]);
  Value m = dict_get_str(t->dict, I.names->__module__);
  // A built-in type names its module with a str; `type`'s own dict holds
  // this very getter under the name instead.
  if (m.empty() || (!(t->flags & kTypeHeap) && !is_str(I, m))) return sval(I.intern("builtins"));
  return m;
}
static Value type_set_module(Interp& I, CallArgs& a) {
  dict_set_str(I, type_self(I, a[0])->dict, I.names->__module__, a[1]);
  return Value::None();
}
static Value type_get_doc(Interp& I, CallArgs& a) {
  Value d = dict_get_str(type_self(I, a[0])->dict, I.names->__doc__);
  return d.empty() ? Value::None() : d;
}
static Value type_set_doc(Interp& I, CallArgs& a) {
  Type* t = type_self(I, a[0]);
  if (!(t->flags & kTypeHeap))
    I.raise(I.t.TypeError, "cannot set '__doc__' attribute of immutable type '%s'", t->name->data);
  dict_set_str(I, t->dict, I.names->__doc__, a[1]);
  I.type_epoch++;
  return Value::None();
}
static Value type_get_abstract(Interp& I, CallArgs& a) {
  Value d = dict_get_str(type_self(I, a[0])->dict, I.names->__abstractmethods__);
  if (d.empty()) I.raise(I.t.AttributeError, "__abstractmethods__");
  return d;
}
static Value type_set_abstract(Interp& I, CallArgs& a) {
  Type* t = type_self(I, a[0]);
  dict_set_str(I, t->dict, I.names->__abstractmethods__, a[1]);
  if (truthy(I, a[1]))
    t->flags |= kTypeAbstract;
  else
    t->flags &= ~kTypeAbstract;
  I.type_epoch++;
  return Value::None();
}
static Value type_subclasses(Interp& I, CallArgs& a) {
  Type* t = type_self(I, a[0]);
  List* l = I.list(t->subclasses.size());
  for (Type* sub : t->subclasses) l->items.push_back(obj_value(sub));
  return obj_value(l);
}
static Value type_instancecheck(Interp& I, CallArgs& a) {
  return Value::boolean(isinstance(I, a[1], type_self(I, a[0])));
}
static Value type_subclasscheck(Interp& I, CallArgs& a) {
  return Value::boolean(is_subtype(type_self(I, a[1]), type_self(I, a[0])));
}
static Value type_prepare(Interp& I, CallArgs& a) { return obj_value(I.dict()); }
static Value type_or(Interp& I, CallArgs& a) { return obj_value(I.tuple({a[0], a[1]})); }

static const MethodDef kTypeMethods[] = {
    {"__new__", type_new, kNativeStatic},
    {"__init__", type_init},
    {"__call__", type_call_m},
    {"__repr__", type_repr},
    {"mro", type_mro_m},
    {"__subclasses__", type_subclasses},
    {"__instancecheck__", type_instancecheck},
    {"__subclasscheck__", type_subclasscheck},
    {"__prepare__", type_prepare, kNativeClassMethod},
    {"__or__", type_or},
    {"__ror__", type_or},
    {nullptr, nullptr},
};
static const GetSetDef kTypeGetSets[] = {
    {"__name__", type_get_name, type_set_name},
    {"__qualname__", type_get_qualname, type_set_qualname},
    {"__mro__", type_get_mro},
    {"__bases__", type_get_bases},
    {"__base__", type_get_base},
    {"__dict__", type_get_dict},
    {"__module__", type_get_module, type_set_module},
    {"__doc__", type_get_doc, type_set_doc},
    {"__abstractmethods__", type_get_abstract, type_set_abstract},
    {nullptr, nullptr},
};

// ============================================================================
// function, method, builtin_function
// ============================================================================

static Value func_repr(Interp& I, CallArgs& a) {
  Func* f = a[0].as<Func>();
  return I.new_str("<function " + std::string(f->qualname->view()) + " at " + addr(f) + ">");
}
static Value func_get(Interp& I, CallArgs& a) {
  if (a.argc < 2 || a[1].is_none()) return a[0];
  BoundMethod* m = I.make<BoundMethod>(I.t.method);
  m->func = a[0];
  m->self = a[1];
  return obj_value(m);
}
static Value func_get_name(Interp& I, CallArgs& a) { return sval(a[0].as<Func>()->name); }
static Value func_set_name(Interp& I, CallArgs& a) {
  if (!is_str(I, a[1])) I.raise(I.t.TypeError, "__name__ must be set to a string object");
  a[0].as<Func>()->name = as_str(a[1]);
  return Value::None();
}
static Value func_get_qualname(Interp& I, CallArgs& a) { return sval(a[0].as<Func>()->qualname); }
static Value func_set_qualname(Interp& I, CallArgs& a) {
  if (!is_str(I, a[1])) I.raise(I.t.TypeError, "__qualname__ must be set to a string object");
  a[0].as<Func>()->qualname = as_str(a[1]);
  return Value::None();
}
static Value func_get_doc(Interp& I, CallArgs& a) { return a[0].as<Func>()->doc; }
static Value func_set_doc(Interp& I, CallArgs& a) {
  a[0].as<Func>()->doc = a[1];
  return Value::None();
}
static Value func_get_module(Interp& I, CallArgs& a) { return a[0].as<Func>()->module; }
static Value func_set_module(Interp& I, CallArgs& a) {
  a[0].as<Func>()->module = a[1];
  return Value::None();
}
static Value func_get_defaults(Interp& I, CallArgs& a) {
  Tuple* d = a[0].as<Func>()->defaults;
  return d ? obj_value(d) : Value::None();
}
static Value func_set_defaults(Interp& I, CallArgs& a) {
  if (!a[1].is_none() && !(a[1].is_obj() && a[1].obj()->type->layout == Layout::Tuple))
    I.raise(I.t.TypeError, "__defaults__ must be set to a tuple object");
  a[0].as<Func>()->defaults = a[1].is_none() ? nullptr : a[1].as<Tuple>();
  return Value::None();
}
static Value func_get_kwdefaults(Interp& I, CallArgs& a) {
  Dict* d = a[0].as<Func>()->kwdefaults;
  return d ? obj_value(d) : Value::None();
}
static Value func_set_kwdefaults(Interp& I, CallArgs& a) {
  if (!a[1].is_none() && !(a[1].is_obj() && a[1].obj()->type->layout == Layout::Dict))
    I.raise(I.t.TypeError, "__kwdefaults__ must be set to a dict object");
  a[0].as<Func>()->kwdefaults = a[1].is_none() ? nullptr : a[1].as<Dict>();
  return Value::None();
}
static Value func_get_globals(Interp& I, CallArgs& a) { return obj_value(a[0].as<Func>()->globals); }
static Value func_get_code(Interp& I, CallArgs& a) { return obj_value(a[0].as<Func>()->code); }
static Value func_get_closure(Interp& I, CallArgs& a) {
  Tuple* c = a[0].as<Func>()->closure;
  return c ? obj_value(c) : Value::None();
}
static Value func_get_dict(Interp& I, CallArgs& a) {
  Object* o = a[0].obj();
  if (!o->attrs) o->attrs = I.dict();
  return obj_value(o->attrs);
}
static Value func_set_dict(Interp& I, CallArgs& a) {
  if (!(a[1].is_obj() && a[1].obj()->type->layout == Layout::Dict))
    I.raise(I.t.TypeError, "__dict__ must be set to a dictionary, not a '%s'", type_name(I, a[1]));
  a[0].obj()->attrs = a[1].as<Dict>();
  return Value::None();
}
static Value func_set_annotations(Interp& I, CallArgs& a) {
  // None resets to a fresh dict on the next read, as CPython.
  if (!a[1].is_none() && !(a[1].is_obj() && a[1].obj()->type->layout == Layout::Dict))
    I.raise(I.t.TypeError, "__annotations__ must be set to a dict object");
  Object* o = a[0].obj();
  if (!o->attrs) o->attrs = I.dict();
  if (a[1].is_none())
    dict_del_str(I, o->attrs, I.names->__annotations__);
  else
    dict_set_str(I, o->attrs, I.names->__annotations__, a[1]);
  return Value::None();
}
static Value func_get_annotations(Interp& I, CallArgs& a) {
  Object* o = a[0].obj();
  if (!o->attrs) o->attrs = I.dict();
  Value v = dict_get_str(o->attrs, I.names->__annotations__);
  if (v.empty()) {
    v = obj_value(I.dict());
    dict_set_str(I, o->attrs, I.names->__annotations__, v);
  }
  return v;
}

static Value method_repr(Interp& I, CallArgs& a) {
  BoundMethod* m = a[0].as<BoundMethod>();
  Value qn = getattr_opt(I, m->func, I.names->__qualname__);
  std::string name = qn.empty() ? "?" : std::string(str_of(I, qn)->view());
  return I.new_str("<bound method " + name + " of " + repr_string(I, m->self) + ">");
}
static Value method_get_func(Interp& I, CallArgs& a) { return a[0].as<BoundMethod>()->func; }
static Value method_get_self(Interp& I, CallArgs& a) { return a[0].as<BoundMethod>()->self; }
static Value method_get_name(Interp& I, CallArgs& a) {
  return getattr(I, a[0].as<BoundMethod>()->func, I.names->__name__);
}
static Value method_get_qualname(Interp& I, CallArgs& a) {
  return getattr(I, a[0].as<BoundMethod>()->func, I.names->__qualname__);
}
static Value method_get_doc(Interp& I, CallArgs& a) {
  return getattr(I, a[0].as<BoundMethod>()->func, I.names->__doc__);
}
static Value method_eq(Interp& I, CallArgs& a) {
  if (!a[1].is_obj() || a[1].obj()->type != I.t.method) return Value::NotImplemented();
  BoundMethod* x = a[0].as<BoundMethod>();
  BoundMethod* y = a[1].as<BoundMethod>();
  return Value::boolean(x->func == y->func && x->self == y->self);
}
static Value method_reduce(Interp& I, CallArgs& a) {  // getattr(self, name), as CPython's
  BoundMethod* m = a[0].as<BoundMethod>();
  Value ga = getattr(I, obj_value(I.builtins), I.intern("getattr"));
  return obj_value(I.tuple({ga, obj_value(I.tuple({m->self, getattr(I, m->func, I.names->__name__)}))}));
}
static Value method_hash(Interp& I, CallArgs& a) {
  BoundMethod* m = a[0].as<BoundMethod>();
  return I.new_int(int64_t((m->func.bits() ^ m->self.bits()) >> 4));
}

static Value native_repr(Interp& I, CallArgs& a) {
  NativeFunc* f = a[0].as<NativeFunc>();
  if (f->self.empty() || (f->self.is_obj() && f->self.obj()->type == I.t.module))
    return I.new_str("<built-in function " + std::string(f->name->view()) + ">");
  return I.new_str("<built-in method " + std::string(f->name->view()) + " of " + type_name(I, f->self) +
                   " object at " + addr(f->self.is_obj() ? static_cast<const void*>(f->self.obj()) : nullptr) + ">");
}
static Value native_get_name(Interp& I, CallArgs& a) { return sval(a[0].as<NativeFunc>()->name); }
static Value native_get_qualname(Interp& I, CallArgs& a) { return sval(a[0].as<NativeFunc>()->qualname); }
static Value native_get_self(Interp& I, CallArgs& a) {
  Value s = a[0].as<NativeFunc>()->self;
  return s.empty() ? Value::None() : s;
}
static Value native_get_doc(Interp& I, CallArgs& a) {
  const char* d = a[0].as<NativeFunc>()->doc;
  return d ? I.new_str(d) : Value::None();
}
static Value native_get(Interp& I, CallArgs& a) {
  if (a.argc < 2 || a[1].is_none()) return a[0];
  return descr_get(I, a[0], a[1], a.argc > 2 ? a[2] : Value());
}
static Value native_get_module(Interp& I, CallArgs& a) {
  Value m = a[0].as<NativeFunc>()->module;
  return m.empty() ? sval(I.intern("builtins")) : m;
}
// Pickled by name: a module's function as the global it is, a method bound
// to an object as getattr(obj, name) (CPython's meth_reduce).
static Value native_reduce(Interp& I, CallArgs& a) {
  NativeFunc* f = a[0].as<NativeFunc>();
  if (f->self.empty() || (f->self.is_obj() && f->self.obj()->type == I.t.module)) return sval(f->name);
  Value ga = getattr(I, obj_value(I.builtins), I.intern("getattr"));
  return obj_value(I.tuple({ga, obj_value(I.tuple({f->self, sval(f->name)}))}));
}

// ============================================================================
// property, classmethod, staticmethod
// ============================================================================

static Value property_new(Interp& I, CallArgs& a) {
  Property* p = I.make<Property>(a[0].as<Type>());
  p->fget = p->fset = p->fdel = p->doc = Value::None();
  return obj_value(p);
}
static Value property_init(Interp& I, CallArgs& a) {
  static const ArgSpec specs[] = {{"fget", Value::None()}, {"fset", Value::None()}, {"fdel", Value::None()},
                                  {"doc", Value::None()}};
  Value v[4];
  parse_args(I, a, "property", specs, v, 1);
  Property* p = a[0].as<Property>();
  p->fget = v[0];
  p->fset = v[1];
  p->fdel = v[2];
  p->doc = v[3];
  if (p->doc.is_none() && !p->fget.is_none()) {
    Value d = getattr_opt(I, p->fget, I.names->__doc__);
    if (!d.empty()) p->doc = d;
  }
  return Value::None();
}
static Value property_copy(Interp& I, Property* src, Value fget, Value fset, Value fdel) {
  Property* p = I.make<Property>(src->type);
  p->fget = fget;
  p->fset = fset;
  p->fdel = fdel;
  p->doc = src->doc;
  if (src->attrs) p->attrs = dict_copy(I, src->attrs);
  return obj_value(p);
}
static Value property_getter(Interp& I, CallArgs& a) {
  Property* p = a[0].as<Property>();
  return property_copy(I, p, a[1], p->fset, p->fdel);
}
static Value property_setter(Interp& I, CallArgs& a) {
  Property* p = a[0].as<Property>();
  return property_copy(I, p, p->fget, a[1], p->fdel);
}
static Value property_deleter(Interp& I, CallArgs& a) {
  Property* p = a[0].as<Property>();
  return property_copy(I, p, p->fget, p->fset, a[1]);
}
static Value property_get(Interp& I, CallArgs& a) {
  if (a.argc < 2 || a[1].is_none()) return a[0];
  Property* p = a[0].as<Property>();
  if (p->fget.is_none()) I.raise(I.t.AttributeError, "unreadable attribute");
  return call1(I, p->fget, a[1]);
}
static Value property_set(Interp& I, CallArgs& a) {
  Property* p = a[0].as<Property>();
  if (p->fset.is_none()) I.raise(I.t.AttributeError, "can't set attribute");
  call2(I, p->fset, a[1], a[2]);
  return Value::None();
}
static Value property_delete(Interp& I, CallArgs& a) {
  Property* p = a[0].as<Property>();
  if (p->fdel.is_none()) I.raise(I.t.AttributeError, "can't delete attribute");
  call1(I, p->fdel, a[1]);
  return Value::None();
}
static Value property_get_fget(Interp& I, CallArgs& a) { return a[0].as<Property>()->fget; }
static Value property_get_fset(Interp& I, CallArgs& a) { return a[0].as<Property>()->fset; }
static Value property_get_fdel(Interp& I, CallArgs& a) { return a[0].as<Property>()->fdel; }
static Value property_get_doc(Interp& I, CallArgs& a) { return a[0].as<Property>()->doc; }

static Value cm_new(Interp& I, CallArgs& a) {
  if (a.npos() != 2) I.raise(I.t.TypeError, "%s expected 1 argument, got %u", a[0].as<Type>()->name->data, a.npos() - 1);
  ClassMethod* c = I.make<ClassMethod>(a[0].as<Type>());
  c->func = a[1];
  return obj_value(c);
}
static Value cm_init(Interp& I, CallArgs& a) { return Value::None(); }
static Value cm_get_func(Interp& I, CallArgs& a) { return a[0].as<ClassMethod>()->func; }
static Value cm_get(Interp& I, CallArgs& a) {
  Value owner = a.argc > 2 && !a[2].is_none() ? a[2] : obj_value(type_of(I, a[1]));
  return descr_get(I, a[0], a[1].is_none() ? Value() : a[1], owner);
}
static Value sm_call(Interp& I, CallArgs& a) {
  return call(I, a[0].as<ClassMethod>()->func, a.argv + 1, a.argc - 1, a.kwnames);
}
static Value cm_get_dict(Interp& I, CallArgs& a) { return func_get_dict(I, a); }
static Value cm_getattr_wrapped(Interp& I, CallArgs& a) {
  return getattr_opt(I, a[0].as<ClassMethod>()->func, I.names->__name__);
}
static Value cm_get_doc(Interp& I, CallArgs& a) {
  Value d = getattr_opt(I, a[0].as<ClassMethod>()->func, I.names->__doc__);
  return d.empty() ? Value::None() : d;
}

// ============================================================================
// super
// ============================================================================

static Value super_new(Interp& I, CallArgs& a) {
  SuperObj* s = I.make<SuperObj>(a[0].as<Type>());
  return obj_value(s);
}
static Value super_init(Interp& I, CallArgs& a) {
  SuperObj* s = a[0].as<SuperObj>();
  Value type_v, obj;
  uint32_t n = a.npos() - 1;
  if (n == 0) {
    // Zero-argument form: the calling frame's first argument and its __class__ cell.
    Frame* f = I.current ? I.current->top : nullptr;
    if (!f || !f->func) I.raise(I.t.RuntimeError, "super(): no arguments");
    Code* co = f->code;
    if (co->argcount == 0 && !(co->flags & lang::kCoVarArgs)) I.raise(I.t.RuntimeError, "super(): no arguments");
    obj = f->slots[0];
    if (obj.empty()) {
      // the first argument may have been moved into a cell
      for (int i = 0; i < co->ncells; i++)
        if (co->cell2arg[i] == 0) obj = f->cells()[i].as<Cell>()->v;
    }
    if (obj.empty()) I.raise(I.t.RuntimeError, "super(): arg[0] deleted");
    for (int i = 0; i < co->nfree; i++) {
      if (co->freevars[i]->view() == "__class__") {
        type_v = f->cells()[co->ncells + i].as<Cell>()->v;
        break;
      }
    }
    if (type_v.empty()) I.raise(I.t.RuntimeError, "super(): __class__ cell not found");
  } else {
    type_v = a[1];
    obj = n > 1 ? a[2] : Value();
  }
  if (!type_v.is_obj() || type_v.obj()->type->layout != Layout::Type)
    I.raise(I.t.TypeError, "super() argument 1 must be a type, not %s", type_name(I, type_v));
  s->this_type = type_v.as<Type>();
  s->obj = obj;
  if (!obj.empty()) {
    if (obj.is_obj() && obj.obj()->type->layout == Layout::Type && is_subtype(obj.as<Type>(), s->this_type))
      s->obj_type = obj.as<Type>();
    else if (is_subtype(type_of(I, obj), s->this_type))
      s->obj_type = type_of(I, obj);
    else
      I.raise(I.t.TypeError, "super(type, obj): obj must be an instance or subtype of type");
  }
  return Value::None();
}
static Value super_getattribute(Interp& I, CallArgs& a) {
  SuperObj* s = a[0].as<SuperObj>();
  Str* name = as_str(a[1]);
  if (s->obj_type && name->view() != "__class__") {
    auto& mro = s->obj_type->mro;
    size_t i = 0;
    while (i < mro.size() && mro[i] != s->this_type) i++;
    for (i++; i < mro.size(); i++) {
      Value v = dict_get_str(mro[i]->dict, name);
      if (v.empty()) continue;
      Value inst = s->obj == obj_value(s->obj_type) ? Value() : s->obj;
      if (v.is_obj() && v.obj()->type == I.t.classmethod) return descr_get(I, v, inst, obj_value(s->obj_type));
      if (inst.empty() && v.is_obj() && v.obj()->type == I.t.staticmethod) return v.as<ClassMethod>()->func;
      if (inst.empty()) return v;
      return descr_get(I, v, inst, obj_value(s->obj_type));
    }
  }
  return generic_getattr(I, a[0], name, true);
}
static Value super_repr(Interp& I, CallArgs& a) {
  SuperObj* s = a[0].as<SuperObj>();
  return I.new_str("<super: <class '" + std::string(s->this_type->name->view()) + "'>, " +
                   (s->obj_type ? "<" + std::string(s->obj_type->name->view()) + " object>" : "NULL") + ">");
}

// ============================================================================
// module, cell, code, NoneType, NotImplemented, Ellipsis, iterator
// ============================================================================

Module* Interp::new_module(std::string_view name) {
  Module* m = make<Module>(t.module);
  m->dict = dict();
  m->attrs = m->dict;
  m->name = intern(name);
  dict_set_str(*this, m->dict, names->__name__, sval(m->name));
  dict_set_str(*this, m->dict, names->__doc__, Value::None());
  dict_set_str(*this, m->dict, names->__package__, Value::None());
  dict_set_str(*this, m->dict, names->__spec__, Value::None());
  dict_set_str(*this, m->dict, names->__loader__, Value::None());
  return m;
}

static Value alloc_module(Interp& I, Type* t) {
  Module* m = I.make<Module>(t);
  m->dict = I.dict();
  m->attrs = m->dict;
  m->name = I.intern("?");
  return obj_value(m);
}
static Value module_init(Interp& I, CallArgs& a) {
  Module* m = a[0].as<Module>();
  if (a.npos() < 2 || !is_str(I, a[1])) I.raise(I.t.TypeError, "module.__init__() argument 'name' must be str");
  m->name = as_str(a[1]);
  dict_set_str(I, m->dict, I.names->__name__, a[1]);
  dict_set_str(I, m->dict, I.names->__doc__, a.npos() > 2 ? a[2] : Value::None());
  return Value::None();
}
static Value module_repr(Interp& I, CallArgs& a) {
  Module* m = a[0].as<Module>();
  Value f = dict_get_str(m->dict, I.names->__file__);
  Value n = dict_get_str(m->dict, I.names->__name__);
  std::string name = n.empty() ? "?" : std::string(str_of(I, n)->view());
  if (!f.empty() && is_str(I, f))
    return I.new_str("<module '" + name + "' from '" + std::string(as_str(f)->view()) + "'>");
  return I.new_str("<module '" + name + "' (built-in)>");
}
static Value module_dir(Interp& I, CallArgs& a) {
  List* l = I.list();
  for (auto& e : a[0].as<Module>()->dict->entries)
    if (!e.key.empty()) l->items.push_back(e.key);
  list_sort(I, l, Value(), false);
  return obj_value(l);
}
static Value cell_get_contents(Interp& I, CallArgs& a) {
  Value v = a[0].as<Cell>()->v;
  if (v.empty()) I.raise(I.t.ValueError, "Cell is empty");
  return v;
}
static Value code_get_name(Interp& I, CallArgs& a) { return sval(a[0].as<Code>()->name); }
static Value code_get_filename(Interp& I, CallArgs& a) { return sval(a[0].as<Code>()->filename); }
static Value code_get_firstlineno(Interp& I, CallArgs& a) { return Value::small(a[0].as<Code>()->firstlineno); }
static Value code_get_argcount(Interp& I, CallArgs& a) { return Value::small(a[0].as<Code>()->argcount); }
static Value code_get_flags(Interp& I, CallArgs& a) { return Value::small(a[0].as<Code>()->flags); }
static Value code_get_varnames(Interp& I, CallArgs& a) {
  Code* c = a[0].as<Code>();
  std::vector<Value> v;
  for (Str* s : c->varnames) v.push_back(sval(s));
  return obj_value(I.tuple(v.data(), v.size()));
}
static Value code_get_qualname(Interp& I, CallArgs& a) { return sval(a[0].as<Code>()->qualname); }

static Value none_repr(Interp& I, CallArgs& a) { return I.new_str("None"); }
static Value none_bool(Interp& I, CallArgs& a) { return Value::False(); }
static Value none_new(Interp& I, CallArgs& a) {
  if (a.argc > 1) I.raise(I.t.TypeError, "NoneType takes no arguments");
  return Value::None();
}
static Value ni_repr(Interp& I, CallArgs& a) { return I.new_str("NotImplemented"); }
static Value ellipsis_repr(Interp& I, CallArgs& a) { return I.new_str("Ellipsis"); }
static Value const_hash(Interp& I, CallArgs& a) { return I.new_int(int64_t(a[0].bits() * 0x9E3779B97F4A7C15ull >> 4)); }

static Value iterator_iter(Interp& I, CallArgs& a) { return a[0]; }
static Value iterator_next(Interp& I, CallArgs& a) {
  IterObj* it = a[0].as<IterObj>();
  Value v = it->next(I, it);
  if (v.empty()) {
    Value e = I.new_exception(I.t.StopIteration, "");
    if (!it->retval.empty()) {
      e.as<ExceptionObj>()->args = I.tuple({it->retval});
      e.as<ExceptionObj>()->value = it->retval;
      it->retval = Value();
    }
    I.raise_value(e);
  }
  return v;
}

// f.__call__(*args, **kw): calls go through the eval loop's fast paths; this
// entry exists for code that looks for __call__ (collections.abc.Callable).
static Value callable_call(Interp& I, CallArgs& a) {
  return call(I, a[0], a.argv + 1, a.argc - 1, a.kwnames);
}
static const MethodDef kFunctionMethods[] = {
    {"__repr__", func_repr}, {"__get__", func_get}, {"__call__", callable_call}, {nullptr, nullptr}};
static const GetSetDef kFunctionGetSets[] = {
    {"__name__", func_get_name, func_set_name},
    {"__qualname__", func_get_qualname, func_set_qualname},
    {"__doc__", func_get_doc, func_set_doc},
    {"__module__", func_get_module, func_set_module},
    {"__defaults__", func_get_defaults, func_set_defaults},
    {"__kwdefaults__", func_get_kwdefaults, func_set_kwdefaults},
    {"__globals__", func_get_globals},
    {"__code__", func_get_code},
    {"__closure__", func_get_closure},
    {"__dict__", func_get_dict, func_set_dict},
    {"__annotations__", func_get_annotations, func_set_annotations},
    {nullptr, nullptr},
};
// types.MethodType(func, obj)
static Value method_new(Interp& I, CallArgs& a) {
  check_no_kwargs(I, a, "method");
  if (a.npos() != 3) I.raise(I.t.TypeError, "method expected 2 arguments, got %u", a.npos() - 1);
  if (!is_callable(I, a[1])) I.raise(I.t.TypeError, "first argument must be callable");
  if (a[2].is_none()) I.raise(I.t.TypeError, "instance must not be None");
  BoundMethod* m = I.make<BoundMethod>(I.t.method);
  m->func = a[1];
  m->self = a[2];
  return obj_value(m);
}

static const MethodDef kMethodMethods[] = {
    {"__new__", method_new, kNativeStatic}, {"__repr__", method_repr}, {"__eq__", method_eq}, {"__hash__", method_hash},
    {"__reduce__", method_reduce}, {"__call__", callable_call}, {nullptr, nullptr}};
static const GetSetDef kMethodGetSets[] = {
    {"__func__", method_get_func}, {"__self__", method_get_self}, {"__name__", method_get_name},
    {"__qualname__", method_get_qualname}, {"__doc__", method_get_doc}, {nullptr, nullptr}};
static const MethodDef kNativeMethods[] = {
    {"__repr__", native_repr}, {"__get__", native_get}, {"__call__", callable_call},
    {"__reduce__", native_reduce}, {nullptr, nullptr}};
static const GetSetDef kNativeGetSets[] = {
    {"__name__", native_get_name}, {"__qualname__", native_get_qualname}, {"__self__", native_get_self},
    {"__doc__", native_get_doc}, {"__module__", native_get_module}, {nullptr, nullptr}};
static const MethodDef kPropertyMethods[] = {
    {"__new__", property_new, kNativeStatic}, {"__init__", property_init}, {"getter", property_getter},
    {"setter", property_setter}, {"deleter", property_deleter}, {"__get__", property_get},
    {"__set__", property_set}, {"__delete__", property_delete}, {nullptr, nullptr}};
static const GetSetDef kPropertyGetSets[] = {
    {"fget", property_get_fget}, {"fset", property_get_fset}, {"fdel", property_get_fdel},
    {"__doc__", property_get_doc}, {nullptr, nullptr}};
static const MethodDef kClassMethodMethods[] = {
    {"__new__", cm_new, kNativeStatic}, {"__init__", cm_init}, {"__get__", cm_get}, {nullptr, nullptr}};
static const MethodDef kStaticMethodMethods[] = {
    {"__new__", cm_new, kNativeStatic}, {"__init__", cm_init}, {"__get__", cm_get}, {"__call__", sm_call},
    {nullptr, nullptr}};
static const GetSetDef kClassMethodGetSets[] = {
    {"__func__", cm_get_func}, {"__wrapped__", cm_get_func}, {"__dict__", cm_get_dict},
    {"__doc__", cm_get_doc}, {"__name__", cm_getattr_wrapped}, {nullptr, nullptr}};
static const MethodDef kSuperMethods[] = {
    {"__new__", super_new, kNativeStatic}, {"__init__", super_init},
    {"__getattribute__", super_getattribute}, {"__repr__", super_repr}, {nullptr, nullptr}};
static const MethodDef kModuleMethods[] = {
    {"__init__", module_init}, {"__repr__", module_repr}, {"__dir__", module_dir}, {nullptr, nullptr}};
static const GetSetDef kCellGetSets[] = {{"cell_contents", cell_get_contents}, {nullptr, nullptr}};
static const GetSetDef kCodeGetSets[] = {
    {"co_name", code_get_name}, {"co_filename", code_get_filename}, {"co_firstlineno", code_get_firstlineno},
    {"co_argcount", code_get_argcount}, {"co_flags", code_get_flags}, {"co_varnames", code_get_varnames},
    {"co_qualname", code_get_qualname}, {nullptr, nullptr}};
static const MethodDef kNoneMethods[] = {
    {"__repr__", none_repr}, {"__bool__", none_bool}, {"__new__", none_new, kNativeStatic},
    {"__hash__", const_hash}, {nullptr, nullptr}};
// __reduce__ names the singleton: pickle saves it as the global builtins.X.
static const MethodDef kNotImplementedMethods[] = {
    {"__repr__", ni_repr}, {"__hash__", const_hash}, {"__reduce__", ni_repr}, {nullptr, nullptr}};
static const MethodDef kEllipsisMethods[] = {
    {"__repr__", ellipsis_repr}, {"__hash__", const_hash}, {"__reduce__", ellipsis_repr}, {nullptr, nullptr}};
static const MethodDef kIteratorMethods[] = {
    {"__iter__", iterator_iter}, {"__next__", iterator_next}, {nullptr, nullptr}};

void init_type_object(Interp& I) {
  I.t.object->alloc = alloc_plain;
  add_methods(I, I.t.object, kObjectMethods);
  add_getsets(I, I.t.object, kObjectGetSets);
  add_methods(I, I.t.type, kTypeMethods);
  add_getsets(I, I.t.type, kTypeGetSets);
  I.t.module->alloc = alloc_module;
}

void init_func(Interp& I) {
  add_methods(I, I.t.function, kFunctionMethods);
  add_getsets(I, I.t.function, kFunctionGetSets);
  add_methods(I, I.t.method, kMethodMethods);
  add_getsets(I, I.t.method, kMethodGetSets);
  add_methods(I, I.t.builtin_function, kNativeMethods);
  add_getsets(I, I.t.builtin_function, kNativeGetSets);
  add_methods(I, I.t.property, kPropertyMethods);
  add_getsets(I, I.t.property, kPropertyGetSets);
  add_methods(I, I.t.classmethod, kClassMethodMethods);
  add_getsets(I, I.t.classmethod, kClassMethodGetSets);
  add_methods(I, I.t.staticmethod, kStaticMethodMethods);
  add_getsets(I, I.t.staticmethod, kClassMethodGetSets);
  add_methods(I, I.t.super_, kSuperMethods);
  add_methods(I, I.t.module, kModuleMethods);
  add_getsets(I, I.t.cell, kCellGetSets);
  add_getsets(I, I.t.code, kCodeGetSets);
  add_methods(I, I.t.NoneType, kNoneMethods);
  add_methods(I, I.t.NotImplementedType, kNotImplementedMethods);
  add_methods(I, I.t.ellipsis, kEllipsisMethods);
  add_methods(I, I.t.iterator, kIteratorMethods);
  // Heap-type instances expose __dict__; register it on object lookups through
  // a getset found only for types with instance dicts (checked in the getter).
  add_getsets(I, I.t.object, kInstanceDictGetSets);
  vm_update_type_flags(I, I.t.super_);
}

}  // namespace il
