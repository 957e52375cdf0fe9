// hashlib.cpp — the `_hashlib_native` module: streaming MD5 (RFC 1321),
// SHA-1, SHA-224/256 and SHA-384/512 (FIPS 180-4) in C++, because hashing in
// Python bytecode would be hundreds of times slower. wasm/lib/hashlib.py
// builds CPython's hashlib API (md5(), new(name), algorithms_*) on it; the
// hash objects themselves (update/digest/hexdigest/copy, name, digest_size,
// block_size) are the native type `HASH` defined here.
#include <cstdio>
#include <cstring>
#include <string>

#include "modules/modules.h"
#include "objects/containers.h"
#include "objects/str.h"
#include "objects/str_internal.h"
#include "vm/ops.h"

namespace il {

Module* init_hashlib_module(Interp& I);

namespace {

enum class Algo { MD5, SHA1, SHA224, SHA256, SHA384, SHA512 };

struct AlgoInfo {
  Algo algo;
  const char* name;
  int digest_size;
  int block_size;
};

constexpr AlgoInfo kAlgos[] = {
    {Algo::MD5, "md5", 16, 64},       {Algo::SHA1, "sha1", 20, 64},     {Algo::SHA224, "sha224", 28, 64},
    {Algo::SHA256, "sha256", 32, 64}, {Algo::SHA384, "sha384", 48, 128}, {Algo::SHA512, "sha512", 64, 128},
};

inline uint32_t rotl32(uint32_t x, int n) { return (x << n) | (x >> (32 - n)); }
inline uint32_t rotr32(uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }
inline uint64_t rotr64(uint64_t x, int n) { return (x >> n) | (x << (64 - n)); }

inline uint32_t load_be32(const uint8_t* p) {
  return uint32_t(p[0]) << 24 | uint32_t(p[1]) << 16 | uint32_t(p[2]) << 8 | p[3];
}
inline uint32_t load_le32(const uint8_t* p) {
  return uint32_t(p[3]) << 24 | uint32_t(p[2]) << 16 | uint32_t(p[1]) << 8 | p[0];
}
inline uint64_t load_be64(const uint8_t* p) { return uint64_t(load_be32(p)) << 32 | load_be32(p + 4); }

constexpr uint32_t kSha256K[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

constexpr uint64_t kSha512K[80] = {
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

// MD5's per-round shift amounts and sine-derived constants (RFC 1321).
constexpr int kMd5Shift[64] = {7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22,
                               5, 9,  14, 20, 5, 9,  14, 20, 5, 9,  14, 20, 5, 9,  14, 20,
                               4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23,
                               6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21};
constexpr uint32_t kMd5K[64] = {
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
    0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
    0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
    0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
    0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
    0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391};

// One running hash: the chaining state, the partial block and the length.
struct Hasher {
  const AlgoInfo* info;
  uint32_t h32[8] = {};
  uint64_t h64[8] = {};
  uint8_t block[128] = {};
  size_t block_len = 0;
  uint64_t total_len = 0;  // bytes hashed so far (2^64 bytes is beyond reach)

  explicit Hasher(const AlgoInfo* a) : info(a) {
    switch (a->algo) {
      case Algo::MD5:
        set32({0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476});
        break;
      case Algo::SHA1:
        set32({0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0});
        break;
      case Algo::SHA224:
        set32({0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4});
        break;
      case Algo::SHA256:
        set32({0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19});
        break;
      case Algo::SHA384:
        set64({0xcbbb9d5dc1059ed8ULL, 0x629a292a367cd507ULL, 0x9159015a3070dd17ULL, 0x152fecd8f70e5939ULL,
               0x67332667ffc00b31ULL, 0x8eb44a8768581511ULL, 0xdb0c2e0d64f98fa7ULL, 0x47b5481dbefa4fa4ULL});
        break;
      case Algo::SHA512:
        set64({0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL, 0xa54ff53a5f1d36f1ULL,
               0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL, 0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL});
        break;
    }
  }
  void set32(std::initializer_list<uint32_t> v) { std::copy(v.begin(), v.end(), h32); }
  void set64(std::initializer_list<uint64_t> v) { std::copy(v.begin(), v.end(), h64); }

  bool wide() const { return info->block_size == 128; }

  void update(const uint8_t* p, size_t n) {
    size_t bs = size_t(info->block_size);
    total_len += n;
    if (block_len) {
      size_t take = std::min(n, bs - block_len);
      std::memcpy(block + block_len, p, take);
      block_len += take, p += take, n -= take;
      if (block_len < bs) return;
      compress(block);
      block_len = 0;
    }
    for (; n >= bs; p += bs, n -= bs) compress(p);
    std::memcpy(block, p, n);
    block_len = n;
  }

  // Pads a copy (so the object can keep hashing, as CPython's digest()) and
  // returns the digest bytes.
  std::string finish() const {
    Hasher h = *this;
    size_t bs = size_t(info->block_size), len_bytes = wide() ? 16 : 8;
    uint64_t bits = total_len * 8;
    uint8_t pad[128 + 16] = {0x80};
    size_t padn = (bs - (block_len + 1 + len_bytes) % bs) % bs + 1;
    uint8_t len_field[16] = {};
    for (int i = 0; i < 8; i++) {
      if (info->algo == Algo::MD5)
        len_field[i] = uint8_t(bits >> (8 * i));  // little-endian length
      else
        len_field[len_bytes - 1 - i] = uint8_t(bits >> (8 * i));
    }
    h.update(pad, padn);
    h.update(len_field, len_bytes);
    std::string out;
    int n = info->digest_size;
    if (info->algo == Algo::MD5) {
      for (int i = 0; i < 4; i++)
        for (int b = 0; b < 4; b++) out.push_back(char(h.h32[i] >> (8 * b)));
    } else if (!wide()) {
      for (int i = 0; i < n / 4; i++)
        for (int b = 3; b >= 0; b--) out.push_back(char(h.h32[i] >> (8 * b)));
    } else {
      for (int i = 0; i < n / 8; i++)
        for (int b = 7; b >= 0; b--) out.push_back(char(h.h64[i] >> (8 * b)));
    }
    return out;
  }

  void compress(const uint8_t* p) {
    switch (info->algo) {
      case Algo::MD5: return md5_block(p);
      case Algo::SHA1: return sha1_block(p);
      case Algo::SHA224:
      case Algo::SHA256: return sha256_block(p);
      default: return sha512_block(p);
    }
  }

  void md5_block(const uint8_t* p) {
    uint32_t m[16];
    for (int i = 0; i < 16; i++) m[i] = load_le32(p + 4 * i);
    uint32_t a = h32[0], b = h32[1], c = h32[2], d = h32[3];
    for (int i = 0; i < 64; i++) {
      uint32_t f;
      int g;
      if (i < 16) f = (b & c) | (~b & d), g = i;
      else if (i < 32) f = (d & b) | (~d & c), g = (5 * i + 1) % 16;
      else if (i < 48) f = b ^ c ^ d, g = (3 * i + 5) % 16;
      else f = c ^ (b | ~d), g = (7 * i) % 16;
      uint32_t tmp = d;
      d = c;
      c = b;
      b = b + rotl32(a + f + kMd5K[i] + m[g], kMd5Shift[i]);
      a = tmp;
    }
    h32[0] += a, h32[1] += b, h32[2] += c, h32[3] += d;
  }

  void sha1_block(const uint8_t* p) {
    uint32_t w[80];
    for (int i = 0; i < 16; i++) w[i] = load_be32(p + 4 * i);
    for (int i = 16; i < 80; i++) w[i] = rotl32(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    uint32_t a = h32[0], b = h32[1], c = h32[2], d = h32[3], e = h32[4];
    for (int i = 0; i < 80; i++) {
      uint32_t f, k;
      if (i < 20) f = (b & c) | (~b & d), k = 0x5A827999;
      else if (i < 40) f = b ^ c ^ d, k = 0x6ED9EBA1;
      else if (i < 60) f = (b & c) | (b & d) | (c & d), k = 0x8F1BBCDC;
      else f = b ^ c ^ d, k = 0xCA62C1D6;
      uint32_t t = rotl32(a, 5) + f + e + k + w[i];
      e = d, d = c, c = rotl32(b, 30), b = a, a = t;
    }
    h32[0] += a, h32[1] += b, h32[2] += c, h32[3] += d, h32[4] += e;
  }

  void sha256_block(const uint8_t* p) {
    uint32_t w[64];
    for (int i = 0; i < 16; i++) w[i] = load_be32(p + 4 * i);
    for (int i = 16; i < 64; i++) {
      uint32_t s0 = rotr32(w[i - 15], 7) ^ rotr32(w[i - 15], 18) ^ (w[i - 15] >> 3);
      uint32_t s1 = rotr32(w[i - 2], 17) ^ rotr32(w[i - 2], 19) ^ (w[i - 2] >> 10);
      w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint32_t a = h32[0], b = h32[1], c = h32[2], d = h32[3], e = h32[4], f = h32[5], g = h32[6], h = h32[7];
    for (int i = 0; i < 64; i++) {
      uint32_t S1 = rotr32(e, 6) ^ rotr32(e, 11) ^ rotr32(e, 25);
      uint32_t t1 = h + S1 + ((e & f) ^ (~e & g)) + kSha256K[i] + w[i];
      uint32_t S0 = rotr32(a, 2) ^ rotr32(a, 13) ^ rotr32(a, 22);
      uint32_t t2 = S0 + ((a & b) ^ (a & c) ^ (b & c));
      h = g, g = f, f = e, e = d + t1, d = c, c = b, b = a, a = t1 + t2;
    }
    h32[0] += a, h32[1] += b, h32[2] += c, h32[3] += d, h32[4] += e, h32[5] += f, h32[6] += g, h32[7] += h;
  }

  void sha512_block(const uint8_t* p) {
    uint64_t w[80];
    for (int i = 0; i < 16; i++) w[i] = load_be64(p + 8 * i);
    for (int i = 16; i < 80; i++) {
      uint64_t s0 = rotr64(w[i - 15], 1) ^ rotr64(w[i - 15], 8) ^ (w[i - 15] >> 7);
      uint64_t s1 = rotr64(w[i - 2], 19) ^ rotr64(w[i - 2], 61) ^ (w[i - 2] >> 6);
      w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint64_t a = h64[0], b = h64[1], c = h64[2], d = h64[3], e = h64[4], f = h64[5], g = h64[6], h = h64[7];
    for (int i = 0; i < 80; i++) {
      uint64_t S1 = rotr64(e, 14) ^ rotr64(e, 18) ^ rotr64(e, 41);
      uint64_t t1 = h + S1 + ((e & f) ^ (~e & g)) + kSha512K[i] + w[i];
      uint64_t S0 = rotr64(a, 28) ^ rotr64(a, 34) ^ rotr64(a, 39);
      uint64_t t2 = S0 + ((a & b) ^ (a & c) ^ (b & c));
      h = g, g = f, f = e, e = d + t1, d = c, c = b, b = a, a = t1 + t2;
    }
    h64[0] += a, h64[1] += b, h64[2] += c, h64[3] += d, h64[4] += e, h64[5] += f, h64[6] += g, h64[7] += h;
  }
};

struct HashPayload : NativePayload {
  Hasher h;
  explicit HashPayload(const Hasher& hh) : h(hh) {}
};


Hasher& hasher_of(Interp& I, Value v) {
  if (v.is_obj() && v.obj()->type->layout == Layout::Native) {
    if (auto* p = dynamic_cast<HashPayload*>(v.as<NativeObj>()->payload.get())) return p->h;
  }
  I.raise(I.t.TypeError, "descriptor requires a '_hashlib.HASH' object but received '%s'", type_name(I, v));
}

// The bytes of a hashable argument, with CPython's messages for str and for
// objects without the buffer protocol. memoryview goes through bytes().
std::string_view data_arg(Interp& I, Value v, Value& keep) {
  std::string_view out;
  if (bytes_like(v, out)) return out;
  if (is_str(I, v)) I.raise(I.t.TypeError, "Strings must be encoded before hashing");
  if (v.is_obj() && std::strcmp(type_name(I, v), "memoryview") == 0) {
    keep = call(I, obj_value(I.t.bytes), &v, 1);
    bytes_like(keep, out);
    return out;
  }
  I.raise(I.t.TypeError, "object supporting the buffer API required");
}

Value new_hash_object(Interp& I, Type* t, const Hasher& h) {
  NativeObj* o = I.make<NativeObj>(t);
  o->payload = std::make_unique<HashPayload>(h);
  return obj_value(o);
}

// ============================================================================
// HASH methods
// ============================================================================

Value hash_update(Interp& I, CallArgs& a) {
  check_nargs(I, a, "update", 2, 2);
  Hasher& h = hasher_of(I, a[0]);
  Value keep;
  std::string_view d = data_arg(I, a[1], keep);
  h.update(reinterpret_cast<const uint8_t*>(d.data()), d.size());
  return Value::None();
}

Value hash_digest(Interp& I, CallArgs& a) {
  check_nargs(I, a, "digest", 1, 1);
  return I.new_bytes(hasher_of(I, a[0]).finish());
}

Value hash_hexdigest(Interp& I, CallArgs& a) {
  check_nargs(I, a, "hexdigest", 1, 1);
  static const char kHex[] = "0123456789abcdef";
  std::string d = hasher_of(I, a[0]).finish(), out;
  for (unsigned char c : d) out.push_back(kHex[c >> 4]), out.push_back(kHex[c & 15]);
  return I.new_str(out);
}

Value hash_copy(Interp& I, CallArgs& a) {
  check_nargs(I, a, "copy", 1, 1);
  return new_hash_object(I, a[0].obj()->type, hasher_of(I, a[0]));
}

Value hash_repr(Interp& I, CallArgs& a) {
  char buf[96];
  std::snprintf(buf, sizeof buf, "<%s _hashlib.HASH object @ %p>", hasher_of(I, a[0]).info->name,
                static_cast<void*>(a[0].obj()));
  return I.new_str(buf);
}

Value hash_get_name(Interp& I, CallArgs& a) { return I.new_str(hasher_of(I, a[0]).info->name); }
Value hash_get_digest_size(Interp& I, CallArgs& a) { return Value::small(hasher_of(I, a[0]).info->digest_size); }
Value hash_get_block_size(Interp& I, CallArgs& a) { return Value::small(hasher_of(I, a[0]).info->block_size); }

// ============================================================================
// Module functions
// ============================================================================

// new(name, data=b'') -> HASH; ValueError "unsupported hash type NAME" otherwise
// (hashlib.py lower-cases the name first, as OpenSSL's lookup ignores case).
Value hashlib_new(Interp& I, CallArgs& a) {
  check_nargs(I, a, "new", 2, 3);
  Value type_v = a[0];
  to_str_arg(I, a[1], "new", 1);  // raises unless a str
  std::string_view name = str_view(a[1]);
  for (const AlgoInfo& info : kAlgos) {
    if (name != info.name) continue;
    Hasher h(&info);
    if (a.argc == 3 && !a[2].is_none()) {
      Value keep;
      std::string_view d = data_arg(I, a[2], keep);
      h.update(reinterpret_cast<const uint8_t*>(d.data()), d.size());
    }
    if (!type_v.is_obj()) break;
    return new_hash_object(I, static_cast<Type*>(type_v.obj()), h);
  }
  I.raise(I.t.ValueError, "unsupported hash type %.*s", int(name.size()), name.data());
}

const MethodDef kHashMethods[] = {
    {"update", hash_update},
    {"digest", hash_digest},
    {"hexdigest", hash_hexdigest},
    {"copy", hash_copy},
    {"__repr__", hash_repr},
    {nullptr, nullptr},
};

const GetSetDef kHashGetSets[] = {
    {"name", hash_get_name},
    {"digest_size", hash_get_digest_size},
    {"block_size", hash_get_block_size},
    {nullptr, nullptr},
};

}  // namespace

// ============================================================================
// Registration
// ============================================================================

// _hashlib_native._new(HASH, name, data) is called by hashlib.py with the type
// it got from the module, so no global state is needed here.
static const MethodDef kHashlibFunctions[] = {
    {"_new", hashlib_new},
    {nullptr, nullptr},
};

Module* init_hashlib_module(Interp& I) {
  Module* m = I.new_module("_hashlib_native");
  Type* t = new_builtin_type(I, "HASH", I.t.object, Layout::Native, 0);
  dict_set_str(I, t->dict, I.names->__module__, I.new_str("_hashlib"));
  add_methods(I, t, kHashMethods);
  add_getsets(I, t, kHashGetSets);
  set_attr_str(I, m, "HASH", obj_value(t));
  add_functions(I, m, kHashlibFunctions);
  return m;
}

}  // namespace il
