// numbers.h — int, bool, float, complex: the C++ API the eval loop and other
// natives call. Python-visible methods are registered by init_int()/init_float().
#pragma once
#include "objects/bigint.h"
#include "vm/native.h"

namespace il {

// An int Value (small or IntObj; bools count as ints) as a BigInt.
BigInt int_to_big(Interp& I, Value v);
// Generic int arithmetic on any two int Values (small or big); op as BINARY_OP
// (non-inplace codes). Returns NotImplemented for ops ints don't support.
Value int_binary(Interp& I, Value a, Value b, BinOp op);
int int_compare(Interp& I, Value a, Value b);            // both ints
uint64_t int_hash(Interp& I, Value v);
Str* int_repr(Interp& I, Value v);                        // decimal; ValueError past 4300 digits (CPython's limit)
Value int_from_string(Interp& I, std::string_view s, int base);   // int(s, base); ValueError with CPython's message
Value int_from_double(Interp& I, double d);                // truncation; OverflowError/ValueError for inf/nan
double int_to_double(Interp& I, Value v);                  // OverflowError "int too large to convert to float"

Value float_binary(Interp& I, double a, double b, BinOp op);  // ZeroDivisionError "float division by zero" etc.
uint64_t float_hash(double d);                             // CPython's numeric hash (hash(1.0) == hash(1))
Str* float_repr(Interp& I, double d);
// Mixed comparisons int/float exactly as CPython (no precision loss for big ints).
int compare_int_float(Interp& I, Value i, double f, bool* unordered);

}  // namespace il
