// Python-exact number formatting; see numfmt.h.
//
// Digits: repr uses Schubfach (exact shortest round-trip, as CPython's dtoa
// mode 0); fixed precisions (dtoa modes 2 and 3) use exact 128-bit integer
// arithmetic when it suffices and otherwise the C library's printf, which
// glibc and musl (Emscripten) both implement exactly with round-half-even
// ties. No floating-point to_chars/from_chars: Emscripten 3.1.6 lacks them.
// The layout code follows CPython's Python/formatter_unicode.c and
// Objects/unicodeobject.c step by step, so padding and grouping corner cases
// agree. The runtime never calls setlocale, so printf/strtod use '.'.
#include "objects/numfmt.h"

#include <algorithm>
#include <cctype>
#include <cfloat>
#include <climits>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <new>
#include <vector>

namespace il::numfmt {
namespace {

// Outputs past ~2 GiB are reported as MemoryError (std::bad_alloc); wasm32
// could not hold them anyway.
constexpr int64_t kMaxOutput = INT32_MAX - 64;

void check_size(int64_t n) {
  if (n > kMaxOutput) throw std::bad_alloc();
}

// snprintf into a std::string, growing when the stack buffer is too small.
template <class... A>
void sprint(std::string& s, const char* fmt, A... a) {
  char buf[160];
  int n = std::snprintf(buf, sizeof buf, fmt, a...);
  if (n < 0) n = 0;
  if (n < static_cast<int>(sizeof buf)) {
    s.assign(buf, static_cast<size_t>(n));
    return;
  }
  s.resize(static_cast<size_t>(n) + 1);
  std::snprintf(s.data(), s.size(), fmt, a...);
  s.resize(static_cast<size_t>(n));
}

// ---- UTF-8 ----------------------------------------------------------------

// Decodes one code point at s[i], advancing i. Lenient: the runtime's strings
// are valid UTF-8 (or WTF-8 for lone surrogates, which decodes the same way).
char32_t next_cp(std::string_view s, size_t& i) {
  unsigned char c = static_cast<unsigned char>(s[i++]);
  if (c < 0x80) return c;
  int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
  char32_t cp = c & (0x3F >> extra);
  for (; extra > 0 && i < s.size(); --extra)
    cp = (cp << 6) | (static_cast<unsigned char>(s[i++]) & 0x3F);
  return cp;
}

void append_cp(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

size_t count_cps(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// Byte length of the first n code points of s.
size_t prefix_bytes(std::string_view s, size_t n) {
  size_t i = 0;
  while (n > 0 && i < s.size()) {
    ++i;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
    --n;
  }
  return i;
}

void append_fill(std::string& out, const std::string& fill, int64_t n) {
  if (n <= 0) return;
  check_size(static_cast<int64_t>(out.size()) + n * static_cast<int64_t>(fill.size()));
  if (fill.size() == 1) {
    out.append(static_cast<size_t>(n), fill[0]);
  } else {
    for (int64_t i = 0; i < n; ++i) out += fill;
  }
}

// Code points of Unicode category Nd with digit value 0 (Unicode 14, as in
// Python 3.11); each starts a run of ten consecutive digits.
constexpr char32_t kDigitZeros[] = {
    0x30,    0x660,   0x6f0,   0x7c0,   0x966,   0x9e6,   0xa66,   0xae6,   0xb66,
    0xbe6,   0xc66,   0xce6,   0xd66,   0xde6,   0xe50,   0xed0,   0xf20,   0x1040,
    0x1090,  0x17e0,  0x1810,  0x1946,  0x19d0,  0x1a80,  0x1a90,  0x1b50,  0x1bb0,
    0x1c40,  0x1c50,  0xa620,  0xa8d0,  0xa900,  0xa9d0,  0xa9f0,  0xaa50,  0xabf0,
    0xff10,  0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450,
    0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0,
    0x16a60, 0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140,
    0x1e2f0, 0x1e950, 0x1fbf0};

// Py_UNICODE_TODECIMAL: 0..9, or -1.
int decimal_value(char32_t cp) {
  if (cp < 0x80) return cp >= '0' && cp <= '9' ? static_cast<int>(cp - '0') : -1;
  const char32_t* end = std::end(kDigitZeros);
  const char32_t* it = std::upper_bound(std::begin(kDigitZeros), end, cp);
  if (it == std::begin(kDigitZeros)) return -1;
  char32_t zero = *(it - 1);
  return cp - zero < 10 ? static_cast<int>(cp - zero) : -1;
}

bool is_unicode_space(char32_t cp) {  // non-ASCII str.isspace() characters
  return cp == 0x85 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) ||
         cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

bool is_ascii_space(char c) {  // Py_ISSPACE
  return c == ' ' || (c >= '\t' && c <= '\r');
}

// ---- decimal digit generation (dtoa modes) ---------------------------------

// value = 0.<d> x 10^decpt; d has no trailing zeros; zero is "0" with decpt 1.
struct Digits {
  std::string d;
  int decpt = 1;
};

void strip_trailing_zeros(Digits& g) {
  size_t n = g.d.find_last_not_of('0');
  if (n == std::string::npos) {
    g.d = "0";
    g.decpt = 1;
  } else {
    g.d.resize(n + 1);
  }
}

// Parses printf "%e" output ("d.ddde+XX") into g.
void parse_e(const std::string& s, Digits& g) {
  g.d.clear();
  size_t i = 0;
  for (; i < s.size() && s[i] != 'e'; ++i)
    if (s[i] != '.') g.d.push_back(s[i]);
  g.decpt = std::atoi(s.c_str() + i + 1) + 1;
  strip_trailing_zeros(g);
}

using u128 = unsigned __int128;

// ax = m * 2^e with m < 2^53 (ax finite, >= 0).
uint64_t decompose(double ax, int& e) {
  uint64_t bits;
  std::memcpy(&bits, &ax, sizeof bits);
  int be = static_cast<int>(bits >> 52) & 0x7FF;
  uint64_t m = bits & ((uint64_t{1} << 52) - 1);
  if (be == 0) {
    e = -1074;
    return m;
  }
  e = be - 1075;
  return m | (uint64_t{1} << 52);
}

int bitlen128(u128 v) {
  uint64_t hi = static_cast<uint64_t>(v >> 64), lo = static_cast<uint64_t>(v);
  return hi ? 128 - __builtin_clzll(hi) : lo ? 64 - __builtin_clzll(lo) : 0;
}

u128 pow10_128(int n) {  // n <= 38
  u128 r = 1;
  while (n-- > 0) r *= 10;
  return r;
}

// The digits of v (no leading zeros; "0" for zero). 128-bit division is a
// library call, so peel off 19-digit chunks and do the rest in 64 bits.
std::string u128_digits(u128 v) {
  char buf[48];
  char* e = buf + sizeof buf;
  char* p = e;
  constexpr uint64_t k1e19 = 10000000000000000000ULL;
  while (v >> 64) {
    uint64_t chunk = static_cast<uint64_t>(v % k1e19);
    v /= k1e19;
    for (int i = 0; i < 19; ++i, chunk /= 10) *--p = static_cast<char>('0' + chunk % 10);
  }
  uint64_t lo = static_cast<uint64_t>(v);
  do {
    *--p = static_cast<char>('0' + lo % 10);
    lo /= 10;
  } while (lo);
  return std::string(p, e);
}

// N = ax * 10^p rounded half-even, exactly, when 128-bit integers suffice:
// ax * 10^p = m * 5^p * 2^(e+p) (p >= 0) or m * 2^(e+p) / 5^-p (p < 0).
bool scaled_round(double ax, int p, u128& n) {
  if (p > 27 || p < -27) return false;
  int e;
  u128 a = decompose(ax, e), b = 1;
  u128 five = 1;
  for (int i = 0; i < (p < 0 ? -p : p); ++i) five *= 5;
  if (p >= 0) a *= five;
  else b = five;
  int sh = e + p;
  if (sh >= 0) {
    if (bitlen128(a) + sh > 126) return false;
    a <<= sh;
  } else {
    if (bitlen128(b) - sh > 126) return false;
    b <<= -sh;
  }
  n = a / b;
  u128 r = a % b;
  if (2 * r > b || (2 * r == b && (n & 1))) ++n;
  return true;
}

void digits_from(u128 n, int p, Digits& g) {  // value n * 10^-p
  if (!(n >> 64)) {  // drop trailing zeros before converting (cheap in 64 bits)
    uint64_t v = static_cast<uint64_t>(n);
    while (v != 0 && v % 10 == 0) {
      v /= 10;
      --p;
    }
    n = v;
  }
  g.d = u128_digits(n);
  g.decpt = static_cast<int>(g.d.size()) - p;
  strip_trailing_zeros(g);
}

// Mode 2 without printf, for n <= 20. The decimal exponent is estimated from
// the binary one and may be one low; a result with too many digits shows that,
// and the rounding is redone one place up.
bool sig_digits_fast(double ax, int n, Digits& g) {
  int e;
  uint64_t m = decompose(ax, e);
  int top = e + 63 - __builtin_clzll(m);
  int est = static_cast<int>((top * 661971961083LL) >> 41);  // floor(top*log10(2))
  int p = n - 1 - est;
  u128 v;
  if (!scaled_round(ax, p, v)) return false;
  if (v > pow10_128(n) && !scaled_round(ax, --p, v)) return false;
  digits_from(v, p, g);
  return true;
}

// Mode 2: ax (finite, > 0) correctly rounded to n >= 1 significant digits.
void sig_digits(double ax, int n, Digits& g) {
  if (n <= 20 && sig_digits_fast(ax, n, g)) return;
  // A double's exact expansion has at most 767 significant digits, so asking
  // printf for more only adds zeros that are stripped anyway.
  std::string s;
  sprint(s, "%.*e", std::min(n, 780) - 1, ax);
  parse_e(s, g);
}

// Mode 3: ax (finite, >= 0) correctly rounded to n >= 0 places after the point.
void fixed_digits(double ax, int n, Digits& g) {
  u128 v;
  if (scaled_round(ax, n, v)) return digits_from(v, n, g);
  // Digits past 1074 places are zero for any double, so printf is capped there.
  std::string s;
  sprint(s, "%.*f", std::min(n, 1080), ax);
  size_t dot = s.find('.');
  if (dot == std::string::npos) dot = s.size();
  g.d.clear();
  g.d.reserve(s.size());
  g.decpt = static_cast<int>(dot);
  size_t i = 0;
  while (i < dot && s[i] == '0') {  // leading zeros move the point left
    ++i;
    --g.decpt;
  }
  if (i == dot) {  // no integer digits: skip zeros after the point too
    i = dot + 1;
    while (i < s.size() && s[i] == '0') {
      ++i;
      --g.decpt;
    }
  }
  for (; i < s.size(); ++i)
    if (s[i] != '.') g.d.push_back(s[i]);
  strip_trailing_zeros(g);
}

// ---- mode 0: shortest round-trip digits (Schubfach) -------------------------
// Raffaello Giulietti's algorithm, as in Java's DoubleToDecimal: the shortest
// decimal in the rounding interval, the closest (ties to even) when there are
// several -- the same choice as CPython's dtoa mode 0. Exact, ~50 ns.

int flog10pow2(int e) { return static_cast<int>((e * 661971961083LL) >> 41); }
int flog10_three_quarters_pow2(int e) {
  return static_cast<int>((e * 661971961083LL - 274743187321LL) >> 41);
}
int flog2pow10(int e) { return static_cast<int>((e * 913124641741LL) >> 38); }

constexpr int kKMin = -324, kKMax = 292;
constexpr uint64_t kMask63 = (uint64_t{1} << 63) - 1;

// g(k) = floor(10^-k * 2^-r) + 1 with r chosen so 2^125 <= g < 2^126, split
// as g1 * 2^63 + g0. Computed once with exact big-integer arithmetic rather
// than pasted as 1,234 constants.
struct GTable {
  uint64_t g1[kKMax - kKMin + 1], g0[kKMax - kKMin + 1];
  GTable();
};

// Little-endian base-2^32 naturals, just enough for the table.
using Big = std::vector<uint32_t>;

int big_bitlen(const Big& a) {
  for (size_t i = a.size(); i-- > 0;)
    if (a[i]) return static_cast<int>(i * 32) + 32 - __builtin_clz(a[i]);
  return 0;
}

u128 big_shr(const Big& a, int r) {  // a >> r, result < 2^128
  u128 v = 0;
  for (int bit = big_bitlen(a) - 1; bit >= r; --bit)
    v = (v << 1) | ((a[bit / 32] >> (bit % 32)) & 1);
  return v;
}

void big_mul_small(Big& a, uint32_t m) {
  uint64_t carry = 0;
  for (uint32_t& w : a) {
    uint64_t v = uint64_t{w} * m + carry;
    w = static_cast<uint32_t>(v);
    carry = v >> 32;
  }
  if (carry) a.push_back(static_cast<uint32_t>(carry));
}

void big_div_small(Big& a, uint32_t d) {
  uint64_t rem = 0;
  for (size_t i = a.size(); i-- > 0;) {
    uint64_t cur = (rem << 32) | a[i];
    a[i] = static_cast<uint32_t>(cur / d);
    rem = cur % d;
  }
}

void store(GTable& t, int k, u128 g) {
  t.g1[k - kKMin] = static_cast<uint64_t>(g >> 63);
  t.g0[k - kKMin] = static_cast<uint64_t>(g) & kMask63;
}

GTable::GTable() {
  // k <= 0: 10^-k is an integer; g = floor(10^-k / 2^r) + 1.
  Big p10{1};
  for (int e = 0; e <= -kKMin; ++e) {
    int r = flog2pow10(e) - 125;
    store(*this, -e, (r <= 0 ? big_shr(p10, 0) << -r : big_shr(p10, r)) + 1);
    big_mul_small(p10, 10);
  }
  // k > 0: g = floor(2^m / 10^k) + 1 with m = -r. With Q_k = floor(2^M / 10^k)
  // for a fixed M >= every m, floor(2^m / 10^k) = Q_k >> (M - m), and
  // Q_{k+1} = floor(Q_k / 10), so one short division per entry suffices.
  constexpr int kM = 1120;
  Big q(kM / 32 + 1, 0);
  q[kM / 32] = 1;
  for (int k = 1; k <= kKMax; ++k) {
    big_div_small(q, 10);
    int m = 125 - flog2pow10(-k);
    store(*this, k, big_shr(q, kM - m) + 1);
  }
}

const GTable& gtable() {
  static const GTable t;  // thread-safe one-time init
  return t;
}

uint64_t mul_high(uint64_t a, uint64_t b) {
  return static_cast<uint64_t>((static_cast<u128>(a) * b) >> 64);
}

// cp * g / 2^127, rounded to odd.
uint64_t rop(uint64_t g1, uint64_t g0, uint64_t cp) {
  uint64_t x1 = mul_high(g0, cp);
  u128 y = static_cast<u128>(g1) * cp;
  uint64_t y0 = static_cast<uint64_t>(y), y1 = static_cast<uint64_t>(y >> 64);
  uint64_t z = (y0 >> 1) + x1;
  uint64_t vbp = y1 + (z >> 63);
  return vbp | (((z & kMask63) + kMask63) >> 63);
}

// v = c * 2^q; the answer is f * 10^k.
void schubfach(int q, uint64_t c, Digits& g) {
  const GTable& t = gtable();
  uint64_t out = c & 1;
  uint64_t cb = c << 2, cbr = cb + 2, cbl;
  int k;
  if (c != (uint64_t{1} << 52) || q == -1074) {  // regular spacing
    cbl = cb - 2;
    k = flog10pow2(q);
  } else {  // at a power of two the interval below is half as wide
    cbl = cb - 1;
    k = flog10_three_quarters_pow2(q);
  }
  int h = q + flog2pow10(-k) + 2;
  uint64_t g1 = t.g1[k - kKMin], g0 = t.g0[k - kKMin];
  uint64_t vb = rop(g1, g0, cb << h), vbl = rop(g1, g0, cbl << h), vbr = rop(g1, g0, cbr << h);
  uint64_t s = vb >> 2;
  uint64_t f;
  // Try one digit fewer first. Java stops at two digits (s >= 100) and would
  // print 4.9e-324; Python wants 5e-324, so go down to one digit and, for the
  // tiniest subnormals where both fit, take the closer one.
  if (s >= 10) {
    uint64_t sp10 = 10 * mul_high(s, uint64_t{115292150460684698} << 4);
    uint64_t tp10 = sp10 + 10;
    bool upin = vbl + out <= sp10 << 2;
    bool wpin = (tp10 << 2) + out <= vbr;
    if (upin && wpin) {
      int64_t cmp = static_cast<int64_t>(vb - ((sp10 + tp10) << 1));
      upin = cmp < 0 || (cmp == 0 && ((sp10 / 10) & 1) == 0);
      wpin = !upin;
    }
    if (upin != wpin) {
      digits_from(upin ? sp10 : tp10, -k, g);
      return;
    }
  }
  uint64_t tt = s + 1;
  bool uin = vbl + out <= s << 2;
  bool win = (tt << 2) + out <= vbr;
  if (uin != win) {
    f = uin ? s : tt;
  } else {  // both in the interval: the closer, ties to even
    int64_t cmp = static_cast<int64_t>(vb - ((s + tt) << 1));
    f = (cmp < 0 || (cmp == 0 && (s & 1) == 0)) ? s : tt;
  }
  digits_from(f, -k, g);
}

void shortest_digits(double ax, Digits& g) {
  int e;
  uint64_t c = decompose(ax, e);
  if (c >> 52) {  // normal
    int mq = -e;
    if (0 < mq && mq < 53 && ((c >> mq) << mq) == c) {  // an integer below 2^53
      digits_from(c >> mq, 0, g);
      return;
    }
    schubfach(e, c, g);
  } else {
    schubfach(-1074, c, g);
  }
}

// ---- PyOS_double_to_string / format_float_short ----------------------------

std::string format_float_short(double x, char code, int mode, int precision, bool add_sign,
                               bool add_dot_0, bool alt, bool no_neg_0, bool upper) {
  std::string out;
  bool neg = std::signbit(x);
  if (std::isnan(x) || std::isinf(x)) {
    if (std::isnan(x)) neg = false;  // CPython ignores the sign of a nan
    if (neg) out += '-';
    else if (add_sign) out += '+';
    out += std::isnan(x) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
    return out;
  }
  Digits g;
  double ax = std::fabs(x);
  if (ax == 0) {
    g.d = "0";
    g.decpt = 1;
  } else if (mode == 0) {
    shortest_digits(ax, g);
  } else if (mode == 2) {
    sig_digits(ax, precision, g);
  } else {
    fixed_digits(ax, precision, g);
  }
  if (no_neg_0 && neg && g.d == "0") neg = false;

  // CPython's "virtual digits" slice: vdigits[vstart:vend] of the digit string
  // padded with zeros on both sides, with the point after position decpt.
  int64_t decpt = g.decpt, ndig = static_cast<int64_t>(g.d.size());
  int64_t vend = ndig, exp = 0;
  bool use_exp = false;
  switch (code) {
    case 'e':
      use_exp = true;
      vend = precision;
      break;
    case 'f':
      vend = decpt + precision;
      break;
    case 'g':
      if (decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision)) use_exp = true;
      if (alt) vend = precision;
      break;
    case 'r':  // repr switches to exponent form at 1e16
      if (decpt <= -4 || decpt > 16) use_exp = true;
      break;
  }
  if (use_exp) {
    exp = decpt - 1;
    decpt = 1;
  }
  int64_t vstart = decpt <= 0 ? decpt - 1 : 0;
  if (!use_exp && add_dot_0)
    vend = std::max(vend, decpt + 1);
  else
    vend = std::max(vend, decpt);
  check_size(vend - vstart + 8);
  out.reserve(static_cast<size_t>(vend - vstart + 8));

  if (neg) out += '-';
  else if (add_sign) out += '+';
  if (decpt <= 0) {
    out.append(static_cast<size_t>(decpt - vstart), '0');
    out += '.';
    out.append(static_cast<size_t>(-decpt), '0');
  } else {
    out.append(static_cast<size_t>(-vstart), '0');
  }
  if (0 < decpt && decpt <= ndig) {
    out.append(g.d, 0, static_cast<size_t>(decpt));
    out += '.';
    out.append(g.d, static_cast<size_t>(decpt), std::string::npos);
  } else {
    out += g.d;
  }
  if (ndig < decpt) {
    out.append(static_cast<size_t>(decpt - ndig), '0');
    out += '.';
    out.append(static_cast<size_t>(vend - decpt), '0');
  } else {
    out.append(static_cast<size_t>(vend - ndig), '0');
  }
  if (out.back() == '.' && !alt) out.pop_back();
  if (use_exp) {  // "%+.02d": sign and at least two digits
    out += upper ? 'E' : 'e';
    out += exp < 0 ? '-' : '+';
    int64_t a = exp < 0 ? -exp : exp;
    if (a >= 100) out += static_cast<char>('0' + a / 100);
    out += static_cast<char>('0' + a / 10 % 10);
    out += static_cast<char>('0' + a % 10);
  }
  return out;
}

// ---- number layout (calc_number_widths + fill_number) ----------------------

// _PyUnicode_InsertThousandsGrouping: groups `digits` from the right, padding
// with '0' up to min_width (zero padding happens here so separators land in
// it too). group == 0 means no separators.
std::string group_digits(std::string_view digits, int64_t min_width, int group, char sep) {
  std::string r;  // built right to left
  int64_t remaining = static_cast<int64_t>(digits.size());
  min_width = std::max<int64_t>(0, min_width);
  check_size(min_width + remaining + remaining / 3 + 4);
  size_t pos = digits.size();
  bool use_sep = false;
  auto emit = [&](int64_t len) {
    int64_t zeros = std::max<int64_t>(0, len - remaining);
    int64_t chars = std::max<int64_t>(0, std::min(remaining, len));
    if (use_sep) r.push_back(sep);
    for (int64_t i = 0; i < chars; ++i) r.push_back(digits[--pos]);
    r.append(static_cast<size_t>(zeros), '0');
    remaining -= chars;
  };
  if (group > 0) {
    for (;;) {
      int64_t len = std::min<int64_t>(group, std::max<int64_t>({remaining, min_width, 1}));
      emit(len);
      use_sep = true;
      min_width -= len;
      if (remaining <= 0 && min_width <= 0) break;
      min_width -= 1;
    }
  } else {
    emit(std::max<int64_t>({remaining, min_width, 1}));
  }
  std::reverse(r.begin(), r.end());
  return r;
}

struct NumParts {
  bool negative = false;
  std::string_view prefix;     // "0x" etc., already cased
  std::string_view digits;     // the leading digit run, which gets grouped
  bool has_decimal = false;    // a '.' follows the digits
  std::string_view remainder;  // everything after the '.' (or after digits)
  int64_t remainder_cps = 0;
};

// align is already resolved; group/sep describe the thousands grouping.
void layout_number(std::string& out, const Spec& s, char align, const NumParts& p, int group,
                   char sep) {
  int64_t n_sign = 0;
  char sign = 0;
  if (s.sign == '+' || s.sign == ' ') {
    n_sign = 1;
    sign = p.negative ? '-' : s.sign;
  } else if (p.negative) {
    n_sign = 1;
    sign = '-';
  }
  int64_t n_non = n_sign + static_cast<int64_t>(p.prefix.size()) + (p.has_decimal ? 1 : 0) +
                  p.remainder_cps;
  int64_t min_width = (s.fill == "0" && align == '=') ? s.width - n_non : 0;
  std::string grouped;
  if (!p.digits.empty()) grouped = group_digits(p.digits, min_width, group, sep);
  int64_t n_padding = s.width - (n_non + static_cast<int64_t>(grouped.size()));
  int64_t lpad = 0, spad = 0, rpad = 0;
  if (n_padding > 0) {
    switch (align) {
      case '<': rpad = n_padding; break;
      case '^':
        lpad = n_padding / 2;
        rpad = n_padding - lpad;
        break;
      case '=': spad = n_padding; break;
      default: lpad = n_padding; break;
    }
  }
  out.clear();
  append_fill(out, s.fill, lpad);
  if (sign) out += sign;
  out += p.prefix;
  append_fill(out, s.fill, spad);
  out += grouped;
  if (p.has_decimal) out += '.';
  out += p.remainder;
  append_fill(out, s.fill, rpad);
}

char resolve_numeric_align(const Spec& s) {
  return s.align ? s.align : (s.zero ? '=' : '>');
}

// ---- error messages --------------------------------------------------------

std::string quote_code(char32_t type) {
  char buf[32];
  if (type > 32 && type < 128)
    std::snprintf(buf, sizeof buf, "'%c'", static_cast<char>(type));
  else
    std::snprintf(buf, sizeof buf, "'\\x%x'", static_cast<unsigned>(type));
  return buf;
}

bool unknown_code(char32_t type, std::string_view type_name, std::string& err) {
  err = "Unknown format code " + quote_code(type) + " for object of type '" +
        std::string(type_name.substr(0, 200)) + "'";
  return false;
}

// ---- integers --------------------------------------------------------------

std::string u64_digits(uint64_t m, int base) {
  char buf[72];
  char* e = buf + sizeof buf;
  char* p = e;
  do {
    *--p = "0123456789abcdef"[m % static_cast<unsigned>(base)];
    m /= static_cast<unsigned>(base);
  } while (m);
  return std::string(p, e);
}

uint64_t magnitude_of(int64_t v) {
  return v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
}

bool is_int_type(char32_t t) {
  return t == 'b' || t == 'c' || t == 'd' || t == 'o' || t == 'x' || t == 'X' || t == 'n';
}
bool is_float_type(char32_t t) {
  return t == 'e' || t == 'E' || t == 'f' || t == 'F' || t == 'g' || t == 'G' || t == '%';
}

// format_long_internal. small: the value when it fits in int64 (for 'c').
bool format_int_core(bool neg, const MagnitudeFn* mag, const int64_t* small, const Spec& s,
                     std::string& out, std::string& err) {
  if (s.precision != -1) {
    err = "Precision not allowed in integer format specifier";
    return false;
  }
  if (s.no_neg_0) {
    err = "Negative zero coercion (z) not allowed in integer format specifier";
    return false;
  }
  char align = resolve_numeric_align(s);
  NumParts p;
  if (s.type == 'c') {
    if (s.sign) {
      err = "Sign not allowed with integer format specifier 'c'";
      return false;
    }
    if (s.alt) {
      err = "Alternate form (#) not allowed with integer format specifier 'c'";
      return false;
    }
    if (!small) {  // PyLong_AsLong fails before the range check
      err = "Python int too large to convert to C long";
      return false;
    }
    if (*small < 0 || *small > 0x10FFFF) {
      err = "%c arg not in range(0x110000)";
      return false;
    }
    std::string ch;
    append_cp(ch, static_cast<char32_t>(*small));
    p.remainder = ch;  // the character is laid out as "remainder", not digits
    p.remainder_cps = 1;
    layout_number(out, s, align, p, 0, 0);
    return true;
  }
  int base = s.type == 'b' ? 2 : s.type == 'o' ? 8 : (s.type == 'x' || s.type == 'X') ? 16 : 10;
  std::string digits = (*mag)(base);
  std::string prefix;
  if (s.alt && base != 10) prefix = base == 2 ? "0b" : base == 8 ? "0o" : "0x";
  if (s.type == 'X') {
    for (char& c : digits) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    for (char& c : prefix) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  p.negative = neg;
  p.prefix = prefix;
  p.digits = digits;
  int group = 0;
  char sep = 0;
  if (s.grouping && s.type != 'n') {
    sep = s.grouping;
    group = (base != 10 && s.grouping == '_') ? 4 : 3;
  }
  layout_number(out, s, align, p, group, sep);
  return true;
}

bool format_int_dispatch(bool neg, const MagnitudeFn& mag, const int64_t* small, const Spec& s,
                         std::string& out, std::string& err, std::string_view type_name) {
  if (is_int_type(s.type)) return format_int_core(neg, &mag, small, s, out, err);
  if (is_float_type(s.type)) {
    double x;
    if (small) {
      x = static_cast<double>(*small);  // int64 -> double rounds half-even
    } else if (!decimal_to_double(neg, mag(10), x)) {
      err = "int too large to convert to float";
      return false;
    }
    return format_float(x, s, out, err, "float");
  }
  return unknown_code(s.type, type_name, err);
}

// ---- printf-style output (unicode_format_arg_output) ------------------------

std::string percent_output(std::string_view str, char conv, int flags, int64_t width,
                           int64_t prec, bool numeric) {
  char fill = (numeric && (flags & PF_ZERO)) ? '0' : ' ';
  int64_t len = static_cast<int64_t>(count_cps(str));
  if ((width == -1 || width <= len) && (prec == -1 || prec >= len) &&
      !(flags & (PF_SIGN | PF_BLANK)))
    return std::string(str);
  if ((conv == 's' || conv == 'r' || conv == 'a') && prec >= 0 && len > prec) len = prec;
  size_t pindex = 0;
  char signchar = 0;
  bool sign = numeric;
  if (sign) {
    if (str[0] == '-' || str[0] == '+') {
      signchar = str[0];
      --len;
      ++pindex;
    } else if (flags & PF_SIGN) {
      signchar = '+';
    } else if (flags & PF_BLANK) {
      signchar = ' ';
    } else {
      sign = false;
    }
  }
  if (width < len) width = len;
  check_size(width + 2);
  std::string out;
  out.reserve(static_cast<size_t>(width) + 1 + str.size() - static_cast<size_t>(len));
  if (sign) {
    if (fill != ' ') out += signchar;
    if (width > len) --width;
  }
  bool prefixed = (flags & PF_ALT) && (conv == 'x' || conv == 'X' || conv == 'o');
  if (prefixed) {
    if (fill != ' ') {
      out.append(str.substr(pindex, 2));
      pindex += 2;
    }
    width = std::max<int64_t>(0, width - 2);
    len -= 2;
  }
  if (width > len && !(flags & PF_LJUST)) {
    out.append(static_cast<size_t>(width - len), fill);
    width = len;
  }
  if (fill == ' ') {
    if (sign) out += signchar;
    if (prefixed) {
      out.append(str.substr(pindex, 2));
      pindex += 2;
    }
  }
  std::string_view rest = str.substr(pindex);
  out.append(rest.substr(0, prefix_bytes(rest, static_cast<size_t>(std::max<int64_t>(0, len)))));
  if (width > len) out.append(static_cast<size_t>(width - len), ' ');
  return out;
}

// _PyUnicode_FormatLong: sign, optional 0o/0x prefix, zero fill to precision.
std::string format_long_percent(bool neg, const std::string& mag, char conv, bool alt,
                                int64_t prec) {
  std::string s;
  if (neg) s += '-';
  if (alt && conv == 'o') s += "0o";
  if (alt && (conv == 'x' || conv == 'X')) s += "0x";
  int64_t ndig = static_cast<int64_t>(mag.size());
  if (prec > ndig) {
    check_size(prec + 4);
    s.append(static_cast<size_t>(prec - ndig), '0');
  }
  s += mag;
  if (conv == 'X')
    for (char& c : s)
      if (c >= 'a' && c <= 'x') c = static_cast<char>(c - 'a' + 'A');
  return s;
}

int percent_base(char conv) {
  return conv == 'o' ? 8 : (conv == 'x' || conv == 'X') ? 16 : 10;
}

}  // namespace

// ---- public: floats ----------------------------------------------------------

std::string float_repr(double x) {
  return format_float_short(x, 'r', 0, 0, false, true, false, false, false);
}

std::string double_to_string(double x, char code, int precision, int flags) {
  bool upper = code >= 'A' && code <= 'Z';
  char c = static_cast<char>(upper ? code - 'A' + 'a' : code);
  int mode = 0;
  check_size(precision);
  switch (c) {
    case 'e':
      mode = 2;
      ++precision;
      break;
    case 'f': mode = 3; break;
    case 'g':
      mode = 2;
      if (precision == 0) precision = 1;
      break;
    default:  // 'r'
      c = 'r';
      mode = 0;
      precision = 0;
      break;
  }
  return format_float_short(x, c, mode, precision, flags & DTSF_SIGN, flags & DTSF_ADD_DOT_0,
                            flags & DTSF_ALT, flags & DTSF_NO_NEG_0, upper);
}

bool decimal_to_double(bool negative, std::string_view digits, double& out) {
  std::string s;
  s.reserve(digits.size() + 1);
  if (negative) s += '-';
  s.append(digits);
  out = std::strtod(s.c_str(), nullptr);
  return !std::isinf(out);
}

bool parse_float(std::string_view in, double& out) {
  // 1. Non-ASCII: Unicode spaces become ' ', decimal digits become ASCII, and
  //    anything else is invalid (_PyUnicode_TransformDecimalAndSpaceToASCII).
  // 2. Drop '_' that sit between two digits; any other '_' is invalid.
  std::string s;
  s.reserve(in.size());
  char prev = 0;
  for (size_t i = 0; i < in.size();) {
    char32_t cp = next_cp(in, i);
    char c;
    if (cp < 0x80) {
      c = static_cast<char>(cp);
    } else if (is_unicode_space(cp)) {
      c = ' ';
    } else {
      int d = decimal_value(cp);
      if (d < 0) return false;
      c = static_cast<char>('0' + d);
    }
    if (c == '_') {
      if (!(prev >= '0' && prev <= '9')) return false;
    } else {
      if (prev == '_' && !(c >= '0' && c <= '9')) return false;
      s.push_back(c);
    }
    prev = c;
  }
  if (prev == '_') return false;
  // 3. Strip ASCII whitespace (Py_ISSPACE; note \x1c-\x1f are not stripped).
  size_t b = 0, e = s.size();
  while (b < e && is_ascii_space(s[b])) ++b;
  while (e > b && is_ascii_space(s[e - 1])) --e;
  if (b == e) return false;
  // 4. Check the grammar that CPython's _Py_dg_strtod accepts, then let strtod
  //    (correctly rounded) produce the value.
  size_t i = b;
  bool neg = false;
  if (s[i] == '+' || s[i] == '-') neg = s[i++] == '-';
  auto ci_match = [&](size_t at, const char* word) {
    size_t n = std::char_traits<char>::length(word);
    if (e - at < n) return false;
    for (size_t k = 0; k < n; ++k)
      if (std::tolower(static_cast<unsigned char>(s[at + k])) != word[k]) return false;
    return true;
  };
  if (ci_match(i, "inf")) {
    size_t end = i + 3;
    if (ci_match(end, "inity")) end += 5;
    if (end != e) return false;
    out = neg ? -std::numeric_limits<double>::infinity()
              : std::numeric_limits<double>::infinity();
    return true;
  }
  if (ci_match(i, "nan")) {
    if (i + 3 != e) return false;
    out = std::copysign(std::numeric_limits<double>::quiet_NaN(), neg ? -1.0 : 1.0);
    return true;
  }
  size_t ndig = 0;
  while (i < e && s[i] >= '0' && s[i] <= '9') ++i, ++ndig;
  if (i < e && s[i] == '.') {
    ++i;
    while (i < e && s[i] >= '0' && s[i] <= '9') ++i, ++ndig;
  }
  if (ndig == 0) return false;
  if (i < e && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < e && (s[i] == '+' || s[i] == '-')) ++i;
    size_t edig = 0;
    while (i < e && s[i] >= '0' && s[i] <= '9') ++i, ++edig;
    if (edig == 0) return false;
  }
  if (i != e) return false;
  s.resize(e);
  out = std::strtod(s.c_str() + b, nullptr);
  return true;
}

double round_to_int(double x) {
  double r = std::round(x);
  if (std::fabs(x - r) == 0.5) r = 2.0 * std::round(x / 2.0);  // halfway: to even
  return r;
}

double round_half_even(double x, int64_t ndigits, bool& overflow) {
  overflow = false;
  if (!std::isfinite(x)) return x;
  // Beyond these x is unchanged / rounds to zero (CPython's NDIGITS_MAX/MIN).
  if (ndigits > 323) return x;
  if (ndigits < -308) return 0.0 * x;
  if (ndigits >= 0) {  // exact decimal rounding, then read the decimal back
    Digits g;
    fixed_digits(std::fabs(x), static_cast<int>(ndigits), g);
    int e10 = g.decpt - static_cast<int>(g.d.size());
    if (g.d.size() <= 15 && e10 >= -22 && e10 <= 22) {
      // Clinger's fast path: the digits and 10^|e10| are exact doubles, so one
      // IEEE operation gives the correctly rounded value, as strtod would.
      static constexpr double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                          1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                          1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
      double d = static_cast<double>(std::strtoull(g.d.c_str(), nullptr, 10));
      return std::copysign(e10 < 0 ? d / kPow10[-e10] : d * kPow10[e10], x);
    }
    std::string s = (std::signbit(x) ? "-." : ".") + g.d + "e" + std::to_string(g.decpt);
    return std::strtod(s.c_str(), nullptr);
  }
  // Negative ndigits: round the exact integer part to a multiple of 10^k; the
  // fraction only matters to break an exact tie.
  size_t k = static_cast<size_t>(-ndigits);
  double ax = std::fabs(x), ip = std::trunc(ax);
  bool frac = ip != ax;
  std::string digs;
  sprint(digs, "%.0f", ip);
  if (digs.size() < k + 1) digs.insert(0, k + 1 - digs.size(), '0');
  std::string head = digs.substr(0, digs.size() - k);
  std::string_view tail = std::string_view(digs).substr(digs.size() - k);
  int c = tail[0] > '5' ? 1 : tail[0] < '5' ? -1
          : tail.find_first_not_of('0', 1) != std::string_view::npos ? 1 : 0;
  if (c == 0 && frac) c = 1;
  if (c > 0 || (c == 0 && (head.back() - '0') % 2 == 1)) {
    int i = static_cast<int>(head.size()) - 1;
    while (i >= 0 && head[i] == '9') head[i--] = '0';
    if (i < 0) head.insert(head.begin(), '1');
    else ++head[i];
  }
  std::string r = (std::signbit(x) ? "-" : "") + head + "e" + std::to_string(k);
  double v = std::strtod(r.c_str(), nullptr);
  if (std::isinf(v)) overflow = true;
  return v;
}

// ---- public: format specs ------------------------------------------------------

bool parse_spec(std::string_view spec, char32_t default_type, std::string_view type_name,
                Spec& out, std::string& err) {
  out = Spec{};
  out.type = default_type;
  std::u32string cps;
  for (size_t i = 0; i < spec.size();) cps.push_back(next_cp(spec, i));
  size_t pos = 0, end = cps.size();
  auto is_align = [](char32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; };
  bool fill_given = false;
  if (end - pos >= 2 && is_align(cps[pos + 1])) {
    out.fill.clear();
    append_cp(out.fill, cps[pos]);
    out.align = static_cast<char>(cps[pos + 1]);
    fill_given = true;
    pos += 2;
  } else if (end - pos >= 1 && is_align(cps[pos])) {
    out.align = static_cast<char>(cps[pos]);
    ++pos;
  }
  if (pos < end && (cps[pos] == '+' || cps[pos] == '-' || cps[pos] == ' '))
    out.sign = static_cast<char>(cps[pos++]);
  if (pos < end && cps[pos] == 'z') {
    out.no_neg_0 = true;
    ++pos;
  }
  if (pos < end && cps[pos] == '#') {
    out.alt = true;
    ++pos;
  }
  if (!fill_given && pos < end && cps[pos] == '0') {
    out.fill = "0";
    out.zero = true;
    ++pos;
  }
  // get_integer: any Unicode decimal digits; overflow past Py_ssize_t.
  auto get_integer = [&](int64_t& value) -> int {
    int64_t acc = 0;
    int n = 0;
    for (; pos < end; ++pos, ++n) {
      int d = decimal_value(cps[pos]);
      if (d < 0) break;
      if (acc > (INT64_MAX - d) / 10) {
        err = "Too many decimal digits in format string";
        return -1;
      }
      acc = acc * 10 + d;
    }
    value = acc;
    return n;
  };
  int consumed = get_integer(out.width);
  if (consumed < 0) return false;
  if (consumed == 0) out.width = -1;
  if (pos < end && cps[pos] == ',') {
    out.grouping = ',';
    ++pos;
  }
  if (pos < end && cps[pos] == '_') {
    if (out.grouping) {
      err = "Cannot specify both ',' and '_'.";
      return false;
    }
    out.grouping = '_';
    ++pos;
  }
  if (pos < end && cps[pos] == ',' && out.grouping == '_') {
    err = "Cannot specify both ',' and '_'.";
    return false;
  }
  if (pos < end && cps[pos] == '.') {
    ++pos;
    consumed = get_integer(out.precision);
    if (consumed < 0) return false;
    if (consumed == 0) {
      err = "Format specifier missing precision";
      return false;
    }
  }
  if (end - pos > 1) {
    err = "Invalid format specifier '" + std::string(spec) + "' for object of type '" +
          std::string(type_name.substr(0, 200)) + "'";
    return false;
  }
  if (end - pos == 1) out.type = cps[pos];
  if (out.grouping) {
    switch (out.type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
        break;
      case 'b': case 'o': case 'x': case 'X':
        if (out.grouping == '_') break;  // every four digits there
        [[fallthrough]];
      default:
        err = std::string("Cannot specify '") + out.grouping + "' with " + quote_code(out.type) +
              ".";
        return false;
    }
  }
  return true;
}

bool error_is_overflow(std::string_view err) {
  return err == "%c arg not in range(0x110000)" ||
         err == "Python int too large to convert to C long" ||
         err == "int too large to convert to float";
}

bool format_int(int64_t v, const Spec& spec, std::string& out, std::string& err,
                std::string_view type_name) {
  uint64_t m = magnitude_of(v);
  MagnitudeFn mag = [m](int base) { return u64_digits(m, base); };
  return format_int_dispatch(v < 0, mag, &v, spec, out, err, type_name);
}

bool format_int(int64_t v, std::string_view spec, std::string& out, std::string& err,
                std::string_view type_name) {
  if (spec.empty()) {
    out = std::to_string(v);
    return true;
  }
  Spec s;
  if (!parse_spec(spec, 'd', type_name, s, err)) return false;
  return format_int(v, s, out, err, type_name);
}

bool format_bigint(bool negative, const MagnitudeFn& magnitude, const Spec& spec,
                   std::string& out, std::string& err, std::string_view type_name) {
  // Values that fit in int64 take the small path ('c' needs the value).
  int64_t small = 0;
  bool fits = false;
  if (spec.type == 'c') {
    std::string d = magnitude(10);
    if (d.size() <= 19) {
      uint64_t m = std::strtoull(d.c_str(), nullptr, 10);
      if (m <= static_cast<uint64_t>(INT64_MAX) + (negative ? 1 : 0)) {
        small = negative ? static_cast<int64_t>(0 - m) : static_cast<int64_t>(m);
        fits = true;
      }
    }
  }
  return format_int_dispatch(negative, magnitude, fits ? &small : nullptr, spec, out, err,
                             type_name);
}

bool format_bigint(bool negative, const MagnitudeFn& magnitude, std::string_view spec,
                   std::string& out, std::string& err, std::string_view type_name) {
  if (spec.empty()) {
    out = (negative ? "-" : "") + magnitude(10);
    return true;
  }
  Spec s;
  if (!parse_spec(spec, 'd', type_name, s, err)) return false;
  return format_bigint(negative, magnitude, s, out, err, type_name);
}

bool format_float(double x, const Spec& s, std::string& out, std::string& err,
                  std::string_view type_name) {
  char32_t type = s.type;
  if (!(type == 0 || type == 'n' || is_float_type(type)))
    return unknown_code(type, type_name, err);
  if (s.precision > INT_MAX) {
    err = "precision too big";
    return false;
  }
  int precision = static_cast<int>(s.precision);
  int default_precision = 6;
  int flags = 0;
  if (s.alt) flags |= DTSF_ALT;
  if (s.no_neg_0) flags |= DTSF_NO_NEG_0;
  char code = static_cast<char>(type);
  if (type == 0) {  // like repr, or 'g' keeping a ".0" when a precision is given
    flags |= DTSF_ADD_DOT_0;
    code = 'r';
    default_precision = 0;
  }
  if (type == 'n') code = 'g';  // C locale: no grouping, '.' point
  bool add_pct = false;
  if (type == '%') {
    code = 'f';
    x *= 100;
    add_pct = true;
  }
  if (precision < 0) precision = default_precision;
  else if (code == 'r') code = 'g';
  std::string buf = double_to_string(x, code, precision, flags);
  if (add_pct) buf += '%';
  NumParts p;
  std::string_view v = buf;
  if (!v.empty() && v[0] == '-') {
    p.negative = true;
    v.remove_prefix(1);
  }
  size_t nd = 0;
  while (nd < v.size() && v[nd] >= '0' && v[nd] <= '9') ++nd;
  p.digits = v.substr(0, nd);
  p.has_decimal = nd < v.size() && v[nd] == '.';
  p.remainder = v.substr(nd + (p.has_decimal ? 1 : 0));
  p.remainder_cps = static_cast<int64_t>(p.remainder.size());
  bool grouped = s.grouping && type != 'n';
  layout_number(out, s, resolve_numeric_align(s), p, grouped ? 3 : 0, grouped ? s.grouping : 0);
  return true;
}

bool format_float(double x, std::string_view spec, std::string& out, std::string& err,
                  std::string_view type_name) {
  if (spec.empty()) {
    out = float_repr(x);
    return true;
  }
  Spec s;
  if (!parse_spec(spec, 0, type_name, s, err)) return false;
  return format_float(x, s, out, err, type_name);
}

bool format_str(std::string_view utf8, const Spec& s, std::string& out, std::string& err,
                std::string_view type_name) {
  if (s.type != 's' && s.type != 0) return unknown_code(s.type, type_name, err);
  if (s.sign) {
    err = s.sign == ' ' ? "Space not allowed in string format specifier"
                        : "Sign not allowed in string format specifier";
    return false;
  }
  if (s.no_neg_0) {
    err = "Negative zero coercion (z) not allowed in string format specifier";
    return false;
  }
  if (s.alt) {
    err = "Alternate form (#) not allowed in string format specifier";
    return false;
  }
  if (s.align == '=') {
    err = "'=' alignment not allowed in string format specifier";
    return false;
  }
  int64_t len = static_cast<int64_t>(count_cps(utf8));
  std::string_view text = utf8;
  if (s.precision >= 0 && len >= s.precision) {
    len = s.precision;
    text = utf8.substr(0, prefix_bytes(utf8, static_cast<size_t>(len)));
  }
  int64_t total = std::max(len, s.width);
  char align = s.align ? s.align : '<';
  int64_t lpad = align == '>' ? total - len : align == '^' ? (total - len) / 2 : 0;
  out.clear();
  append_fill(out, s.fill, lpad);
  out += text;
  append_fill(out, s.fill, total - len - lpad);
  return true;
}

bool format_str(std::string_view utf8, std::string_view spec, std::string& out,
                std::string& err, std::string_view type_name) {
  if (spec.empty()) {
    out.assign(utf8);
    return true;
  }
  Spec s;
  if (!parse_spec(spec, 's', type_name, s, err)) return false;
  return format_str(utf8, s, out, err, type_name);
}

// ---- public: printf-style ------------------------------------------------------

std::string percent_format_float(double x, char conv, int flags, int64_t width,
                                 int64_t precision) {
  int prec = precision < 0 ? 6 : static_cast<int>(std::min<int64_t>(precision, kMaxOutput));
  std::string s = double_to_string(x, conv, prec, (flags & PF_ALT) ? DTSF_ALT : 0);
  return percent_output(s, conv, flags, width, precision, true);
}

std::string percent_format_int(int64_t v, char conv, int flags, int64_t width,
                               int64_t precision) {
  std::string s = format_long_percent(v < 0, u64_digits(magnitude_of(v), percent_base(conv)),
                                      conv, flags & PF_ALT, precision);
  return percent_output(s, conv, flags, width, precision, true);
}

std::string percent_format_bigint(bool negative, const MagnitudeFn& magnitude, char conv,
                                  int flags, int64_t width, int64_t precision) {
  std::string s =
      format_long_percent(negative, magnitude(percent_base(conv)), conv, flags & PF_ALT, precision);
  return percent_output(s, conv, flags, width, precision, true);
}

std::string pad_percent(std::string_view utf8, int flags, int64_t width, int64_t precision) {
  return percent_output(utf8, 's', flags, width, precision, false);
}

}  // namespace il::numfmt
