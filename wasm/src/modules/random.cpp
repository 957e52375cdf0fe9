// random.cpp — the `_random` module: CPython's Mersenne Twister (MT19937,
// Modules/_randommodule.c) bit for bit, so that `random.seed(42)` gives the
// same numbers as CPython. wasm/lib/random.py builds the distributions on it.
// Also here, for random.py only: an entropy source (os.urandom's job).
// Str/bytes seeds are hashed with hashlib's SHA-512 (modules/hashlib.cpp).
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

// Entropy for seed(None), SystemRandom and os.urandom; falls back to the
// clock where the host has no entropy source (CPython does the same). In
// deterministic mode (--seed) it is drawn from the run's seed instead, so a
// seeded replay includes `random` without an explicit random.seed().
void random_fill_entropy(Interp& I, uint8_t* out, size_t n) {
  if (I.config.deterministic) {
    std::mt19937_64 g(I.config.seed * 0x5851F42D4C957F2Dull + ++I.entropy_draws);
    for (size_t i = 0; i < n; i++) out[i] = uint8_t(g() >> 32);
    return;
  }
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

// Words of host entropy that seed a Random: 256 bits is plenty for a
// Mersenne Twister (not a cryptographic generator), and drawing all kN words
// (as CPython does from getrandom) cost ~2 ms here through std::random_device's
// RDSEED loop -- each new process that imports `random` paid it. Seeded runs
// (--seed) keep drawing kN words, so their recorded streams stay the same.
constexpr size_t kEntropySeedWords = 8;

static void seed_from_entropy(Interp& I, MTPayload* mt) {
  uint32_t key[kN];
  size_t words = I.config.deterministic ? kN : kEntropySeedWords;
  random_fill_entropy(I, reinterpret_cast<uint8_t*>(key), words * sizeof key[0]);
  mt->init_by_array(key, words);
}

static Value alloc_random(Interp& I, Type* t) {
  NativeObj* o = I.make<NativeObj>(t);
  auto p = std::make_unique<MTPayload>();
  seed_from_entropy(I, p.get());
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
    seed_from_entropy(I, mt);
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


// _urandom(n) -> n bytes from the host's entropy source
static Value random_urandom(Interp& I, CallArgs& a) {
  check_nargs(I, a, "_urandom", 1, 1);
  int64_t n = to_int64(I, a[0]);
  if (n < 0) I.raise(I.t.ValueError, "negative argument not allowed");
  std::string s(size_t(n), '\0');
  random_fill_entropy(I, reinterpret_cast<uint8_t*>(s.data()), s.size());
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
