// generic_alias.cpp — types.GenericAlias, what list[int], dict[str, int],
// tuple[int, ...] evaluate to (3.9+ builtin generics). Needed because
// annotations are evaluated when a function is defined: `def f(x:
// list[int])` must not fail. A GenericAlias is an IterObj of the alias type
// with a = the origin class and b = the args tuple.
#include <string>

#include "objects/container_util.h"

namespace il {

// The alias type lives in the `data` slot of tuple.__class_getitem__ (set at
// start-up), so no interpreter-wide field is needed for it.
static Type* ga_type(Interp& I) {
  Value cm = dict_get_str(I.t.tuple->dict, I.intern("__class_getitem__"));
  if (!cm.is_obj() || cm.obj()->type != I.t.classmethod) return nullptr;
  Value f = cm.as<ClassMethod>()->func;
  if (!f.is_obj() || f.obj()->type->layout != Layout::NativeFunc) return nullptr;
  Value t = f.as<NativeFunc>()->data;
  return t.is_obj() ? t.as<Type>() : nullptr;
}

static bool is_alias(Interp& I, Value v, Type* gat) { return gat && v.is_obj() && v.obj()->type == gat; }

static Value not_iterator(Interp& I, IterObj* it) {
  I.raise(I.t.TypeError, "'types.GenericAlias' object is not an iterator");
}

Value generic_alias_new(Interp& I, Value origin, Value args) {
  Type* gat = ga_type(I);
  if (!gat) I.raise(I.t.TypeError, "type '%s' is not subscriptable", type_name(I, origin));
  IterObj* ga = I.make<IterObj>(gat);
  ga->next = not_iterator;
  ga->a = origin;
  ga->b = cu::is_tuple(I, args) ? args : obj_value(I.tuple({args}));
  return obj_value(ga);
}

// cls[args]: a classmethod, argv[0] is the class.
static Value class_getitem(Interp& I, CallArgs& a) {
  if (a.npos() != 2) I.raise(I.t.TypeError, "__class_getitem__ expected 1 argument, got %u", a.npos() - 1);
  return generic_alias_new(I, a.argv[0], a.argv[1]);
}

// CPython's ga_repr_item.
static void repr_item(Interp& I, std::string& out, Value v, Type* gat) {
  if (v.is_ellipsis()) {
    out += "...";
    return;
  }
  if (v.is_obj() && v.obj()->type->layout == Layout::Type && !is_alias(I, v, gat)) {
    Value qual = getattr_opt(I, v, I.names->__qualname__);
    Value mod = getattr_opt(I, v, I.names->__module__);
    if (!qual.empty() && !mod.empty() && is_str(I, qual) && is_str(I, mod)) {
      if (str_view(mod) != "builtins") {
        out += str_view(mod);
        out += ".";
      }
      out += str_view(qual);
      return;
    }
  }
  cu::append_repr(I, out, v);
}

static IterObj* self_alias(Interp& I, CallArgs& a) {
  Type* gat = ga_type(I);
  if (a.npos() < 1 || !is_alias(I, a.argv[0], gat))
    cu::bad_self(I, "__repr__", "types.GenericAlias", a.npos() ? a.argv[0] : Value::None());
  return a.argv[0].as<IterObj>();
}

static Value ga_repr(Interp& I, CallArgs& a) {
  IterObj* ga = self_alias(I, a);
  Type* gat = ga->type;
  std::string out;
  repr_item(I, out, ga->a, gat);
  out += "[";
  Tuple* args = ga->b.as<Tuple>();
  if (args->size == 0) out += "()";
  for (uint32_t i = 0; i < args->size; i++) {
    if (i) out += ", ";
    Value x = args->items[i];
    if (cu::is_list(I, x)) {  // Callable[[int], str]
      out += "[";
      List* l = x.as<List>();
      for (size_t k = 0; k < l->items.size(); k++) {
        if (k) out += ", ";
        repr_item(I, out, l->items[k], gat);
      }
      out += "]";
    } else {
      repr_item(I, out, x, gat);
    }
  }
  out += "]";
  return I.new_str(out);
}

static Value ga_call(Interp& I, CallArgs& a) {
  IterObj* ga = self_alias(I, a);
  return call(I, ga->a, a.argv + 1, a.argc - 1, a.kwnames);
}

static Value ga_eq_impl(Interp& I, CallArgs& a, bool ne) {
  IterObj* ga = self_alias(I, a);
  if (a.npos() != 2) I.raise(I.t.TypeError, "expected 1 argument");
  if (!is_alias(I, a.argv[1], ga->type)) return Value::NotImplemented();
  IterObj* o = a.argv[1].as<IterObj>();
  bool r = cu::fast_eq(I, ga->a, o->a) && cu::fast_eq(I, ga->b, o->b);
  return Value::boolean(r != ne);
}
static Value ga_eq(Interp& I, CallArgs& a) { return ga_eq_impl(I, a, false); }
static Value ga_ne(Interp& I, CallArgs& a) { return ga_eq_impl(I, a, true); }

static Value ga_hash(Interp& I, CallArgs& a) {
  IterObj* ga = self_alias(I, a);
  return I.new_int(int64_t(cu::fast_hash(I, ga->a) ^ cu::fast_hash(I, ga->b)));
}

// class C(list[int]) derives from list.
static Value ga_mro_entries(Interp& I, CallArgs& a) {
  IterObj* ga = self_alias(I, a);
  return obj_value(I.tuple({ga->a}));
}

static Value ga_instancecheck(Interp& I, CallArgs& a) {
  I.raise(I.t.TypeError, "isinstance() argument 2 cannot be a parameterized generic");
}
static Value ga_subclasscheck(Interp& I, CallArgs& a) {
  I.raise(I.t.TypeError, "issubclass() argument 2 cannot be a parameterized generic");
}

static Value ga_origin(Interp& I, CallArgs& a) { return self_alias(I, a)->a; }
static Value ga_args(Interp& I, CallArgs& a) { return self_alias(I, a)->b; }
static Value ga_parameters(Interp& I, CallArgs& a) {
  self_alias(I, a);
  return obj_value(I.tuple(size_t(0)));
}

static const MethodDef kAliasMethods[] = {
    {"__repr__", ga_repr},
    {"__call__", ga_call},
    {"__eq__", ga_eq},
    {"__ne__", ga_ne},
    {"__hash__", ga_hash},
    {"__mro_entries__", ga_mro_entries},
    {"__instancecheck__", ga_instancecheck},
    {"__subclasscheck__", ga_subclasscheck},
};

static const GetSetDef kAliasGetSets[] = {
    {"__origin__", ga_origin},
    {"__args__", ga_args},
    {"__parameters__", ga_parameters},
};

static const MethodDef kClassGetItem[] = {
    {"__class_getitem__", class_getitem, kNativeClassMethod},
};

static void register_on(Interp& I, Type* t, Type* gat) {
  add_methods(I, t, kClassGetItem);
  Value cm = dict_get_str(t->dict, I.intern("__class_getitem__"));
  cm.as<ClassMethod>()->func.as<NativeFunc>()->data = obj_value(gat);
}

// Adds __class_getitem__ to `t`; the first call creates the alias type and
// registers it on tuple, where ga_type() finds it.
void add_class_getitem(Interp& I, Type* t) {
  Type* gat = ga_type(I);
  if (!gat) {
    gat = new_builtin_type(I, "GenericAlias", I.t.object, Layout::Native, 0);
    type_set(I, gat, "__module__", I.new_str("types"));
    add_methods(I, gat, kAliasMethods);
    add_getsets(I, gat, kAliasGetSets);
    register_on(I, I.t.tuple, gat);
  }
  if (t != I.t.tuple) register_on(I, t, gat);
}

}  // namespace il
