// builtins.h — private to modules/builtins*.cpp: the builtins module's C++
// layout and the hooks shared by its files.
//
// Why a Module subclass: the builtin functions are bound to the module (as in
// CPython, `len.__self__` is the builtins module), so every call receives it
// as argv[0] and reaches the module's private state (the iterator types,
// print's buffer) without any global variable or dict lookup.
#pragma once
#include <string>

#include "vm/native.h"

namespace il {

struct BuiltinsModule : Module {
  // Iterator types (builtins_iter.cpp).
  Type* enumerate_type = nullptr;
  Type* zip_type = nullptr;
  Type* map_type = nullptr;
  Type* filter_type = nullptr;
  Type* reversed_type = nullptr;
  Type* callable_iterator_type = nullptr;
  Type* memoryview_type = nullptr;  // builtins_memoryview.cpp
  // Names of sys's original streams: print() writes straight to the output
  // sink while sys.stdout is still sys.__stdout__ (modules/sys.cpp).
  Str* s_orig_stdout = nullptr;
  Str* s_orig_stderr = nullptr;
  Str* s_orig_stdin = nullptr;
  // The VM's locals() (vm/import.cpp), captured on first use by vars()/dir().
  Value vm_locals;
  // print()'s line buffer, kept to reuse its capacity; `print_busy` guards
  // against reentry (a __str__ that prints).
  std::string print_buf;
  bool print_busy = false;

  void trace(Tracer& t) override;
};

inline BuiltinsModule* builtins_of(Interp& I) { return static_cast<BuiltinsModule*>(I.builtins); }

// builtins_iter.cpp: creates enumerate, zip, map, filter, reversed and
// callable_iterator and binds the first five into the module.
void init_builtin_iterators(Interp& I, BuiltinsModule* m);
// builtins_memoryview.cpp: creates memoryview and binds it into the module.
void init_builtin_memoryview(Interp& I, BuiltinsModule* m);
// iter(callable, sentinel).
Value new_callable_iterator(Interp& I, BuiltinsModule* m, Value callable, Value sentinel);

}  // namespace il
