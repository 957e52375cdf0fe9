// random.cpp — the `_random` module: CPython's Mersenne Twister (MT19937,
// Modules/_randommodule.c) bit for bit, so that `random.seed(42)` gives the
// same numbers as CPython. wasm/lib/random.py builds the distributions on it.
// Also here, for random.py only: SHA-512 (str/bytes seeds are hashed with it,
// as CPython does with _sha512) and an entropy source (os.urandom's job).
#include "modules/random.h"

#include <chrono>
#include <cstring>
#include <random>
#include <string>
#include <vector>

#include "objects/containers.h"
#include "objects/numbers.h"
#include "objects/str.h"
#include "vm/ops.h"

namespace il {

// ============================================================================
// MT19937 (constants and algorithm from Matsumoto & Nishimura, as CPython)
// ============================================================================

static constexpr int kN = 624;
static constexpr int kM = 397;
static constexpr uint32_t kMatrixA = 0x9908b0dfU;
static constexpr uint32_t kUpperMask = 0x80000000U;
static constexpr uint32_t kLowerMask = 0x7fffffffU;

struct MTPayload : NativePayload {
  uint32_t state[kN];
  int index = kN + 1;

  void init_genrand(uint32_t s) {
    state[0] = s;
    for (int i = 1; i < kN; i++) state[i] = 1812433253U * (state[i - 1] ^ (state[i - 1] >> 30)) + uint32_t(i);
    index = kN;
  }

  void init_by_array(const uint32_t* key, size_t len) {
    init_genrand(19650218U);
    size_t i = 1, j = 0;
    for (size_t k = (kN > len ? kN : len); k; k--) {
      state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >> 30)) * 1664525U)) + key[j] + uint32_t(j);
      i++;
      j++;
      if (i >= kN) {
        state[0] = state[kN - 1];
        i = 1;
      }
      if (j >= len) j = 0;
    }
    for (size_t k = kN - 1; k; k--) {
      state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >> 30)) * 1566083941U)) - uint32_t(i);
      i++;
      if (i >= kN) {
        state[0] = state[kN - 1];
        i = 1;
      }
    }
    state[0] = 0x80000000U;  // MSB is 1, assuring a non-zero initial array
  }

  uint32_t next32() {
    static const uint32_t mag01[2] = {0, kMatrixA};
    uint32_t y;
    if (index >= kN) {
      int kk;
      for (kk = 0; kk < kN - kM; kk++) {
        y = (state[kk] & kUpperMask) | (state[kk + 1] & kLowerMask);
        state[kk] = state[kk + kM] ^ (y >> 1) ^ mag01[y & 1];
      }
      for (; kk < kN - 1; kk++) {
        y = (state[kk] & kUpperMask) | (state[kk + 1] & kLowerMask);
        state[kk] = state[kk + (kM - kN)] ^ (y >> 1) ^ mag01[y & 1];
      }
      y = (state[kN - 1] & kUpperMask) | (state[0] & kLowerMask);
      state[kN - 1] = state[kM - 1] ^ (y >> 1) ^ mag01[y & 1];
      index = 0;
    }
    y = state[index++];
    y ^= (y >> 11);
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= (y >> 18);
    return y;
  }

  // 53 random bits as a float in [0, 1), CPython's genrand_res53.
  double next_double() {
    uint32_t a = next32() >> 5, b = next32() >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
  }
};

// Entropy for seed(None) and SystemRandom; falls back to the clock where the
// host has no entropy source (CPython does the same).
static void fill_entropy(uint8_t* out, size_t n) {
  try {
    std::random_device rd;
    for (size_t i = 0; i < n; i += 4) {
      uint32_t w = rd();
      for (size_t k = 0; k < 4 && i + k < n; k++) out[i + k] = uint8_t(w >> (8 * k));
    }
  } catch (...) {
    std::mt19937_64 g(uint64_t(std::chrono::high_resolution_clock::now().time_since_epoch().count()));
    for (size_t i = 0; i < n; i++) out[i] = uint8_t(g());
  }
}

// ============================================================================
// The Random type
// ============================================================================

static MTPayload* mt_of(Interp& I, Value v) {
  if (v.is_obj() && v.obj()->type->layout == Layout::Native) {
    auto* p = dynamic_cast<MTPayload*>(v.as<NativeObj>()->payload.get());
    if (p) return p;
  }
  I.raise(I.t.TypeError, "descriptor requires a '_random.Random' object but received '%s'", type_name(I, v));
}

static void seed_from_entropy(MTPayload* mt) {
  uint32_t key[kN];
  fill_entropy(reinterpret_cast<uint8_t*>(key), sizeof key);
  mt->init_by_array(key, kN);
}

static Value alloc_random(Interp& I, Type* t) {
  NativeObj* o = I.make<NativeObj>(t);
  auto p = std::make_unique<MTPayload>();
  seed_from_entropy(p.get());
  o->payload = std::move(p);
  return obj_value(o);
}

// seed(n=None): ints by their absolute value, split into 32-bit words (least
// significant first); other hashables by hash(n) taken as unsigned.
static Value random_seed(Interp& I, CallArgs& a) {
  check_no_kwargs(I, a, "seed");
  check_nargs(I, a, "seed", 1, 2);
  MTPayload* mt = mt_of(I, a[0]);
  Value arg = a.argc > 1 ? a[1] : Value::None();
  if (arg.is_none()) {
    seed_from_entropy(mt);
    return Value::None();
  }
  BigInt n;
  if (is_int(I, arg)) {
    n = int_to_big(I, arg).abs();
  } else {
    n = BigInt::from_u64(hash(I, arg));
  }
  size_t bits = n.bit_length();
  size_t words = bits == 0 ? 1 : (bits - 1) / 32 + 1;
  std::vector<uint8_t> bytes(words * 4);
  n.to_bytes(bytes.data(), bytes.size(), true, false);
  std::vector<uint32_t> key(words);
  for (size_t i = 0; i < words; i++)
    key[i] = uint32_t(bytes[4 * i]) | uint32_t(bytes[4 * i + 1]) << 8 | uint32_t(bytes[4 * i + 2]) << 16 |
             uint32_t(bytes[4 * i + 3]) << 24;
  mt->init_by_array(key.data(), words);
  return Value::None();
}

static Value random_random(Interp& I, CallArgs& a) {
  check_nargs(I, a, "random", 1, 1);
  return I.new_float(mt_of(I, a[0])->next_double());
}

static Value random_getrandbits(Interp& I, CallArgs& a) {
  check_no_kwargs(I, a, "getrandbits");
  check_nargs(I, a, "getrandbits", 2, 2);
  MTPayload* mt = mt_of(I, a[0]);
  int64_t k = to_int64(I, a[1]);
  if (k < 0) I.raise(I.t.ValueError, "number of bits must be non-negative");
  if (k == 0) return Value::small(0);
  if (k <= 32) return Value::small(int64_t(mt->next32() >> (32 - k)));
  size_t words = size_t((k - 1) / 32 + 1);
  std::vector<uint8_t> bytes(words * 4);
  for (size_t i = 0; i < words; i++, k -= 32) {
    uint32_t r = mt->next32();
    if (k < 32) r >>= (32 - k);  // drop the unneeded low bits of the last word
    for (int b = 0; b < 4; b++) bytes[4 * i + b] = uint8_t(r >> (8 * b));
  }
  return I.new_int(BigInt::from_bytes(bytes.data(), bytes.size(), true, false));
}

// getstate() -> a tuple of the 624 state words and the position.
static Value random_getstate(Interp& I, CallArgs& a) {
  check_nargs(I, a, "getstate", 1, 1);
  MTPayload* mt = mt_of(I, a[0]);
  Tuple* t = I.tuple(size_t(kN + 1));
  for (int i = 0; i < kN; i++) t->items[i] = Value::small(mt->state[i]);
  t->items[kN] = Value::small(mt->index);
  return obj_value(t);
}

static Value random_setstate(Interp& I, CallArgs& a) {
  check_no_kwargs(I, a, "setstate");
  check_nargs(I, a, "setstate", 2, 2);
  MTPayload* mt = mt_of(I, a[0]);
  Value st = a[1];
  if (!st.is_obj() || !isinstance(I, st, I.t.tuple)) I.raise(I.t.TypeError, "state vector must be a tuple");
  Tuple* t = st.as<Tuple>();
  if (t->size != kN + 1) I.raise(I.t.ValueError, "state vector is the wrong size");
  uint32_t words[kN];
  for (int i = 0; i < kN; i++) {
    Value w = t->items[i];
    if (!is_int(I, w)) I.raise(I.t.TypeError, "an integer is required (got type %s)", type_name(I, w));
    BigInt b = int_to_big(I, w);
    if (b.is_negative()) I.raise(I.t.OverflowError, "can't convert negative value to unsigned int");
    if (!b.fits_uint64() || b.to_uint64() > 0xffffffffULL)
      I.raise(I.t.OverflowError, "Python int too large to convert to C unsigned long");
    words[i] = uint32_t(b.to_uint64());
  }
  int64_t index = to_int64(I, t->items[kN]);
  if (index < 0 || index > kN) I.raise(I.t.ValueError, "invalid state");
  std::memcpy(mt->state, words, sizeof words);
  mt->index = int(index);
  return Value::None();
}

// ============================================================================
// SHA-512 (FIPS 180-4), for random.seed(str/bytes) — CPython's _sha512
// ============================================================================

static constexpr uint64_t kSha512K[80] = {
    0x428a2f98d728ae22ULL, 0x7137449123ef65cdULL, 0xb5c0fbcfec4d3b2fULL, 0xe9b5dba58189dbbcULL, 0x3956c25bf348b538ULL,
    0x59f111f1b605d019ULL, 0x923f82a4af194f9bULL, 0xab1c5ed5da6d8118ULL, 0xd807aa98a3030242ULL, 0x12835b0145706fbeULL,
    0x243185be4ee4b28cULL, 0x550c7dc3d5ffb4e2ULL, 0x72be5d74f27b896fULL, 0x80deb1fe3b1696b1ULL, 0x9bdc06a725c71235ULL,
    0xc19bf174cf692694ULL, 0xe49b69c19ef14ad2ULL, 0xefbe4786384f25e3ULL, 0x0fc19dc68b8cd5b5ULL, 0x240ca1cc77ac9c65ULL,
    0x2de92c6f592b0275ULL, 0x4a7484aa6ea6e483ULL, 0x5cb0a9dcbd41fbd4ULL, 0x76f988da831153b5ULL, 0x983e5152ee66dfabULL,
    0xa831c66d2db43210ULL, 0xb00327c898fb213fULL, 0xbf597fc7beef0ee4ULL, 0xc6e00bf33da88fc2ULL, 0xd5a79147930aa725ULL,
    0x06ca6351e003826fULL, 0x142929670a0e6e70ULL, 0x27b70a8546d22ffcULL, 0x2e1b21385c26c926ULL, 0x4d2c6dfc5ac42aedULL,
    0x53380d139d95b3dfULL, 0x650a73548baf63deULL, 0x766a0abb3c77b2a8ULL, 0x81c2c92e47edaee6ULL, 0x92722c851482353bULL,
    0xa2bfe8a14cf10364ULL, 0xa81a664bbc423001ULL, 0xc24b8b70d0f89791ULL, 0xc76c51a30654be30ULL, 0xd192e819d6ef5218ULL,
    0xd69906245565a910ULL, 0xf40e35855771202aULL, 0x106aa07032bbd1b8ULL, 0x19a4c116b8d2d0c8ULL, 0x1e376c085141ab53ULL,
    0x2748774cdf8eeb99ULL, 0x34b0bcb5e19b48a8ULL, 0x391c0cb3c5c95a63ULL, 0x4ed8aa4ae3418acbULL, 0x5b9cca4f7763e373ULL,
    0x682e6ff3d6b2b8a3ULL, 0x748f82ee5defb2fcULL, 0x78a5636f43172f60ULL, 0x84c87814a1f0ab72ULL, 0x8cc702081a6439ecULL,
    0x90befffa23631e28ULL, 0xa4506cebde82bde9ULL, 0xbef9a3f7b2c67915ULL, 0xc67178f2e372532bULL, 0xca273eceea26619cULL,
    0xd186b8c721c0c207ULL, 0xeada7dd6cde0eb1eULL, 0xf57d4f7fee6ed178ULL, 0x06f067aa72176fbaULL, 0x0a637dc5a2c898a6ULL,
    0x113f9804bef90daeULL, 0x1b710b35131c471bULL, 0x28db77f523047d84ULL, 0x32caab7b40c72493ULL, 0x3c9ebe0a15c9bebcULL,
    0x431d67c49c100d4cULL, 0x4cc5d4becb3e42b6ULL, 0x597f299cfc657e2aULL, 0x5fcb6fab3ad6faecULL, 0x6c44198c4a475817ULL};

static inline uint64_t rotr64(uint64_t x, int n) { return (x >> n) | (x << (64 - n)); }

static std::string sha512(std::string_view msg) {
  uint64_t h[8] = {0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL, 0xa54ff53a5f1d36f1ULL,
                   0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL, 0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL};
  std::string m(msg);
  uint64_t bitlen = uint64_t(msg.size()) * 8;
  m.push_back(char(0x80));
  while (m.size() % 128 != 112) m.push_back(0);
  for (int i = 0; i < 8; i++) m.push_back(0);  // high 64 bits of the 128-bit length
  for (int i = 7; i >= 0; i--) m.push_back(char(bitlen >> (8 * i)));
  for (size_t off = 0; off < m.size(); off += 128) {
    uint64_t w[80];
    for (int t = 0; t < 16; t++) {
      uint64_t x = 0;
      for (int b = 0; b < 8; b++) x = (x << 8) | uint8_t(m[off + 8 * t + b]);
      w[t] = x;
    }
    for (int t = 16; t < 80; t++) {
      uint64_t s0 = rotr64(w[t - 15], 1) ^ rotr64(w[t - 15], 8) ^ (w[t - 15] >> 7);
      uint64_t s1 = rotr64(w[t - 2], 19) ^ rotr64(w[t - 2], 61) ^ (w[t - 2] >> 6);
      w[t] = w[t - 16] + s0 + w[t - 7] + s1;
    }
    uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int t = 0; t < 80; t++) {
      uint64_t S1 = rotr64(e, 14) ^ rotr64(e, 18) ^ rotr64(e, 41);
      uint64_t ch = (e & f) ^ (~e & g);
      uint64_t t1 = hh + S1 + ch + kSha512K[t] + w[t];
      uint64_t S0 = rotr64(a, 28) ^ rotr64(a, 34) ^ rotr64(a, 39);
      uint64_t maj = (a & b) ^ (a & c) ^ (b & c);
      uint64_t t2 = S0 + maj;
      hh = g;
      g = f;
      f = e;
      e = d + t1;
      d = c;
      c = b;
      b = a;
      a = t1 + t2;
    }
    h[0] += a, h[1] += b, h[2] += c, h[3] += d, h[4] += e, h[5] += f, h[6] += g, h[7] += hh;
  }
  std::string out;
  for (uint64_t x : h)
    for (int i = 7; i >= 0; i--) out.push_back(char(x >> (8 * i)));
  return out;
}

static std::string_view bytes_like(Interp& I, Value v, const char* fname) {
  if (v.is_obj() && isinstance(I, v, I.t.bytes)) return v.as<BytesObj>()->data;
  if (v.is_obj() && isinstance(I, v, I.t.bytearray)) return v.as<ByteArrayObj>()->data;
  I.raise(I.t.TypeError, "%s() argument must be bytes-like, not '%s'", fname, type_name(I, v));
}

// _sha512_digest(data) -> the 64-byte digest
static Value random_sha512_digest(Interp& I, CallArgs& a) {
  check_nargs(I, a, "_sha512_digest", 1, 1);
  return I.new_bytes(sha512(bytes_like(I, a[0], "_sha512_digest")));
}

// _urandom(n) -> n bytes from the host's entropy source
static Value random_urandom(Interp& I, CallArgs& a) {
  check_nargs(I, a, "_urandom", 1, 1);
  int64_t n = to_int64(I, a[0]);
  if (n < 0) I.raise(I.t.ValueError, "negative argument not allowed");
  std::string s(size_t(n), '\0');
  fill_entropy(reinterpret_cast<uint8_t*>(s.data()), s.size());
  return I.new_bytes(s);
}

// ============================================================================
// Registration
// ============================================================================

static const MethodDef kRandomMethods[] = {
    {"random", random_random},
    {"seed", random_seed},
    {"getrandbits", random_getrandbits},
    {"getstate", random_getstate},
    {"setstate", random_setstate},
    {nullptr, nullptr},
};

static const MethodDef kRandomFunctions[] = {
    {"_sha512_digest", random_sha512_digest},
    {"_urandom", random_urandom},
    {nullptr, nullptr},
};

Module* init_random_module(Interp& I) {
  Module* m = I.new_module("_random");
  Type* t = new_builtin_type(I, "Random", I.t.object, Layout::Native, kTypeBaseType);
  t->alloc = alloc_random;
  dict_set_str(I, t->dict, I.names->__module__, I.new_str("_random"));
  add_methods(I, t, kRandomMethods);
  set_attr_str(I, m, "Random", obj_value(t));
  add_functions(I, m, kRandomFunctions);
  return m;
}

}  // namespace il
