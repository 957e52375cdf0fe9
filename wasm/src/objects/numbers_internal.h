// numbers_internal.h — helpers shared by int.cpp, float.cpp and complex.cpp
// (private to the number types; other code uses objects/numbers.h).
#pragma once
#include <cmath>
#include <cstdint>

#include "vm/ops.h"  // BinOp/CmpOp, which numbers.h uses
#include "objects/numbers.h"
#include "objects/str.h"

namespace il {
namespace num {

// CPython's numeric hash: values are reduced modulo the Mersenne prime
// 2**61 - 1 so that equal ints, floats and complexes hash alike.
inline constexpr int kHashBits = 61;
inline constexpr uint64_t kHashModulus = (uint64_t(1) << kHashBits) - 1;
inline constexpr uint64_t kHashInf = 314159;     // hash(float('inf'))
inline constexpr uint64_t kHashImag = 1000003;   // complex: hash(re) + kHashImag * hash(im)

// sys.int_max_str_digits' default: decimal conversions longer than this raise
// (CPython's guard against quadratic-time str(int) / int(str)).
inline constexpr size_t kMaxStrDigits = 4300;

// An int Value's layout: small, bool, or an IntObj (exact int or a subclass,
// which may hold a small value).
inline bool is_int_layout(Type* t) { return t->layout == Layout::Int || t->layout == Layout::Bool; }

// True when v is an int (any kind) whose value fits in int64; sets *out.
inline bool int_as_i64(Interp& I, Value v, int64_t* out) {
  if (v.is_small()) {
    *out = v.small_value();
    return true;
  }
  if (v.is_bool()) {
    *out = v.is_true() ? 1 : 0;
    return true;
  }
  const BigInt& b = v.as<IntObj>()->v;
  if (!b.fits_int64()) return false;
  *out = b.to_int64();
  return true;
}

inline double float_of(Value v) { return v.as<FloatObj>()->v; }

// "descriptor '__add__' requires a 'int' object but received a 'str'"
[[noreturn]] void raise_descriptor(Interp& I, const char* name, const char* owner, Value got);
// "descriptor 'bit_length' for 'int' objects doesn't apply to a 'str' object"
[[noreturn]] void raise_method_descriptor(Interp& I, const char* name, const char* owner, Value got);

// float ** float with CPython's special cases; a negative base with a
// fractional exponent gives a complex (complex.cpp).
Value float_pow(Interp& I, double x, double y);
Value complex_pow_values(Interp& I, double ar, double ai, double br, double bi);
Value new_complex(Interp& I, double re, double im);
// Python-visible complex type (called from init_float).
void init_complex(Interp& I);

}  // namespace num
}  // namespace il
