// Arbitrary-precision integers: see bigint.h for the contract.
//
// Layout: magnitude limbs little-endian (least significant first), always
// normalised (no leading zero limbs; zero has no limbs and is never negative).
// The low-level routines below work on raw limb arrays; BigInt methods wrap
// them and handle signs and Python's rounding rules.
#include "objects/bigint.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <memory>
#include <new>
#include <utility>
#include <vector>

namespace il {
namespace {

using Limb = BigInt::Limb;
using DLimb = BigInt::DLimb;
constexpr unsigned LB = BigInt::kLimbBits;
constexpr Limb kLimbMax = ~Limb(0);
constexpr bool k64 = LB == 64;

// Below these sizes (in limbs) schoolbook multiplication/squaring beats
// Karatsuba's extra additions: measured on x86-64 with 64-bit limbs (both
// break even around 2-3k bits); the 32-bit values cover similar bit sizes.
constexpr size_t kKaratsubaThreshold = k64 ? 32 : 48;
constexpr size_t kSqrKaratsubaThreshold = k64 ? 48 : 64;
// Radix conversion switches from divide-and-conquer to repeated single-limb
// division below this size; the split's full division only pays off above it.
constexpr size_t kToStrBasecaseLimbs = k64 ? 30 : 60;
// Temporary limb buffers up to this size live on the stack.
constexpr size_t kStackLimbs = 64;
// Karatsuba workspace: 4n limbs plus a little per recursion level (see
// mul_rec); 64 levels bounds any addressable size.
inline size_t kara_scratch(size_t n) { return 4 * n + 8 * 64; }

// A scratch buffer that stays on the stack when small.
class Scratch {
 public:
  explicit Scratch(size_t n) {
    if (n <= kStackLimbs) {
      p_ = local_;
    } else {
      heap_.reset(new Limb[n]);
      p_ = heap_.get();
    }
  }
  Limb* get() { return p_; }

 private:
  Limb local_[kStackLimbs];
  std::unique_ptr<Limb[]> heap_;
  Limb* p_;
};

inline size_t trim(const Limb* a, size_t n) {
  while (n && a[n - 1] == 0) n--;
  return n;
}
inline void zero(Limb* r, size_t n) {
  if (n) std::memset(r, 0, n * sizeof(Limb));
}
inline void copy(Limb* r, const Limb* a, size_t n) {
  if (n) std::memmove(r, a, n * sizeof(Limb));
}

// ---- limb-vector primitives (outputs may alias inputs where noted) ----

int cmp_n(const Limb* a, const Limb* b, size_t n) {
  while (n--) {
    if (a[n] != b[n]) return a[n] < b[n] ? -1 : 1;
  }
  return 0;
}
// Normalised magnitudes.
int cmp_mag(const Limb* a, size_t an, const Limb* b, size_t bn) {
  if (an != bn) return an < bn ? -1 : 1;
  return cmp_n(a, b, an);
}

// r = a + b over n limbs; returns the carry. r may alias a or b.
Limb add_n(Limb* r, const Limb* a, const Limb* b, size_t n) {
  Limb c = 0;
  for (size_t i = 0; i < n; i++) {
    DLimb t = (DLimb)a[i] + b[i] + c;
    r[i] = (Limb)t;
    c = (Limb)(t >> LB);
  }
  return c;
}
// r = a + c over n limbs; returns the carry. r may alias a.
Limb add_1(Limb* r, const Limb* a, size_t n, Limb c) {
  size_t i = 0;
  for (; i < n && c; i++) {
    Limb s = a[i] + c;
    c = s < c;
    r[i] = s;
  }
  if (r != a) copy(r + i, a + i, n - i);
  return c;
}
// r = a + b with an >= bn; r has an limbs; returns the carry.
Limb add(Limb* r, const Limb* a, size_t an, const Limb* b, size_t bn) {
  Limb c = add_n(r, a, b, bn);
  return add_1(r + bn, a + bn, an - bn, c);
}
// r = a - b over n limbs; returns the borrow. r may alias a or b.
Limb sub_n(Limb* r, const Limb* a, const Limb* b, size_t n) {
  Limb br = 0;
  for (size_t i = 0; i < n; i++) {
    DLimb t = (DLimb)a[i] - b[i] - br;
    r[i] = (Limb)t;
    br = (Limb)(t >> LB) & 1;
  }
  return br;
}
Limb sub_1(Limb* r, const Limb* a, size_t n, Limb b) {
  size_t i = 0;
  for (; i < n && b; i++) {
    Limb x = a[i];
    r[i] = x - b;
    b = x < b;
  }
  if (r != a) copy(r + i, a + i, n - i);
  return b;
}
// r = a - b with an >= bn; r has an limbs; returns the borrow.
Limb sub(Limb* r, const Limb* a, size_t an, const Limb* b, size_t bn) {
  Limb br = sub_n(r, a, b, bn);
  return sub_1(r + bn, a + bn, an - bn, br);
}
// r = a * m; returns the high limb. r may alias a.
Limb mul_1(Limb* r, const Limb* a, size_t n, Limb m) {
  Limb c = 0;
  for (size_t i = 0; i < n; i++) {
    DLimb t = (DLimb)a[i] * m + c;
    r[i] = (Limb)t;
    c = (Limb)(t >> LB);
  }
  return c;
}
// r += a * m over n limbs; returns the carry out of r[n-1].
Limb addmul_1(Limb* r, const Limb* a, size_t n, Limb m) {
  Limb c = 0;
  for (size_t i = 0; i < n; i++) {
    DLimb t = (DLimb)a[i] * m + r[i] + c;
    r[i] = (Limb)t;
    c = (Limb)(t >> LB);
  }
  return c;
}
// r -= a * m over n limbs; returns the borrow out of r[n-1].
Limb submul_1(Limb* r, const Limb* a, size_t n, Limb m) {
  Limb br = 0;
  for (size_t i = 0; i < n; i++) {
    DLimb p = (DLimb)a[i] * m + br;
    Limb lo = (Limb)p, x = r[i];
    r[i] = x - lo;
    br = (Limb)(p >> LB) + (x < lo);
  }
  return br;
}
// r = a << s, 0 < s < LB; returns the bits shifted out. Runs high to low so
// r may alias a (or sit above it).
Limb lshift(Limb* r, const Limb* a, size_t n, unsigned s) {
  Limb out = a[n - 1] >> (LB - s);
  for (size_t i = n - 1; i > 0; i--) r[i] = (a[i] << s) | (a[i - 1] >> (LB - s));
  r[0] = a[0] << s;
  return out;
}
// r = a >> s, 0 < s < LB. Runs low to high so r may alias a (or sit below).
void rshift(Limb* r, const Limb* a, size_t n, unsigned s) {
  for (size_t i = 0; i + 1 < n; i++) r[i] = (a[i] >> s) | (a[i + 1] << (LB - s));
  r[n - 1] = a[n - 1] >> s;
}
// q = a / d (q may alias a); returns the remainder.
Limb divrem_1(Limb* q, const Limb* a, size_t n, Limb d) {
  Limb r = 0;
  for (size_t i = n; i-- > 0;) {
    DLimb cur = ((DLimb)r << LB) | a[i];
    Limb qi = (Limb)(cur / d);
    r = (Limb)cur - qi * d;  // one wide division instead of / and %
    q[i] = qi;
  }
  return r;
}

// ---- multiplication ----

// r[0..an+bn) = a * b; r must not overlap a or b.
void mul_basecase(Limb* r, const Limb* a, size_t an, const Limb* b, size_t bn) {
  r[an] = mul_1(r, a, an, b[0]);
  for (size_t j = 1; j < bn; j++) r[an + j] = addmul_1(r + j, a, an, b[j]);
}

// r[0..2n) = a * a, computing each cross product once.
void sqr_basecase(Limb* r, const Limb* a, size_t n) {
  zero(r, 2 * n);
  for (size_t i = 0; i + 1 < n; i++) r[n + i] = addmul_1(r + 2 * i + 1, a + i + 1, n - i - 1, a[i]);
  if (n > 1) lshift(r, r, 2 * n, 1);  // cross products count twice
  Limb c = 0;
  for (size_t i = 0; i < n; i++) {
    DLimb p = (DLimb)a[i] * a[i];
    DLimb t = (DLimb)r[2 * i] + (Limb)p + c;
    r[2 * i] = (Limb)t;
    t = (DLimb)r[2 * i + 1] + (Limb)(p >> LB) + (Limb)(t >> LB);
    r[2 * i + 1] = (Limb)t;
    c = (Limb)(t >> LB);
  }
}

// d[0..n) = |x - y| where x has n limbs and y has yn <= n; true if x < y.
bool abs_diff(Limb* d, const Limb* x, size_t n, const Limb* y, size_t yn) {
  int c = 0;
  for (size_t i = n; i > yn && !c;) c = x[--i] != 0;
  if (!c) c = cmp_n(x, y, yn);
  if (c >= 0) {
    sub(d, x, n, y, yn);
    return false;
  }
  sub_n(d, y, x, yn);  // x's limbs above yn are zero here
  zero(d + yn, n - yn);
  return true;
}

// Adds the Karatsuba middle term into r at offset h. t (2h limbs) is
// |(x0-x1)(y0-y1)| with sign `t_neg`; z0 = r[0..2h), z2 = r[2h..rn).
// ws needs 2h+1 limbs.
void kara_combine(Limb* r, size_t rn, size_t h, const Limb* t, bool t_neg, Limb* ws) {
  Limb* m = ws;
  m[2 * h] = add(m, r, 2 * h, r + 2 * h, rn - 2 * h);  // z0 + z2
  // middle = z0 + z2 - (x0-x1)(y0-y1), never negative.
  if (t_neg) {
    m[2 * h] += add_n(m, m, t, 2 * h);
  } else {
    m[2 * h] -= sub_n(m, m, t, 2 * h);
  }
  add(r + h, r + h, rn - h, m, trim(m, 2 * h + 1));
}

void mul_rec(Limb* r, const Limb* a, size_t an, const Limb* b, size_t bn, Limb* ws);

// bn <= ceil(an/2): multiply bn-limb slices of a by b, accumulating.
void mul_unbalanced(Limb* r, const Limb* a, size_t an, const Limb* b, size_t bn, Limb* ws) {
  Limb* tmp = ws;  // 2*bn limbs
  mul_rec(r, a, bn, b, bn, ws + 2 * bn);
  for (size_t done = bn; done < an;) {
    size_t len = std::min(bn, an - done);
    if (len == bn)
      mul_rec(tmp, a + done, len, b, bn, ws + 2 * bn);
    else
      mul_rec(tmp, b, bn, a + done, len, ws + 2 * bn);
    // r is valid through done+bn; the product overlaps its top bn limbs.
    Limb c = add_n(r + done, r + done, tmp, bn);
    copy(r + done + bn, tmp + bn, len);
    add_1(r + done + bn, r + done + bn, len, c);
    done += len;
  }
}

// r[0..an+bn) = a * b with an >= bn; r must not overlap a, b or ws.
// ws holds kara_scratch(an) limbs. Layout per level: [t: 2h][da: h][db: h]
// then the children's workspace; the middle sum reuses [2h, 4h+1) once
// da/db are dead, so each level needs 4h + 1 limbs plus its child's.
void mul_rec(Limb* r, const Limb* a, size_t an, const Limb* b, size_t bn, Limb* ws) {
  if (bn < kKaratsubaThreshold) {
    mul_basecase(r, a, an, b, bn);
    return;
  }
  size_t h = (an + 1) / 2;
  if (bn <= h) {
    mul_unbalanced(r, a, an, b, bn, ws);
    return;
  }
  // a = a1*B^h + a0, b = b1*B^h + b0 with 1 <= bn-h <= an-h <= h.
  mul_rec(r, a, h, b, h, ws);
  mul_rec(r + 2 * h, a + h, an - h, b + h, bn - h, ws);
  Limb *t = ws, *da = ws + 2 * h, *db = ws + 3 * h;
  bool na = abs_diff(da, a, h, a + h, an - h);
  bool nb = abs_diff(db, b, h, b + h, bn - h);
  mul_rec(t, da, h, db, h, ws + 4 * h);
  kara_combine(r, an + bn, h, t, na != nb, ws + 2 * h);
}

void sqr_rec(Limb* r, const Limb* a, size_t n, Limb* ws) {
  if (n < kSqrKaratsubaThreshold) {
    sqr_basecase(r, a, n);
    return;
  }
  size_t h = (n + 1) / 2;
  sqr_rec(r, a, h, ws);
  sqr_rec(r + 2 * h, a + h, n - h, ws);
  Limb *t = ws, *d = ws + 2 * h;
  abs_diff(d, a, h, a + h, n - h);
  sqr_rec(t, d, h, ws + 4 * h);
  kara_combine(r, 2 * n, h, t, false, ws + 2 * h);
}

// r[0..an+bn) = a * b; r must not overlap a or b.
void mul_mag(Limb* r, const Limb* a, size_t an, const Limb* b, size_t bn) {
  if (an < bn) {
    std::swap(a, b);
    std::swap(an, bn);
  }
  if (a == b && an == bn) {
    if (an < kSqrKaratsubaThreshold) {
      sqr_basecase(r, a, an);
    } else {
      Scratch ws(kara_scratch(an));
      sqr_rec(r, a, an, ws.get());
    }
    return;
  }
  if (bn < kKaratsubaThreshold) {
    mul_basecase(r, a, an, b, bn);
    return;
  }
  Scratch ws(kara_scratch(an));
  mul_rec(r, a, an, b, bn, ws.get());
}

// ---- division ----

// Knuth's Algorithm D. q[0..un-vn] = u / v, r[0..vn) = u % v (r may be
// null). un >= vn >= 2, v[vn-1] != 0; outputs must not overlap inputs.
void divrem_knuth(Limb* q, Limb* r, const Limb* u, size_t un, const Limb* v, size_t vn) {
  Scratch buf(un + 1 + vn);
  Limb* nu = buf.get();
  Limb* nv = nu + un + 1;
  // Normalise so the divisor's top bit is set: then the two-limb estimate
  // of each quotient limb is at most 2 too large.
  unsigned s = std::countl_zero(v[vn - 1]);
  if (s) {
    lshift(nv, v, vn, s);
    nu[un] = lshift(nu, u, un, s);
  } else {
    copy(nv, v, vn);
    copy(nu, u, un);
    nu[un] = 0;
  }
  const Limb vtop = nv[vn - 1], vnext = nv[vn - 2];
  for (size_t j = un - vn + 1; j-- > 0;) {
    Limb ujn = nu[j + vn];
    Limb qhat;
    if (ujn >= vtop) {
      qhat = kLimbMax;  // the estimate would reach B; B-1 is within 2
    } else {
      DLimb num = ((DLimb)ujn << LB) | nu[j + vn - 1];
      qhat = (Limb)(num / vtop);
      Limb rhat = (Limb)num - qhat * vtop;
      // Refine with the next limb; this leaves qhat at most 1 too large.
      while ((DLimb)qhat * vnext > (((DLimb)rhat << LB) | nu[j + vn - 2])) {
        qhat--;
        Limb old = rhat;
        rhat += vtop;
        if (rhat < old) break;  // rhat >= B: the test can no longer hold
      }
    }
    Limb br = submul_1(nu + j, nv, vn, qhat);
    if (ujn < br) {
      // Overshot: add the divisor back until the deficit is cancelled.
      Limb deficit = br - ujn;
      while (deficit) {
        qhat--;
        deficit -= add_n(nu + j, nu + j, nv, vn);
      }
    }
    nu[j + vn] = 0;
    q[j] = qhat;
  }
  if (r) {
    if (s)
      rshift(r, nu, vn, s);
    else
      copy(r, nu, vn);
  }
}

uint64_t gcd_u64(uint64_t a, uint64_t b) {
  if (a == 0) return b;
  if (b == 0) return a;
  int sh = std::countr_zero(a | b);
  a >>= std::countr_zero(a);
  while (b) {
    b >>= std::countr_zero(b);
    if (a > b) std::swap(a, b);
    b -= a;
  }
  return a << sh;
}

uint64_t isqrt_u64(uint64_t n) {
  uint64_t s = (uint64_t)std::sqrt((double)n);
  // The double estimate is off by at most one or two either way.
  while (s > 0 && (s > UINT32_MAX || s * s > n)) s--;
  while (s < UINT32_MAX && (s + 1) * (s + 1) <= n) s++;
  return s;
}

constexpr char kDigitChars[] = "0123456789abcdefghijklmnopqrstuvwxyz";

// Largest k with base**k fitting in a limb, and that power: the chunk size
// for radix conversion.
struct Chunk {
  unsigned k;
  Limb big;
};
Chunk chunk_for(unsigned base) {
  Chunk c{1, base};
  while (c.big <= kLimbMax / base) {
    c.big *= base;
    c.k++;
  }
  return c;
}

// Writes the digits of a (n limbs, destroyed) right to left ending at `end`,
// k digits per chunk; returns the start of what was written (may have
// leading zeros within the top chunk).
char* emit_chunks(Limb* a, size_t n, char* end, unsigned base, Chunk ch) {
  n = trim(a, n);
  while (n) {
    Limb rem = divrem_1(a, a, n, ch.big);
    n = trim(a, n);
    for (unsigned i = 0; i < ch.k; i++) {
      *--end = kDigitChars[rem % base];
      rem /= base;
    }
  }
  return end;
}

// Unicode whitespace accepted around int() literals, as UTF-8.
size_t space_at(std::string_view s, size_t i) {
  unsigned char c = s[i];
  if (c == ' ' || (c >= '\t' && c <= '\r')) return 1;
  auto at = [&](size_t j) -> unsigned { return i + j < s.size() ? (unsigned char)s[i + j] : 0u; };
  if (c == 0xC2 && (at(1) == 0x85 || at(1) == 0xA0)) return 2;
  if (c == 0xE1 && at(1) == 0x9A && at(2) == 0x80) return 3;  // U+1680
  if (c == 0xE2 && at(1) == 0x80 &&
      (at(2) <= 0x8A || at(2) == 0xA8 || at(2) == 0xA9 || at(2) == 0xAF) && at(2) >= 0x80)
    return 3;                                                    // U+2000-200A, 2028/9, 202F
  if (c == 0xE2 && at(1) == 0x81 && at(2) == 0x9F) return 3;  // U+205F
  if (c == 0xE3 && at(1) == 0x80 && at(2) == 0x80) return 3;  // U+3000
  return 0;
}
size_t space_before(std::string_view s, size_t end) {
  for (size_t len = 1; len <= 3 && len <= end; len++) {
    if (space_at(s.substr(0, end), end - len) == len) return len;
  }
  return 0;
}

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

}  // namespace

// Privileged helpers that need BigInt's representation.
struct BigIntImpl {
  // Builds a result: fill(out) writes at most `need` limbs and returns how
  // many. Results needing a few more limbs than fit inline go through a
  // stack buffer, so an unused carry limb never forces a heap allocation.
  template <class F>
  static BigInt make(size_t need, bool neg, F&& fill) {
    BigInt r;
    if (need <= BigInt::kInline) {
      r.set_size(fill(r.small_));
    } else if (need <= kStackLimbs) {
      Limb tmp[kStackLimbs];
      size_t n = trim(tmp, fill(tmp));
      copy(r.reset_storage(n), tmp, n);
      r.set_size(n);
    } else {
      r.set_size(fill(r.reset_storage(need)));
    }
    r.neg_ = neg && r.n_;
    return r;
  }
  static BigInt from_limbs(const Limb* a, size_t n, bool neg) {
    return make(n, neg, [&](Limb* r) {
      copy(r, a, n);
      return n;
    });
  }
  static BigInt add_mag(const BigInt& a, const BigInt& b, bool neg) {
    const BigInt *x = &a, *y = &b;
    if (x->n_ < y->n_) std::swap(x, y);
    size_t xn = x->n_, yn = y->n_;
    if (xn < BigInt::kInline) {  // hot path for values just past 64 bits
      BigInt r;
      const Limb *xd = x->data(), *yd = y->data();
      Limb c = 0;
      for (size_t i = 0; i < xn; i++) {
        DLimb t = (DLimb)xd[i] + (i < yn ? yd[i] : 0) + c;
        r.small_[i] = (Limb)t;
        c = (Limb)(t >> LB);
      }
      r.small_[xn] = c;
      r.n_ = (uint32_t)(xn + (c != 0));
      r.neg_ = neg && r.n_;
      return r;
    }
    return make(xn + 1, neg, [&](Limb* r) {
      r[xn] = add(r, x->data(), xn, y->data(), yn);
      return xn + 1;
    });
  }
  // |a| - |b| carrying sign `neg` (flipped when |a| < |b|).
  static BigInt sub_mag(const BigInt& a, const BigInt& b, bool neg) {
    const BigInt *x = &a, *y = &b;
    int c = cmp_mag(x->data(), x->n_, y->data(), y->n_);
    if (c == 0) return BigInt();
    if (c < 0) {
      std::swap(x, y);
      neg = !neg;
    }
    size_t xn = x->n_, yn = y->n_;
    if (xn <= BigInt::kInline) {
      BigInt r;
      const Limb *xd = x->data(), *yd = y->data();
      Limb br = 0;
      for (size_t i = 0; i < xn; i++) {
        DLimb t = (DLimb)xd[i] - (i < yn ? yd[i] : 0) - br;
        r.small_[i] = (Limb)t;
        br = (Limb)(t >> LB) & 1;
      }
      r.set_size(xn);
      r.neg_ = neg;  // nonzero: |x| > |y|
      return r;
    }
    return make(xn, neg, [&](Limb* r) {
      sub(r, x->data(), xn, y->data(), yn);
      return xn;
    });
  }
  static BigInt add_small(const BigInt& a, Limb v, bool neg) {
    size_t n = a.n_;
    return make(n + 1, neg, [&](Limb* r) {
      r[n] = add_1(r, a.data(), n, v);
      return n + 1;
    });
  }
  // |a| - 1 for a != 0.
  static BigInt mag_dec(const BigInt& a) {
    size_t n = a.n_;
    return make(n, false, [&](Limb* r) {
      sub_1(r, a.data(), n, 1);
      return n;
    });
  }
  // Truncating division of magnitudes; q, r are non-negative.
  static void divmod_mag(const BigInt& a, const BigInt& b, BigInt& q, BigInt& r) {
    const Limb *ad = a.data(), *bd = b.data();
    size_t an = a.n_, bn = b.n_;
    if (cmp_mag(ad, an, bd, bn) < 0) {
      r = from_limbs(ad, an, false);
      q = BigInt();
    } else if (bn == 1) {
      Limb rem = 0;
      q = make(an, false, [&](Limb* out) {
        rem = divrem_1(out, ad, an, bd[0]);
        return an;
      });
      r = from_limbs(&rem, 1, false);
    } else if (an == 2) {  // both two limbs: one wide division
      DLimb x = ((DLimb)ad[1] << LB) | ad[0], y = ((DLimb)bd[1] << LB) | bd[0];
      Limb qq = (Limb)(x / y);
      DLimb rr = x - (DLimb)qq * y;
      Limb rl[2] = {(Limb)rr, (Limb)(rr >> LB)};
      q = from_limbs(&qq, 1, false);
      r = from_limbs(rl, 2, false);
    } else {
      BigInt rr = make(bn, false, [&](Limb* rout) {
        q = make(an - bn + 1, false, [&](Limb* qout) {
          divrem_knuth(qout, rout, ad, an, bd, bn);
          return an - bn + 1;
        });
        return bn;
      });
      r = std::move(rr);
    }
  }
  // p*u - q*v for single-limb p, q where the caller knows it is >= 0.
  static BigInt lin_comb(const BigInt& u, Limb p, const BigInt& v, Limb q) {
    size_t n = std::max(u.n_, v.n_), vn = v.n_;
    return make(n + 1, false, [&](Limb* r) {
      copy(r, u.data(), u.n_);
      zero(r + u.n_, n - u.n_);
      r[n] = mul_1(r, r, n, p);
      Limb br = submul_1(r, v.data(), vn, q);
      sub_1(r + vn, r + vn, n + 1 - vn, br);
      return n + 1;
    });
  }
  // Bits [sh, sh+w) of |a| for w <= 64.
  static uint64_t top_bits(const BigInt& a, size_t sh, unsigned w) {
    uint64_t v = (uint64_t)get_bits(a, sh, 32) | (uint64_t)get_bits(a, sh + 32, 32) << 32;
    return w == 64 ? v : v & (((uint64_t)1 << w) - 1);
  }
  static BigInt mod_mag(const BigInt& a, const BigInt& m) {
    BigInt q, r;
    divmod_mag(a, m, q, r);
    return r;
  }
  static bool test_bit(const BigInt& a, uint64_t i) {
    uint64_t li = i / LB;
    return li < a.n_ && ((a.data()[li] >> (i % LB)) & 1);
  }
  // Bits [pos, pos+w) of |a|, 0 < w <= LB.
  static Limb get_bits(const BigInt& a, uint64_t pos, unsigned w) {
    size_t li = pos / LB;
    unsigned off = pos % LB;
    if (li >= a.n_) return 0;
    Limb v = a.data()[li] >> off;
    if (off + w > LB && li + 1 < a.n_) v |= a.data()[li + 1] << (LB - off);
    return w == LB ? v : v & ((Limb(1) << w) - 1);
  }
  // Bitwise op on non-negative magnitudes; op: '&', '|', '^', or '-' for
  // a & ~b.
  static BigInt bitop_mag(const BigInt& a, const BigInt& b, char op) {
    size_t an = a.n_, bn = b.n_;
    size_t n = op == '&' ? std::min(an, bn) : (op == '-' ? an : std::max(an, bn));
    const Limb *ad = a.data(), *bd = b.data();
    return make(n, false, [&](Limb* r) {
      for (size_t i = 0; i < n; i++) {
        Limb x = i < an ? ad[i] : 0, y = i < bn ? bd[i] : 0;
        r[i] = op == '&' ? (x & y) : op == '|' ? (x | y) : op == '^' ? (x ^ y) : (x & ~y);
      }
      return n;
    });
  }
  // Top 64 bits of |a| (a != 0) with the bits below ORed into the lowest,
  // so one correctly rounded conversion to double rounds the whole value
  // correctly; *shift receives how far the value was shifted right.
  static uint64_t top64_sticky(const BigInt& a, size_t* shift) {
    size_t bl = a.bit_length();
    size_t sh = bl > 64 ? bl - 64 : 0;
    *shift = sh;
    return top_bits(a, sh, 64) | low_bits_nonzero(a, sh);
  }
  // Whether any of the low n bits of |a| is set (what a right shift drops).
  static bool low_bits_nonzero(const BigInt& a, uint64_t n) {
    size_t full = (size_t)std::min<uint64_t>(n / LB, a.n_);
    for (size_t i = 0; i < full; i++) {
      if (a.data()[i]) return true;
    }
    return n % LB && full < a.n_ && get_bits(a, (uint64_t)full * LB, n % LB) != 0;
  }
  // Recursive divide-and-conquer radix conversion: writes exactly
  // k * 2**level digits of x (x < pw[level]) at dest, zero-padded.
  static void to_str_rec(const BigInt& x, size_t level, char* dest, const std::vector<BigInt>& pw,
                         unsigned base, Chunk ch) {
    size_t width = (size_t)ch.k << level;
    if (x.n_ <= kToStrBasecaseLimbs) {
      Limb tmp[kToStrBasecaseLimbs];
      copy(tmp, x.data(), x.n_);
      char* start = emit_chunks(tmp, x.n_, dest + width, base, ch);
      std::memset(dest, '0', start - dest);
      return;
    }
    BigInt q, r;
    divmod_mag(x, pw[level - 1], q, r);
    to_str_rec(q, level - 1, dest, pw, base, ch);
    to_str_rec(r, level - 1, dest + width / 2, pw, base, ch);
  }
};

// ---- storage ----

BigInt::Limb* BigInt::reset_storage(size_t need) {
  if (need <= kInline) {
    if (cap_) delete[] heap_;
    cap_ = 0;
    return small_;
  }
  if (cap_ >= need) return heap_;
  if (need > 0x7fffffffu) throw std::bad_alloc();  // cap_ is 31 bits
  Limb* p = new Limb[need];
  if (cap_) delete[] heap_;
  heap_ = p;
  cap_ = (uint32_t)need;
  return p;
}

void BigInt::set_size(size_t n) {
  n_ = (uint32_t)trim(data(), n);
  if (n_ == 0) neg_ = 0;
}

BigInt::BigInt(const BigInt& o) : n_(o.n_), cap_(0), neg_(o.neg_) {
  if (o.n_ <= kInline) {
    std::memcpy(&small_, o.data(), o.n_ * sizeof(Limb));
  } else {
    heap_ = new Limb[o.n_];
    cap_ = o.n_;
    std::memcpy(heap_, o.heap_, o.n_ * sizeof(Limb));
  }
}

BigInt& BigInt::operator=(const BigInt& o) {
  if (this != &o) {
    copy(reset_storage(o.n_), o.data(), o.n_);
    n_ = o.n_;
    neg_ = o.neg_;
  }
  return *this;
}

// ---- conversions ----

BigInt BigInt::from_u64(uint64_t v) {
  BigInt r;
  for (size_t i = 0; i < 64 / LB; i++) r.small_[i] = (Limb)(v >> (i * LB % 64));
  r.set_size(64 / LB);
  return r;
}

BigInt BigInt::from_double(double d) {
  if (std::fabs(d) < 9223372036854775808.0) return BigInt((int64_t)d);  // |d| < 2**63
  int e;
  double m = std::frexp(std::fabs(d), &e);  // e >= 64: d is an integer
  BigInt r = from_u64((uint64_t)std::ldexp(m, 53)).shl(e - 53);
  r.neg_ = d < 0;
  return r;
}

bool BigInt::fits_uint64() const { return !neg_ && bit_length() <= 64; }

uint64_t BigInt::to_uint64() const {
  uint64_t v = 0;  // the low 64 bits of |x|
  for (size_t i = 0; i < n_ && i * LB < 64; i++) v |= (uint64_t)data()[i] << (i * LB);
  return v;
}

bool BigInt::fits_int64() const {
  size_t bl = bit_length();
  if (bl < 64) return true;
  // -2**63 is the one 64-bit magnitude that fits.
  return bl == 64 && neg_ && to_uint64() == (uint64_t)1 << 63;
}

int64_t BigInt::to_int64() const {
  uint64_t m = to_uint64();
  return neg_ ? (int64_t)(0 - m) : (int64_t)m;
}

double BigInt::frexp(int64_t* e) const {
  if (n_ == 0) {
    *e = 0;
    return 0.0;
  }
  size_t shift;
  uint64_t top = BigIntImpl::top64_sticky(*this, &shift);
  int ei;
  double m = std::frexp((double)top, &ei);  // the cast rounds half-even
  *e = ei + (int64_t)shift;
  return neg_ ? -m : m;
}

double BigInt::to_double(bool* overflow) const {
  if (overflow) *overflow = false;
  int64_t e;
  double m = frexp(&e);
  if (e > 1024) {  // |m| >= 0.5, so the value is at least 2**1024
    if (overflow) *overflow = true;
    return neg_ ? -HUGE_VAL : HUGE_VAL;
  }
  return std::ldexp(m, (int)e);
}

int BigInt::compare_double(double d) const {
  if (std::isinf(d)) return d > 0 ? -1 : 1;
  if (bit_length() <= 53) {  // exactly representable: compare as doubles
    double x = (double)to_uint64() * (neg_ ? -1.0 : 1.0);
    return x < d ? -1 : (x > d ? 1 : 0);
  }
  double t = std::trunc(d);
  int c = compare(*this, from_double(t));
  if (c) return c;
  return d > t ? -1 : (d < t ? 1 : 0);
}

size_t BigInt::bit_length() const {
  if (n_ == 0) return 0;
  return (size_t)(n_ - 1) * LB + (LB - std::countl_zero(data()[n_ - 1]));
}

size_t BigInt::bit_count() const {
  size_t c = 0;
  for (size_t i = 0; i < n_; i++) c += std::popcount(data()[i]);
  return c;
}

size_t BigInt::decimal_digits_upper_bound() const {
  // 0.30103 slightly exceeds log10(2), so this never undercounts.
  return (size_t)((uint64_t)bit_length() * 30103 / 100000) + 1;
}

bool BigInt::parse(std::string_view s, int base, BigInt& out) {
  if (base != 0 && (base < 2 || base > 36)) return false;
  size_t i = 0, end = s.size();
  while (i < end) {
    size_t w = space_at(s, i);
    if (!w) break;
    i += w;
  }
  while (end > i) {
    size_t w = space_before(s, end);
    if (!w) break;
    end -= w;
  }
  s = s.substr(0, end);
  auto at = [&](size_t j) { return j < end ? s[j] : '\0'; };
  bool neg = false;
  if (at(i) == '+' || at(i) == '-') neg = s[i++] == '-';
  bool zero_only = false;  // base 0 with a leading 0: only zeros allowed
  if (base == 0) {
    char p = (char)(at(i + 1) | 0x20);
    if (at(i) != '0') base = 10;
    else if (p == 'x') base = 16;
    else if (p == 'o') base = 8;
    else if (p == 'b') base = 2;
    else {
      base = 10;
      zero_only = true;
    }
  }
  if (at(i) == '0') {
    char p = (char)(at(i + 1) | 0x20);
    if ((base == 16 && p == 'x') || (base == 8 && p == 'o') || (base == 2 && p == 'b')) {
      i += 2;
      if (at(i) == '_') i++;  // one underscore may follow the prefix
    }
  }
  if (at(i) == '_') return false;
  // Collect digit values, checking underscores sit between digits.
  std::string digits;
  digits.reserve(end - i);
  bool prev_us = false;
  for (; i < end; i++) {
    if (s[i] == '_') {
      if (prev_us) return false;
      prev_us = true;
      continue;
    }
    int v = digit_value(s[i]);
    if (v >= base) return false;
    digits.push_back((char)v);
    prev_us = false;
  }
  if (prev_us || digits.empty()) return false;

  size_t nd = digits.size();
  BigInt r;
  if ((base & (base - 1)) == 0) {
    unsigned w = std::countr_zero((unsigned)base);
    size_t nl = (nd * w + LB - 1) / LB;
    Limb* d = r.reset_storage(nl);
    zero(d, nl);
    for (size_t k = 0; k < nd; k++) {
      uint64_t pos = (uint64_t)k * w;
      Limb v = (Limb)digits[nd - 1 - k];
      d[pos / LB] |= v << (pos % LB);
      if (pos % LB + w > LB) d[pos / LB + 1] |= v >> (LB - pos % LB);
    }
    r.set_size(nl);
  } else {
    // Horner's rule a chunk (k digits, one limb) at a time: quadratic but
    // with a small constant, fine for literals of realistic size.
    Chunk ch = chunk_for((unsigned)base);
    unsigned bits_per_digit = std::bit_width((unsigned)base);  // overestimate
    size_t cap = (nd * bits_per_digit + LB - 1) / LB + 1;
    Limb* d = r.reset_storage(cap);
    size_t n = 0, k = 0;
    size_t first = nd % ch.k ? nd % ch.k : ch.k;
    while (k < nd) {
      size_t len = k == 0 ? first : ch.k;
      Limb chunk = 0, mult = 1;
      for (size_t j = 0; j < len; j++) {
        chunk = chunk * base + (Limb)digits[k + j];
        mult *= base;
      }
      k += len;
      Limb hi = mul_1(d, d, n, mult);
      hi += add_1(d, d, n, chunk);
      if (n == 0) hi = chunk;
      if (hi) d[n++] = hi;
    }
    r.set_size(n);
  }
  if (zero_only && r.n_) return false;
  r.neg_ = neg && r.n_;
  out = std::move(r);
  return true;
}

std::string BigInt::to_string(int base) const {
  if (base < 2 || base > 36) base = 10;
  if (n_ == 0) return "0";
  std::string out;
  if ((base & (base - 1)) == 0) {
    unsigned w = std::countr_zero((unsigned)base);
    size_t nd = (bit_length() + w - 1) / w;
    out.resize(neg_ + nd);
    for (size_t k = 0; k < nd; k++)
      out[out.size() - 1 - k] = kDigitChars[BigIntImpl::get_bits(*this, (uint64_t)k * w, w)];
  } else {
    Chunk ch = chunk_for((unsigned)base);
    BigInt x = abs();
    std::string buf;
    if (n_ <= kToStrBasecaseLimbs) {
      Limb tmp[kToStrBasecaseLimbs];
      copy(tmp, data(), n_);
      // Each chunk strips at least LB/2 bits (big >= 2**(LB/2)).
      buf.resize((2 * (size_t)n_ + 2) * ch.k);
      char* e = buf.data() + buf.size();
      char* st = emit_chunks(tmp, n_, e, base, ch);
      buf.erase(0, st - buf.data());
    } else {
      // pw[i] = big**(2**i): find the level whose power exceeds x.
      std::vector<BigInt> pw;
      pw.push_back(from_u64(ch.big));
      while (compare(pw.back(), x) <= 0) pw.push_back(pw.back() * pw.back());
      size_t level = pw.size() - 1;
      buf.resize((size_t)ch.k << level);
      BigIntImpl::to_str_rec(x, level, buf.data(), pw, base, ch);
    }
    size_t z = buf.find_first_not_of('0');
    out.reserve(neg_ + buf.size() - z);
    if (neg_) out.push_back('-');
    out.append(buf, z, std::string::npos);
    return out;
  }
  if (neg_) out[0] = '-';
  return out;
}

// ---- arithmetic ----

int BigInt::compare(const BigInt& a, const BigInt& b) {
  if (a.neg_ != b.neg_) return a.neg_ ? -1 : 1;
  int c = cmp_mag(a.data(), a.n_, b.data(), b.n_);
  return a.neg_ ? -c : c;
}

BigInt BigInt::operator-() const {
  BigInt r(*this);
  r.neg_ = !neg_ && n_;
  return r;
}

BigInt BigInt::abs() const {
  BigInt r(*this);
  r.neg_ = 0;
  return r;
}

BigInt operator+(const BigInt& a, const BigInt& b) {
  if (a.neg_ == b.neg_) return BigIntImpl::add_mag(a, b, a.neg_);
  return BigIntImpl::sub_mag(a, b, a.neg_);
}

BigInt operator-(const BigInt& a, const BigInt& b) {
  if (a.neg_ != b.neg_) return BigIntImpl::add_mag(a, b, a.neg_);
  return BigIntImpl::sub_mag(a, b, a.neg_);
}

BigInt operator*(const BigInt& a, const BigInt& b) {
  if (a.n_ == 0 || b.n_ == 0) return BigInt();
  size_t an = a.n_, bn = b.n_;
  if (an == 1 && bn == 1) {  // hot path: one wide product, no loops
    BigInt r;
    DLimb p = (DLimb)a.data()[0] * b.data()[0];  // either may be heap-backed
    r.small_[0] = (Limb)p;
    r.small_[1] = (Limb)(p >> LB);
    r.n_ = r.small_[1] ? 2 : 1;
    r.neg_ = a.neg_ != b.neg_;
    return r;
  }
  return BigIntImpl::make(an + bn, a.neg_ != b.neg_, [&](Limb* r) {
    mul_mag(r, a.data(), an, b.data(), bn);
    return an + bn;
  });
}

void BigInt::divmod(const BigInt& a, const BigInt& b, BigInt& q, BigInt& r) {
  BigInt q0, r0;
  BigIntImpl::divmod_mag(a, b, q0, r0);
  bool qneg = a.neg_ != b.neg_;
  if (qneg && r0.n_) {
    // Truncation rounded toward zero; floor needs one more step away.
    q0 = BigIntImpl::add_small(q0, 1, false);
    r0 = BigIntImpl::sub_mag(b, r0, false);
  }
  q0.neg_ = qneg && q0.n_;
  r0.neg_ = b.neg_ && r0.n_;
  q = std::move(q0);
  r = std::move(r0);
}

BigInt BigInt::floordiv(const BigInt& b) const {
  BigInt q, r;
  divmod(*this, b, q, r);
  return q;
}

BigInt BigInt::mod(const BigInt& b) const {
  BigInt q, r;
  divmod(*this, b, q, r);
  return r;
}

double BigInt::truediv(const BigInt& b, bool* overflow) const {
  // CPython's long_true_divide: scale |a| so the quotient has 55-56 bits,
  // divide, then round half-even using the remainder as a sticky bit.
  if (overflow) *overflow = false;
  bool neg = neg_ != b.neg_;
  const double inf = neg ? -HUGE_VAL : HUGE_VAL;
  if (n_ == 0) return neg ? -0.0 : 0.0;
  size_t abits = bit_length(), bbits = b.bit_length();
  if (abits <= 53 && bbits <= 53) {  // exact operands: IEEE division rounds
    double r = (double)to_uint64() / (double)b.to_uint64();
    return neg ? -r : r;
  }
  constexpr int64_t kMantDig = 53, kMaxExp = 1024, kMinExp = -1021;
  int64_t diff = (int64_t)abits - (int64_t)bbits;
  if (diff > kMaxExp) {
    if (overflow) *overflow = true;
    return inf;
  }
  if (diff < kMinExp - kMantDig - 1) return neg ? -0.0 : 0.0;
  int64_t shift = std::max(diff, kMinExp) - kMantDig - 2;
  BigInt x = abs();
  bool inexact = false;
  if (shift <= 0) {
    x = x.shl((uint64_t)-shift);
  } else {
    inexact = BigIntImpl::low_bits_nonzero(x, (uint64_t)shift);
    x = x.shr((uint64_t)shift);
  }
  BigInt q, r;
  BigIntImpl::divmod_mag(x, b.abs(), q, r);
  if (r.n_) inexact = true;
  uint64_t qv = q.to_uint64();  // at most 56 bits
  int64_t qbits = (int64_t)q.bit_length();
  int64_t extra = std::max(qbits, kMinExp - shift) - kMantDig;  // bits to drop
  uint64_t mask = (uint64_t)1 << (extra - 1);
  uint64_t low = qv | inexact;
  if ((low & mask) && (low & (3 * mask - 1))) low += mask;
  low &= ~(2 * mask - 1);
  double dx = (double)low;  // exact: at most 54 significant bits
  if (shift + qbits >= kMaxExp &&
      (shift + qbits > kMaxExp || dx == std::ldexp(1.0, (int)qbits))) {
    if (overflow) *overflow = true;
    return inf;
  }
  double res = std::ldexp(dx, (int)shift);
  return neg ? -res : res;
}

BigInt BigInt::pow(uint64_t exp) const {
  if (exp == 0) return BigInt(1);
  if (n_ == 0) return BigInt();
  bool rneg = neg_ && (exp & 1);
  size_t bl = bit_length();
  // At least (bl-1)*exp bits: refuse early what could never be stored.
  if (bl - 1 > UINT64_MAX / exp || (bl - 1) * exp > (uint64_t)0x7fffffff * LB) throw std::bad_alloc();
  if (bit_count() == 1) {  // +-2**k: just a shift
    BigInt r = BigInt(1).shl((uint64_t)(bl - 1) * exp);
    r.neg_ = rneg && r.n_;
    return r;
  }
  BigInt base = abs(), r = base;
  for (int i = 62 - std::countl_zero(exp); i >= 0; i--) {
    r = r * r;
    if ((exp >> i) & 1) r = r * base;
  }
  r.neg_ = rneg;
  return r;
}

BigInt BigInt::powmod(const BigInt& base, const BigInt& exp, const BigInt& mod) {
  BigInt m = mod.abs();
  BigInt r(1);
  if (m.n_ == 1 && m.data()[0] == 1) return BigInt();
  BigInt b = base.mod(m);
  size_t eb = exp.bit_length();
  // Left-to-right sliding window over odd powers b, b**3, ..., cuts the
  // multiplications to about eb/(w+1) for large exponents.
  unsigned w = eb > 512 ? 5 : eb > 128 ? 4 : eb > 24 ? 3 : 1;
  std::vector<BigInt> odd(1, b);
  if (w > 1) {
    BigInt b2 = BigIntImpl::mod_mag(b * b, m);
    for (size_t k = 1; k < ((size_t)1 << (w - 1)); k++)
      odd.push_back(BigIntImpl::mod_mag(odd.back() * b2, m));
  }
  bool started = false;  // r is still 1: skip squaring it
  for (int64_t i = (int64_t)eb - 1; i >= 0;) {
    if (!BigIntImpl::test_bit(exp, i)) {
      if (started) r = BigIntImpl::mod_mag(r * r, m);
      i--;
      continue;
    }
    int64_t j = std::max<int64_t>(i - w + 1, 0);
    while (!BigIntImpl::test_bit(exp, j)) j++;  // window ends on a set bit
    size_t val = 0;
    for (int64_t k = i; k >= j; k--) val = val << 1 | BigIntImpl::test_bit(exp, k);
    if (started) {
      for (int64_t k = i; k >= j; k--) r = BigIntImpl::mod_mag(r * r, m);
      r = BigIntImpl::mod_mag(r * odd[val >> 1], m);
    } else {
      r = odd[val >> 1];
      started = true;
    }
    i = j - 1;
  }
  r = BigIntImpl::mod_mag(r, m);  // exp == 0 leaves 1, which m > 1 keeps
  if (mod.neg_ && r.n_) r = r - m;
  return r;
}

BigInt BigInt::gcd(const BigInt& a, const BigInt& b) {
  // Lehmer's algorithm as in CPython's _PyLong_GCD: run Euclid on the top
  // 60 bits with single-word cofactors, then apply them to the full numbers
  // in one pass; each outer step removes ~30 bits for O(n) work.
  constexpr unsigned kTopBits = 60;  // CPython's 2*PyLong_SHIFT: cofactors stay < 2**30
  BigInt x = a.abs(), y = b.abs();
  if (compare(x, y) < 0) std::swap(x, y);
  while (x.bit_length() > kTopBits) {
    if (y.n_ == 0) return x;
    size_t sh = x.bit_length() - kTopBits;
    // Signed on purpose: t = xt - q*yt going negative ends the loop.
    int64_t xt = (int64_t)BigIntImpl::top_bits(x, sh, kTopBits);
    int64_t yt = (int64_t)BigIntImpl::top_bits(y, sh, kTopBits);
    int64_t A = 1, B = 0, C = 0, D = 1;
    int k = 0;
    for (;; k++) {
      if (yt == C) break;
      int64_t q = (xt + (A - 1)) / (yt - C);
      int64_t s = B + q * D, t = xt - q * yt;
      if (s > t) break;
      xt = yt;
      yt = t;
      t = A + q * C;
      A = D;
      B = C;
      C = s;
      D = t;
    }
    if (k == 0) {  // no progress from the top bits: one full Euclid step
      BigInt r = BigIntImpl::mod_mag(x, y);
      x = std::move(y);
      y = std::move(r);
      continue;
    }
    // k even: (A*x - B*y, D*y - C*x); k odd: the same with x, y swapped.
    const BigInt& u = k & 1 ? y : x;
    const BigInt& v = k & 1 ? x : y;
    BigInt nx = BigIntImpl::lin_comb(u, (Limb)A, v, (Limb)B);
    BigInt ny = BigIntImpl::lin_comb(v, (Limb)D, u, (Limb)C);
    x = std::move(nx);
    y = std::move(ny);
  }
  return from_u64(gcd_u64(x.to_uint64(), y.to_uint64()));
}

BigInt BigInt::isqrt() const {
  if (bit_length() <= 64) return from_u64(isqrt_u64(to_uint64()));
  // CPython's math.isqrt: Newton steps at doubling precision, so the total
  // cost is a small multiple of one full-size division.
  uint64_t c = (bit_length() - 1) / 2;
  BigInt a(1);
  uint64_t d = 0;
  for (int s = std::bit_width(c) - 1; s >= 0; s--) {
    uint64_t e = d;
    d = c >> s;
    a = a.shl(d - e - 1) + shr(2 * c - e - d + 1).floordiv(a);
  }
  return BigInt::compare(a * a, *this) > 0 ? a - BigInt(1) : a;
}

BigInt BigInt::shl(uint64_t n) const {
  if (n_ == 0) return BigInt();
  // Results past the 2**31-limb storage limit (and size_t on wasm32) are a
  // MemoryError, never a silently truncated shift.
  if (n / LB > 0x7fffffffu) throw std::bad_alloc();
  size_t limbs = n / LB, an = n_;
  unsigned bits = n % LB;
  return BigIntImpl::make(an + limbs + 1, neg_, [&](Limb* r) {
    zero(r, limbs);
    if (bits) {
      r[an + limbs] = lshift(r + limbs, data(), an, bits);
    } else {
      copy(r + limbs, data(), an);
      r[an + limbs] = 0;
    }
    return an + limbs + 1;
  });
}

BigInt BigInt::shr(uint64_t n) const {
  if (n_ == 0) return BigInt();
  uint64_t limbs = n / LB;
  unsigned bits = n % LB;
  if (limbs >= n_) return neg_ ? BigInt(-1) : BigInt();
  size_t rn = n_ - limbs;
  const Limb* d = data();
  BigInt r = BigIntImpl::make(rn, false, [&](Limb* out) {
    if (bits)
      rshift(out, d + limbs, rn, bits);
    else
      copy(out, d + limbs, rn);
    return rn;
  });
  if (!neg_) return r;
  // floor for negatives: -(|x| >> n) - 1 when any dropped bit was set.
  if (BigIntImpl::low_bits_nonzero(*this, n)) r = BigIntImpl::add_small(r, 1, false);
  r.neg_ = r.n_ != 0;
  return r;
}

// Negative operands go through ~x == |x| - 1 (non-negative), which turns each
// two's-complement identity into a finite operation on magnitudes.
BigInt operator&(const BigInt& a, const BigInt& b) {
  using I = BigIntImpl;
  if (!a.neg_ && !b.neg_) return I::bitop_mag(a, b, '&');
  if (a.neg_ && b.neg_)  // ~(~a | ~b)
    return I::add_small(I::bitop_mag(I::mag_dec(a), I::mag_dec(b), '|'), 1, true);
  if (a.neg_) return I::bitop_mag(b, I::mag_dec(a), '-');  // b & ~(~a)
  return I::bitop_mag(a, I::mag_dec(b), '-');
}

BigInt operator|(const BigInt& a, const BigInt& b) {
  using I = BigIntImpl;
  if (!a.neg_ && !b.neg_) return I::bitop_mag(a, b, '|');
  if (a.neg_ && b.neg_)  // ~(~a & ~b)
    return I::add_small(I::bitop_mag(I::mag_dec(a), I::mag_dec(b), '&'), 1, true);
  if (a.neg_) return I::add_small(I::bitop_mag(I::mag_dec(a), b, '-'), 1, true);  // ~(~a & ~b)
  return I::add_small(I::bitop_mag(I::mag_dec(b), a, '-'), 1, true);
}

BigInt operator^(const BigInt& a, const BigInt& b) {
  using I = BigIntImpl;
  if (!a.neg_ && !b.neg_) return I::bitop_mag(a, b, '^');
  if (a.neg_ && b.neg_) return I::bitop_mag(I::mag_dec(a), I::mag_dec(b), '^');  // ~a ^ ~b
  if (a.neg_) return I::add_small(I::bitop_mag(I::mag_dec(a), b, '^'), 1, true);  // ~(~a ^ b)
  return I::add_small(I::bitop_mag(a, I::mag_dec(b), '^'), 1, true);
}

BigInt BigInt::invert() const {
  if (neg_) return BigIntImpl::mag_dec(*this);     // ~(-m) == m - 1
  return BigIntImpl::add_small(*this, 1, true);  // ~m == -(m + 1)
}

uint64_t BigInt::py_hash() const {
  // Horner's rule mod P = 2**61 - 1 over 32-bit pieces; multiplying by 2**32
  // modulo a Mersenne prime is a 61-bit rotation.
  constexpr uint64_t P = ((uint64_t)1 << 61) - 1;
  uint64_t h = 0;
  for (size_t i = n_; i-- > 0;) {
    for (int half = LB / 32 - 1; half >= 0; half--) {
      uint32_t piece = (uint32_t)((uint64_t)data()[i] >> (32 * half));
      h = ((h << 32) & P) | (h >> 29);
      h += piece;
      if (h >= P) h -= P;
    }
  }
  int64_t v = neg_ ? -(int64_t)h : (int64_t)h;
  if (v == -1) v = -2;  // -1 is CPython's error marker
  return (uint64_t)v;
}

bool BigInt::to_bytes(uint8_t* out, size_t len, bool little_endian, bool is_signed) const {
  if (neg_ && !is_signed) return false;
  // Two's complement of a negative x is the bitwise complement of |x| - 1.
  BigInt m = neg_ ? BigIntImpl::mag_dec(*this) : *this;
  size_t bits = m.bit_length() + (is_signed ? 1 : 0);
  // CPython lets -1 (all sign bits) convert to zero bytes.
  if (len == 0) return m.n_ == 0 && (is_signed || !neg_);
  if (bits > (uint64_t)len * 8) return false;
  uint8_t fill = neg_ ? 0xff : 0;
  for (size_t i = 0; i < len; i++) {
    uint8_t byte = (uint8_t)BigIntImpl::get_bits(m, (uint64_t)i * 8, 8) ^ fill;
    out[little_endian ? i : len - 1 - i] = byte;
  }
  return true;
}

BigInt BigInt::from_bytes(const uint8_t* p, size_t len, bool little_endian, bool is_signed) {
  auto byte = [&](size_t i) { return p[little_endian ? i : len - 1 - i]; };  // i-th least
  size_t nl = (len + sizeof(Limb) - 1) / sizeof(Limb);
  BigInt r = BigIntImpl::make(nl, false, [&](Limb* d) {
    zero(d, nl);
    for (size_t i = 0; i < len; i++) d[i / sizeof(Limb)] |= (Limb)byte(i) << (i % sizeof(Limb) * 8);
    return nl;
  });
  if (is_signed && len && (byte(len - 1) & 0x80)) r = r - BigInt(1).shl((uint64_t)len * 8);
  return r;
}

}  // namespace il
