// type.cpp — type objects, `object`, attribute lookup and descriptors,
// class creation (type.__new__, __build_class__, C3 MRO) and super().
#include <algorithm>
#include <cstdio>
#include <cstring>

#include "objects/containers.h"
#include "objects/str.h"
#include "vm/frame.h"
#include "vm/ops.h"
#include "vm/vm.h"

namespace il {

// ============================================================================
// Registration helpers
// ============================================================================

void Type::trace(Tracer& t) {
  t.visit(name);
  t.visit(qualname);
  t.visit(base);
  t.visit(bases);
  t.visit(dict);
  for (Type* m : mro) t.visit(m);
  for (Type* s : subclasses) t.visit(s);
}

Type* new_builtin_type(Interp& I, const char* name, Type* base, Layout layout, uint32_t flags) {
  Type* t = I.make<Type>(I.t.type);
  t->name = I.intern(name);
  t->qualname = t->name;
  t->base = base;
  t->layout = layout;
  t->flags = flags;
  t->dict = I.dict();
  t->bases = base ? I.tuple({obj_value(base)}) : I.tuple(size_t(0));
  t->mro.push_back(t);
  if (base) {
    for (Type* m : base->mro) t->mro.push_back(m);
    t->alloc = base->alloc;
    if (base->flags & kTypeIsException) t->flags |= kTypeIsException;
  }
  dict_set_str(I, t->dict, I.names->__module__, sval(I.intern("builtins")));
  return t;
}

NativeFunc* new_native(Interp& I, const char* name, NativeFn fn, Value self, uint8_t flags) {
  NativeFunc* f = I.make<NativeFunc>(I.t.builtin_function);
  f->fn = fn;
  f->name = I.intern(name);
  f->qualname = f->name;
  f->self = self;
  f->flags = flags;
  return f;
}

void add_methods(Interp& I, Type* t, std::span<const MethodDef> defs) {
  for (const MethodDef& d : defs) {
    if (!d.name) break;
    NativeFunc* f = new_native(I, d.name, d.fn, Value(), d.flags);
    f->owner = t;
    f->doc = d.doc;
    std::string qn = std::string(t->name->view()) + "." + d.name;
    f->qualname = I.str(qn);
    Value v = obj_value(f);
    if (d.flags & kNativeClassMethod) {
      ClassMethod* cm = I.make<ClassMethod>(I.t.classmethod);
      cm->func = v;
      v = obj_value(cm);
      f->flags = kNativeMethod;
    } else if (d.flags & kNativeStatic) {
      if (std::strcmp(d.name, "__new__") != 0) {
        ClassMethod* sm = I.make<ClassMethod>(I.t.staticmethod);
        sm->func = v;
        v = obj_value(sm);
      }
      f->flags = 0;
    }
    dict_set_str(I, t->dict, I.intern(d.name), v);
  }
  I.type_epoch++;
}

void add_getsets(Interp& I, Type* t, std::span<const GetSetDef> defs) {
  for (const GetSetDef& d : defs) {
    if (!d.name) break;
    Property* p = I.make<Property>(I.t.property);
    p->fget = obj_value(new_native(I, d.name, d.get, Value(), kNativeMethod));
    if (d.set) p->fset = obj_value(new_native(I, d.name, d.set, Value(), kNativeMethod));
    p->doc = Value::None();
    dict_set_str(I, t->dict, I.intern(d.name), obj_value(p));
  }
  I.type_epoch++;
}

void add_functions(Interp& I, Module* m, std::span<const MethodDef> defs) {
  for (const MethodDef& d : defs) {
    if (!d.name) break;
    NativeFunc* f = new_native(I, d.name, d.fn, Value(), 0);
    f->doc = d.doc;
    if (m->name) f->module = sval(m->name);
    dict_set_str(I, m->dict, I.intern(d.name), obj_value(f));
  }
}

void set_attr_str(Interp& I, Module* m, const char* name, Value v) { dict_set_str(I, m->dict, I.intern(name), v); }

void type_set(Interp& I, Type* t, const char* name, Value v) {
  dict_set_str(I, t->dict, I.intern(name), v);
  I.type_epoch++;
}

// ============================================================================
// Lookup
// ============================================================================

bool is_subtype(Type* a, Type* b) {
  if (a == b) return true;
  for (Type* m : a->mro)
    if (m == b) return true;
  return false;
}

bool isinstance(Interp& I, Value v, Type* t) { return is_subtype(type_of(I, v), t); }

Value type_lookup(Type* t, Str* name) {
  for (Type* m : t->mro) {
    Value v = dict_get_str(m->dict, name);
    if (!v.empty()) return v;
  }
  return Value();
}

Value type_lookup(Interp& I, Type* t, std::string_view name) { return type_lookup(t, I.intern(name)); }

Value type_lookup_cached(Interp& I, Type* t, Str* name) {
  size_t h = ((reinterpret_cast<uintptr_t>(t) >> 4) ^ (reinterpret_cast<uintptr_t>(name) >> 3)) & (kMethodCacheSize - 1);
  MethodCacheEntry& e = I.vm->mcache[h];
  if (e.type == t && e.name == name && e.epoch == I.type_epoch) return e.value;
  Value v = type_lookup(t, name);
  e.type = t;
  e.name = name;
  e.epoch = I.type_epoch;
  e.value = v;
  return v;
}

const char* type_name(Interp& I, Value v) { return type_of(I, v)->name->data; }

// ============================================================================
// Attribute access
// ============================================================================

static bool is_data_descriptor(Interp& I, Value d) {
  if (!d.is_obj()) return false;
  Type* dt = d.obj()->type;
  if (dt == I.t.property) return true;
  if (dt == I.t.function || dt == I.t.builtin_function || dt == I.t.classmethod || dt == I.t.staticmethod)
    return false;
  if (!(dt->flags & kTypeHeap)) return false;
  return !type_lookup_cached(I, dt, I.names->__set__).empty() ||
         !type_lookup_cached(I, dt, I.names->__delete__).empty();
}

// Binds a descriptor found on a type to an instance (or to None for class access).
Value descr_get(Interp& I, Value descr, Value obj, Value owner) {
  if (!descr.is_obj()) return descr;
  Object* d = descr.obj();
  Type* dt = d->type;
  if (dt == I.t.function) {
    if (obj.empty() || obj.is_none()) return descr;
    BoundMethod* m = I.make<BoundMethod>(I.t.method);
    m->func = descr;
    m->self = obj;
    return obj_value(m);
  }
  if (dt == I.t.builtin_function) {
    auto* f = static_cast<NativeFunc*>(d);
    if (!(f->flags & kNativeMethod) || !f->self.empty() || obj.empty() || obj.is_none()) return descr;
    NativeFunc* b = I.make<NativeFunc>(I.t.builtin_function);
    b->fn = f->fn;
    b->name = f->name;
    b->qualname = f->qualname;
    b->self = obj;
    b->data = f->data;
    b->owner = f->owner;
    b->doc = f->doc;
    b->flags = f->flags;
    return obj_value(b);
  }
  if (dt == I.t.classmethod) {
    Value cls = owner.empty() ? obj_value(type_of(I, obj)) : owner;
    BoundMethod* m = I.make<BoundMethod>(I.t.method);
    m->func = static_cast<ClassMethod*>(d)->func;
    m->self = cls;
    return obj_value(m);
  }
  if (dt == I.t.staticmethod) return static_cast<ClassMethod*>(d)->func;
  if (dt == I.t.property) {
    if (obj.empty() || obj.is_none()) return descr;
    auto* p = static_cast<Property*>(d);
    if (p->fget.empty() || p->fget.is_none()) {
      I.raise(I.t.AttributeError, "property '%s' of '%s' object has no getter", "?", type_name(I, obj));
    }
    return call1(I, p->fget, obj);
  }
  if (dt->flags & kTypeHeap) {
    Value get = type_lookup_cached(I, dt, I.names->__get__);
    if (!get.empty()) {
      Value args[3] = {descr, obj.empty() ? Value::None() : obj, owner.empty() ? obj_value(type_of(I, obj)) : owner};
      return call(I, get, args, 3);
    }
  }
  return descr;
}

[[noreturn]] static void raise_no_attr(Interp& I, Value obj, Str* name) {
  Type* t = type_of(I, obj);
  if (t == I.t.module || is_subtype(t, I.t.module)) {
    auto* m = obj.as<Module>();
    Value n = m->dict ? dict_get_str(m->dict, I.names->__name__) : Value();
    if (!n.empty() && is_str(I, n))
      I.raise(I.t.AttributeError, "module '%s' has no attribute '%s'", as_str(n)->data, name->data);
  }
  if (t == I.t.type || is_subtype(t, I.t.type))
    I.raise(I.t.AttributeError, "type object '%s' has no attribute '%s'", obj.as<Type>()->name->data, name->data);
  I.raise(I.t.AttributeError, "'%s' object has no attribute '%s'", t->name->data, name->data);
}

static Value type_getattr(Interp& I, Type* cls, Str* name, bool raise_missing) {
  // Metatype data descriptors first (e.g. __name__, __mro__ getters on type).
  Type* meta = cls->type;
  Value mdescr = type_lookup_cached(I, meta, name);
  if (!mdescr.empty() && is_data_descriptor(I, mdescr)) return descr_get(I, mdescr, obj_value(cls), obj_value(meta));
  Value v = type_lookup(cls, name);
  if (!v.empty()) {
    if (v.is_obj()) {
      Type* vt = v.obj()->type;
      if (vt == I.t.function) return v;  // functions accessed on the class are plain functions
      if (vt == I.t.builtin_function) return v;
      if (vt == I.t.classmethod || vt == I.t.staticmethod) return descr_get(I, v, Value(), obj_value(cls));
      if (vt == I.t.property) return v;
      if ((vt->flags & kTypeHeap) && !type_lookup_cached(I, vt, I.names->__get__).empty())
        return descr_get(I, v, Value::None(), obj_value(cls));
    }
    return v;
  }
  if (!mdescr.empty()) return descr_get(I, mdescr, obj_value(cls), obj_value(meta));
  if (!raise_missing) return Value();
  raise_no_attr(I, obj_value(cls), name);
}

Value generic_getattr(Interp& I, Value obj, Str* name, bool raise_missing) {
  Type* t = type_of(I, obj);
  if (t->layout == Layout::Type && obj.is_obj()) return type_getattr(I, obj.as<Type>(), name, raise_missing);
  Value descr = type_lookup_cached(I, t, name);
  if (!descr.empty() && is_data_descriptor(I, descr)) return descr_get(I, descr, obj, obj_value(t));
  if (obj.is_obj()) {
    Dict* d = obj.obj()->attrs;
    if (d) {
      Value v = dict_get_str(d, name);
      if (!v.empty()) return v;
    }
  }
  if (!descr.empty()) return descr_get(I, descr, obj, obj_value(t));
  if (!raise_missing) return Value();
  raise_no_attr(I, obj, name);
}

Value getattr(Interp& I, Value obj, Str* name) {
  Type* t = type_of(I, obj);
  if (!(t->flags & (kTypeHasGetattribute | kTypeHasGetattr))) return generic_getattr(I, obj, name, true);
  if (t->flags & kTypeHasGetattribute) {
    Value ga = type_lookup_cached(I, t, I.names->__getattribute__);
    Value args[2] = {obj, obj_value(name)};
    try {
      return call(I, ga, args, 2);
    } catch (PyRaise&) {
      if (!(t->flags & kTypeHasGetattr) || !isinstance(I, I.pending, I.t.AttributeError)) throw;
      I.pending = Value();
    }
  } else {
    Value v = generic_getattr(I, obj, name, false);
    if (!v.empty()) return v;
  }
  Value ga = type_lookup_cached(I, t, I.names->__getattr__);
  Value args[2] = {obj, obj_value(name)};
  return call(I, ga, args, 2);
}

Value getattr_opt(Interp& I, Value obj, Str* name) {
  Type* t = type_of(I, obj);
  if (!(t->flags & (kTypeHasGetattribute | kTypeHasGetattr))) {
    try {
      return generic_getattr(I, obj, name, false);
    } catch (PyRaise&) {
      if (!isinstance(I, I.pending, I.t.AttributeError)) throw;
      I.pending = Value();
      return Value();
    }
  }
  try {
    return getattr(I, obj, name);
  } catch (PyRaise&) {
    if (!isinstance(I, I.pending, I.t.AttributeError)) throw;
    I.pending = Value();
    return Value();
  }
}

static void type_setattr(Interp& I, Type* cls, Str* name, Value v) {
  if (!(cls->flags & kTypeHeap))
    I.raise(I.t.TypeError, "cannot set '%s' attribute of immutable type '%s'", name->data, cls->name->data);
  Value mdescr = type_lookup_cached(I, cls->type, name);
  if (!mdescr.empty() && mdescr.is_obj() && mdescr.obj()->type == I.t.property) {
    auto* p = mdescr.as<Property>();
    if (p->fset.empty() || p->fset.is_none())
      I.raise(I.t.AttributeError, "attribute '%s' of 'type' objects is not writable", name->data);
    call2(I, p->fset, obj_value(cls), v);
    return;
  }
  if (v.empty()) {
    if (!dict_del_str(I, cls->dict, name))
      I.raise(I.t.AttributeError, "type object '%s' has no attribute '%s'", cls->name->data, name->data);
  } else {
    dict_set_str(I, cls->dict, name, v);
  }
  I.type_epoch++;
  vm_update_type_flags(I, cls);
}

void generic_setattr(Interp& I, Value obj, Str* name, Value v) {
  Type* t = type_of(I, obj);
  if (t->layout == Layout::Type && obj.is_obj()) {
    type_setattr(I, obj.as<Type>(), name, v);
    return;
  }
  Value descr = type_lookup_cached(I, t, name);
  if (!descr.empty() && descr.is_obj()) {
    Type* dt = descr.obj()->type;
    if (dt == I.t.property) {
      auto* p = descr.as<Property>();
      Value fn = v.empty() ? p->fdel : p->fset;
      if (fn.empty() || fn.is_none()) {
        const char* pname = name->data;
        if (v.empty())
          I.raise(I.t.AttributeError, "property '%s' of '%s' object has no deleter", pname, t->name->data);
        I.raise(I.t.AttributeError, "property '%s' of '%s' object has no setter", pname, t->name->data);
      }
      if (v.empty())
        call1(I, fn, obj);
      else
        call2(I, fn, obj, v);
      return;
    }
    if ((dt->flags & kTypeHeap)) {
      Value setter = type_lookup_cached(I, dt, v.empty() ? I.names->__delete__ : I.names->__set__);
      if (!setter.empty()) {
        if (v.empty())
          call2(I, setter, descr, obj);
        else {
          Value args[3] = {descr, obj, v};
          call(I, setter, args, 3);
        }
        return;
      }
    }
  }
  if (!obj.is_obj() || !(t->flags & kTypeInstanceDict)) {
    if (!descr.empty())
      I.raise(I.t.AttributeError, "'%s' object attribute '%s' is read-only", t->name->data, name->data);
    I.raise(I.t.AttributeError, "'%s' object has no attribute '%s'", t->name->data, name->data);
  }
  Object* o = obj.obj();
  if (v.empty()) {
    if (!o->attrs || !dict_del_str(I, o->attrs, name)) raise_no_attr(I, obj, name);
    return;
  }
  if (!o->attrs) o->attrs = I.dict();
  dict_set_str(I, o->attrs, name, v);
}

void setattr(Interp& I, Value obj, Str* name, Value v) {
  Type* t = type_of(I, obj);
  if (t->flags & kTypeHasSetattr) {
    Value sa = type_lookup_cached(I, t, v.empty() ? I.names->__delattr__ : I.names->__setattr__);
    if (v.empty()) {
      Value args[2] = {obj, obj_value(name)};
      call(I, sa, args, 2);
    } else {
      Value args[3] = {obj, obj_value(name), v};
      call(I, sa, args, 3);
    }
    return;
  }
  generic_setattr(I, obj, name, v);
}

void delattr(Interp& I, Value obj, Str* name) { setattr(I, obj, name, Value()); }

// ============================================================================
// Class creation
// ============================================================================

// C3 linearisation; TypeError with CPython's message when impossible.
static std::vector<Type*> c3_mro(Interp& I, Type* cls, const std::vector<Type*>& bases) {
  std::vector<std::vector<Type*>> seqs;
  for (Type* b : bases) seqs.push_back(b->mro);
  seqs.push_back(bases);
  std::vector<Type*> out{cls};
  for (;;) {
    bool any = false;
    for (auto& s : seqs)
      if (!s.empty()) any = true;
    if (!any) return out;
    Type* cand = nullptr;
    for (auto& s : seqs) {
      if (s.empty()) continue;
      Type* head = s.front();
      bool in_tail = false;
      for (auto& s2 : seqs)
        if (std::find(s2.begin() + (s2.empty() ? 0 : 1), s2.end(), head) != s2.end() && !s2.empty()) {
          in_tail = true;
          break;
        }
      if (!in_tail) {
        cand = head;
        break;
      }
    }
    if (!cand) {
      // CPython names the heads that could not be placed, each once.
      std::string names;
      std::vector<Type*> heads;
      for (auto& s : seqs) {
        if (s.empty() || std::find(heads.begin(), heads.end(), s.front()) != heads.end()) continue;
        heads.push_back(s.front());
        if (!names.empty()) names += ", ";
        names += s.front()->name->view();
      }
      I.raise(I.t.TypeError, "Cannot create a consistent method resolution\norder (MRO) for bases %s", names.c_str());
    }
    out.push_back(cand);
    for (auto& s : seqs)
      if (!s.empty() && s.front() == cand) s.erase(s.begin());
  }
}

void vm_update_type_flags(Interp& I, Type* t) {
  auto has = [&](Str* n) {
    Value v = type_lookup(t, n);
    return !v.empty();
  };
  auto overrides = [&](Str* n) {
    Value v = type_lookup(t, n);
    Value base = type_lookup(I.t.object, n);
    return !v.empty() && v != base;
  };
  t->flags &= ~(kTypeHasGetattr | kTypeHasGetattribute | kTypeHasSetattr);
  if (has(I.names->__getattr__)) t->flags |= kTypeHasGetattr;
  if (overrides(I.names->__getattribute__)) t->flags |= kTypeHasGetattribute;
  if (overrides(I.names->__setattr__) || overrides(I.names->__delattr__)) t->flags |= kTypeHasSetattr;
}

// The solid base: the furthest base with the same instance layout (decides
// compatibility): ValueError and OSError share BaseException's layout, so
// `class E(OSError, ValueError)` is fine, as in CPython.
static Type* solid_base(Type* t) {
  while (t && t->base && t->base->layout == t->layout && t->base->alloc == t->alloc) t = t->base;
  return t;
}

Type* vm_new_heap_type(Interp& I, Type* meta, Str* name, Tuple* bases_tuple, Dict* ns) {
  std::vector<Type*> bases;
  for (uint32_t i = 0; i < bases_tuple->size; i++) {
    Value b = bases_tuple->items[i];
    if (!b.is_obj() || !is_subtype(b.obj()->type, I.t.type))
      I.raise(I.t.TypeError, "bases must be types");
    Type* bt = b.as<Type>();
    if (!(bt->flags & kTypeBaseType))
      I.raise(I.t.TypeError, "type '%s' is not an acceptable base type", bt->name->data);
    bases.push_back(bt);
  }
  if (bases.empty()) bases.push_back(I.t.object);
  // The layout base: the base whose solid base is most derived.
  Type* best = bases[0];
  for (Type* b : bases) {
    Type* sb = solid_base(b);
    Type* bestsb = solid_base(best);
    if (is_subtype(sb, bestsb))
      best = b;
    else if (!is_subtype(bestsb, sb))
      I.raise(I.t.TypeError, "multiple bases have instance lay-out conflict");
  }
  Type* t = I.make<Type>(meta);
  t->name = name;
  t->qualname = name;
  t->base = best;
  t->layout = best->layout;
  t->alloc = best->alloc;
  t->flags = kTypeHeap | kTypeBaseType | kTypeInstanceDict | (best->flags & kTypeIsException);
  for (Type* b : bases)
    if (b->flags & kTypeIsException) t->flags |= kTypeIsException;
  t->bases = I.tuple(bases_tuple->size ? bases_tuple->items : nullptr, bases_tuple->size);
  if (bases_tuple->size == 0) t->bases = I.tuple({obj_value(I.t.object)});
  t->dict = dict_copy(I, ns);
  t->mro = c3_mro(I, t, bases);
  for (Type* b : bases) b->subclasses.push_back(t);
  // __qualname__ from the namespace (set by the class body), not kept in the dict.
  Value qn = dict_get_str(t->dict, I.names->__qualname__);
  if (!qn.empty()) {
    if (!is_str(I, qn)) I.raise(I.t.TypeError, "type __qualname__ must be a str, not %s", type_name(I, qn));
    t->qualname = as_str(qn);
    dict_del_str(I, t->dict, I.names->__qualname__);
  }
  if (dict_get_str(t->dict, I.names->__module__).empty()) {
    Value mod = I.current && I.current->top ? dict_get_str(I.current->top->globals, I.names->__name__) : Value();
    if (!mod.empty()) dict_set_str(I, t->dict, I.names->__module__, mod);
  }
  if (dict_get_str(t->dict, I.names->__doc__).empty()) dict_set_str(I, t->dict, I.names->__doc__, Value::None());
  // __eq__ without __hash__ makes instances unhashable (as CPython).
  if (!dict_get_str(t->dict, I.names->__eq__).empty() && dict_get_str(t->dict, I.names->__hash__).empty())
    dict_set_str(I, t->dict, I.names->__hash__, Value::None());
  // __new__ / __init_subclass__ / __class_getitem__ are implicitly static/class methods.
  Value nw = dict_get_str(t->dict, I.names->__new__);
  if (!nw.empty() && nw.is_obj() && nw.obj()->type == I.t.function) {
    ClassMethod* sm = I.make<ClassMethod>(I.t.staticmethod);
    sm->func = nw;
    dict_set_str(I, t->dict, I.names->__new__, obj_value(sm));
  }
  for (Str* n : {I.names->__init_subclass__, I.names->__class_getitem__}) {
    Value f = dict_get_str(t->dict, n);
    if (!f.empty() && f.is_obj() && f.obj()->type == I.t.function) {
      ClassMethod* cm = I.make<ClassMethod>(I.t.classmethod);
      cm->func = f;
      dict_set_str(I, t->dict, n, obj_value(cm));
    }
  }
  vm_update_type_flags(I, t);
  I.type_epoch++;
  // __set_name__ on descriptors, then the parent's __init_subclass__.
  std::vector<std::pair<Value, Value>> items;
  for (auto& e : t->dict->entries)
    if (!e.key.empty()) items.push_back({e.key, e.value});
  for (auto& [k, v] : items) {
    if (!v.is_obj() || !(v.obj()->type->flags & kTypeHeap)) continue;
    Value sn = type_lookup_cached(I, v.obj()->type, I.names->__set_name__);
    if (!sn.empty()) {
      Value args[3] = {v, obj_value(t), k};
      call(I, sn, args, 3);
    }
  }
  return t;
}

void vm_init_subclass(Interp& I, Type* t, Tuple* kwnames, const Value* kwvalues) {
  // super(t, t).__init_subclass__(**kw)
  for (size_t i = 1; i < t->mro.size(); i++) {
    Value f = dict_get_str(t->mro[i]->dict, I.names->__init_subclass__);
    if (f.empty()) continue;
    Value bound = descr_get(I, f, Value(), obj_value(t));
    call(I, bound, kwvalues, kwnames ? kwnames->size : 0, kwnames);
    return;
  }
}

}  // namespace il
