// float.cpp — the float type: arithmetic with CPython's special cases
// (floor division and modulo take the divisor's sign, ** may give a complex),
// the numeric hash, float() parsing, hex()/fromhex(), round() and formatting.
#include <cerrno>
#include <cfloat>
#include <cmath>
#include <cstring>
#include <new>
#include <string>

#include "objects/numbers_internal.h"
#include "objects/numfmt.h"

namespace il {

using num::float_of;

// CPython's float.hex(): 53 mantissa bits as 1 + 13 hex digits.
static constexpr int kHexDigits = (DBL_MANT_DIG - 1) / 4;
// Exponents beyond this in fromhex() over/underflow whatever the digits are;
// clamping keeps the arithmetic in int64.
static constexpr int64_t kHexExponentClamp = int64_t(1) << 40;

// ============================================================================
// Value constructors and queries
// ============================================================================

Value Interp::new_float(double v) { return obj_value(make<FloatObj>(t.float_, v)); }

bool is_float(Interp& I, Value v) { return v.is_obj() && v.obj()->type->layout == Layout::Float; }

Str* float_repr(Interp& I, double d) { return I.str(numfmt::float_repr(d)); }

double to_double(Interp& I, Value v) {
  if (is_float(I, v)) return float_of(v);
  if (is_int(I, v)) return int_to_double(I, v);
  Type* t = type_of(I, v);
  if (!type_lookup(t, I.names->__float__).empty()) {
    Value r = call_special(I, v, I.names->__float__, nullptr, 0);
    if (!is_float(I, r))
      I.raise(I.t.TypeError, "%s.__float__ returned non-float (type %s)", t->name->data, type_name(I, r));
    return float_of(r);
  }
  if (!type_lookup(t, I.names->__index__).empty()) return int_to_double(I, number_index(I, v));
  I.raise(I.t.TypeError, "must be real number, not %s", t->name->data);
}

// ============================================================================
// Hash
// ============================================================================

// CPython's _Py_HashDouble: the value modulo 2**61 - 1, so that
// hash(2.0) == hash(2) and hash(0.5) == hash(Fraction(1, 2)).
uint64_t float_hash(double v) {
  if (std::isinf(v)) return v > 0 ? num::kHashInf : uint64_t(-int64_t(num::kHashInf));
  if (std::isnan(v)) return 0;
  int e;
  double m = std::frexp(v, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  uint64_t x = 0;
  while (m) {
    x = ((x << 28) & num::kHashModulus) | x >> (num::kHashBits - 28);
    m *= 268435456.0;  // 2**28
    e -= 28;
    uint64_t y = uint64_t(m);
    m -= double(y);
    x += y;
    if (x >= num::kHashModulus) x -= num::kHashModulus;
  }
  e = e >= 0 ? e % num::kHashBits : num::kHashBits - 1 - ((-1 - e) % num::kHashBits);
  x = ((x << e) & num::kHashModulus) | x >> (num::kHashBits - e);
  x = x * uint64_t(int64_t(sign));
  if (x == uint64_t(-1)) x = uint64_t(-2);
  return x;
}

// ============================================================================
// Arithmetic
// ============================================================================

static bool is_odd_integer(double y) { return std::fmod(std::fabs(y), 2.0) == 1.0; }

// CPython's float_pow, special cases included.
Value num::float_pow(Interp& I, double iv, double iw) {
  if (iw == 0) return I.new_float(1.0);
  if (std::isnan(iv)) return I.new_float(iv);
  if (std::isnan(iw)) return I.new_float(iv == 1.0 ? 1.0 : iw);
  if (std::isinf(iw)) {
    iv = std::fabs(iv);
    if (iv == 1.0) return I.new_float(1.0);
    if ((iw > 0.0) == (iv > 1.0)) return I.new_float(std::fabs(iw));
    return I.new_float(0.0);
  }
  if (std::isinf(iv)) {
    bool odd = is_odd_integer(iw);
    if (iw > 0.0) return I.new_float(odd ? iv : std::fabs(iv));
    return I.new_float(odd ? std::copysign(0.0, iv) : 0.0);
  }
  if (iv == 0.0) {
    bool odd = is_odd_integer(iw);
    if (iw < 0.0) I.raise(I.t.ZeroDivisionError, "0.0 cannot be raised to a negative power");
    return I.new_float(odd ? iv : 0.0);
  }
  bool negate = false;
  if (iv < 0.0) {
    if (iw != std::floor(iw)) return num::complex_pow_values(I, iv, 0.0, iw, 0.0);
    iv = -iv;
    negate = is_odd_integer(iw);
  }
  if (iv == 1.0) return I.new_float(negate ? -1.0 : 1.0);
  errno = 0;
  double ix = std::pow(iv, iw);
  if (negate) ix = -ix;
  if (std::isinf(ix)) I.raise(I.t.OverflowError, "(34, 'Numerical result out of range')");
  return I.new_float(ix);
}

// CPython's _float_div_mod: the remainder takes the divisor's sign.
static void float_divmod_parts(double vx, double wx, double& floordiv, double& mod) {
  mod = std::fmod(vx, wx);
  double div = (vx - mod) / wx;
  if (mod) {
    if ((wx < 0) != (mod < 0)) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = std::copysign(0.0, wx);
  }
  if (div) {
    floordiv = std::floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = std::copysign(0.0, vx / wx);
  }
}

Value float_binary(Interp& I, double a, double b, BinOp op) {
  switch (op) {
    case BinOp::Add: return I.new_float(a + b);
    case BinOp::Sub: return I.new_float(a - b);
    case BinOp::Mul: return I.new_float(a * b);
    case BinOp::TrueDiv:
      if (b == 0.0) I.raise(I.t.ZeroDivisionError, "float division by zero");
      return I.new_float(a / b);
    case BinOp::FloorDiv: {
      if (b == 0.0) I.raise(I.t.ZeroDivisionError, "float floor division by zero");
      double q, r;
      float_divmod_parts(a, b, q, r);
      return I.new_float(q);
    }
    case BinOp::Remainder: {
      if (b == 0.0) I.raise(I.t.ZeroDivisionError, "float modulo");
      double mod = std::fmod(a, b);
      if (mod) {
        if ((b < 0) != (mod < 0)) mod += b;
      } else {
        mod = std::copysign(0.0, b);
      }
      return I.new_float(mod);
    }
    case BinOp::Power: return num::float_pow(I, a, b);
    default: {
      // Only reached from the eval loop's float/float fast path.
      static const char* syms[] = {"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"};
      I.raise(I.t.TypeError, "unsupported operand type(s) for %s: 'float' and 'float'", syms[int(op) % 13]);
    }
  }
}

// ============================================================================
// float()
// ============================================================================

static Value float_from_text(Interp& I, Value src, std::string_view text) {
  double d;
  if (numfmt::parse_float(text, d)) return I.new_float(d);
  I.raise(I.t.ValueError, "could not convert string to float: %s", repr(I, src)->data);
}

// float(x) (CPython's PyNumber_Float).
static Value float_of_object(Interp& I, Value x) {
  if (x.is_obj() && x.obj()->type == I.t.float_) return x;
  if (x.is_small() || x.is_bool()) return I.new_float(int_to_double(I, x));
  Type* t = type_of(I, x);
  if (!type_lookup(t, I.names->__float__).empty()) {
    Value r = call_special(I, x, I.names->__float__, nullptr, 0);
    if (!is_float(I, r))
      I.raise(I.t.TypeError, "%s.__float__ returned non-float (type %s)", t->name->data, type_name(I, r));
    return r.obj()->type == I.t.float_ ? r : I.new_float(float_of(r));
  }
  if (!type_lookup(t, I.names->__index__).empty()) return I.new_float(int_to_double(I, number_index(I, x)));
  if (is_str(I, x)) return float_from_text(I, x, as_str(x)->view());
  if (t->layout == Layout::Bytes || t->layout == Layout::ByteArray) {
    const std::string& data = t->layout == Layout::Bytes ? x.as<BytesObj>()->data : x.as<ByteArrayObj>()->data;
    return float_from_text(I, x, data);
  }
  I.raise(I.t.TypeError, "float() argument must be a string or a real number, not '%s'", t->name->data);
}

static Value float_new(Interp& I, CallArgs& a) {
  Value clsv = a.argv[0];
  if (!clsv.is_obj() || clsv.obj()->type->layout != Layout::Type)
    I.raise(I.t.TypeError, "float.__new__(X): X is not a type object (%s)", type_name(I, clsv));
  Type* cls = clsv.as<Type>();
  if (!is_subtype(cls, I.t.float_))
    I.raise(I.t.TypeError, "float.__new__(%s): %s is not a subtype of float", cls->name->data, cls->name->data);
  if (a.nkw() && cls == I.t.float_) I.raise(I.t.TypeError, "float() takes no keyword arguments");
  if (a.npos() > 2) I.raise(I.t.TypeError, "float expected at most 1 argument, got %u", a.npos() - 1);
  Value r = a.npos() > 1 ? float_of_object(I, a.argv[1]) : I.new_float(0.0);
  if (cls == I.t.float_) return r;
  return obj_value(I.make<FloatObj>(cls, float_of(r)));
}

// ============================================================================
// Methods
// ============================================================================

static inline void self_float(Interp& I, CallArgs& a, const char* name) {
  if (a.argc == 0 || !is_float(I, a.argv[0]))
    num::raise_descriptor(I, name, "float", a.argc ? a.argv[0] : Value::None());
}
static inline void self_float_m(Interp& I, CallArgs& a, const char* name) {
  if (a.argc == 0 || !is_float(I, a.argv[0]))
    num::raise_method_descriptor(I, name, "float", a.argc ? a.argv[0] : Value::None());
}

// The other operand of a float operator as a double; false = NotImplemented.
static bool float_operand(Interp& I, Value v, double& out) {
  if (is_float(I, v)) {
    out = float_of(v);
    return true;
  }
  if (is_int(I, v)) {
    out = int_to_double(I, v);
    return true;
  }
  return false;
}

static const char* float_dunder(BinOp op, bool reflected) {
  switch (op) {
    case BinOp::Add: return reflected ? "__radd__" : "__add__";
    case BinOp::Sub: return reflected ? "__rsub__" : "__sub__";
    case BinOp::Mul: return reflected ? "__rmul__" : "__mul__";
    case BinOp::TrueDiv: return reflected ? "__rtruediv__" : "__truediv__";
    case BinOp::FloorDiv: return reflected ? "__rfloordiv__" : "__floordiv__";
    case BinOp::Remainder: return reflected ? "__rmod__" : "__mod__";
    default: return "?";
  }
}

template <BinOp op, bool reflected>
static Value f_binop(Interp& I, CallArgs& a) {
  const char* name = float_dunder(op, reflected);
  self_float(I, a, name);
  check_nargs(I, a, name, 2, 2);
  double x = float_of(a.argv[0]), y;
  if (!float_operand(I, a.argv[1], y)) return Value::NotImplemented();
  return reflected ? float_binary(I, y, x, op) : float_binary(I, x, y, op);
}

template <bool reflected>
static Value f_pow(Interp& I, CallArgs& a) {
  const char* name = reflected ? "__rpow__" : "__pow__";
  self_float(I, a, name);
  check_nargs(I, a, name, 2, 3);
  if (a.argc > 2 && !a.argv[2].is_none())
    I.raise(I.t.TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
  double x = float_of(a.argv[0]), y;
  if (!float_operand(I, a.argv[1], y)) return Value::NotImplemented();
  return reflected ? num::float_pow(I, y, x) : num::float_pow(I, x, y);
}

template <bool reflected>
static Value f_divmod(Interp& I, CallArgs& a) {
  const char* name = reflected ? "__rdivmod__" : "__divmod__";
  self_float(I, a, name);
  check_nargs(I, a, name, 2, 2);
  double x = float_of(a.argv[0]), y;
  if (!float_operand(I, a.argv[1], y)) return Value::NotImplemented();
  if (reflected) std::swap(x, y);
  if (y == 0.0) I.raise(I.t.ZeroDivisionError, "float divmod()");
  double q, r;
  float_divmod_parts(x, y, q, r);
  return obj_value(I.tuple({I.new_float(q), I.new_float(r)}));
}

// float vs float/int comparison; ints compare exactly (no rounding to double).
template <CmpOp op>
static Value f_compare(Interp& I, CallArgs& a) {
  static const char* names[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
  self_float(I, a, names[int(op)]);
  check_nargs(I, a, names[int(op)], 2, 2);
  double x = float_of(a.argv[0]);
  Value o = a.argv[1];
  int c;
  bool unordered;
  if (is_float(I, o)) {
    double y = float_of(o);
    unordered = std::isnan(x) || std::isnan(y);
    c = x < y ? -1 : x > y ? 1 : 0;
  } else if (is_int(I, o)) {
    c = -compare_int_float(I, o, x, &unordered);
  } else {
    return Value::NotImplemented();
  }
  if (unordered) return Value::boolean(op == CmpOp::Ne);
  switch (op) {
    case CmpOp::Lt: return Value::boolean(c < 0);
    case CmpOp::Le: return Value::boolean(c <= 0);
    case CmpOp::Eq: return Value::boolean(c == 0);
    case CmpOp::Ne: return Value::boolean(c != 0);
    case CmpOp::Gt: return Value::boolean(c > 0);
    default: return Value::boolean(c >= 0);
  }
}

static Value f_neg(Interp& I, CallArgs& a) {
  self_float(I, a, "__neg__");
  return I.new_float(-float_of(a.argv[0]));
}
static Value f_pos(Interp& I, CallArgs& a) {
  self_float(I, a, "__pos__");
  if (a.argv[0].obj()->type == I.t.float_) return a.argv[0];
  return I.new_float(float_of(a.argv[0]));
}
static Value f_abs(Interp& I, CallArgs& a) {
  self_float(I, a, "__abs__");
  return I.new_float(std::fabs(float_of(a.argv[0])));
}
static Value f_bool(Interp& I, CallArgs& a) {
  self_float(I, a, "__bool__");
  return Value::boolean(float_of(a.argv[0]) != 0.0);
}
static Value f_int(Interp& I, CallArgs& a) {
  self_float(I, a, "__int__");
  return int_from_double(I, float_of(a.argv[0]));
}
static Value f_trunc(Interp& I, CallArgs& a) {
  self_float_m(I, a, "__trunc__");
  return int_from_double(I, float_of(a.argv[0]));
}
static Value f_floor(Interp& I, CallArgs& a) {
  self_float_m(I, a, "__floor__");
  return int_from_double(I, std::floor(float_of(a.argv[0])));
}
static Value f_ceil(Interp& I, CallArgs& a) {
  self_float_m(I, a, "__ceil__");
  return int_from_double(I, std::ceil(float_of(a.argv[0])));
}
static Value f_float(Interp& I, CallArgs& a) {
  self_float(I, a, "__float__");
  if (a.argv[0].obj()->type == I.t.float_) return a.argv[0];
  return I.new_float(float_of(a.argv[0]));
}
static Value f_round(Interp& I, CallArgs& a) {
  self_float_m(I, a, "__round__");
  check_nargs(I, a, "__round__", 1, 2);
  double x = float_of(a.argv[0]);
  if (a.argc < 2 || a.argv[1].is_none()) return int_from_double(I, numfmt::round_to_int(x));
  Value nd = number_index(I, a.argv[1]);
  int64_t n;
  if (!num::int_as_i64(I, nd, &n)) n = int_to_big(I, nd).is_negative() ? INT64_MIN : INT64_MAX;
  bool overflow = false;
  double r = numfmt::round_half_even(x, n, overflow);
  if (overflow) I.raise(I.t.OverflowError, "rounded value too large to represent");
  return I.new_float(r);
}
static Value f_repr(Interp& I, CallArgs& a) {
  self_float(I, a, "__repr__");
  return sval(float_repr(I, float_of(a.argv[0])));
}
static Value f_hash(Interp& I, CallArgs& a) {
  self_float(I, a, "__hash__");
  double d = float_of(a.argv[0]);
  // NaNs hash by identity (CPython 3.10+), so distinct NaNs rarely collide.
  if (std::isnan(d)) return I.new_int(int64_t((a.argv[0].bits() >> 4) & 0x0fffffffffffffffull));
  return I.new_int(int64_t(float_hash(d)));
}
static Value f_format(Interp& I, CallArgs& a) {
  self_float(I, a, "__format__");
  check_nargs(I, a, "__format__", 2, 2);
  if (!is_str(I, a.argv[1]))
    I.raise(I.t.TypeError, "__format__() argument must be str, not %s", type_name(I, a.argv[1]));
  Str* spec = as_str(a.argv[1]);
  if (spec->nbytes == 0) return sval(str_of(I, a.argv[0]));
  std::string out, err;
  bool ok;
  try {
    ok = numfmt::format_float(float_of(a.argv[0]), spec->view(), out, err, type_name(I, a.argv[0]));
  } catch (const std::bad_alloc&) {
    I.raise(I.t.MemoryError, "");
  }
  if (!ok) I.raise(numfmt::error_is_overflow(err) ? I.t.OverflowError : I.t.ValueError, "%s", err.c_str());
  return I.new_str(out);
}
static Value f_is_integer(Interp& I, CallArgs& a) {
  self_float_m(I, a, "is_integer");
  double x = float_of(a.argv[0]);
  return Value::boolean(std::isfinite(x) && std::floor(x) == x);
}
static Value f_as_integer_ratio(Interp& I, CallArgs& a) {
  self_float_m(I, a, "as_integer_ratio");
  double x = float_of(a.argv[0]);
  if (std::isinf(x)) I.raise(I.t.OverflowError, "cannot convert Infinity to integer ratio");
  if (std::isnan(x)) I.raise(I.t.ValueError, "cannot convert NaN to integer ratio");
  int e;
  double m = std::frexp(x, &e);
  // At most 300 doublings make any double's mantissa integral (CPython's loop).
  for (int i = 0; i < 300 && m != std::floor(m); i++) {
    m *= 2.0;
    e--;
  }
  BigInt num = BigInt::from_double(m), den(1);
  if (e > 0)
    num = num.shl(uint64_t(e));
  else
    den = den.shl(uint64_t(-e));
  return obj_value(I.tuple({I.new_int(std::move(num)), I.new_int(std::move(den))}));
}
static Value f_conjugate(Interp& I, CallArgs& a) {
  self_float_m(I, a, "conjugate");
  return f_float(I, a);
}
static Value f_getnewargs(Interp& I, CallArgs& a) {
  self_float_m(I, a, "__getnewargs__");
  return obj_value(I.tuple({I.new_float(float_of(a.argv[0]))}));
}
static Value f_sizeof(Interp& I, CallArgs& a) {
  self_float_m(I, a, "__sizeof__");
  return Value::small(24);  // CPython's PyFloatObject
}
static Value f_getformat(Interp& I, CallArgs& a) {
  if (a.argc < 2 || !is_str(I, a.argv[1]))
    I.raise(I.t.TypeError, "__getformat__() argument must be str, not %s",
            a.argc < 2 ? "nothing" : type_name(I, a.argv[1]));
  std::string_view s = as_str(a.argv[1])->view();
  if (s != "double" && s != "float")
    I.raise(I.t.ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
  return I.new_str("IEEE, little-endian");
}

// float.hex(): CPython's float_hex.
static Value f_hex(Interp& I, CallArgs& a) {
  self_float_m(I, a, "hex");
  double x = float_of(a.argv[0]);
  if (std::isnan(x) || std::isinf(x)) return sval(float_repr(I, x));
  if (x == 0.0) return I.new_str(std::copysign(1.0, x) == -1.0 ? "-0x0.0p+0" : "0x0.0p+0");
  int e;
  double m = std::frexp(std::fabs(x), &e);
  int shift = 1 - std::max(DBL_MIN_EXP - e, 0);
  m = std::ldexp(m, shift);
  e -= shift;
  static const char hexd[] = "0123456789abcdef";
  std::string s;
  if (x < 0) s += '-';
  s += "0x";
  s += hexd[int(m)];
  m -= int(m);
  s += '.';
  for (int i = 0; i < kHexDigits; i++) {
    m *= 16.0;
    int d = int(m);
    m -= d;
    s += hexd[d];
  }
  char buf[16];
  std::snprintf(buf, sizeof buf, "p%+d", e);
  s += buf;
  return I.new_str(s);
}

static int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c = char(c | 0x20);
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}
static bool is_ascii_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
static bool ieq_prefix(std::string_view s, size_t pos, const char* word) {
  size_t n = std::strlen(word);
  if (s.size() - pos < n) return false;
  for (size_t i = 0; i < n; i++)
    if ((s[pos + i] | 0x20) != word[i]) return false;
  return true;
}

// M * 2**E correctly rounded (half even) to a double, subnormals included;
// false on overflow.
static bool scale_to_double(const BigInt& m, int64_t e, double& out) {
  if (m.is_zero()) {
    out = 0.0;
    return true;
  }
  int64_t nbits = int64_t(m.bit_length());
  int64_t top = nbits + e;  // value in [2**(top-1), 2**top)
  if (top > DBL_MAX_EXP) return false;
  // Bits of precision available at this magnitude (fewer for subnormals).
  int64_t prec = DBL_MANT_DIG;
  if (top - 1 < DBL_MIN_EXP - 1) prec = DBL_MANT_DIG - ((DBL_MIN_EXP - 1) - (top - 1));
  int64_t shift = nbits - prec;
  BigInt q = m;
  if (shift > 0) {
    q = m.shr(uint64_t(shift));
    BigInt rem = m - q.shl(uint64_t(shift));
    BigInt half = BigInt(1).shl(uint64_t(shift - 1));
    int c = BigInt::compare(rem, half);
    if (c > 0 || (c == 0 && q.is_odd())) q += BigInt(1);
    e += shift;
  }
  bool overflow = false;
  double d = q.to_double(&overflow);
  out = std::ldexp(d, int(std::max<int64_t>(std::min<int64_t>(e, 4096), -4096)));
  return !std::isinf(out);
}

static Value f_fromhex(Interp& I, CallArgs& a) {
  if (a.argc != 2) I.raise(I.t.TypeError, "fromhex() takes exactly one argument (%u given)", a.argc - 1);
  if (!is_str(I, a.argv[1]))
    I.raise(I.t.TypeError, "fromhex() argument must be str, not %s", type_name(I, a.argv[1]));
  std::string_view s = as_str(a.argv[1])->view();
  auto invalid = [&]() -> Value { I.raise(I.t.ValueError, "invalid hexadecimal floating-point string"); };
  size_t p = 0, n = s.size();
  while (p < n && is_ascii_space(s[p])) p++;
  bool neg = false;
  if (p < n && (s[p] == '+' || s[p] == '-')) neg = s[p++] == '-';
  double result;
  if (ieq_prefix(s, p, "inf")) {
    p += ieq_prefix(s, p, "infinity") ? 8 : 3;
    result = INFINITY;
  } else if (ieq_prefix(s, p, "nan")) {
    p += 3;
    result = NAN;
  } else {
    if (p + 1 < n && s[p] == '0' && (s[p + 1] | 0x20) == 'x') p += 2;
    BigInt mant;
    int64_t exp = 0;
    size_t ndigits = 0;
    bool seen_dot = false;
    for (; p < n; p++) {
      if (s[p] == '.' && !seen_dot) {
        seen_dot = true;
        continue;
      }
      int d = hex_value(s[p]);
      if (d < 0) break;
      if (!mant.is_zero() || d) mant = mant.shl(4) + BigInt(int64_t(d));
      if (seen_dot) exp -= 4;
      ndigits++;
    }
    if (ndigits == 0) return invalid();
    if (p < n && (s[p] | 0x20) == 'p') {
      p++;
      bool eneg = false;
      if (p < n && (s[p] == '+' || s[p] == '-')) eneg = s[p++] == '-';
      if (p >= n || s[p] < '0' || s[p] > '9') return invalid();
      int64_t ev = 0;
      for (; p < n && s[p] >= '0' && s[p] <= '9'; p++) ev = std::min(ev * 10 + (s[p] - '0'), kHexExponentClamp);
      exp += eneg ? -ev : ev;
    }
    if (!scale_to_double(mant, exp, result))
      I.raise(I.t.OverflowError, "hexadecimal value too large to represent as a float");
  }
  while (p < n && is_ascii_space(s[p])) p++;
  if (p != n) return invalid();
  if (neg) result = -result;
  Value r = I.new_float(result);
  if (a.argv[0] == obj_value(I.t.float_)) return r;
  return call1(I, a.argv[0], r);
}

static Value g_real(Interp& I, CallArgs& a) { return I.new_float(float_of(a.argv[0])); }
static Value g_imag(Interp& I, CallArgs& a) { return I.new_float(0.0); }

// ============================================================================
// Registration
// ============================================================================

static Value float_alloc(Interp& I, Type* t) { return obj_value(I.make<FloatObj>(t, 0.0)); }

static const MethodDef kFloatMethods[] = {
    {"__new__", float_new, kNativeStatic},
    {"__repr__", f_repr},
    {"__hash__", f_hash},
    {"__bool__", f_bool},
    {"__int__", f_int},
    {"__float__", f_float},
    {"__trunc__", f_trunc},
    {"__floor__", f_floor},
    {"__ceil__", f_ceil},
    {"__round__", f_round},
    {"__neg__", f_neg},
    {"__pos__", f_pos},
    {"__abs__", f_abs},
    {"__add__", f_binop<BinOp::Add, false>},
    {"__radd__", f_binop<BinOp::Add, true>},
    {"__sub__", f_binop<BinOp::Sub, false>},
    {"__rsub__", f_binop<BinOp::Sub, true>},
    {"__mul__", f_binop<BinOp::Mul, false>},
    {"__rmul__", f_binop<BinOp::Mul, true>},
    {"__truediv__", f_binop<BinOp::TrueDiv, false>},
    {"__rtruediv__", f_binop<BinOp::TrueDiv, true>},
    {"__floordiv__", f_binop<BinOp::FloorDiv, false>},
    {"__rfloordiv__", f_binop<BinOp::FloorDiv, true>},
    {"__mod__", f_binop<BinOp::Remainder, false>},
    {"__rmod__", f_binop<BinOp::Remainder, true>},
    {"__divmod__", f_divmod<false>},
    {"__rdivmod__", f_divmod<true>},
    {"__pow__", f_pow<false>},
    {"__rpow__", f_pow<true>},
    {"__lt__", f_compare<CmpOp::Lt>},
    {"__le__", f_compare<CmpOp::Le>},
    {"__eq__", f_compare<CmpOp::Eq>},
    {"__ne__", f_compare<CmpOp::Ne>},
    {"__gt__", f_compare<CmpOp::Gt>},
    {"__ge__", f_compare<CmpOp::Ge>},
    {"__format__", f_format},
    {"__getnewargs__", f_getnewargs},
    {"__sizeof__", f_sizeof},
    {"__getformat__", f_getformat, kNativeClassMethod},
    {"is_integer", f_is_integer},
    {"as_integer_ratio", f_as_integer_ratio},
    {"conjugate", f_conjugate},
    {"hex", f_hex},
    {"fromhex", f_fromhex, kNativeClassMethod},
};

static const GetSetDef kFloatGetSets[] = {
    {"real", g_real},
    {"imag", g_imag},
};

void init_float(Interp& I) {
  I.t.float_->alloc = float_alloc;
  add_methods(I, I.t.float_, kFloatMethods);
  add_getsets(I, I.t.float_, kFloatGetSets);
  num::init_complex(I);
}

}  // namespace il
