// ops.h — the object protocols (the abstract object layer): what `repr(x)`,
// `x + y`, `x[k]`, `len(x)`, `hash(x)`, `iter(x)`, `x.attr`, `f(*args)` mean
// for any value. Fast paths for built-in types, dunder lookup otherwise.
// All functions raise (throw PyRaise) on error.
#pragma once
#include <string>
#include <string_view>

#include "lang/opcodes.h"
#include "vm/native.h"

namespace il {

// --- type queries -------------------------------------------------------------
bool is_subtype(Type* a, Type* b);                       // b in a.__mro__
bool isinstance(Interp& I, Value v, Type* t);            // exact MRO check (no __instancecheck__)
Value type_lookup(Type* t, Str* name);                   // MRO dict lookup; empty if absent
Value type_lookup(Interp& I, Type* t, std::string_view name);

// --- string conversion ------------------------------------------------------------
Str* repr(Interp& I, Value v);
Str* str_of(Interp& I, Value v);
Str* ascii_of(Interp& I, Value v);
std::string repr_string(Interp& I, Value v);               // convenience (UTF-8)
Str* format(Interp& I, Value v, Str* spec);              // format(v, spec)
const char* type_name(Interp& I, Value v);               // e.g. "int" (for messages)

// --- comparison, hashing, truth -------------------------------------------------
bool truthy(Interp& I, Value v);
bool eq(Interp& I, Value a, Value b);                    // a == b (truthiness of __eq__)
Value rich_compare(Interp& I, Value a, Value b, CmpOp op);
bool compare_bool(Interp& I, Value a, Value b, CmpOp op);
uint64_t hash(Interp& I, Value v);                       // TypeError: unhashable type: 'list'
bool contains(Interp& I, Value container, Value item);   // `item in container`

// --- numbers --------------------------------------------------------------------
Value binary_op(Interp& I, Value a, Value b, BinOp op);  // includes in-place variants
Value unary_neg(Interp& I, Value v);
Value unary_pos(Interp& I, Value v);
Value unary_invert(Interp& I, Value v);
Value number_index(Interp& I, Value v);                  // __index__: an int Value
Value power3(Interp& I, Value a, Value b, Value mod);    // pow(a, b, mod)

// --- containers ---------------------------------------------------------------
int64_t length(Interp& I, Value v);                      // len(v)
Value getitem(Interp& I, Value container, Value key);
void setitem(Interp& I, Value container, Value key, Value value);
void delitem(Interp& I, Value container, Value key);
Value iter(Interp& I, Value v);                          // iter(v)
Value next(Interp& I, Value iterator);                   // empty when exhausted
// Calls fn(item) for each item of an iterable; fast for list/tuple/range/str/dict.
template <class F> void for_each(Interp& I, Value iterable, F&& fn);
List* list_from_iterable(Interp& I, Value iterable);
Tuple* tuple_from_iterable(Interp& I, Value iterable);

// --- attributes -------------------------------------------------------------
Value getattr(Interp& I, Value obj, Str* name);          // raises AttributeError
Value getattr_opt(Interp& I, Value obj, Str* name);      // empty when AttributeError
void setattr(Interp& I, Value obj, Str* name, Value v);
void delattr(Interp& I, Value obj, Str* name);
Value generic_getattr(Interp& I, Value obj, Str* name, bool raise_missing);  // object.__getattribute__
void generic_setattr(Interp& I, Value obj, Str* name, Value v);              // object.__setattr__ (v empty = delete)

// --- calls ----------------------------------------------------------------------
// Calls `callable` from native code (runs a nested eval loop for Python code).
Value call(Interp& I, Value callable, const Value* argv, uint32_t argc, Tuple* kwnames = nullptr);
inline Value call0(Interp& I, Value f) { return call(I, f, nullptr, 0); }
inline Value call1(Interp& I, Value f, Value a) { return call(I, f, &a, 1); }
inline Value call2(Interp& I, Value f, Value a, Value b) { Value v[2] = {a, b}; return call(I, f, v, 2); }
Value call_method(Interp& I, Value obj, Str* name, const Value* argv, uint32_t argc);  // obj.name(*argv)
// Looks up a special method on the type (not the instance) and calls it with self; empty if absent.
Value call_special(Interp& I, Value obj, Str* name, const Value* argv, uint32_t argc);
bool is_callable(Interp& I, Value v);

// --- async iteration (vm/generators.cpp) ---------------------------------------
// anext(aiter, default): an awaitable that turns StopAsyncIteration from
// `awaitable` (what __anext__ returned) into StopIteration(default).
Value anext_awaitable_new(Interp& I, Value awaitable, Value default_value);

// --- exceptions ---------------------------------------------------------------
bool exception_matches(Interp& I, Value exc, Value type_or_tuple);
// Formats a traceback exactly as CPython's default excepthook prints it.
std::string format_exception(Interp& I, Value exc);

// ----------------------------------------------------------------------------
template <class F>
void for_each(Interp& I, Value iterable, F&& fn) {
  if (iterable.is_obj()) {
    Object* o = iterable.obj();
    if (o->type == I.t.list) {
      auto* l = static_cast<List*>(o);
      for (size_t i = 0; i < l->items.size(); i++) fn(l->items[i]);  // re-reads size: list may change
      return;
    }
    if (o->type == I.t.tuple) {
      auto* tu = static_cast<Tuple*>(o);
      for (uint32_t i = 0; i < tu->size; i++) fn(tu->items[i]);
      return;
    }
  }
  Value it = iter(I, iterable);
  for (;;) {
    Value v = next(I, it);
    if (v.empty()) break;
    fn(v);
  }
}

}  // namespace il
