// exception_group.cpp — BaseExceptionGroup / ExceptionGroup (PEP 654) and
// the two except* primitives the eval loop uses (CHECK_EG_MATCH,
// PREP_RERAISE_STAR), following CPython 3.11's Objects/exceptions.c.
//
// Layout: a group is an ordinary ExceptionObj; `args` is (message,
// exceptions-as-given) as in CPython, and `value` holds the exceptions as a
// tuple (what `.exceptions` returns).
#include "objects/containers.h"
#include "objects/str.h"
#include "vm/match_ops.h"
#include "vm/vm.h"

namespace il {

namespace {

bool is_exception_instance(Value v) { return v.is_obj() && v.obj()->type->layout == Layout::Exception; }

ExceptionObj* group_self(Interp& I, Value v) {
  if (!is_exception_instance(v) || !is_subtype(v.obj()->type, I.t.BaseExceptionGroup))
    I.raise(I.t.TypeError, "descriptor requires a 'BaseExceptionGroup' object but received a '%s'",
            type_name(I, v));
  return v.as<ExceptionObj>();
}

Tuple* group_exceptions(Interp& I, ExceptionObj* g) {
  return g->value.is_obj() && g->value.obj()->type == I.t.tuple ? g->value.as<Tuple>() : I.empty_tuple;
}

Value group_message(Interp& I, ExceptionObj* g) {
  return g->args && g->args->size > 0 ? g->args->items[0] : I.new_str("");
}

// BaseExceptionGroup.__new__(cls, message, exceptions)
Value eg_new(Interp& I, CallArgs& a) {
  Type* cls = a[0].as<Type>();
  if (a.nkw()) I.raise(I.t.TypeError, "%s() takes no keyword arguments", cls->name->data);
  if (a.npos() != 3)
    I.raise(I.t.TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%u given)", a.npos() - 1);
  Value msg = a[1], excs = a[2];
  if (!is_str(I, msg))
    I.raise(I.t.TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not %s", type_name(I, msg));
  Type* et = type_of(I, excs);
  bool sequence = et->layout == Layout::List || et->layout == Layout::Tuple ||
                  (!type_lookup(et, I.names->__getitem__).empty() && et->layout != Layout::Dict &&
                   et->layout != Layout::Set && et->layout != Layout::FrozenSet);
  if (!sequence) I.raise(I.t.TypeError, "second argument (exceptions) must be a sequence");
  Tuple* items = tuple_from_iterable(I, excs);
  if (items->size == 0) I.raise(I.t.ValueError, "second argument (exceptions) must be a non-empty sequence");
  bool nested_base = false;
  for (uint32_t i = 0; i < items->size; i++) {
    Value e = items->items[i];
    if (!is_exception_instance(e))
      I.raise(I.t.ValueError, "Item %u of second argument (exceptions) is not an exception", i);
    if (!isinstance(I, e, I.t.Exception)) nested_base = true;
  }
  if (cls == I.t.BaseExceptionGroup) {
    if (!nested_base) cls = I.t.ExceptionGroup;
  } else if (cls == I.t.ExceptionGroup) {
    if (nested_base) I.raise(I.t.TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
  } else if (nested_base && is_subtype(cls, I.t.Exception)) {
    I.raise(I.t.TypeError, "Cannot nest BaseExceptions in '%s'", cls->name->data);
  }
  Value v = cls->alloc(I, cls);
  ExceptionObj* g = v.as<ExceptionObj>();
  g->type = cls;
  g->args = I.tuple({msg, excs});
  g->value = obj_value(items);
  return v;
}

Value eg_init(Interp& I, CallArgs& a) {
  ExceptionObj* g = group_self(I, a[0]);
  if (a.nkw()) I.raise(I.t.TypeError, "%s() takes no keyword arguments", g->type->name->data);
  g->args = I.tuple(a.argv + 1, a.npos() - 1);
  return Value::None();
}

Value eg_str(Interp& I, CallArgs& a) {
  ExceptionObj* g = group_self(I, a[0]);
  uint32_t n = group_exceptions(I, g)->size;
  std::string s(str_of(I, group_message(I, g))->view());
  s += " (" + std::to_string(n) + " sub-exception" + (n == 1 ? ")" : "s)");
  return I.new_str(s);
}

Value eg_get_message(Interp& I, CallArgs& a) { return group_message(I, group_self(I, a[0])); }
Value eg_get_exceptions(Interp& I, CallArgs& a) { return obj_value(group_exceptions(I, group_self(I, a[0]))); }

Value eg_derive(Interp& I, CallArgs& a) {
  check_nargs(I, a, "derive", 2, 2);
  ExceptionObj* g = group_self(I, a[0]);
  Value args[2] = {group_message(I, g), a[1]};
  return call(I, obj_value(I.t.BaseExceptionGroup), args, 2);
}

// --- split / subgroup ----------------------------------------------------
enum class Matcher { Type, Predicate, Leaves };

struct SplitCondition {
  Matcher kind;
  Value value;                         // type / tuple of types / callable
  const std::vector<Value>* leaves;    // Matcher::Leaves: identities to keep
};

bool condition_matches(Interp& I, const SplitCondition& c, Value exc) {
  switch (c.kind) {
    case Matcher::Type: return exception_matches(I, exc, c.value);
    case Matcher::Predicate: return truthy(I, call1(I, c.value, exc));
    case Matcher::Leaves:
      if (isinstance(I, exc, I.t.BaseExceptionGroup)) return false;
      for (Value v : *c.leaves)
        if (v == exc) return true;
      return false;
  }
  return false;
}

SplitCondition make_condition(Interp& I, Value v) {
  auto is_exc_type = [&](Value t) {
    return t.is_obj() && t.obj()->type->layout == Layout::Type && is_subtype(t.as<Type>(), I.t.BaseException);
  };
  if (is_exc_type(v)) return {Matcher::Type, v, nullptr};
  if (v.is_obj() && v.obj()->type == I.t.tuple) {
    Tuple* t = v.as<Tuple>();
    bool ok = true;
    for (uint32_t i = 0; i < t->size; i++) ok &= is_exc_type(t->items[i]);
    if (ok) return {Matcher::Type, v, nullptr};
  } else if (is_callable(I, v)) {
    return {Matcher::Predicate, v, nullptr};
  }
  I.raise(I.t.TypeError, "expected a function, exception type or tuple of exception types");
}

// Copies the metadata a derived group inherits from the original.
void copy_metadata(Interp& I, ExceptionObj* from, Value to) {
  if (!is_exception_instance(to)) I.raise(I.t.TypeError, "derive must return an instance of BaseExceptionGroup");
  ExceptionObj* t = to.as<ExceptionObj>();
  t->traceback = from->traceback;
  t->cause = from->cause;
  t->context = from->context;
  t->suppress_context = from->suppress_context;
  if (from->attrs) {
    Value notes = dict_get_str(from->attrs, I.intern("__notes__"));
    if (!notes.empty()) {
      if (!t->attrs) t->attrs = I.dict();
      dict_set_str(I, t->attrs, I.intern("__notes__"), notes);
    }
  }
}

void split_recursive(Interp& I, Value exc, const SplitCondition& c, bool construct_rest, Value* match, Value* rest) {
  *match = Value::None();
  *rest = Value::None();
  if (condition_matches(I, c, exc)) {
    *match = exc;
    return;
  }
  if (!isinstance(I, exc, I.t.BaseExceptionGroup)) {
    if (construct_rest) *rest = exc;
    return;
  }
  ExceptionObj* g = exc.as<ExceptionObj>();
  Tuple* items = group_exceptions(I, g);
  List* matches = I.list();
  List* rests = I.list();
  for (uint32_t i = 0; i < items->size; i++) {
    Value m, r;
    split_recursive(I, items->items[i], c, construct_rest, &m, &r);
    if (!m.is_none()) matches->items.push_back(m);
    if (!r.is_none()) rests->items.push_back(r);
  }
  auto project = [&](List* parts) {
    if (parts->items.empty()) return Value::None();
    Value arg = obj_value(parts);
    Value derived = call_method(I, exc, I.intern("derive"), &arg, 1);
    if (!isinstance(I, derived, I.t.BaseExceptionGroup))
      I.raise(I.t.TypeError, "derive must return an instance of BaseExceptionGroup");
    copy_metadata(I, g, derived);
    return derived;
  };
  *match = project(matches);
  if (construct_rest) *rest = project(rests);
}

Value eg_split(Interp& I, CallArgs& a) {
  check_nargs(I, a, "split", 2, 2);
  group_self(I, a[0]);
  SplitCondition c = make_condition(I, a[1]);
  Value m, r;
  split_recursive(I, a[0], c, true, &m, &r);
  return obj_value(I.tuple({m, r}));
}

Value eg_subgroup(Interp& I, CallArgs& a) {
  check_nargs(I, a, "subgroup", 2, 2);
  group_self(I, a[0]);
  SplitCondition c = make_condition(I, a[1]);
  Value m, r;
  split_recursive(I, a[0], c, false, &m, &r);
  return m;
}

void collect_leaves(Interp& I, Value exc, std::vector<Value>& out) {
  if (exc.is_none()) return;
  if (isinstance(I, exc, I.t.BaseExceptionGroup)) {
    Tuple* items = group_exceptions(I, exc.as<ExceptionObj>());
    for (uint32_t i = 0; i < items->size; i++) collect_leaves(I, items->items[i], out);
  } else {
    out.push_back(exc);
  }
}

// Was `e` split off `orig` (so it is a re-raise, not a new exception)? Parts
// made by split() carry orig's cause and context; an exception raised in an
// except* body has the matched part as its context.
bool is_same_exception_metadata(Value e, Value orig) {
  ExceptionObj* a = e.as<ExceptionObj>();
  ExceptionObj* b = orig.as<ExceptionObj>();
  return a->cause == b->cause && a->context == b->context;
}

// ============================================================================
// Registration
// ============================================================================
const MethodDef kGroupMethods[] = {
    {"__new__", eg_new, kNativeStatic},
    {"__init__", eg_init},
    {"__str__", eg_str},
    {"derive", eg_derive},
    {"split", eg_split},
    {"subgroup", eg_subgroup},
    {nullptr, nullptr},
};
const GetSetDef kGroupGetSets[] = {
    {"message", eg_get_message},
    {"exceptions", eg_get_exceptions},
    {nullptr, nullptr},
};

}  // namespace

// ============================================================================
// except* support (called by the eval loop)
// ============================================================================
Value exception_group_match(Interp& I, Value exc, Value type, Value* rest) {
  auto check_one = [&](Value t) {
    if (!t.is_obj() || t.obj()->type->layout != Layout::Type || !is_subtype(t.as<Type>(), I.t.BaseException))
      I.raise(I.t.TypeError, "catching classes that do not inherit from BaseException is not allowed");
    if (is_subtype(t.as<Type>(), I.t.BaseExceptionGroup))
      I.raise(I.t.TypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.");
  };
  if (type.is_obj() && type.obj()->type == I.t.tuple) {
    Tuple* t = type.as<Tuple>();
    for (uint32_t i = 0; i < t->size; i++) check_one(t->items[i]);
  } else {
    check_one(type);
  }
  *rest = exc;
  if (exc.is_none()) return Value::None();
  if (exception_matches(I, exc, type)) {
    // A bare exception is wrapped in a group (with its traceback).
    *rest = Value::None();
    if (isinstance(I, exc, I.t.BaseExceptionGroup)) return exc;
    Value args[2] = {I.new_str(""), obj_value(I.tuple({exc}))};
    Value wrapped = call(I, obj_value(I.t.BaseExceptionGroup), args, 2);
    wrapped.as<ExceptionObj>()->traceback = exc.as<ExceptionObj>()->traceback;
    return wrapped;
  }
  if (isinstance(I, exc, I.t.BaseExceptionGroup)) {
    SplitCondition c{Matcher::Type, type, nullptr};
    Value m, r;
    split_recursive(I, exc, c, true, &m, &r);
    if (!m.is_none()) {
      *rest = r;
      return m;
    }
  }
  return Value::None();
}

Value prep_reraise_star(Interp& I, Value orig, List* excs) {
  if (excs->items.empty()) return Value::None();
  if (!isinstance(I, orig, I.t.BaseExceptionGroup)) {
    // A bare exception was caught (wrapped): at most one clause ran.
    for (Value e : excs->items)
      if (!e.is_none()) return e;
    return Value::None();
  }
  List* raised = I.list();
  std::vector<Value> reraised_leaves;
  for (Value e : excs->items) {
    if (e.is_none()) continue;
    if (is_same_exception_metadata(e, orig))
      collect_leaves(I, e, reraised_leaves);
    else
      raised->items.push_back(e);
  }
  Value reraised = Value::None();
  if (!reraised_leaves.empty()) {
    SplitCondition c{Matcher::Leaves, Value(), &reraised_leaves};
    Value r;
    split_recursive(I, orig, c, false, &reraised, &r);
  }
  if (raised->items.empty()) return reraised;
  if (!reraised.is_none()) raised->items.push_back(reraised);
  if (raised->items.size() == 1) return raised->items[0];
  Value args[2] = {I.new_str(""), obj_value(raised)};
  return call(I, obj_value(I.t.BaseExceptionGroup), args, 2);
}

void init_exception_group(Interp& I) {
  auto& T = I.t;
  T.BaseExceptionGroup = new_builtin_type(I, "BaseExceptionGroup", T.BaseException, Layout::Exception,
                                          kTypeBaseType | kTypeIsException | kTypeInstanceDict);
  T.BaseExceptionGroup->alloc = T.BaseException->alloc;
  add_methods(I, T.BaseExceptionGroup, kGroupMethods);
  add_getsets(I, T.BaseExceptionGroup, kGroupGetSets);
  // ExceptionGroup(BaseExceptionGroup, Exception), with CPython's MRO.
  Type* eg = new_builtin_type(I, "ExceptionGroup", T.BaseExceptionGroup, Layout::Exception,
                              kTypeBaseType | kTypeIsException | kTypeInstanceDict);
  eg->bases = I.tuple({obj_value(T.BaseExceptionGroup), obj_value(T.Exception)});
  eg->mro = {eg, T.BaseExceptionGroup, T.Exception, T.BaseException, T.object};
  T.ExceptionGroup = eg;
}

}  // namespace il
