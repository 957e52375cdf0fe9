// int.cpp — int and bool: the unboxed small-int fast paths, BigInt fallback
// on overflow, the int()/bool() constructors and every int method, all with
// CPython 3.11's semantics and messages.
#include <cmath>
#include <cstring>
#include <new>
#include <string>

#include <optional>
#include "objects/container_util.h"
#include "objects/numbers_internal.h"
#include "objects/numfmt.h"
#include "objects/str_unicode.h"

namespace il {

using num::int_as_i64;
using num::is_int_layout;

// Why these bounds: a result of more than 2**36 bits (8 GiB) cannot be
// stored within any memory cap; CPython reports MemoryError for them too.
static constexpr uint64_t kMaxResultBits = uint64_t(1) << 36;
// Doubles hold every integer up to 2**53 exactly: int/int and int-vs-float
// comparisons below that take the plain double path.
static constexpr int64_t kExactDoubleInt = int64_t(1) << 53;
// Python's repr of a float/str in an error message is cut at 200 characters (%.200R).
static constexpr size_t kErrReprChars = 200;

// ============================================================================
// Errors shared by the number files
// ============================================================================

namespace num {
void raise_descriptor(Interp& I, const char* name, const char* owner, Value got) {
  I.raise(I.t.TypeError, "descriptor '%s' requires a '%s' object but received a '%s'", name, owner,
          type_name(I, got));
}
void raise_method_descriptor(Interp& I, const char* name, const char* owner, Value got) {
  I.raise(I.t.TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name, owner,
          type_name(I, got));
}
}  // namespace num

[[noreturn]] static void raise_memory(Interp& I) { I.raise(I.t.MemoryError, ""); }

// The bytes of a bytes or bytearray (or subclass) value.
static std::optional<std::string_view> bytes_like_view(Interp& I, Value v) {
  if (!v.is_obj()) return std::nullopt;
  Layout l = v.obj()->type->layout;
  if (l == Layout::Bytes) return std::string_view(v.as<BytesObj>()->data);
  if (l == Layout::ByteArray) return std::string_view(v.as<ByteArrayObj>()->data);
  return std::nullopt;
}

// ============================================================================
// Value constructors and queries
// ============================================================================

Value Interp::new_int(int64_t v) {
  if (Value::fits_small(v)) return Value::small(v);
  return obj_value(make<IntObj>(t.int_, BigInt(v)));
}

Value Interp::new_int(BigInt v) {
  if (v.fits_int64()) {
    int64_t x = v.to_int64();
    if (Value::fits_small(x)) return Value::small(x);
  }
  return obj_value(make<IntObj>(t.int_, std::move(v)));
}

bool is_int(Interp& I, Value v) {
  if (v.is_small() || v.is_bool()) return true;
  return v.is_obj() && is_int_layout(v.obj()->type);
}

BigInt int_to_big(Interp& I, Value v) {
  if (v.is_small()) return BigInt(v.small_value());
  if (v.is_bool()) return BigInt(int64_t(v.is_true()));
  return v.as<IntObj>()->v;
}

// A read-only view of an int Value as a BigInt without copying IntObjs.
class BigView {
 public:
  explicit BigView(Value v) {
    if (v.is_obj()) {
      p_ = &v.as<IntObj>()->v;
    } else {
      tmp_ = BigInt(v.is_small() ? v.small_value() : int64_t(v.is_true()));
      p_ = &tmp_;
    }
  }
  const BigInt& operator*() const { return *p_; }
  const BigInt* operator->() const { return p_; }

 private:
  BigInt tmp_;
  const BigInt* p_;
};

// An int (any kind, any subclass) as an exact int Value.
static Value exact_int(Interp& I, Value v) {
  if (v.is_small()) return v;
  if (v.is_bool()) return Value::small(v.is_true());
  if (v.obj()->type == I.t.int_) return v;
  return I.new_int(v.as<IntObj>()->v);
}

int64_t to_int64(Interp& I, Value v, const char* what) {
  if (v.is_small()) return v.small_value();
  if (v.is_bool()) return v.is_true();
  if (!is_int(I, v)) {
    if (is_float(I, v)) I.raise(I.t.TypeError, "'float' object cannot be interpreted as an integer");
    v = number_index(I, v);
  }
  int64_t x;
  // Most callers take sizes and counts: CPython's PyNumber_AsSsize_t wording.
  if (!int_as_i64(I, v, &x)) I.raise(I.t.OverflowError, "cannot fit 'int' into an index-sized integer");
  return x;
}

double int_to_double(Interp& I, Value v) {
  if (v.is_small()) return double(v.small_value());
  if (v.is_bool()) return v.is_true() ? 1.0 : 0.0;
  bool overflow = false;
  double d = v.as<IntObj>()->v.to_double(&overflow);
  if (overflow) I.raise(I.t.OverflowError, "int too large to convert to float");
  return d;
}

Value int_from_double(Interp& I, double d) {
  if (std::isnan(d)) I.raise(I.t.ValueError, "cannot convert float NaN to integer");
  if (std::isinf(d)) I.raise(I.t.OverflowError, "cannot convert float infinity to integer");
  if (d > -4e18 && d < 4e18) return I.new_int(int64_t(d));
  return I.new_int(BigInt::from_double(d));
}

int compare_int_float(Interp& I, Value i, double f, bool* unordered) {
  *unordered = std::isnan(f);
  if (*unordered) return 0;
  int64_t x;
  if (int_as_i64(I, i, &x) && x >= -kExactDoubleInt && x <= kExactDoubleInt) {
    double d = double(x);
    return d < f ? -1 : d > f ? 1 : 0;
  }
  return BigView(i)->compare_double(f);
}

int int_compare(Interp& I, Value a, Value b) {
  int64_t x, y;
  if (int_as_i64(I, a, &x) && int_as_i64(I, b, &y)) return x < y ? -1 : x > y ? 1 : 0;
  return BigInt::compare(*BigView(a), *BigView(b));
}

uint64_t int_hash(Interp& I, Value v) {
  if (v.is_small()) return cu::small_int_hash(v.small_value());
  if (v.is_bool()) return v.is_true();
  return v.as<IntObj>()->v.py_hash();
}

// ============================================================================
// Text conversion
// ============================================================================

static std::string digits_limit_message(size_t digits) {
  return "Exceeds the limit (" + std::to_string(num::kMaxStrDigits) +
         " digits) for integer string conversion: value has " + std::to_string(digits) +
         " digits; use sys.set_int_max_str_digits() to increase the limit";
}

[[noreturn]] static void raise_str_limit(Interp& I) {
  I.raise(I.t.ValueError,
          "Exceeds the limit (%zu digits) for integer string conversion; use sys.set_int_max_str_digits() "
          "to increase the limit",
          num::kMaxStrDigits);
}

// Decimal digits of a BigInt, enforcing the 4300-digit limit.
static std::string big_decimal(Interp& I, const BigInt& b) {
  if (b.decimal_digits_upper_bound() > num::kMaxStrDigits) {
    std::string s;
    try {
      s = b.to_string(10);
    } catch (const std::bad_alloc&) {
      raise_memory(I);
    }
    if (s.size() - (b.is_negative() ? 1 : 0) > num::kMaxStrDigits) raise_str_limit(I);
    return s;
  }
  return b.to_string(10);
}

Str* int_repr(Interp& I, Value v) {
  if (v.is_bool()) return I.intern(v.is_true() ? "True" : "False");
  if (v.is_small()) {
    char buf[24];
    int n = std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(v.small_value()));
    return I.str(std::string_view(buf, size_t(n)));
  }
  return I.str(big_decimal(I, v.as<IntObj>()->v));
}

// repr(s) cut to 200 characters, as CPython's %.200R does in messages.
static std::string short_repr(Interp& I, Value v) {
  std::string r(repr(I, v)->view());
  size_t pos = 0, chars = 0;
  while (pos < r.size() && chars < kErrReprChars) {
    utf8_decode_at(r, pos);
    chars++;
  }
  return r.substr(0, pos);
}

static bool is_pow2_base(int base) { return base == 2 || base == 4 || base == 8 || base == 16 || base == 32; }

// Parses `text` (already ASCII-normalised) or returns false.
static bool parse_int_text(Interp& I, std::string_view text, int base, Value& out) {
  BigInt b;
  // Power-of-two bases are linear-time: no digit limit (CPython's rule).
  bool limited = !is_pow2_base(base);
  if (base == 0) {
    size_t p = 0;
    while (p < text.size() && (text[p] == ' ' || (text[p] >= '\t' && text[p] <= '\r'))) p++;
    if (p < text.size() && (text[p] == '+' || text[p] == '-')) p++;
    if (p + 1 < text.size() && text[p] == '0' && std::strchr("xXoObB", text[p + 1])) limited = false;
  }
  if (limited) {
    // CPython counts the leading run of digits and checks the limit before
    // looking at the rest, so '1'*5000 + 'x' reports the limit too.
    int radix = base == 0 ? 10 : base;
    size_t p = 0, digits = 0;
    while (p < text.size() && (text[p] == ' ' || (text[p] >= '\t' && text[p] <= '\r'))) p++;
    if (p < text.size() && (text[p] == '+' || text[p] == '-')) p++;
    for (; p < text.size(); p++) {
      char c = text[p];
      int d = c >= '0' && c <= '9' ? c - '0' : ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ? (c | 0x20) - 'a' + 10 : -1;
      if (c == '_') continue;
      if (d < 0 || d >= radix) break;
      digits++;
    }
    if (digits > num::kMaxStrDigits) I.raise(I.t.ValueError, "%s", digits_limit_message(digits).c_str());
  }
  try {
    if (!BigInt::parse(text, base, b)) return false;
  } catch (const std::bad_alloc&) {
    raise_memory(I);
  }
  out = I.new_int(std::move(b));
  return true;
}

// Maps non-ASCII decimal digits (int('١٢٣')) to ASCII; other text is kept.
static std::string ascii_digits(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t pos = 0;
  while (pos < s.size()) {
    if (static_cast<unsigned char>(s[pos]) < 0x80) {
      out += s[pos++];
      continue;
    }
    size_t start = pos;
    uint32_t cp = utf8_decode_at(s, pos);
    int d = uni::decimal_value(cp);
    if (d >= 0)
      out += char('0' + d);
    else
      out.append(s.substr(start, pos - start));
  }
  return out;
}

static void check_base(Interp& I, int64_t base) {
  if (base != 0 && (base < 2 || base > 36)) I.raise(I.t.ValueError, "int() base must be >= 2 and <= 36, or 0");
}

Value int_from_string(Interp& I, std::string_view s, int base) {
  check_base(I, base);
  std::string norm;
  std::string_view text = s;
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) {
      norm = ascii_digits(s);
      text = norm;
      break;
    }
  Value r;
  if (parse_int_text(I, text, base, r)) return r;
  std::string rs = short_repr(I, I.new_str(s));
  I.raise(I.t.ValueError, "invalid literal for int() with base %d: %s", base, rs.c_str());
}

// int(bytes, base): the same grammar over ASCII bytes; the message shows the bytes.
static Value int_from_bytes_literal(Interp& I, Value src, std::string_view data, int base) {
  check_base(I, base);
  Value r;
  bool ascii = true;
  for (char c : data)
    if (static_cast<unsigned char>(c) >= 0x80) ascii = false;
  if (ascii && data.find('\0') == std::string_view::npos && parse_int_text(I, data, base, r)) return r;
  std::string rs = short_repr(I, src);
  I.raise(I.t.ValueError, "invalid literal for int() with base %d: %s", base, rs.c_str());
}

// ============================================================================
// Arithmetic
// ============================================================================

static Value int_pow_negative(Interp& I, Value a, Value b) {
  // int ** negative int is float ** float (CPython converts both).
  return num::float_pow(I, int_to_double(I, a), int_to_double(I, b));
}

// Both operands fit int64. Returns false to fall back to BigInt arithmetic.
static bool small_binary(Interp& I, int64_t x, int64_t y, BinOp op, Value& out) {
  int64_t r;
  switch (op) {
    case BinOp::Add:
      if (__builtin_add_overflow(x, y, &r)) return false;
      out = I.new_int(r);
      return true;
    case BinOp::Sub:
      if (__builtin_sub_overflow(x, y, &r)) return false;
      out = I.new_int(r);
      return true;
    case BinOp::Mul:
      if (__builtin_mul_overflow(x, y, &r)) return false;
      out = I.new_int(r);
      return true;
    case BinOp::FloorDiv:
      if (y == 0) I.raise(I.t.ZeroDivisionError, "integer division or modulo by zero");
      if (x == INT64_MIN && y == -1) return false;
      r = x / y;
      if ((x % y != 0) && ((x < 0) != (y < 0))) r--;
      out = I.new_int(r);
      return true;
    case BinOp::Remainder:
      if (y == 0) I.raise(I.t.ZeroDivisionError, "integer modulo by zero");
      if (y == -1) {
        out = Value::small(0);
        return true;
      }
      r = x % y;
      if (r != 0 && ((r < 0) != (y < 0))) r += y;
      out = I.new_int(r);
      return true;
    case BinOp::TrueDiv:
      if (y == 0) I.raise(I.t.ZeroDivisionError, "division by zero");
      if (x >= -kExactDoubleInt && x <= kExactDoubleInt && y >= -kExactDoubleInt && y <= kExactDoubleInt) {
        out = I.new_float(double(x) / double(y));
        return true;
      }
      return false;
    case BinOp::Power: {
      if (y < 0) return false;
      int64_t result = 1, base = x;
      uint64_t e = uint64_t(y);
      while (e) {
        if (e & 1)
          if (__builtin_mul_overflow(result, base, &result)) return false;
        e >>= 1;
        if (e && __builtin_mul_overflow(base, base, &base)) return false;
      }
      out = I.new_int(result);
      return true;
    }
    case BinOp::LShift:
      if (y < 0) I.raise(I.t.ValueError, "negative shift count");
      if (x == 0) {
        out = Value::small(0);
        return true;
      }
      if (y < 63) {
        r = int64_t(uint64_t(x) << y);
        if ((r >> y) == x) {
          out = I.new_int(r);
          return true;
        }
      }
      return false;
    case BinOp::RShift:
      if (y < 0) I.raise(I.t.ValueError, "negative shift count");
      out = I.new_int(y >= 63 ? (x < 0 ? -1 : 0) : (x >> y));
      return true;
    case BinOp::And: out = I.new_int(x & y); return true;
    case BinOp::Or: out = I.new_int(x | y); return true;
    case BinOp::Xor: out = I.new_int(x ^ y); return true;
    default:
      out = Value::NotImplemented();
      return true;
  }
}

// BigInt exponent bound: the result has about exp * bits(base) bits.
static uint64_t checked_exponent(Interp& I, const BigInt& base, const BigInt& exp) {
  if (!exp.fits_uint64()) raise_memory(I);
  uint64_t e = exp.to_uint64();
  size_t bits = base.bit_length();
  if (bits > 1 && e > kMaxResultBits / (bits - 1)) raise_memory(I);
  return e;
}

static Value big_binary(Interp& I, Value a, Value b, BinOp op) {
  BigView x(a), y(b);
  try {
    switch (op) {
      case BinOp::Add: return I.new_int(*x + *y);
      case BinOp::Sub: return I.new_int(*x - *y);
      case BinOp::Mul: return I.new_int(*x * *y);
      case BinOp::FloorDiv:
        if (y->is_zero()) I.raise(I.t.ZeroDivisionError, "integer division or modulo by zero");
        return I.new_int(x->floordiv(*y));
      case BinOp::Remainder:
        if (y->is_zero()) I.raise(I.t.ZeroDivisionError, "integer modulo by zero");
        return I.new_int(x->mod(*y));
      case BinOp::TrueDiv: {
        if (y->is_zero()) I.raise(I.t.ZeroDivisionError, "division by zero");
        bool overflow = false;
        double d = x->truediv(*y, &overflow);
        if (overflow) I.raise(I.t.OverflowError, "integer division result too large for a float");
        return I.new_float(d);
      }
      case BinOp::Power: {
        if (y->is_negative()) return int_pow_negative(I, a, b);
        if (x->is_zero()) return Value::small(y->is_zero() ? 1 : 0);
        if (x->bit_length() == 1 && !x->is_negative()) return Value::small(1);
        if (x->bit_length() == 1) return Value::small(y->is_odd() ? -1 : 1);
        return I.new_int(x->pow(checked_exponent(I, *x, *y)));
      }
      case BinOp::LShift: {
        if (y->is_negative()) I.raise(I.t.ValueError, "negative shift count");
        if (x->is_zero()) return Value::small(0);
        if (!y->fits_uint64() || y->to_uint64() > kMaxResultBits) raise_memory(I);
        return I.new_int(x->shl(y->to_uint64()));
      }
      case BinOp::RShift: {
        if (y->is_negative()) I.raise(I.t.ValueError, "negative shift count");
        if (!y->fits_uint64() || y->to_uint64() >= x->bit_length() + 1)
          return Value::small(x->is_negative() ? -1 : 0);
        return I.new_int(x->shr(y->to_uint64()));
      }
      case BinOp::And: return I.new_int(*x & *y);
      case BinOp::Or: return I.new_int(*x | *y);
      case BinOp::Xor: return I.new_int(*x ^ *y);
      default: return Value::NotImplemented();
    }
  } catch (const std::bad_alloc&) {
    raise_memory(I);
  }
}

Value int_binary(Interp& I, Value a, Value b, BinOp op) {
  if (a.is_bool() && b.is_bool()) {  // bool & | ^ bool stays a bool
    bool x = a.is_true(), y = b.is_true();
    if (op == BinOp::And) return Value::boolean(x & y);
    if (op == BinOp::Or) return Value::boolean(x | y);
    if (op == BinOp::Xor) return Value::boolean(x ^ y);
  }
  int64_t x, y;
  if (int_as_i64(I, a, &x) && int_as_i64(I, b, &y)) {
    Value r;
    if (small_binary(I, x, y, op, r)) return r;
  }
  return big_binary(I, a, b, op);
}

// pow(a, b, m) for ints; b may be negative (modular inverse).
static Value int_powmod(Interp& I, Value a, Value b, Value m) {
  BigView base(a), exp(b), mod(m);
  if (mod->is_zero()) I.raise(I.t.ValueError, "pow() 3rd argument cannot be 0");
  BigInt mabs = mod->abs();
  if (mabs == BigInt(1)) return Value::small(0);
  try {
    if (!exp->is_negative()) return I.new_int(BigInt::powmod(*base, *exp, *mod));
    // Extended Euclid for the inverse of base modulo |m|.
    BigInt old_r = base->mod(mabs), r = mabs, old_s(1), s(0);
    while (!r.is_zero()) {
      BigInt q = old_r.floordiv(r);
      BigInt nr = old_r - q * r;
      old_r = std::move(r);
      r = std::move(nr);
      BigInt ns = old_s - q * s;
      old_s = std::move(s);
      s = std::move(ns);
    }
    if (old_r != BigInt(1)) I.raise(I.t.ValueError, "base is not invertible for the given modulus");
    BigInt inv = old_s.mod(mabs);
    return I.new_int(BigInt::powmod(inv, -*exp, *mod));
  } catch (const std::bad_alloc&) {
    raise_memory(I);
  }
}

// round(x, ndigits) for ints with ndigits < 0: round half to even at 10**-ndigits.
static Value int_round_digits(Interp& I, Value v, Value nd) {
  Value idx = number_index(I, nd);
  BigView n(idx);
  if (!n->is_negative()) return exact_int(I, v);
  BigView x(v);
  BigInt neg = -*n;
  if (!neg.fits_uint64() || neg.to_uint64() > x->decimal_digits_upper_bound() + 1) return Value::small(0);
  try {
    BigInt p = BigInt(10).pow(neg.to_uint64());
    BigInt q, r;
    BigInt::divmod(*x, p, q, r);
    BigInt twice = r + r;
    int c = BigInt::compare(twice, p);
    if (c > 0 || (c == 0 && q.is_odd())) q += BigInt(1);
    return I.new_int(q * p);
  } catch (const std::bad_alloc&) {
    raise_memory(I);
  }
}

// ============================================================================
// Constructors: int() and bool()
// ============================================================================

// int(x) for one argument without a base (CPython's PyNumber_Long).
static Value int_of_object(Interp& I, Value x) {
  if (x.is_small()) return x;
  if (x.is_bool()) return Value::small(x.is_true());
  Type* t = type_of(I, x);
  if (t == I.t.int_) return x;
  if (t == I.t.float_) return int_from_double(I, num::float_of(x));
  if (!type_lookup(t, I.names->__int__).empty()) {
    Value r = call_special(I, x, I.names->__int__, nullptr, 0);
    if (!is_int(I, r)) I.raise(I.t.TypeError, "__int__ returned non-int (type %s)", type_name(I, r));
    return exact_int(I, r);
  }
  if (!type_lookup(t, I.names->__index__).empty()) return exact_int(I, number_index(I, x));
  if (!type_lookup(t, I.names->__trunc__).empty()) {
    Value r = call_special(I, x, I.names->__trunc__, nullptr, 0);
    if (is_int(I, r)) return exact_int(I, r);
    Type* rt = type_of(I, r);
    if (type_lookup(rt, I.names->__index__).empty())
      I.raise(I.t.TypeError, "__trunc__ returned non-Integral (type %s)", rt->name->data);
    return exact_int(I, number_index(I, r));
  }
  if (is_str(I, x)) return int_from_string(I, as_str(x)->view(), 10);
  if (auto data = bytes_like_view(I, x)) return int_from_bytes_literal(I, x, *data, 10);
  I.raise(I.t.TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%s'",
          t->name->data);
}

static Type* check_new_type(Interp& I, Value clsv, Type* base, const char* name) {
  if (!clsv.is_obj() || clsv.obj()->type->layout != Layout::Type)
    I.raise(I.t.TypeError, "%s.__new__(X): X is not a type object (%s)", name, type_name(I, clsv));
  Type* cls = clsv.as<Type>();
  if (!is_subtype(cls, base))
    I.raise(I.t.TypeError, "%s.__new__(%s): %s is not a subtype of %s", name, cls->name->data, cls->name->data,
            name);
  return cls;
}

static Value int_new(Interp& I, CallArgs& a) {
  Type* cls = check_new_type(I, a.argv[0], I.t.int_, "int");
  uint32_t npos = a.npos() - 1, nkw = a.nkw();
  Value x, base;
  if (npos > 2) I.raise(I.t.TypeError, "int() takes at most 2 arguments (%u given)", npos + nkw);
  if (npos > 0) x = a.argv[1];
  if (npos > 1) base = a.argv[2];
  for (uint32_t k = 0; k < nkw; k++) {
    Str* name = as_str(a.kwnames->items[k]);
    if (name->view() != "base") I.raise(I.t.TypeError, "'%s' is an invalid keyword argument for int()", name->data);
    if (!base.empty()) I.raise(I.t.TypeError, "argument for int() given by name ('base') and position (2)");
    base = a.argv[a.npos() + k];
  }
  Value r;
  if (base.empty()) {
    r = x.empty() ? Value::small(0) : int_of_object(I, x);
  } else {
    if (x.empty()) I.raise(I.t.TypeError, "int() missing string argument");
    int64_t b = to_int64(I, base);
    if (b != 0 && (b < 2 || b > 36)) I.raise(I.t.ValueError, "int() base must be >= 2 and <= 36, or 0");
    if (is_str(I, x)) {
      r = int_from_string(I, as_str(x)->view(), int(b));
    } else if (auto data = bytes_like_view(I, x)) {
      r = int_from_bytes_literal(I, x, *data, int(b));
    } else {
      I.raise(I.t.TypeError, "int() can't convert non-string with explicit base");
    }
  }
  if (cls == I.t.int_) return r;
  return obj_value(I.make<IntObj>(cls, int_to_big(I, r)));
}

static Value bool_new(Interp& I, CallArgs& a) {
  if (a.nkw()) I.raise(I.t.TypeError, "bool() takes no keyword arguments");
  if (a.argc > 2) I.raise(I.t.TypeError, "bool expected at most 1 argument, got %u", a.argc - 1);
  return Value::boolean(a.argc > 1 && truthy(I, a.argv[1]));
}

// ============================================================================
// Methods
// ============================================================================

// Checks self for a slot method (int.__add__(x, ...)).
static inline void self_int(Interp& I, CallArgs& a, const char* name) {
  if (a.argc == 0 || !is_int(I, a.argv[0])) num::raise_descriptor(I, name, "int", a.argc ? a.argv[0] : Value::None());
}
// Checks self for a named method (int.bit_length(x)).
static inline void self_int_m(Interp& I, CallArgs& a, const char* name) {
  if (a.argc == 0 || !is_int(I, a.argv[0]))
    num::raise_method_descriptor(I, name, "int", a.argc ? a.argv[0] : Value::None());
}

static const char* binop_dunder(BinOp op, bool reflected) {
  switch (op) {
    case BinOp::Add: return reflected ? "__radd__" : "__add__";
    case BinOp::Sub: return reflected ? "__rsub__" : "__sub__";
    case BinOp::Mul: return reflected ? "__rmul__" : "__mul__";
    case BinOp::TrueDiv: return reflected ? "__rtruediv__" : "__truediv__";
    case BinOp::FloorDiv: return reflected ? "__rfloordiv__" : "__floordiv__";
    case BinOp::Remainder: return reflected ? "__rmod__" : "__mod__";
    case BinOp::Power: return reflected ? "__rpow__" : "__pow__";
    case BinOp::LShift: return reflected ? "__rlshift__" : "__lshift__";
    case BinOp::RShift: return reflected ? "__rrshift__" : "__rshift__";
    case BinOp::And: return reflected ? "__rand__" : "__and__";
    case BinOp::Or: return reflected ? "__ror__" : "__or__";
    case BinOp::Xor: return reflected ? "__rxor__" : "__xor__";
    default: return "?";
  }
}

template <BinOp op, bool reflected>
static Value m_binop(Interp& I, CallArgs& a) {
  const char* name = binop_dunder(op, reflected);
  self_int(I, a, name);
  check_nargs(I, a, name, 2, 2);
  if (!is_int(I, a.argv[1])) return Value::NotImplemented();
  // Results are plain ints even for bool / subclass operands.
  Value x = a.argv[reflected ? 1 : 0], y = a.argv[reflected ? 0 : 1];
  if (x.is_bool()) x = Value::small(x.is_true());
  if (y.is_bool()) y = Value::small(y.is_true());
  return int_binary(I, x, y, op);
}

static Value m_pow(Interp& I, CallArgs& a) {
  self_int(I, a, "__pow__");
  check_nargs(I, a, "__pow__", 2, 3);
  Value mod = a.argc > 2 ? a.argv[2] : Value::None();
  if (mod.is_none()) {
    if (!is_int(I, a.argv[1])) return Value::NotImplemented();
    return int_binary(I, exact_int(I, a.argv[0]), exact_int(I, a.argv[1]), BinOp::Power);
  }
  if (!is_int(I, a.argv[1]) || !is_int(I, mod)) {
    // CPython's float slot answers pow(int, float, m) with this message.
    if (is_float(I, a.argv[1]) || is_float(I, mod))
      I.raise(I.t.TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    return Value::NotImplemented();
  }
  return int_powmod(I, a.argv[0], a.argv[1], mod);
}

static Value m_rpow(Interp& I, CallArgs& a) {
  self_int(I, a, "__rpow__");
  check_nargs(I, a, "__rpow__", 2, 3);
  if (!is_int(I, a.argv[1])) return Value::NotImplemented();
  if (a.argc > 2 && !a.argv[2].is_none()) {
    if (!is_int(I, a.argv[2])) return Value::NotImplemented();
    return int_powmod(I, a.argv[1], a.argv[0], a.argv[2]);
  }
  return int_binary(I, exact_int(I, a.argv[1]), exact_int(I, a.argv[0]), BinOp::Power);
}

static Value divmod_values(Interp& I, Value x, Value y) {
  Value q = int_binary(I, x, y, BinOp::FloorDiv);
  Value r = int_binary(I, x, y, BinOp::Remainder);
  return obj_value(I.tuple({q, r}));
}
static Value m_divmod(Interp& I, CallArgs& a) {
  self_int(I, a, "__divmod__");
  check_nargs(I, a, "__divmod__", 2, 2);
  if (!is_int(I, a.argv[1])) return Value::NotImplemented();
  BigView y(a.argv[1]);
  if (y->is_zero()) I.raise(I.t.ZeroDivisionError, "integer division or modulo by zero");
  return divmod_values(I, exact_int(I, a.argv[0]), exact_int(I, a.argv[1]));
}
static Value m_rdivmod(Interp& I, CallArgs& a) {
  self_int(I, a, "__rdivmod__");
  check_nargs(I, a, "__rdivmod__", 2, 2);
  if (!is_int(I, a.argv[1])) return Value::NotImplemented();
  if (BigView(a.argv[0])->is_zero()) I.raise(I.t.ZeroDivisionError, "integer division or modulo by zero");
  return divmod_values(I, exact_int(I, a.argv[1]), exact_int(I, a.argv[0]));
}

template <CmpOp op>
static Value m_compare(Interp& I, CallArgs& a) {
  static const char* names[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
  self_int(I, a, names[int(op)]);
  check_nargs(I, a, names[int(op)], 2, 2);
  if (!is_int(I, a.argv[1])) return Value::NotImplemented();
  int c = int_compare(I, a.argv[0], a.argv[1]);
  switch (op) {
    case CmpOp::Lt: return Value::boolean(c < 0);
    case CmpOp::Le: return Value::boolean(c <= 0);
    case CmpOp::Eq: return Value::boolean(c == 0);
    case CmpOp::Ne: return Value::boolean(c != 0);
    case CmpOp::Gt: return Value::boolean(c > 0);
    default: return Value::boolean(c >= 0);
  }
}

static Value m_neg(Interp& I, CallArgs& a) {
  self_int(I, a, "__neg__");
  int64_t x;
  if (int_as_i64(I, a.argv[0], &x) && x != INT64_MIN) return I.new_int(-x);
  return I.new_int(-*BigView(a.argv[0]));
}
static Value m_pos(Interp& I, CallArgs& a) {
  self_int(I, a, "__pos__");
  return exact_int(I, a.argv[0]);
}
static Value m_abs(Interp& I, CallArgs& a) {
  self_int(I, a, "__abs__");
  int64_t x;
  if (int_as_i64(I, a.argv[0], &x) && x != INT64_MIN) return I.new_int(x < 0 ? -x : x);
  return I.new_int(BigView(a.argv[0])->abs());
}
static Value m_invert(Interp& I, CallArgs& a) {
  self_int(I, a, "__invert__");
  int64_t x;
  if (int_as_i64(I, a.argv[0], &x)) return I.new_int(~x);
  return I.new_int(BigView(a.argv[0])->invert());
}
static Value m_bool(Interp& I, CallArgs& a) {
  self_int(I, a, "__bool__");
  return Value::boolean(!BigView(a.argv[0])->is_zero());
}
// __int__, __index__, __trunc__, __floor__, __ceil__, __pos__: the value as an exact int.
template <const char* const* name>
static Value m_exact(Interp& I, CallArgs& a) {
  self_int(I, a, *name);
  return exact_int(I, a.argv[0]);
}
static const char* const kIntName = "__int__";
static const char* const kIndexName = "__index__";
static const char* const kTruncName = "__trunc__";
static const char* const kFloorName = "__floor__";
static const char* const kCeilName = "__ceil__";
static const char* const kConjugateName = "conjugate";

static Value m_float(Interp& I, CallArgs& a) {
  self_int(I, a, "__float__");
  return I.new_float(int_to_double(I, a.argv[0]));
}
static Value m_round(Interp& I, CallArgs& a) {
  self_int(I, a, "__round__");
  check_nargs(I, a, "__round__", 1, 2);
  if (a.argc < 2 || a.argv[1].is_none()) return exact_int(I, a.argv[0]);
  return int_round_digits(I, a.argv[0], a.argv[1]);
}
static Value m_repr(Interp& I, CallArgs& a) {
  self_int(I, a, "__repr__");
  Value v = a.argv[0];
  if (v.is_bool()) v = Value::small(v.is_true());
  return sval(int_repr(I, v));
}
static Value m_hash(Interp& I, CallArgs& a) {
  self_int(I, a, "__hash__");
  return I.new_int(int64_t(int_hash(I, a.argv[0])));
}

// Formats an int Value with a format spec via numfmt.
static Value format_int_value(Interp& I, Value v, std::string_view spec, const char* tname) {
  std::string out, err;
  bool ok;
  try {
    int64_t x;
    if (int_as_i64(I, v, &x)) {
      ok = numfmt::format_int(x, spec, out, err, tname);
    } else {
      const BigInt& b = v.as<IntObj>()->v;
      ok = numfmt::format_bigint(
          b.is_negative(), [&b](int base) { return b.abs().to_string(base); }, spec, out, err, tname);
      if (ok && spec.find_first_of("bcoxXn") == std::string_view::npos && out.size() > num::kMaxStrDigits + 16 &&
          b.decimal_digits_upper_bound() > num::kMaxStrDigits) {
        // Decimal presentations hit the same digit limit as str().
        std::string digits = b.abs().to_string(10);
        if (digits.size() > num::kMaxStrDigits) raise_str_limit(I);
      }
    }
  } catch (const std::bad_alloc&) {
    raise_memory(I);
  }
  if (!ok) I.raise(numfmt::error_is_overflow(err) ? I.t.OverflowError : I.t.ValueError, "%s", err.c_str());
  return I.new_str(out);
}

static Value m_format(Interp& I, CallArgs& a) {
  self_int(I, a, "__format__");
  check_nargs(I, a, "__format__", 2, 2);
  if (!is_str(I, a.argv[1]))
    I.raise(I.t.TypeError, "__format__() argument must be str, not %s", type_name(I, a.argv[1]));
  Str* spec = as_str(a.argv[1]);
  if (spec->nbytes == 0) return sval(str_of(I, a.argv[0]));
  return format_int_value(I, a.argv[0], spec->view(), type_name(I, a.argv[0]));
}

static Value m_sizeof(Interp& I, CallArgs& a) {
  self_int_m(I, a, "__sizeof__");
  // CPython: a 24-byte header plus 4 bytes per 30-bit digit (at least one).
  size_t bits = BigView(a.argv[0])->bit_length();
  size_t digits = bits == 0 ? 1 : (bits + 29) / 30;
  return I.new_int(int64_t(24 + 4 * digits));
}
static Value m_getnewargs(Interp& I, CallArgs& a) {
  self_int_m(I, a, "__getnewargs__");
  return obj_value(I.tuple({exact_int(I, a.argv[0])}));
}
static Value m_bit_length(Interp& I, CallArgs& a) {
  self_int_m(I, a, "bit_length");
  check_nargs(I, a, "bit_length", 1, 1);
  int64_t x;
  if (int_as_i64(I, a.argv[0], &x)) {
    uint64_t m = x < 0 ? 0 - uint64_t(x) : uint64_t(x);
    return Value::small(m ? 64 - __builtin_clzll(m) : 0);
  }
  return I.new_int(int64_t(BigView(a.argv[0])->bit_length()));
}
static Value m_bit_count(Interp& I, CallArgs& a) {
  self_int_m(I, a, "bit_count");
  check_nargs(I, a, "bit_count", 1, 1);
  return I.new_int(int64_t(BigView(a.argv[0])->bit_count()));
}
static Value m_as_integer_ratio(Interp& I, CallArgs& a) {
  self_int_m(I, a, "as_integer_ratio");
  check_nargs(I, a, "as_integer_ratio", 1, 1);
  return obj_value(I.tuple({exact_int(I, a.argv[0]), Value::small(1)}));
}
static Value m_is_integer(Interp& I, CallArgs& a) {
  self_int_m(I, a, "is_integer");
  return Value::True();
}

static bool byteorder_little(Interp& I, Value v, const char* fname) {
  if (!is_str(I, v))
    I.raise(I.t.TypeError, "%s() argument 'byteorder' must be str, not %s", fname, type_name(I, v));
  std::string_view s = as_str(v)->view();
  if (s == "little") return true;
  if (s == "big") return false;
  I.raise(I.t.ValueError, "byteorder must be either 'little' or 'big'");
}

static Value m_to_bytes(Interp& I, CallArgs& a) {
  self_int_m(I, a, "to_bytes");
  if (a.npos() > 3)
    I.raise(I.t.TypeError, "to_bytes() takes at most 2 positional arguments (%u given)", a.npos() - 1);
  const ArgSpec specs[] = {{"length", Value::small(1)}, {"byteorder", I.new_str("big")}, {"signed", Value::False()}};
  Value v[3];
  parse_args(I, a, "to_bytes", specs, v, 1);
  int64_t len = to_int64(I, v[0]);
  if (len < 0) I.raise(I.t.ValueError, "length argument must be non-negative");
  bool little = byteorder_little(I, v[1], "to_bytes");
  bool is_signed = truthy(I, v[2]);
  BigView x(a.argv[0]);
  if (x->is_negative() && !is_signed) I.raise(I.t.OverflowError, "can't convert negative int to unsigned");
  std::string out;
  try {
    out.resize(size_t(len));
  } catch (const std::bad_alloc&) {
    raise_memory(I);
  }
  if (!x->to_bytes(reinterpret_cast<uint8_t*>(out.data()), size_t(len), little, is_signed))
    I.raise(I.t.OverflowError, "int too big to convert");
  return I.new_bytes(out);
}

static Value m_from_bytes(Interp& I, CallArgs& a) {
  // classmethod: argv[0] is the class.
  if (a.npos() > 3)
    I.raise(I.t.TypeError, "from_bytes() takes at most 2 positional arguments (%u given)", a.npos() - 1);
  const ArgSpec specs[] = {{"bytes", Value()}, {"byteorder", I.new_str("big")}, {"signed", Value::False()}};
  Value v[3];
  parse_args(I, a, "from_bytes", specs, v, 1);
  bool little = byteorder_little(I, v[1], "from_bytes");
  bool is_signed = truthy(I, v[2]);
  std::string data;
  if (auto view = bytes_like_view(I, v[0])) {
    data = std::string(*view);
  } else if (is_str(I, v[0])) {
    I.raise(I.t.TypeError, "cannot convert 'str' object to bytes");
  } else {
    Value b = call1(I, obj_value(I.t.bytes), v[0]);
    data = std::string(*bytes_like_view(I, b));
  }
  Value r = I.new_int(BigInt::from_bytes(reinterpret_cast<const uint8_t*>(data.data()), data.size(), little,
                                         is_signed));
  Value cls = a.argv[0];
  if (cls == obj_value(I.t.int_)) return r;
  return call1(I, cls, r);
}

// --- getsets -------------------------------------------------------------------
static Value g_real(Interp& I, CallArgs& a) { return exact_int(I, a.argv[0]); }
static Value g_imag(Interp& I, CallArgs& a) { return Value::small(0); }
static Value g_denominator(Interp& I, CallArgs& a) { return Value::small(1); }

// --- bool -------------------------------------------------------------------------
static Value b_repr(Interp& I, CallArgs& a) {
  if (a.argc == 0 || !a.argv[0].is_bool()) num::raise_descriptor(I, "__repr__", "bool", a.argc ? a.argv[0] : Value());
  return sval(I.intern(a.argv[0].is_true() ? "True" : "False"));
}

template <BinOp op, bool reflected>
static Value b_logic(Interp& I, CallArgs& a) {
  const char* name = binop_dunder(op, reflected);
  if (a.argc == 0 || !a.argv[0].is_bool()) num::raise_descriptor(I, name, "bool", a.argc ? a.argv[0] : Value());
  check_nargs(I, a, name, 2, 2);
  Value other = a.argv[1];
  if (!is_int(I, other)) return Value::NotImplemented();
  if (other.is_bool()) return int_binary(I, a.argv[0], other, op);
  Value self = Value::small(a.argv[0].is_true());
  return reflected ? int_binary(I, other, self, op) : int_binary(I, self, other, op);
}

// ============================================================================
// Registration
// ============================================================================

static Value int_alloc(Interp& I, Type* t) { return obj_value(I.make<IntObj>(t, BigInt())); }

static const MethodDef kIntMethods[] = {
    {"__new__", int_new, kNativeStatic},
    {"__repr__", m_repr},
    {"__hash__", m_hash},
    {"__bool__", m_bool},
    {"__int__", m_exact<&kIntName>},
    {"__index__", m_exact<&kIndexName>},
    {"__trunc__", m_exact<&kTruncName>},
    {"__floor__", m_exact<&kFloorName>},
    {"__ceil__", m_exact<&kCeilName>},
    {"__float__", m_float},
    {"__round__", m_round},
    {"__neg__", m_neg},
    {"__pos__", m_pos},
    {"__abs__", m_abs},
    {"__invert__", m_invert},
    {"__add__", m_binop<BinOp::Add, false>},
    {"__radd__", m_binop<BinOp::Add, true>},
    {"__sub__", m_binop<BinOp::Sub, false>},
    {"__rsub__", m_binop<BinOp::Sub, true>},
    {"__mul__", m_binop<BinOp::Mul, false>},
    {"__rmul__", m_binop<BinOp::Mul, true>},
    {"__truediv__", m_binop<BinOp::TrueDiv, false>},
    {"__rtruediv__", m_binop<BinOp::TrueDiv, true>},
    {"__floordiv__", m_binop<BinOp::FloorDiv, false>},
    {"__rfloordiv__", m_binop<BinOp::FloorDiv, true>},
    {"__mod__", m_binop<BinOp::Remainder, false>},
    {"__rmod__", m_binop<BinOp::Remainder, true>},
    {"__divmod__", m_divmod},
    {"__rdivmod__", m_rdivmod},
    {"__pow__", m_pow},
    {"__rpow__", m_rpow},
    {"__lshift__", m_binop<BinOp::LShift, false>},
    {"__rlshift__", m_binop<BinOp::LShift, true>},
    {"__rshift__", m_binop<BinOp::RShift, false>},
    {"__rrshift__", m_binop<BinOp::RShift, true>},
    {"__and__", m_binop<BinOp::And, false>},
    {"__rand__", m_binop<BinOp::And, true>},
    {"__or__", m_binop<BinOp::Or, false>},
    {"__ror__", m_binop<BinOp::Or, true>},
    {"__xor__", m_binop<BinOp::Xor, false>},
    {"__rxor__", m_binop<BinOp::Xor, true>},
    {"__lt__", m_compare<CmpOp::Lt>},
    {"__le__", m_compare<CmpOp::Le>},
    {"__eq__", m_compare<CmpOp::Eq>},
    {"__ne__", m_compare<CmpOp::Ne>},
    {"__gt__", m_compare<CmpOp::Gt>},
    {"__ge__", m_compare<CmpOp::Ge>},
    {"__format__", m_format},
    {"__sizeof__", m_sizeof},
    {"__getnewargs__", m_getnewargs},
    {"bit_length", m_bit_length},
    {"bit_count", m_bit_count},
    {"to_bytes", m_to_bytes},
    {"from_bytes", m_from_bytes, kNativeClassMethod},
    {"as_integer_ratio", m_as_integer_ratio},
    {"conjugate", m_exact<&kConjugateName>},
};

static const GetSetDef kIntGetSets[] = {
    {"real", g_real},
    {"imag", g_imag},
    {"numerator", g_real},
    {"denominator", g_denominator},
};

static const MethodDef kBoolMethods[] = {
    {"__new__", bool_new, kNativeStatic},
    {"__repr__", b_repr},
    {"__and__", b_logic<BinOp::And, false>},
    {"__rand__", b_logic<BinOp::And, true>},
    {"__or__", b_logic<BinOp::Or, false>},
    {"__ror__", b_logic<BinOp::Or, true>},
    {"__xor__", b_logic<BinOp::Xor, false>},
    {"__rxor__", b_logic<BinOp::Xor, true>},
};

void init_int(Interp& I) {
  I.t.int_->alloc = int_alloc;
  add_methods(I, I.t.int_, kIntMethods);
  add_getsets(I, I.t.int_, kIntGetSets);
  I.t.bool_->alloc = nullptr;
  add_methods(I, I.t.bool_, kBoolMethods);
  (void)m_is_integer;  // int.is_integer is 3.12-only
}

}  // namespace il
