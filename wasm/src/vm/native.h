// native.h — what native (C++) functions, methods and modules are written
// against: the argument block, argument parsing with CPython's messages, and
// the tables that register methods on types and functions in modules.
#pragma once
#include <initializer_list>
#include <span>
#include <string_view>

#include "vm/interp.h"

namespace il {

// Arguments of a call. For methods argv[0] is self. When kwnames is non-null,
// the last kwnames->size values of argv are keyword arguments named by it.
struct CallArgs {
  Value* argv = nullptr;
  uint32_t argc = 0;       // total values in argv (positional + keyword)
  Tuple* kwnames = nullptr;
  uint32_t npos() const;   // positional count (argc minus keywords)
  uint32_t nkw() const;
  Value operator[](uint32_t i) const { return argv[i]; }
};

// One argument specification; a list of them describes a signature.
struct ArgSpec {
  const char* name;       // keyword name, or nullptr for positional-only
  Value default_value;    // empty = required
};

// Binds `a` (skipping `skip` leading args, e.g. 1 for self) to `specs`,
// writing one Value per spec into `out` (empty when an optional arg is absent
// and has no default). Raises TypeError with CPython's messages, e.g.
// "split() takes at most 2 arguments (3 given)" / "f() missing required argument 'x' (pos 1)".
void parse_args(Interp& I, CallArgs& a, const char* fname, std::span<const ArgSpec> specs, Value* out,
                uint32_t skip = 0);

// Quick checks for the common fixed-arity natives.
void check_no_kwargs(Interp& I, CallArgs& a, const char* fname);
void check_nargs(Interp& I, CallArgs& a, const char* fname, uint32_t min, uint32_t max);  // counts all args incl. self

// --- registration tables (MicroPython-style: a table at the bottom of each file)
struct MethodDef {
  const char* name;
  NativeFn fn;
  uint8_t flags = kNativeMethod;  // kNativeMethod / kNativeClassMethod / kNativeStatic
  const char* doc = nullptr;
};
struct GetSetDef {
  const char* name;
  NativeFn get;             // called with argv = {self}
  NativeFn set = nullptr;   // called with argv = {self, value}; null = read-only
};

// Creates a built-in type (used at start-up by objects/*.cpp and modules).
Type* new_builtin_type(Interp& I, const char* name, Type* base, Layout layout, uint32_t flags = kTypeBaseType);
void add_methods(Interp& I, Type* t, std::span<const MethodDef> defs);
void add_getsets(Interp& I, Type* t, std::span<const GetSetDef> defs);
// Module functions.
void add_functions(Interp& I, Module* m, std::span<const MethodDef> defs);
NativeFunc* new_native(Interp& I, const char* name, NativeFn fn, Value self = Value(), uint8_t flags = 0);
// Set an attribute in a module or a type dict.
void set_attr_str(Interp& I, Module* m, const char* name, Value v);
void type_set(Interp& I, Type* t, const char* name, Value v);

// --- argument coercions (raise TypeError with CPython's wording) ----------------
int64_t to_int64(Interp& I, Value v, const char* what = nullptr);       // ints and __index__; OverflowError if huge
double to_double(Interp& I, Value v);                                  // int/float/__float__
Str* to_str_arg(Interp& I, Value v, const char* fname, int argpos);   // must be a str: "fname() argument N must be str, not int"
std::string_view str_view(Value v);                                    // v must be a Str
bool is_str(Interp& I, Value v);
bool is_int(Interp& I, Value v);        // int or bool (or subclass)
bool is_float(Interp& I, Value v);

// A native iterator object: `next` returns the next item or an empty Value
// when exhausted. `type` may be null (generic "iterator" type) or a specific
// iterator type created with new_builtin_type(..., Layout::Iterator).
IterObj* new_iterator(Interp& I, Type* type, Value (*next)(Interp&, IterObj*), Value a, Value b = Value(),
                      int64_t i = 0);

// The per-type registration hooks every objects/*.cpp and modules/*.cpp file
// provides; called in order by Interp's constructor (vm/interp.cpp).
void init_type_object(Interp& I);
void init_int(Interp& I);
void init_float(Interp& I);
void init_str(Interp& I);
void init_bytes(Interp& I);
void init_tuple(Interp& I);
void init_list(Interp& I);
void init_dict(Interp& I);
void init_set(Interp& I);
void init_range_slice(Interp& I);
void init_func(Interp& I);
void init_exceptions(Interp& I);
void init_generators(Interp& I);
void init_iterators(Interp& I);
Module* init_builtins_module(Interp& I);

}  // namespace il
