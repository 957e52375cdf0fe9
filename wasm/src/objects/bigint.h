// Arbitrary-precision integers for Python ints that overflow the VM's
// unboxed small ints. Sign-magnitude, value semantics, with a few limbs held
// inline so the common "just past 62 bits" values never touch the heap.
//
// Every operation follows Python semantics (floor division, sign of % follows
// the divisor, infinite two's complement for bitwise ops, CPython's hash and
// correctly rounded int->float conversions). Error conditions that Python
// reports as exceptions (division by zero, negative shift counts, ...) are
// the caller's job to check first; see each method's comment. Running out
// of memory (or past 2**31 limbs) throws std::bad_alloc: a MemoryError.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>

namespace il {

class BigInt {
 public:
  // 64-bit limbs where 64x64->128 multiplication is native; wasm32 emulates
  // 128-bit products with a libcall, so 32-bit limbs are faster there.
  // IL_BIGINT_LIMB32 lets native builds test the 32-bit configuration.
#if defined(__EMSCRIPTEN__) || defined(IL_BIGINT_LIMB32)
  using Limb = uint32_t;
  using DLimb = uint64_t;
#else
  using Limb = uint64_t;
  __extension__ typedef unsigned __int128 DLimb;
#endif
  static constexpr unsigned kLimbBits = sizeof(Limb) * 8;

  BigInt() : n_(0), cap_(0), neg_(0) {}
  // NOLINTNEXTLINE(google-explicit-constructor): ints mix freely.
  BigInt(int64_t v) : n_(0), cap_(0), neg_(v < 0) {
    uint64_t m = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    for (unsigned i = 0; i < 64 / kLimbBits && m; i++) {
      small_[n_++] = (Limb)m;
      m = kLimbBits < 64 ? m >> (kLimbBits % 64) : 0;
    }
  }
  static BigInt from_u64(uint64_t v);
  // Unsigned arguments (size_t, uint64_t) must not wrap through int64_t.
  template <class T, std::enable_if_t<std::is_unsigned_v<T>, int> = 0>
  BigInt(T v) : BigInt(from_u64(v)) {}  // NOLINT(google-explicit-constructor)
  // Truncates toward zero; the caller rejects nan/inf first.
  static BigInt from_double(double d);
  // No silent double -> int64_t truncation: use from_double.
  template <class T, std::enable_if_t<std::is_floating_point_v<T>, int> = 0>
  BigInt(T) = delete;

  BigInt(const BigInt& o);
  BigInt& operator=(const BigInt& o);
  // Moves copy the whole union (inline limbs or the heap pointer) so they
  // stay branch-free and inlinable: the VM moves small BigInts constantly.
  BigInt(BigInt&& o) noexcept : n_(o.n_), cap_(o.cap_), neg_(o.neg_) {
    std::memcpy(&small_, &o.small_, sizeof small_);
    o.n_ = 0;
    o.cap_ = 0;
    o.neg_ = 0;
  }
  BigInt& operator=(BigInt&& o) noexcept {
    if (this != &o) {
      if (cap_) delete[] heap_;
      n_ = o.n_;
      cap_ = o.cap_;
      neg_ = o.neg_;
      std::memcpy(&small_, &o.small_, sizeof small_);
      o.n_ = 0;
      o.cap_ = 0;
      o.neg_ = 0;
    }
    return *this;
  }
  ~BigInt() {
    if (cap_) delete[] heap_;
  }

  // Python int(s, base): base 0 or 2..36. Surrounding whitespace (ASCII and
  // the UTF-8 encoded Unicode spaces str.isspace() accepts), one sign,
  // single underscores between digits, 0x/0o/0b prefixes (required for base 0,
  // optional when they match base). Non-ASCII digits must be normalised by the
  // caller. Returns false on an invalid literal (ValueError); `out` is then
  // unchanged. Does not enforce sys.int_max_str_digits.
  static bool parse(std::string_view s, int base, BigInt& out);
  // Digits in base 2..36, lowercase, no prefix, "-" for negatives.
  // Does not enforce sys.int_max_str_digits: see decimal_digits_upper_bound.
  std::string to_string(int base = 10) const;
  // Never less than the number of decimal digits of |x| (sign excluded) and
  // at most 1 more, so a caller can skip the 4300-digit check when this is
  // <= the limit and otherwise check the length of to_string()'s result.
  size_t decimal_digits_upper_bound() const;

  bool fits_int64() const;
  int64_t to_int64() const;  // only when fits_int64()
  bool fits_uint64() const;  // 0 <= x < 2**64
  uint64_t to_uint64() const;  // low 64 bits of |x|: the value when fits_uint64()
  // Correctly rounded (round-half-even) like int.__float__. On overflow
  // returns +-inf and sets *overflow (OverflowError); overflow may be null.
  double to_double(bool* overflow) const;
  // x == m * 2**e with 0.5 <= |m| < 1, m rounded half-even to 53 bits
  // (CPython's _PyLong_Frexp, used by math.log and friends). 0 -> (0.0, 0).
  double frexp(int64_t* e) const;
  // Exact comparison with a double (int-vs-float rich comparison): -1/0/1.
  // Handles +-inf; the caller treats nan (always unequal) itself.
  int compare_double(double d) const;

  int sign() const { return n_ == 0 ? 0 : (neg_ ? -1 : 1); }
  bool is_zero() const { return n_ == 0; }
  bool is_negative() const { return neg_; }
  bool is_odd() const { return n_ != 0 && (data()[0] & 1); }
  size_t bit_length() const;  // of |x|, like int.bit_length()
  size_t bit_count() const;   // popcount of |x|, like int.bit_count()

  static int compare(const BigInt& a, const BigInt& b);
  friend bool operator==(const BigInt& a, const BigInt& b) { return compare(a, b) == 0; }
  friend bool operator!=(const BigInt& a, const BigInt& b) { return compare(a, b) != 0; }
  friend bool operator<(const BigInt& a, const BigInt& b) { return compare(a, b) < 0; }
  friend bool operator<=(const BigInt& a, const BigInt& b) { return compare(a, b) <= 0; }
  friend bool operator>(const BigInt& a, const BigInt& b) { return compare(a, b) > 0; }
  friend bool operator>=(const BigInt& a, const BigInt& b) { return compare(a, b) >= 0; }

  BigInt operator-() const;
  BigInt abs() const;
  friend BigInt operator+(const BigInt& a, const BigInt& b);
  friend BigInt operator-(const BigInt& a, const BigInt& b);
  friend BigInt operator*(const BigInt& a, const BigInt& b);
  BigInt& operator+=(const BigInt& b) { return *this = *this + b; }
  BigInt& operator-=(const BigInt& b) { return *this = *this - b; }
  BigInt& operator*=(const BigInt& b) { return *this = *this * b; }

  // Floor division: q = floor(a / b), r = a - q*b has the sign of b.
  // b must be nonzero (ZeroDivisionError is the caller's). q and r may alias
  // a or b.
  static void divmod(const BigInt& a, const BigInt& b, BigInt& q, BigInt& r);
  BigInt floordiv(const BigInt& b) const;
  BigInt mod(const BigInt& b) const;
  // Correctly rounded a / b like CPython's int.__truediv__. b != 0. On
  // overflow returns +-inf and sets *overflow (OverflowError "integer division
  // result too large for a float"); overflow may be null.
  double truediv(const BigInt& b, bool* overflow = nullptr) const;

  // The caller bounds exp: the result has about exp*bit_length() bits.
  // Results too large to store throw std::bad_alloc (as shl does).
  BigInt pow(uint64_t exp) const;
  // pow(base, exp, mod) for exp >= 0 and mod != 0; the result has the sign of
  // mod (Python's rules). Negative exponents (modular inverse) are the
  // caller's.
  static BigInt powmod(const BigInt& base, const BigInt& exp, const BigInt& mod);
  static BigInt gcd(const BigInt& a, const BigInt& b);  // always >= 0
  BigInt isqrt() const;  // floor(sqrt(x)); x >= 0 (caller raises otherwise)

  BigInt shl(uint64_t n) const;  // throws std::bad_alloc when too large to store
  BigInt shr(uint64_t n) const;  // arithmetic: floor(x / 2**n), like >>

  // Python's infinite two's-complement semantics for negative operands.
  friend BigInt operator&(const BigInt& a, const BigInt& b);
  friend BigInt operator|(const BigInt& a, const BigInt& b);
  friend BigInt operator^(const BigInt& a, const BigInt& b);
  BigInt invert() const;  // ~x == -x - 1

  // CPython's hash(int): |x| mod (2**61 - 1) with the sign applied, -1
  // mapped to -2. The int64 result is returned as its uint64 bit pattern.
  uint64_t py_hash() const;

  // int.to_bytes: writes exactly len bytes; returns false (OverflowError
  // "int too big to convert") when x does not fit, or is negative and
  // !is_signed.
  bool to_bytes(uint8_t* out, size_t len, bool little_endian, bool is_signed) const;
  static BigInt from_bytes(const uint8_t* p, size_t len, bool little_endian, bool is_signed);

 private:
  friend struct BigIntImpl;
  // Inline limbs cover 192 bits: a 2-limb (64-bit) value plus a carry limb,
  // so sums and products of values up to ~10**38 never allocate.
  static constexpr uint32_t kInline = 24 / sizeof(Limb);

  Limb* data() { return cap_ ? heap_ : small_; }
  const Limb* data() const { return cap_ ? heap_ : small_; }
  // Ensures room for `need` limbs, discarding the current value.
  Limb* reset_storage(size_t need);
  // Drops leading zero limbs from a length of `n`; zero is never negative.
  void set_size(size_t n);

  uint32_t n_;         // limbs in use; data()[n_-1] != 0
  uint32_t cap_ : 31;  // heap capacity in limbs; 0 means the inline buffer
  uint32_t neg_ : 1;
  union {
    Limb small_[kInline];
    Limb* heap_;
  };
};

}  // namespace il
