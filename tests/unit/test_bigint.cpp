// Unit tests for il::BigInt. Expected values were computed by CPython 3.11
// (a generator script at development time) and embedded below; big operands
// are rebuilt here with the same SplitMix64 generator and their results are
// checked through hash(), which is itself checked against CPython.
#include "objects/bigint.h"

#include <gtest/gtest.h>

#include <new>

#include <cmath>
#include <cstring>
#include <ostream>
#include <random>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace il {
// Lets gtest print BigInt values in failure messages (found by ADL; static so
// it cannot clash with other test files linked into the same binary).
static void PrintTo(const BigInt& x, std::ostream* os) { *os << x.to_string(16); }
}  // namespace il

using il::BigInt;

namespace {

// Signed hex literal, optionally "hex<<n" to keep values with many trailing
// zero bits short.
BigInt H(const char* s) {
  std::string_view v(s);
  size_t sh = v.find("<<");
  BigInt r;
  EXPECT_TRUE(BigInt::parse(v.substr(0, sh), 16, r)) << s;
  if (sh != std::string_view::npos) r = r.shl(std::stoull(std::string(v.substr(sh + 2))));
  return r;
}
double Dbl(uint64_t bits) {
  double d;
  std::memcpy(&d, &bits, 8);
  return d;
}
uint64_t Bits(double d) {
  uint64_t u;
  std::memcpy(&u, &d, 8);
  return u;
}
int64_t Hash(const BigInt& x) { return (int64_t)x.py_hash(); }
constexpr uint64_t kOvf = ~0ull;  // marks an expected OverflowError

// SplitMix64, mirrored by the generator script.
BigInt Gen(uint64_t seed, size_t bits, int kind, bool neg = false) {
  uint64_t s = seed;
  auto next = [&] {
    uint64_t z = (s += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  };
  size_t words = (bits + 63) / 64;
  std::vector<uint8_t> bytes(words * 8);  // big-endian
  for (size_t i = 0; i < words; i++) {
    uint64_t w = next();
    if (kind == 1) w = (w & 3) == 1 ? ~0ull : (w & 3) == 2 ? 0 : w;
    for (int j = 0; j < 8; j++) bytes[i * 8 + j] = (uint8_t)(w >> (56 - 8 * j));
  }
  BigInt x = BigInt::from_bytes(bytes.data(), bytes.size(), false, false).shr(words * 64 - bits);
  BigInt top = BigInt(1).shl(bits - 1);
  x = x | top;
  if (kind == 2) x = BigInt(1).shl(bits) - BigInt(1);
  return neg ? -x : x;
}
uint64_t Checksum(const std::string& s) {
  uint64_t h = 0;
  for (char c : s) h = (h * 131 + (unsigned char)c) % 1000000007;
  return h;
}

struct ArithCase {
  const char *a, *b, *sum, *diff, *prod, *quot, *rem, *band, *bor, *bxor;
  int cmp;
};
const ArithCase kArith[] = {
    {"-3fffffffffffffffffffff", "3fffffffffffffffffffff", "0", "-7ffffffffffffffffffffe",
     "-fffffffffffffffffffff8000000000000000000001", "-1", "0", "1", "-1", "-2", -1},
    {"0", "-1fffff", "-1fffff", "1fffff", "0", "0", "0", "0", "-1fffff", "-1fffff", 1},
    {"0", "-3e5d178403035c9a8c4668dc8f4", "-3e5d178403035c9a8c4668dc8f4",
     "3e5d178403035c9a8c4668dc8f4", "0", "0", "0", "0", "-3e5d178403035c9a8c4668dc8f4",
     "-3e5d178403035c9a8c4668dc8f4", 1},
    {"800000000000000000000001", "0", "800000000000000000000001", "800000000000000000000001", "0",
     "2aaaaaaaaaaaaaaaaaaaaaab", "0", "0", "800000000000000000000001", "800000000000000000000001",
     1},
    {"-3fffffffffffffffffffffff", "1356a088c279d9", "-3fffffffffeca95f773d8626",
     "-40000000001356a088c279d8", "-4d5a822309e763fffffffffeca95f773d8627", "-34f3a104be4",
     "fefc48e771845", "1", "-3fffffffffeca95f773d8627", "-3fffffffffeca95f773d8628", -1},
    {"-fffffffffffffffffffffffe", "-2", "-1<<96", "-fffffffffffffffffffffffc",
     "1fffffffffffffffffffffffc", "7fffffffffffffffffffffff", "0", "-fffffffffffffffffffffffe",
     "-2", "fffffffffffffffffffffffc", -1},
    {"-f4be1030fe1ca1ab21554c6c4b3", "7fff", "-f4be1030fe1ca1ab21554c644b4",
     "-f4be1030fe1ca1ab21554c744b2", "-7a5e135a6edd52b8eeff84e0d92bb4d",
     "-1e97ff361e2fd0950554b437", "716", "3b4d", "-f4be1030fe1ca1ab21554c68001",
     "-f4be1030fe1ca1ab21554c6bb4e", -1},
    {"2", "2", "4", "0", "4", "1", "0", "2", "2", "0", 0},
    {"-2", "-18888d1eac030bab1534b2a57e60", "-18888d1eac030bab1534b2a57e62",
     "18888d1eac030bab1534b2a57e5e", "31111a3d580617562a69654afcc0", "0", "-2",
     "-18888d1eac030bab1534b2a57e60", "-2", "18888d1eac030bab1534b2a57e5e", 1},
    {"2", "-286ecec00000001", "-286ecebffffffff", "286ecec00000003", "-50dd9d800000002", "-1",
     "-286ecebffffffff", "2", "-286ecec00000001", "-286ecec00000003", 1},
    {"0", "-3", "-3", "3", "0", "0", "0", "0", "-3", "-3", 1},
    {"fc2875a2d038ccde1e", "-fc2875a2d038ccde1e", "0", "1f850eb45a07199bc3c",
     "-f85fadfd82df1ef56cfc0a0d2ddfe0880b84", "-1", "0", "2", "-2", "-4", 1},
    {"2f7b", "1fff", "4f7a", "f7c", "5ef3085", "1", "f7c", "f7b", "3fff", "3084", 1},
    {"80000000", "-16b5c6cf0c200ae623f", "-16b5c6cf0c180ae623f", "16b5c6cf0c280ae623f",
     "-b5ae3678610057311f80000000", "-1", "-16b5c6cf0c180ae623f", "80000000",
     "-16b5c6cf0c200ae623f", "-16b5c6cf0c280ae623f", 1},
    {"-1cead5c02a", "-1cead5c029", "-39d5ab8053", "-1", "344362d7ed9334d46ba", "1", "-1",
     "-1cead5c02a", "-1cead5c029", "1", -1},
    {"-1454929e00000000", "-3ecc900bbc04c7dae9d", "-3ecdd554e5e4c7dae9d", "3ecb4ac29224c7dae9d",
     "4fcba579af1a9a773072ab4ee600000000", "0", "-1454929e00000000", "-3ecdd54bbde00000000",
     "-92804c7dae9d", "3ecdd54295db3825163", 1},
    {"-38673e", "-ba52ff2c5747ba", "-ba52ff2c8faef8", "ba52ff2c1ee07c", "290d4c5677bb8baf350c",
     "0", "-38673e", "-ba52ff2c7f67be", "-10473a", "ba52ff2c6f2084", 1},
    {"-1ff5ec67977f5", "-3ffffffffffffffffffffffffffffe", "-400000000000000001ff5ec67977f3",
     "3ffffffffffffffffe00a139868809", "7fd7b19e5dfd3ffffffffffffffffc0142730d1016", "0",
     "-1ff5ec67977f5", "-3ffffffffffffffffffffffffffffe", "-1ff5ec67977f5",
     "3ffffffffffffffffe00a139868809", 1},
    {"-449e8f2924cfa31c961c211", "743c8bf86e6994b", "-449e8f28b093172427b28c6",
     "-449e8f29990c2f150485b5c", "-1f28138ce1412bd2d2e5fd97393a09ade603fb", "-9720b277",
     "4d63e0a8c5a5cc", "503008e0686194b", "-449e8f2900c320049014211", "-449e8f2950f328e4f875b5c",
     -1},
    {"67ca", "-7ffffff", "-7ff9835", "80067c9", "-33e4fff9836", "-1", "-7ff9835", "0", "-7ff9835",
     "-7ff9835", 1},
    {"ff", "-64b33a07f4e48c8b756a7ac1276", "-64b33a07f4e48c8b756a7ac1177",
     "64b33a07f4e48c8b756a7ac1375", "-644e86cdecefa7fee9f510466638a", "-1",
     "-64b33a07f4e48c8b756a7ac1177", "8a", "-64b33a07f4e48c8b756a7ac1201",
     "-64b33a07f4e48c8b756a7ac128b", 1},
    {"-1<<114", "-1<<114", "-1<<115", "0", "1<<228", "1", "0", "-1<<114", "-1<<114", "0", 0},
    {"7ffffffffffffffffffff", "-7ffffffffffffffffffff", "0", "ffffffffffffffffffffe",
     "-3ffffffffffffffffffff000000000000000000001", "-1", "0", "1", "-1", "-2", 1},
    {"1", "8000000000000000ffffffff", "800000000000000100000000", "-8000000000000000fffffffe",
     "8000000000000000ffffffff", "0", "1", "1", "8000000000000000ffffffff",
     "8000000000000000fffffffe", -1},
    {"-34c2ea3394d743a1fbf9e0e3d792", "64cbb28d21b7c0794f46d08764fa2d9",
     "64c8665e7e7e7305152710e956bcb47", "-64cefebbc4f10ded896690257337a6b",
     "-14c61ed87a30f835d0a492921d8b4a668fb0a16dfbeae98095ca19a1ec2", "-1",
     "64c8665e7e7e7305152710e956bcb47", "64c8b281008680094540400160c2048",
     "-4c2282080d0430192f180a05501", "-64c8fea3828e8d0d75596f196ac7549", -1},
    {"52b9d2aca29f0297efbb", "0", "52b9d2aca29f0297efbb", "52b9d2aca29f0297efbb", "0",
     "1b9346398b8a5632a53e", "1", "0", "52b9d2aca29f0297efbb", "52b9d2aca29f0297efbb", 1},
    {"7d6efd3b688022c66a6aee6e11a", "1", "7d6efd3b688022c66a6aee6e11b",
     "7d6efd3b688022c66a6aee6e119", "7d6efd3b688022c66a6aee6e11a", "7d6efd3b688022c66a6aee6e11a",
     "0", "0", "7d6efd3b688022c66a6aee6e11b", "7d6efd3b688022c66a6aee6e11b", 1},
    {"7f2a22f697173f00ca", "-80000000", "7f2a22f696973f00ca", "7f2a22f697973f00ca",
     "-3f95117b4b8b9f806500000000", "-fe5445ed2f", "-68c0ff36", "7f2a22f69700000000", "-68c0ff36",
     "-7f2a22f69768c0ff36", 1},
    {"1<<121", "2000000000000000000000000000001", "4000000000000000000000000000001", "-1",
     "2000000000000000000000000000001<<121", "0", "1<<121", "1<<121",
     "2000000000000000000000000000001", "1", -1},
    {"80000000000000000000000001", "1f4863cb0686f882df1999", "80001f4863cb0686f882df199a",
     "7fffe0b79c34f979077d20e668", "fa431e583437c416f8ccc80001f4863cb0686f882df1999", "4177a",
     "75d198ce14e532ffd0e17", "1", "80001f4863cb0686f882df1999", "80001f4863cb0686f882df1998", 1},
    {"3f402f8a5ccccc5279b5c606db63d3f0", "3fffffffffffffffffffffffffffff",
     "3f802f8a5ccccc5279b5c606db63d3ef", "3f002f8a5ccccc5279b5c606db63d3f1",
     "fd00be2973333149e6d7181b6d8f4bcbfd075a33333ad864a39f9249c2c10", "fd",
     "2f8a5ccccc5279b5c606db63d4ed", "2f8a5ccccc5279b5c606db63d3f0",
     "3f7fffffffffffffffffffffffffffff", "3f7fd075a33333ad864a39f9249c2c0f", 1},
    {"1", "43082bb4fc91cd58c0da0a", "43082bb4fc91cd58c0da0b", "-43082bb4fc91cd58c0da09",
     "43082bb4fc91cd58c0da0a", "0", "1", "0", "43082bb4fc91cd58c0da0b", "43082bb4fc91cd58c0da0b",
     -1},
    {"1cc76a2da96", "-80000000", "1cbf6a2da96", "1ccf6a2da96", "-e63b516d4b00000000", "-399",
     "-95d256a", "1cc00000000", "-95d256a", "-1cc095d256a", 1},
    {"-3ffffffffffffffffffffffffffffff", "3ffffffffffffffffffffffffffffff", "0",
     "-7fffffffffffffffffffffffffffffe",
     "-ffffffffffffffffffffffffffffff8000000000000000000000000000001", "-1", "0", "1", "-1", "-2",
     -1},
    {"179e08bc05c70c7abea3ca0997a470", "7fffffff", "179e08bc05c70c7abea3ca8997a46f",
     "179e08bc05c70c7abea3c98997a471", "bcf045deb457d81598ad88a0d2e6df6685b90",
     "2f3c11786a063be651540b", "6fe8f87b", "997a470", "179e08bc05c70c7abea3ca7fffffff",
     "179e08bc05c70c7abea3ca76685b8f", 1},
    {"-1", "-2", "-3", "1", "2", "0", "-1", "-2", "-1", "1", 1},
    {"20f31c1ea27837", "53746a0c26c1", "21469088ae9ef8", "209fa7b4965176",
     "abdcdece69586780f9ee8cb77", "65", "62e47d72e12", "53140a002001", "20f37c7eae7ef7",
     "20a06874ae5ef6", 1},
    {"-f5bead2a", "-80000000", "-175bead2a", "-75bead2a", "7adf569500000000", "1", "-75bead2a",
     "-100000000", "-75bead2a", "8a4152d6", -1},
    {"d55f08df00000001", "ffffffff00000001", "1d55f08de00000002", "-2aa0f72000000000",
     "d55f08de2aa0f722d55f08de00000001", "0", "d55f08df00000001", "d55f08df00000001",
     "ffffffff00000001", "2aa0f72000000000", -1},
    {"-ffffffff", "-3", "-100000002", "-fffffffc", "2fffffffd", "55555555", "0", "-ffffffff", "-3",
     "fffffffc", -1},
    {"-ff4b0b74003f2bdcfeb9482969d", "baa105aa", "-ff4b0b74003f2bdcfead9e190f3",
     "-ff4b0b74003f2bdcfec4f239c47", "-ba1d1a2a7b30eca28cdd42af3e5f6661542",
     "-15e2fde6adc175ab8e20", "8b506aa3", "2a210122", "-ff4b0b74003f2bdcfeb04029215",
     "-ff4b0b74003f2bdcfeb2e239337", -1},
    {"-ff", "2be90370fc1cc27eb044b88eb", "2be90370fc1cc27eb044b87ec", "-2be90370fc1cc27eb044b89ea",
     "-2bbd1a6d8b20a5bc319473d6215", "-1", "2be90370fc1cc27eb044b87ec",
     "2be90370fc1cc27eb044b8801", "-15", "-2be90370fc1cc27eb044b8816", -1},
    {"-df5fdec2c3fe2", "-df5fdec2c3fe3", "-1bebfbd8587fc5", "1", "c2e829fe67d8a06c20a1cd4366", "0",
     "-df5fdec2c3fe2", "-df5fdec2c3fe4", "-df5fdec2c3fe1", "3", 1},
    {"-1d0fdae90fbbdfe8be", "100000000", "-1d0fdae90ebbdfe8be", "-1d0fdae910bbdfe8be",
     "-1d0fdae90fbbdfe8be00000000", "-1d0fdae910", "44201742", "0", "-1d0fdae90ebbdfe8be",
     "-1d0fdae90ebbdfe8be", -1},
    {"15a0c1ee372f1eaac0ffbbb68a85", "-15a0c1ee372f1eaac0ffbbb68a85", "0",
     "2b4183dc6e5e3d5581ff776d150a", "-1d3c4c411bbc2ce0cdaf8d0b0be74364afcb2c673b7a57d8e0fa919",
     "-1", "0", "1", "-1", "-2", 1},
    {"accffdd", "-1c0", "accfe1d", "acd019d", "-12e6bfc2c0", "-62c00", "-23", "accfe40", "-23",
     "-accfe63", 1},
};

TEST(BigIntData, Arithmetic) {
  for (const auto& c : kArith) {
    SCOPED_TRACE(std::string(c.a) + " , " + c.b);
    BigInt a = H(c.a), b = H(c.b);
    EXPECT_EQ(a + b, H(c.sum));
    EXPECT_EQ(a - b, H(c.diff));
    EXPECT_EQ(a * b, H(c.prod));
    BigInt d = b.is_zero() ? BigInt(3) : b;
    BigInt q, r;
    BigInt::divmod(a, d, q, r);
    EXPECT_EQ(q, H(c.quot));
    EXPECT_EQ(r, H(c.rem));
    EXPECT_EQ(a.floordiv(d), H(c.quot));
    EXPECT_EQ(a.mod(d), H(c.rem));
    EXPECT_EQ(a & b, H(c.band));
    EXPECT_EQ(a | b, H(c.bor));
    EXPECT_EQ(a ^ b, H(c.bxor));
    EXPECT_EQ(BigInt::compare(a, b), c.cmp);
    EXPECT_EQ(a < b, c.cmp < 0);
    EXPECT_EQ(a == b, c.cmp == 0);
    BigInt acc = a;
    acc += b;
    acc -= b;
    acc *= b;
    EXPECT_EQ(acc, H(c.prod));
  }
}

struct DivCase {
  const char *a, *b, *q, *r;
};
const DivCase kDiv[] = {
    {"6abddef9a1414d65affd886e9<<129", "1<<128", "d57bbdf342829acb5ffb10dd2", "0"},
    {"-7fff7fff0564d3c9c65a1589a9eaa82c30c77c7ed5700329",
     "fffffffffffffffffffeffffffffffffffffffff", "-7fff8000",
     "fa9b2c3639a56a76d61557d3cf388380aa907cd7"},
    {"1000000016c5bdf469f61166d4d3f60e3ab52ee7c", "-1fffffffffffffffeffffffffffffffff",
     "-80000001", "-93a420b8e09ee991b2c09f1bd4ad1183"},
    {"400000003", "100000001", "3", "100000000"},
    {"-1ffffffff", "100000000", "-2", "1"},
    {"697a5fd9b91ba2e43891d4eaa75b03a400000000", "d2f4bfb3723745c87123a9d54eb60748", "80000000",
     "0"},
    {"140000000000000000000000000000002", "-80000000000000000000000000000001", "-3",
     "-40000000000000000000000000000001"},
    {"-4000000000000000000000000ffffffffffffffffffffffffffffffffffffffff", "1<<159",
     "-8000000000000000000000002", "1"},
    {"16d6861b3f654d5<<135", "1<<127", "16d6861b3f654d500", "0"},
    {"30000000000000001", "1<<64", "3", "1"},
    {"-e7b06db77929f122ce59082231fb4b2b2643b61f6c0ada44e53931e4adf3a7e6a",
     "-ffffffffffffffffffffffffffffffffffffffff", "e7b06db77929f122ce5908223",
     "-1fb4b2b2643b62053bb47fc5e6323077c4cb008d"},
    {"10000000000000000000000001f2513d1afcd39f133dba2ac0cd9c31d6",
     "1ffffffffffffffffffffffffffffffff", "1<<99", "1f2513d22fcd39f133dba2ac0cd9c31d6"},
    {"1fffffffffffffffdfffffffffffffffd", "fffffffffffffffeffffffffffffffff", "1",
     "fffffffffffffffefffffffffffffffe"},
    {"-7c150735f131e19cd1ce5642", "f82b0698d952a9be", "-7fff7fff", "0"},
    {"65933969ae473fb14148b3739b2672d35c8e7f62829166e5a", "-800000000000000000000001",
     "-cb2672d35c8e7f62829166e5a", "0"},
    {"300000002", "100000001", "2", "100000000"},
    {"-ffffffffffffffffffffffffffffffffffffffffffffffff", "1<<127", "-1<<65", "1"},
    {"fffefffd8000800080008001", "1fffffffeffffffff", "7fff7fff", "0"},
    {"80000000000000007ffffffffffffffe", "-ffffffffffffffff", "-8000000000000001", "-1"},
    {"-ed5ec76cf52da84a", "9e3f2f9df8c91adc", "-2", "4f1f97cefc648d6e"},
    {"0", "1<<128", "0", "0"},
    {"2dbe40f4e2c1c8444ee6cad5fd73f7b78d1d0a57c89592132", "16df207a7160e42232e2f5a8376a6dece",
     "1ffffffffffffffff", "0"},
    {"-1fffffffffffffffefffffffffffffffeffffffffffffffff", "-1fffffffffffffffeffffffffffffffff",
     "ffffffffffffffff", "-1fffffffffffffffefffffffffffffffe"},
    {"1<<129", "1ffffffffffffffffffffffffffffffff", "1", "1"},
    {"182e5b74c6539a48f3e8d2459cd632db7", "1ffffffffffffffff", "c172dba6329cd247",
     "1fffffffffffffffe"},
    {"-8000000000000000000000000000000000000001", "8000000000000000000000000000000000000001", "-1",
     "0"},
    {"a91adbd48fa81819ad9ff95cc6e5242b7057e7e6526006a2a", "-ffffffffffffffffffffffff",
     "-a91adbd48fa81819ad9ff95d8", "-fffffffffffffffffffffffe"},
    {"1000000000000000114c15e46691688e4dc51ee0519a6e303", "1<<128", "10000000000000001",
     "14c15e46691688e4dc51ee0519a6e303"},
    {"-1414656217d489a8f", "a0a32b10bea44d48", "-2", "1"},
    {"800000000000000000000000fbfffffffffffffffffffffff", "800000000000000000000001",
     "fffffffffffffffffffffffff", "1<<94"},
};

TEST(BigIntData, DivisionEdgeCases) {
  for (const auto& c : kDiv) {
    SCOPED_TRACE(std::string(c.a) + " / " + c.b);
    BigInt q, r;
    BigInt::divmod(H(c.a), H(c.b), q, r);
    EXPECT_EQ(q, H(c.q));
    EXPECT_EQ(r, H(c.r));
  }
}

struct ShiftCase {
  const char* a;
  uint64_t n;
  const char *shl, *shr;  // shl null: too big to embed
};
const ShiftCase kShift[] = {
    {"-fffffffffffffffffffff", 33, "-1ffffffffffffffffffffe00000000", "-8000000000000"},
    {"-2c224bc61296371d6a93a306e6", 31, "-161125e3094b1b8eb549d1837300000000",
     "-5844978c252c6e3ad6"},
    {"3ffffffffffffffffffffffffffff", 63, "1ffffffffffffffffffffffffffff8000000000000000",
     "7ffffffffffff"},
    {"1000000000000000000000000002", 31, "80000000000000000000000000100000000", "1<<77"},
    {"-1", 63, "-8000000000000000", "-1"},
    {"-2", 32, "-200000000", "-1"},
    {"-1873e76cf50673fddb58be2b", 64, "-1873e76cf50673fddb58be2b<<64", "-1873e76d"},
    {"1<<128", 31, "1<<159", "1<<97"},
    {"-2000000000000000000000000000002", 42, "-80000000000000000000000000000080000000000",
     "-80000000000000000001"},
    {"-16e89f2a12a02a623c9", 32, "-16e89f2a12a02a623c900000000", "-16e89f2a12b"},
    {"-57da958dc0265c", 127, "-15f6a563700997<<129", "-1"},
    {"-1ffffffff0000000080000000", 127, "-3fffffffe00000001<<158", "-1"},
    {"ca2c3257dac0584d72", 64, "6516192bed602c26b9<<65", "ca"},
    {"1957ea134ff95704f5de9fd28f0af23ceff", 63,
     "cabf509a7fcab827aef4fe94785791e77f8000000000000000", "32afd4269ff2ae09ebb"},
    {"860b2a08d052903f5448953c88fb9", 63, "430595046829481faa244a9e447dc8000000000000000",
     "10c165411a0a52"},
    {"-fb1433add8fe1556fa24", 64, "-3ec50ceb763f8555be89<<66", "-fb15"},
    {"2", 63, "1<<64", "0"},
    {"-79ab30ce", 31, "-3cd5986700000000", "-1"},
    {"-1df8b17240a07e324cfbbd6a", 63, "-efc58b920503f19267ddeb5<<64", "-3bf162e5"},
    {"28", 127, "5<<130", "0"},
    {"-13a4d03325efd43e1145a6096d2f52c516", 63, "-9d2681992f7ea1f08a2d304b697a9628b<<64",
     "-2749a0664bdfa87c23"},
    {"674033dfbdbf", 0, "674033dfbdbf", "674033dfbdbf"},
    {"19ad6e2e02468faf2f164882cbbe10dd97", 65, "19ad6e2e02468faf2f164882cbbe10dd97<<65",
     "cd6b717012347d797"},
    {"-43714dc", 64, "-10dc537<<66", "-1"},
    {"116", 128, "8b<<129", "0"},
    {"3f4d5a6eca41", 63, "1fa6ad3765208000000000000000", "0"},
    {"10000000000000000000000000000000002", 65, "8000000000000000000000000000000001<<66", "1<<71"},
    {"-7fffffffffffffffffffffffffff", 1, "-fffffffffffffffffffffffffffe", "-1<<110"},
    {"0", 127, "0", "0"},
    {"-7e685341c1771036b42d454e44bf56b63cf4", 33, "-fcd0a68382ee206d685a8a9c897ead6c79e800000000",
     "-3f3429a0e0bb881b5a16a2a72260"},
    {"70cf2f800f699d8e699b4f790957a834c6", 103, "386797c007b4cec734cda7bc84abd41a63<<104",
     "e19e5f00"},
    {"dedc0351dd172bd9", 64, "dedc0351dd172bd9<<64", "0"},
    {"-1", 1000, nullptr, "-1"},
    {"-1", 0, nullptr, "-1"},
    {"-1<<64", 64, nullptr, "-1"},
    {"-1<<64", 65, nullptr, "-1"},
    {"-10000000000000001", 64, nullptr, "-2"},
    {"1<<64", 65, nullptr, "0"},
    {"5", 1000000, nullptr, "0"},
};

TEST(BigIntData, Shifts) {
  for (const auto& c : kShift) {
    SCOPED_TRACE(std::string(c.a) + " by " + std::to_string(c.n));
    if (c.shl) {
      EXPECT_EQ(H(c.a).shl(c.n), H(c.shl));
    }
    EXPECT_EQ(H(c.a).shr(c.n), H(c.shr));
  }
}

struct BitsCase {
  const char *a, *inv;
  size_t bit_length, bit_count;
  bool fits64;
  int64_t v;
  bool fitsu64;
};
const BitsCase kBits[] = {
    {"0", "-1", 0, 0, true, 0LL, true},
    {"1", "-2", 1, 1, true, 1LL, true},
    {"-1", "0", 1, 1, true, -1LL, false},
    {"4000000000000000", "-4000000000000001", 63, 1, true, 4611686018427387904LL, true},
    {"7fffffffffffffff", "-8000000000000000", 63, 63, true, 9223372036854775807LL, true},
    {"8000000000000000", "-8000000000000001", 64, 1, false, 0, true},
    {"-8000000000000000", "7fffffffffffffff", 64, 1, true, INT64_MIN, false},
    {"-8000000000000001", "8000000000000000", 64, 2, false, 0, false},
    {"ffffffffffffffff", "-1<<64", 64, 64, false, 0, true},
    {"1<<64", "-10000000000000001", 65, 1, false, 0, false},
    {"-1<<64", "ffffffffffffffff", 65, 1, false, 0, false},
    {"80000000000000000000000000000005", "-80000000000000000000000000000006", 128, 3, false, 0,
     false},
    {"-ffffffffffffffffffffffffffffffff", "fffffffffffffffffffffffffffffffe", 128, 128, false, 0,
     false},
    {"-52ea7c5e4007f92247439e18f", "52ea7c5e4007f92247439e18e", 99, 48, false, 0, false},
    {"-17db", "17da", 13, 10, true, -6107LL, false},
    {"-3", "2", 2, 2, true, -3LL, false},
    {"3fffffffffffff", "-40000000000000", 54, 54, true, 18014398509481983LL, true},
    {"b12976c9dc369ad400000001", "-b12976c9dc369ad400000002", 96, 34, false, 0, false},
    {"3cd59a3f", "-3cd59a40", 30, 19, true, 1020631615LL, true},
    {"-35f8810bb6185fbe468c6662e04bcbc9b3b2ee", "35f8810bb6185fbe468c6662e04bcbc9b3b2ed", 150, 77,
     false, 0, false},
    {"800000000000000000000000002", "-800000000000000000000000003", 108, 2, false, 0, false},
    {"-1000000000c53ab3effffffff", "1000000000c53ab3efffffffe", 97, 49, false, 0, false},
    {"-ffffffffffffffff", "fffffffffffffffe", 64, 64, false, 0, false},
    {"-599", "598", 11, 6, true, -1433LL, false},
    {"2425a7a4f20bbbdc6af293d", "-2425a7a4f20bbbdc6af293e", 90, 48, false, 0, false},
    {"3ffffffffffffffffffffffffffffffffffff", "-1<<146", 146, 146, false, 0, false},
    {"-e10eefb2", "e10eefb1", 32, 18, true, -3775852466LL, false},
    {"-1f85e21e3501e28333d8c20e4b58", "1f85e21e3501e28333d8c20e4b57", 109, 49, false, 0, false},
    {"13754e7c", "-13754e7d", 29, 17, true, 326454908LL, true},
    {"c26648b5341581", "-c26648b5341582", 56, 22, true, 54718607945635201LL, true},
};

TEST(BigIntData, BitsAndFits) {
  for (const auto& c : kBits) {
    SCOPED_TRACE(c.a);
    BigInt a = H(c.a);
    EXPECT_EQ(a.invert(), H(c.inv));
    EXPECT_EQ(a.bit_length(), c.bit_length);
    EXPECT_EQ(a.bit_count(), c.bit_count);
    EXPECT_EQ(a.fits_int64(), c.fits64);
    if (c.fits64) {
      EXPECT_EQ(a.to_int64(), c.v);
      EXPECT_EQ(BigInt(c.v), a);
    }
    EXPECT_EQ(a.fits_uint64(), c.fitsu64);
    if (c.fitsu64) {
      EXPECT_EQ(BigInt::from_u64(a.to_uint64()), a);
    }
  }
}

struct PowCase {
  const char* a;
  uint64_t e;
  const char* r;
};
const PowCase kPow[] = {
    {"-8", 0, "1"},
    {"0", 17, "0"},
    {"4", 8, "10000"},
    {"8", 6, "40000"},
    {"-1", 3, "-1"},
    {"144d", 5, "349ca43738bee39d"},
    {"e", 9, "4cf7e8e00"},
    {"7", 8, "57f6c1"},
    {"-300", 1, "-300"},
    {"-4", 0, "1"},
    {"10000000000", 4, "1<<160"},
    {"-ffffff", 0, "1"},
    {"e", 3, "ab8"},
    {"-39", 2, "cb1"},
    {"8", 19, "200000000000000"},
    {"-110ec55e99", 12,
     "227e193c118f06ae336281a330e7e5d39ed6dddf0be8bbf034876d765df4d77a1a3d3d9c6be2e3098df34ef8b036"
     "56fcec606f39bcba1"},
    {"-c", 14, "48fb790000000"},
    {"11", 8, "19fc99c81"},
    {"-8", 1, "-8"},
    {"b", 11, "426de69953"},
    {"3ff", 15, "3f11a23a54849e1ae347875ee6ab71b9703bff"},
    {"2", 15, "8000"},
    {"7", 20, "11b7aa4b87e16e1"},
    {"1", 9, "1"},
    {"4dc98c", 0, "1"},
    {"-a", 7, "-989680"},
    {"-6c8", 20, "963ac2b5607e8c815cf276443f3d823c506dc61000000000000000"},
    {"-1", 15, "-1"},
    {"-1", 11, "-1"},
    {"2", 3, "8"},
};

TEST(BigIntData, Pow) {
  for (const auto& c : kPow) EXPECT_EQ(H(c.a).pow(c.e), H(c.r)) << c.a << " ** " << c.e;
}

struct PowModCase {
  const char *a, *e, *m, *r;
};
const PowModCase kPowMod[] = {
    {"-d2299072", "1", "2", "0"},
    {"3fffffffffffffffffffffffffffffffffffffffffffff", "20000000000000000000000002",
     "c5ab9e990c77d958513b58207f0092c49ab66162e6", "2551362758f91bcd686d49d3e2e766c6841b28cdd3"},
    {"14bf", "0", "211e020de51990423f0fa5e8eb6356a96bc26cfe8564", "1"},
    {"-40000000000000000000000000000000000001", "ad9c3dbc09cc8a40",
     "7fffffffffffffffffffffffffffffffffffffffffffffffff",
     "5ff23d7c7a15d53c40db03075059fd3a7f4ccfa5031f98a337"},
    {"ff", "3", "-376cd997077ecd0d142a1cccec09ce1bb9ea6d5ab",
     "-376cd997077ecd0d142a1cccec09ce1bb9da9d2ac"},
    {"-1acb12199e082", "100000001800000000000000096cbce44", "8001", "20ef"},
    {"dc7e18e27ebc7bc3a0decd757b4b8d4891c6509cacf5db", "708213b281", "7fffffffffffffffffffffffff",
     "27a1610ba9daed5dc2e44e19af"},
    {"2acdaa26b4800a8d7c669", "ffffffff00000001", "-7687087", "-261c8c2"},
    {"-8c", "1", "66c50c22be939125d296ae9978f8ed6ea9", "66c50c22be939125d296ae9978f8ed6e1d"},
    {"-3f1d3e25fc27830608dfad3bc45d7b65d95", "4b", "-1", "0"},
    {"-5b0ac3bd009e333", "167a87cb737ec7818c02553e1fdae448cc93109ca76", "-3", "-2"},
    {"-4dadd0", "7fffffffffffffffffffffffffffffffffffffe", "-1ffffffffffffff", "-1d77c102da4fef2"},
    {"4cd9d3825e1", "0", "-bc7a1d4f00000001631dc86d8000000000000000",
     "-bc7a1d4f00000001631dc86d7fffffffffffffff"},
    {"-1", "800000000000000000000000000001", "1a7557d38dc432379fb5407bb8",
     "1a7557d38dc432379fb5407bb7"},
    {"367052671330c78", "0", "7ffffffffffffffffffffffffffffffffffffffffff", "1"},
    {"-3fffffffffffffffffffffffffffffff", "2efc3b94f722ab8ad751b86a2bc96c59034b5bea80",
     "-db0dbd3c1602b205a90c4adac9c66282df866045b7624fb7",
     "-5ff6a8ab5bc3d822306392c51ad1071ee2961875e2e2ee7f"},
    {"2000000000000000000000000000000000000000002", "2", "ffffffffffffffffff", "4000008000004"},
    {"-11fa776b047901567471a2373267b34d63d5472e165be4c",
     "431421f2934216f6bde2db5bb996a0905d7b30f70d25f",
     "-17526298bec65e69e785b0baa50294902b3fa00b58abb",
     "-fc4e86d687645949711c7c06b9261b691816c86275b5"},
    {"67446faec92f4a0061fcb69a1de8a31d1035", "41", "-2", "-1"},
    {"3fffffffffffffffffff", "3ffffffffffffffffffffffffffffffffffffffffffffff", "100", "ff"},
    {"-abb8f3", "0", "-3fffffffffffffff", "-3ffffffffffffffe"},
    {"1", "3abe0794a286fbeef93c07dc8165057b621260", "-3fffffffffffffffffffffffffffffffff",
     "-3ffffffffffffffffffffffffffffffffe"},
    {"-3", "1", "-3ffffffffffe", "-3"},
    {"-ffffffffff", "998ed8af4435f", "c1cc6", "5b2d"},
    {"77505eeae85ed729074aeb78f9c9fc86dd89ab1078a690a", "1",
     "fffffffffffffffffffffffffffffffffffff", "5ed729074aeb78f9c9fc86dd89b2857e953f2"},
    {"786de3f632238cd61125fff7271d0e5", "7ffffffffffffffffffffffffffffffffe",
     "-fffffffffffffffffffffffffffffffffffffffffffff",
     "-edab52287fe2993ed1253b6b0de9b73b0a6d6cf9a8a3e"},
};

TEST(BigIntData, PowMod) {
  for (const auto& c : kPowMod)
    EXPECT_EQ(BigInt::powmod(H(c.a), H(c.e), H(c.m)), H(c.r)) << c.a << " " << c.e << " " << c.m;
}

struct GcdCase {
  const char *a, *b, *g;
};
const GcdCase kGcd[] = {
    {"-8274e3283a914fcb0a44561cd78a", "0", "8274e3283a914fcb0a44561cd78a"},
    {"3c3774d20", "-7429dfd6d4c4e761ee740", "160"},
    {"-400000003ffff7fffffff80000000", "352e70b5c175c15a31e947d147", "7ffffffffffff"},
    {"-848b563faf15f058f83d33f2184fb7756114e8756693c5fa378e598c114bea308",
     "b0855151191f1992ea8790d25beb3ba6648a47ac9064dfd", "43e26506fa52480f363fc3e10331"},
    {"-f7f22342913772e63c0", "3fffffff", "3fffffff"},
    {"-22c71e", "-30255d2164b31f65591a150b4", "22c71e"},
    {"-2181c5340b96ee2f6", "0", "2181c5340b96ee2f6"},
    {"-52841de197111df6ac8ee2a6ab5a40800000", "3ffc00000", "3c00000"},
    {"16e27a466f4b48b979d23d0", "5942731f59e7892a4cd603b76d4f4f3292b0b0cc", "3fffffffc"},
    {"-432b2bf830f77a7e221f4c3107df1363<<89", "-21d3b7dfce21cc2af33e81b30fc76d2ad4f73<<90",
     "1<<89"},
    {"-dd62ff20f42d0905d2", "-7e81b65bf93e4e4c77fffffffffe05f926901b06c6ce2", "1fa06d96fe4f93931e"},
    {"0", "c6394ccb93871d74", "c6394ccb93871d74"},
    {"-139708f83e2cafd7e56e70cadac1835793c9990bb29cc", "0",
     "139708f83e2cafd7e56e70cadac1835793c9990bb29cc"},
    {"-ffffffff<<119", "1ffffff<<119", "1<<119"},
    {"6", "-bfffffffffffffffffffffffffffd", "3"},
    {"13abee", "-1575b9f11dca9577ae00931c9604c00", "2"},
    {"-105e5f29b84c0745e4a0906decf170df7792", "-1fe865d2af49cacd535aa3a7368b6aefc161fd430c1a",
     "12f667a0ab00d52e710985e062"},
    {"-5452c06e6d405c23e2ccd53ac0c4845b1a88e547044da6c96f7e", "-2cf24cfeee0683ffe986d98088fcbe0",
     "3fffffffffffffffe"},
    {"5ffffffffffffd", "0", "5ffffffffffffd"},
    {"1b4e3ed6b2713346f77623fec64834cbfce2351777a00000000", "1b4fffffe4b00000000",
     "ffffffff00000000"},
};
struct IsqrtCase {
  const char *a, *r;
};
const IsqrtCase kIsqrt[] = {
    {"62499d39c5cd13b9c3313c4de35097df050", "27a7f1b8ef110ac7f6"},
    {"4419a26a09d4", "840957"},
    {"36f770e829a1e8ec3815900caabf0e2319fffd", "769f83cf5d7b8ef72c3"},
    {"802c11e9d4019f", "b5241a0"},
    {"ffffffffb3613d7ea6964b71000000018000000000000001", "ffffffffd9b09ebf506d50fa"},
    {"7a", "b"},
    {"3c284fad800000003f70b1db", "7c1915e7727f"},
    {"12a9650580003f95669813615b046e1e89bdaf33953503ac913bd9", "451e63167ed766106411ec12fc9"},
    {"ffffff", "fff"},
    {"b4aaea56b4a", "35c3db"},
    {"14af6620db01ce1cd50eb7c6acf07fbab1e5034b8ac4c2c72a68e08", "12313f5a97ad0dad764e72cb12fc"},
    {"1c01e47e3cef53f868bfa588", "54acdb1703d1"},
    {"92e7d955f13a7dee39b10fdba435727a9f39", "c1ed6c32b02e13d912"},
    {"0", "0"},
    {"1fffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
     "5a827999fcef32422cbec4d9baa55f"},
    {"a", "3"},
    {"39a66c8238fc1fffdccd4f3cc941c67f0851ba07bbbcdf572486c67", "1e5efe02a069919c768c4fad757c"},
    {"0", "0"},
    {"18f3fc74cfefa5e7a594ec2cfaae115048816", "13fb313463be929d4d5"},
    {"193ee876", "5064"},
    {"5904040f050c3091", "96f4fdf4"},
    {"22c12375b43316db75d84721f6a579baa4a2bdc0f25e77", "5e531be2df62daa85e10c98"},
};

TEST(BigIntData, GcdIsqrt) {
  for (const auto& c : kGcd) {
    EXPECT_EQ(BigInt::gcd(H(c.a), H(c.b)), H(c.g)) << c.a << " " << c.b;
    EXPECT_EQ(BigInt::gcd(H(c.b), H(c.a)), H(c.g)) << c.a << " " << c.b;
  }
  for (const auto& c : kIsqrt) EXPECT_EQ(H(c.a).isqrt(), H(c.r)) << c.a;
}

struct StrCase {
  const char* a;
  int base;
  const char* s;
};
const StrCase kToStr[] = {
    {"0", 2, "0"},
    {"8304a4f4ca6fad2980000000", 3, "221211022020221202210012020122021021222111120000020010001021"},
    {"b71388e", 4, "23130103202032"},
    {"-2000000000001", 5, "-1042241333001033440223"},
    {"800000000000000000000001", 6, "3501325145043151342025301100500552053"},
    {"-2ec2feb98e75c0d95a554ac84b9", 7, "-31232341006062624400306660656625443554"},
    {"3", 8, "3"},
    {"3ffffffffffffffffffffffff", 9, "7424842144877447582615677387773"},
    {"-1<<64", 10, "-18446744073709551616"},
    {"-5e7f6d00e2663482ae", 11, "-265586507991513339638"},
    {"3", 12, "3"},
    {"-3a0dd1bff41c8eeb1d26073c7e4bb", 13, "-7262c64b31893131b677567288c2649"},
    {"-1ffffffffffffffff", 14, "-12d220957d807d8303"},
    {"-674137ad31bd3b0a720f60b16", 15, "-2058bde214eb91374dd3e0dbd1"},
    {"-715370f45f6f648927384", 16, "-715370f45f6f648927384"},
    {"4aa27b757e7ffec49a0f3250a140dbeb", 17, "c1e3ac5824ga4fe08c4cbg15g7396cf"},
    {"35126", 18, "214ge"},
    {"-75b", 19, "-542"},
    {"-ffffffff", 20, "-3723ai4f"},
    {"-ffffffff00000000ffffffff", 21, "-dbg38dehfkd4ehei4g8359"},
    {"-9ddebde7816ca4a444", 22, "-l6176f2i490jj3li"},
    {"-1beb310cc6ebd", 23, "-bjfic27c73f"},
    {"e287", 24, "44g7"},
    {"-1ffffffffffffffffffe", 25, "-6c6c150737f3amg5k"},
    {"-ffffffff74dc55da", 26, "-7b7n2pcg4cci1o"},
    {"1910edacd9032496a3229e9", 27, "8939lig31a37e2p9n5n"},
    {"3fffffffffffffff", 28, "jo1ilfj8fkpd3"},
    {"-8000000080000000ddfed48d", 29, "-6e6i7dke107sf3g8f3al"},
    {"-3", 30, "-3"},
    {"3ffffffffffffffffffffffffff", 31, "3rnnc16thj3fk27kbs7ib1"},
    {"-1ffff", 32, "-3vvv"},
    {"0", 33, "0"},
    {"-6b489ebd641cebab", 34, "-384pusafkm02n"},
    {"-1ffff", 35, "-31yv"},
    {"3ffffffffffffffffffffffffffff", 36, "175phz7irz92wq6vb33uk1r"},
    {"0", 10, "0"},
    {"-1", 10, "-1"},
    {"8ac7230489e7ffff", 10, "9999999999999999999"},
    {"8ac7230489e80000", 10, "10000000000000000000"},
    {"-8ac7230489e80000", 10, "-10000000000000000000"},
    {"4b3b4ca85a86c47a098a224000000000", 10, "100000000000000000000000000000000000000"},
    {"ffffffffffffffff", 10, "18446744073709551615"},
};

TEST(BigIntData, ToStringAllBases) {
  for (const auto& c : kToStr) {
    BigInt a = H(c.a);
    EXPECT_EQ(a.to_string(c.base), c.s) << c.a << " base " << c.base;
    BigInt back;
    ASSERT_TRUE(BigInt::parse(c.s, c.base, back));
    EXPECT_EQ(back, a);
  }
}

struct ParseCase {
  const char* s;
  int base;
  const char* v;  // null: ValueError
};
const ParseCase kParse[] = {
    {"0", 0, "0"},
    {"-0", 0, "0"},
    {"+0", 0, "0"},
    {"00", 0, "0"},
    {"0_0", 0, "0"},
    {"0_1", 0, nullptr},
    {"00_", 0, nullptr},
    {"010", 0, nullptr},
    {"09", 0, nullptr},
    {" 12 ", 0, "c"},
    {"\x09""\x0a""-12\x0b""\x0c""\x0d""", 0, "-c"},
    {"1_000_000", 0, "f4240"},
    {"1__0", 0, nullptr},
    {"_1", 0, nullptr},
    {"1_", 0, nullptr},
    {"0x_1f", 0, "1f"},
    {"0x__1", 0, nullptr},
    {"0X1F", 0, "1f"},
    {"0o17", 0, "f"},
    {"0O17", 0, "f"},
    {"0b101", 0, "5"},
    {"0B1_1", 0, "3"},
    {"0x", 0, nullptr},
    {"0b", 0, nullptr},
    {"0o", 0, nullptr},
    {"0b2", 0, nullptr},
    {"- 1", 0, nullptr},
    {"+-1", 0, nullptr},
    {"--1", 0, nullptr},
    {"1 2", 0, nullptr},
    {"", 0, nullptr},
    {"   ", 0, nullptr},
    {"+", 0, nullptr},
    {"-", 0, nullptr},
    {"12a", 0, nullptr},
    {"ab", 0, nullptr},
    {"\xc2""\xa0""42\xe2""\x80""\x83""", 0, "2a"},
    {"\xe3""\x80""\x80""-7\xe2""\x81""\x9f""", 0, "-7"},
    {"\xc2""\x85"" 9\xe2""\x80""\xa9""", 0, "9"},
    {"\xe2""\x80""\x8b""5", 0, nullptr},
    {"\x1c""5", 0, nullptr},
    {"99999999999999999999999999", 0, "52b7d2dcc80cd2e3ffffff"},
    {"-18446744073709551616", 0, "-1<<64"},
    {"111111111111111111111111111111111111111111111111111111111111", 0,
     "11b37620ad4a03cec750d2075a49609e5101c71c71c71c71c7"},
    {"0xffffffffffffffffffffffffffffffffffffffff", 0, "ffffffffffffffffffffffffffffffffffffffff"},
    {"0b101010101010101010101010101010101010101010101010101010101010101010101010101010101010101010"
     "1010101010", 0, "aaaaaaaaaaaaaaaaaaaaaaaaa"},
    {"0o777777777777777777777777777777", 0, "3ffffffffffffffffffffff"},
    {"0", 10, "0"},
    {"-0", 10, "0"},
    {"+0", 10, "0"},
    {"00", 10, "0"},
    {"0_0", 10, "0"},
    {"0_1", 10, "1"},
    {"00_", 10, nullptr},
    {"010", 10, "a"},
    {"09", 10, "9"},
    {" 12 ", 10, "c"},
    {"\x09""\x0a""-12\x0b""\x0c""\x0d""", 10, "-c"},
    {"1_000_000", 10, "f4240"},
    {"1__0", 10, nullptr},
    {"_1", 10, nullptr},
    {"1_", 10, nullptr},
    {"0x_1f", 10, nullptr},
    {"0x__1", 10, nullptr},
    {"0X1F", 10, nullptr},
    {"0o17", 10, nullptr},
    {"0O17", 10, nullptr},
    {"0b101", 10, nullptr},
    {"0B1_1", 10, nullptr},
    {"0x", 10, nullptr},
    {"0b", 10, nullptr},
    {"0o", 10, nullptr},
    {"0b2", 10, nullptr},
    {"- 1", 10, nullptr},
    {"+-1", 10, nullptr},
    {"--1", 10, nullptr},
    {"1 2", 10, nullptr},
    {"0x1f", 16, "1f"},
    {"1f", 16, "1f"},
    {"0x_1f", 16, "1f"},
    {"0b1", 16, "b1"},
    {"0b1", 2, "1"},
    {"0b1", 8, nullptr},
    {"0o7", 8, "7"},
    {"0o7", 16, nullptr},
    {"0x1f", 36, "a743"},
    {"zz", 36, "50f"},
    {"ZZ", 36, "50f"},
    {"-Zz_z", 36, "-b63f"},
    {"z", 35, nullptr},
    {"102", 2, nullptr},
    {"777", 8, "1ff"},
    {"778", 8, nullptr},
    {"fF", 16, "ff"},
    {"1_f", 16, "1f"},
    {"0_x1", 16, nullptr},
    {"00x1", 16, nullptr},
    {"12", 3, "5"},
    {"hello", 25, "68dfd9"},
    {"hello", 30, "d82e02"},
    {"12", 1, nullptr},
    {"12", 37, nullptr},
    {"12", -1, nullptr},
    {"0x10", 0, "10"},
    {"0x10", 10, nullptr},
    {"0b11", 0, "3"},
    {"-hjpuuq2s", 33, "-aea3725e71"},
    {"-431320223023311312342010403332444341432344212200344", 5, "-4fd6a544cd1ddd87f119bf3eb7c1a3"},
    {"56fmm3orgl6lnzhgs68zv87vgpytzuux1i97f8qj", 36,
     "fff11b96d8af2261711df58e639106223c7714fe962b8b464fb"},
    {"1bfgh3ah83gjdf", 20, "1cea2fa329115c3"},
    {"-1", 8, "-1"},
    {"36417631881458025", 9, "187afe7f6bb2a8"},
    {"1074", 12, "718"},
    {"2301022201030312100220113123021310322013330203212210320231123312", 4,
     "b12a13364285db274e87f239a4e2d6f6"},
    {"-2147483648", 10, "-80000000"},
    {"20f6a74a139d", 17, "400000000000"},
    {"3aiakrmat5sywjel2dnd66", 35, "2b57913c8d7a1e2520f7dfa5739f"},
    {"2", 3, "2"},
};

TEST(BigIntData, ParseLikeIntConstructor) {
  for (const auto& c : kParse) {
    SCOPED_TRACE(std::string("'") + c.s + "' base " + std::to_string(c.base));
    BigInt out(12345);
    bool ok = BigInt::parse(c.s, c.base, out);
    EXPECT_EQ(ok, c.v != nullptr);
    if (ok && c.v) {
      EXPECT_EQ(out, H(c.v));
    } else if (!ok) {
      EXPECT_EQ(out, BigInt(12345));  // untouched on failure
    }
  }
}

struct DoubleCase {
  const char* a;
  uint64_t bits;
};
const DoubleCase kToDouble[] = {
    {"0", 0x0000000000000000ULL},
    {"1", 0x3ff0000000000000ULL},
    {"-1", 0xbff0000000000000ULL},
    {"20000000000000", 0x4340000000000000ULL},
    {"20000000000001", 0x4340000000000000ULL},
    {"20000000000002", 0x4340000000000001ULL},
    {"20000000000003", 0x4340000000000002ULL},
    {"40000000000002", 0x4350000000000000ULL},
    {"40000000000006", 0x4350000000000002ULL},
    {"8000000000000000", 0x43e0000000000000ULL},
    {"ffffffffffffffff", 0x43f0000000000000ULL},
    {"-ffffffffffffffff", 0xc3f0000000000000ULL},
    {"1<<1023", 0x7fe0000000000000ULL},
    {"fffffffffffffbffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
     "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
     "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
     0x7fefffffffffffffULL},
    {"1fffffffffffff<<971", 0x7fefffffffffffffULL},
    {"-fffffffffffffbfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
     "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
     "fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
     0xffefffffffffffffULL},
    {"3fffffffffffff<<970", kOvf},
    {"1<<1024", kOvf},
    {"-1<<1024", kOvf},
    {"1<<2000", kOvf},
    {"-93215d0a2732f60001", 0xc462642ba144e65fULL},
    {"-485543feabc75f0000000000", 0xc5d21550ffaaf1d8ULL},
    {"5a8844992eefccfffffffff", 0x4596a211264bbbf3ULL},
    {"31b464b0b015307ffffffff", 0x4588da3258580a98ULL},
    {"7f28d9bf78ac8e", 0x435fca366fde2b24ULL},
    {"-31889e6b5b7f15<<951", 0xfeb8c44f35adbf8aULL},
    {"-f74df11ca88ad00000000", 0xc52ee9be2395115aULL},
    {"-6f072ba0f49ded<<968", 0xffdbc1cae83d277bULL},
    {"-143f3b3ce90d9a00000000000", 0xc5f43f3b3ce90d9aULL},
    {"-4b7b02bae8eea8000000000", 0xc592dec0aeba3baaULL},
    {"554304b573efbf<<968", 0x7fd550c12d5cfbf0ULL},
    {"19b93a420fabf5c0000000001", 0x45f9b93a420fabf6ULL},
    {"7e28bf36dfa62f<<967", 0x7fcf8a2fcdb7e98cULL},
    {"-69f4a8b396704b<<964", 0xff9a7d2a2ce59c13ULL},
    {"3966d5d5c9e36c80", 0x43ccb36aeae4f1b6ULL},
    {"959a016bc980d0", 0x4362b3402d79301aULL},
    {"-100362d2e0510485280e45746", 0xc5f00362d2e05105ULL},
    {"-122c43ea2110b639f828283e7a61791e1b", 0xc8322c43ea2110b6ULL},
    {"1", 0x3ff0000000000000ULL},
    {"-14a1accb700000000", 0xc3f4a1accb700000ULL},
    {"-1a1ec86ffb38", 0xc2ba1ec86ffb3800ULL},
    {"499d1c65bfc4c45da9f16a2b5c5f56eac", 0x48126747196ff131ULL},
};

TEST(BigIntData, ToDoubleCorrectlyRounded) {
  for (const auto& c : kToDouble) {
    SCOPED_TRACE(c.a);
    bool ovf = false;
    double d = H(c.a).to_double(&ovf);
    EXPECT_EQ(ovf, c.bits == kOvf);
    if (c.bits != kOvf) {
      EXPECT_EQ(Bits(d), c.bits);
    } else {
      EXPECT_TRUE(std::isinf(d));
    }
  }
}

struct TrueDivCase {
  const char *a, *b;
  uint64_t bits;
};
const TrueDivCase kTrueDiv[] = {
    {"1", "3", 0x3fd5555555555555ULL},
    {"-1", "3", 0xbfd5555555555555ULL},
    {"0", "-5", 0x8000000000000000ULL},
    {"20000000000001", "1", 0x4340000000000000ULL},
    {"40000000000001", "2", 0x4340000000000000ULL},
    {"c9f2c9cd04674edea40000000", "3", 0x4610d43b7bc05df1ULL},
    {"-c9f2c9cd04674edea40000000", "7", 0xc5fcd98a8b00a10bULL},
    {"1<<1100", "1<<76", kOvf},
    {"1<<1100", "1<<77", 0x7fe0000000000000ULL},
    {"ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
     "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
     "fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
     "1<<77", 0x7fe0000000000000ULL},
    {"1", "1<<1074", 0x0000000000000001ULL},
    {"1", "1<<1075", 0x0000000000000000ULL},
    {"3", "1<<1076", 0x0000000000000001ULL},
    {"1", "1<<1076", 0x0000000000000000ULL},
    {"1<<1200", "3", kOvf},
    {"1b4ec7f91973ff3cb1ccf26fbc177c38db6e54582de258ff5190b8bc150afadb38030e5d0b7bf50120e5c0e6ad18"
     "e629853ce9946a0b2eccf6cfde0af8634bf8dc5a427fe4236ce5959baa0e776cdb47c4813e1e0c75ca271e1d059e"
     "08e4996aa4193a48ad3a24633ebdb32e9f0b824377e2fa9c1<<400",
     "1249ad2594c37ceb0b2784c4ce0bf38ace408e211a7caab24308a82e8f1<<100", 0x7e37e43c8800759cULL},
    {"1249ad2594c37ceb0b2784c4ce0bf38ace408e211a7caab24308a82e8f1<<100",
     "1b4ec7f91973ff3cb1ccf26fbc177c38db6e54582de258ff5190b8bc150afadb38030e5d0b7bf50120e5c0e6ad18"
     "e629853ce9946a0b2eccf6cfde0af8634bf8dc5a427fe4236ce5959baa0e776cdb47c4813e1e0c75ca271e1d059e"
     "08e4996aa4193a48ad3a24633ebdb32e9f0b824377e2fa9c1<<400", 0x01a56e1fc2f8f359ULL},
    {"3fffffffffffff<<970", "1", kOvf},
    {"fffffffffffffbffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
     "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
     "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff", "1",
     0x7fefffffffffffffULL},
    {"1<<2048",
     "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "0000000000000000000000000000000000000000000000000000000000000000000000001", kOvf},
    {"20000000000001<<200", "1<<200", 0x4340000000000000ULL},
    {"-1000000000000001", "80", 0xc340000000000000ULL},
    {"26e556db",
     "3e9418d3a312ef03480ca6603b8ce775b8cb41a6fd662c83ad518a06ab2536285369408603a71fc270512d4b7bdf"
     "c333682dcb4f4669c110a02cf2b4a73ba26acdb2c7657c59d4a24ac21de4853ed4cd086fdfa737d4db3cd4a472a0"
     "60b289a40732e95c4d0cace81dfab28d04599a2d7860556de2db6da13ef2945b6327ba6971fe69230f",
     0x0000027c78638010ULL},
    {"-71da25ea0fd676b5", "14d853702fa9299fc7699461625a45ca53527a78793", 0xb955d8ec13fe49d0ULL},
    {"2569a053f9e2",
     "-1e08dc99fda16f19b4242c9f225ef1149de727fe273f54b0c8efc947927eca24543e09cd1be6d628243b494e028"
     "840ecf6d8dad05677cdabaf5eef486e71a56c6444e5971f477adeb7aa0fae10795fa61cb7910aab1dab81351ce57"
     "8c8bd4cceb09023f4a02c1774726042b62f1af481f08ac81f546c82eb21a7a15df654739a885dc24ad86f",
     0x8004fb8b86af12adULL},
    {"152a6b172dee1bdf7651802347d6c3bf00e952d76615307efb6",
     "7eb5ba14ba2349dfa0270bae789c3852c9ae3", 0x434561965cbce8a9ULL},
    {"c48aba802", "eb39b453f9b4692e4d84f00611e52987", 0x3a2abccd47aa63d3ULL},
    {"-d24250ab8a164b",
     "67b2bd79502f48d9ca720e45a184f2facb036563fe14b422da2ece51432b9d8915d731d84fb43170af7526623c74"
     "47de5d485978e59387c7a19285a35845e206646140fe27df18460b9980a22f21935093c0d332f1359dfd98c2b16e"
     "8056228d3624baf054d0034422ef9224b26c889d16bb935a556b80ff0576de1304f3de170b5de493fc52ee2b",
     0x8000081c449ac1dfULL},
    {"3561e1c406b63f259062cabca3d5b922a5b9971ba003", "-dff148aec32715c7629ebc58e91b29",
     0xc34e8314752945ecULL},
    {"81500337a114f4314bd46b2a5317c11a0e94f24e646a96bad1259d846396c",
     "28a0dcd35507c7eee0693ab284e6c35f1cd5deb47f1406a9", 0x4349766742bd062cULL},
    {"4b8f3c87b7054e9f384ab31d7cfd8b65ce3b58481505c09b907cb910b9bdc885456aa181c7c4",
     "139554e70a91491a88f2478eeece5cfcb89d34c3fdb25c57e0c50930a366055", 0x434eddeba730071bULL},
    {"-2529e", "-2", 0x40f294f000000000ULL},
    {"5c1e0f47316f1380ddb6d964ac147ea23b173a537b56cc9ef0c78d",
     "-1a29ea7a85ace230cf5d571b1a8e24b75986ae263", 0xc34c2a9c1b8440d5ULL},
    {"5cff6a566020d6050d2974a5286d848bc79e8185c99be6eec8d577a3a2",
     "2cdee6b8426b3a955ef5270e7c896e953edba843e26f7", 0x4340949ff75b14c5ULL},
    {"-4a56", "-7", 0x40a53d2492492492ULL},
    {"1084e365b0854f91a54fb94e95a64bfe5248243aa75383bb57be14d90387c84bdbf4ac1c735a26ec78b232753801"
     "46118987da02e0e070fc27bc6cbd9bdbf317b77eba626b0a98a6e9838bf92bbe993d26a24539de8e7a0ce11841bd"
     "479ce508ec8a38e24e1a3567ba1e0783342a4bc395dc05e563d969883b24938663fbb1f1e6e5e6cadb12",
     "-80fd833f39e6fab9", 0xfec0646c19275454ULL},
    {"-3", "ffffffffffffffffffffffffffffffffffffffffffffffff", 0xb408000000000000ULL},
    {"13d09c0304bb4103599bacc0daa1e0398729aa1b4736cdfa079444baec965694e3ca32b3cef521ad4c0b833e3edb"
     "f80881a28e0ee7793cc9c1c157116cf5c2897c0064b0208e35cc90e43a566923423f16f69fe2779e07409d5df33d"
     "0c7ed8fbbda0bb4e53cbf222dc7513638226dc520deae952658db8fd52b3c2b3a6c316010db676294",
     "194d2fa2c9dda32b7139c81", 0x7c690f90f5947af8ULL},
};

TEST(BigIntData, TrueDivCorrectlyRounded) {
  for (const auto& c : kTrueDiv) {
    SCOPED_TRACE(std::string(c.a) + " / " + c.b);
    bool ovf = false;
    double d = H(c.a).truediv(H(c.b), &ovf);
    EXPECT_EQ(ovf, c.bits == kOvf);
    if (c.bits != kOvf) {
      EXPECT_EQ(Bits(d), c.bits);
    }
  }
}

struct HashCase {
  const char* a;
  int64_t h;
};
const HashCase kHash[] = {
    {"0", 0LL},
    {"1", 1LL},
    {"-1", -2LL},
    {"-2", -2LL},
    {"1ffffffffffffffe", 2305843009213693950LL},
    {"1fffffffffffffff", 0LL},
    {"2000000000000000", 1LL},
    {"-1fffffffffffffff", 0LL},
    {"-2000000000000000", -2LL},
    {"1<<64", 8LL},
    {"-ffffffffffffffff", -7LL},
    {"3ffffffffffffffffffffffffffffff", 0LL},
    {"b24", 2852LL},
    {"1d60e7d4d326749", 132309170382858057LL},
    {"40000000000000000000000000001", 9007199254740993LL},
    {"-1b6d026a81c2d699cc97c470fd12754c09d3c4e1b49ce", -149917483550170723LL},
    {"1ffff", 131071LL},
    {"365ce5fbcc5e01bd74f", 1035753997373010557LL},
    {"390a14446637e838fac4f019423b7898644c969903", 1925973273689488546LL},
    {"-3b76e85a00717afdf5e2943", -1996369470004592LL},
    {"0", 0LL},
    {"2", 2LL},
    {"55f7057aa87acc25d2854b90368fb75b28ec2f16b0d0b3c", 1417928701206599563LL},
    {"179ddec3a2955d8e884a20d34777b4674184fb4", 414940355670367020LL},
    {"3cb309684f69caf0d700c58af4ae9dabd70ebef4fcb53037", 2006148439726676548LL},
    {"3fffff", 4194303LL},
    {"80000000", 2147483648LL},
    {"-5a4e6a7", -94693031LL},
    {"-3fffffff", -1073741823LL},
    {"-8c95f4", -9213428LL},
    {"-1<<188", -32LL},
    {"-1", -2LL},
};

TEST(BigIntData, PyHash) {
  for (const auto& c : kHash) EXPECT_EQ(Hash(H(c.a)), c.h) << c.a;
}

struct FromDoubleCase {
  uint64_t bits;
  const char* v;
};
const FromDoubleCase kFromDouble[] = {
    {0x0000000000000000ULL, "0"},
    {0x8000000000000000ULL, "0"},
    {0x3fe0000000000000ULL, "0"},
    {0xbfefae147ae147aeULL, "0"},
    {0x3ff8000000000000ULL, "1"},
    {0xc004000000000000ULL, "-2"},
    {0x43abc16d674ec800ULL, "de0b6b3a7640000"},
    {0x43dfeb3dd0676600ULL, "7facf7419d980000"},
    {0x43e0000000000000ULL, "8000000000000000"},
    {0xc3e0000000000000ULL, "-8000000000000000"},
    {0x43f0000000000000ULL, "1<<64"},
    {0x43e158e460913d00ULL, "8ac7230489e80000"},
    {0xc480f0cf064dd592ULL, "-21e19e0c9bab2400000"},
    {0x7fefffffffffffffULL, "1fffffffffffff<<971"},
    {0xffefffffffffffffULL, "-1fffffffffffff<<971"},
    {0x419d6f3457f2b021ULL, "75bcd15"},
    {0x4340000000000001ULL, "20000000000002"},
    {0x0000000000000001ULL, "0"},
    {0xd30393dd0a6cadc5ULL, "-1393dd0a6cadc5<<253"},
    {0xc25bfc81e2d124f3ULL, "-6ff2078b44"},
    {0x535edf4beb42d26dULL, "1edf4beb42d26d<<258"},
    {0x7005579161faa94bULL, "15579161faa94b<<717"},
    {0x68fe0d0de058c6ccULL, "78343781631b3<<606"},
    {0xfcfed42dfbe5082bULL, "-1ed42dfbe5082b<<924"},
};
struct CmpDoubleCase {
  const char* a;
  uint64_t bits;
  int cmp;
};
const CmpDoubleCase kCmpDouble[] = {
    {"0", 0x0000000000000000ULL, 0},
    {"0", 0x8000000000000000ULL, 0},
    {"0", 0x3fe0000000000000ULL, -1},
    {"0", 0xbfe0000000000000ULL, 1},
    {"1", 0x3fefae147ae147aeULL, 1},
    {"1", 0x3ff0000000000000ULL, 0},
    {"-1", 0xbff0000000000000ULL, 0},
    {"-1", 0xbfe0000000000000ULL, -1},
    {"20000000000001", 0x4340000000000000ULL, 1},
    {"20000000000001", 0x4340000000000001ULL, -1},
    {"8000000000000000", 0x43e0000000000000ULL, 0},
    {"ffffffffffffffff", 0x43f0000000000000ULL, -1},
    {"1b4ec7f91973ff3cb1ccf26fbc177c38db6e54582de258ff5190b8bc150afadb38030e5d0b7bf50120e5c0e6ad18"
     "e629853ce9946a0b2eccf6cfde0af8634bf8dc5a427fe4236ce5959baa0e776cdb47c4813e1e0c75ca271e1d059e"
     "08e4996aa4193a48ad3a24633ebdb32e9f0b824377e2fa9c1<<400", 0x7fe1ccf385ebc8a0ULL, 1},
    {"-1b4ec7f91973ff3cb1ccf26fbc177c38db6e54582de258ff5190b8bc150afadb38030e5d0b7bf50120e5c0e6ad1"
     "8e629853ce9946a0b2eccf6cfde0af8634bf8dc5a427fe4236ce5959baa0e776cdb47c4813e1e0c75ca271e1d059"
     "e08e4996aa4193a48ad3a24633ebdb32e9f0b824377e2fa9c1<<400", 0xffe1ccf385ebc8a0ULL, -1},
    {"3", 0x7ff0000000000000ULL, -1},
    {"-1b4ec7f91973ff3cb1ccf26fbc177c38db6e54582de258ff5190b8bc150afadb38030e5d0b7bf50120e5c0e6ad1"
     "8e629853ce9946a0b2eccf6cfde0af8634bf8dc5a427fe4236ce5959baa0e776cdb47c4813e1e0c75ca271e1d059"
     "e08e4996aa4193a48ad3a24633ebdb32e9f0b824377e2fa9c1<<400", 0xfff0000000000000ULL, 1},
    {"1<<1024", 0x7fefffffffffffffULL, 1},
    {"56bc75e2d63100000", 0x4415af1d78b58c40ULL, 0},
    {"56bc75e2d63100001", 0x4415af1d78b58c40ULL, 1},
    {"21e19e0c9bab2400000", 0x4480f0cf064dd592ULL, 0},
    {"-21e19e0c9bab2400000", 0xc480f0cf064dd593ULL, 1},
    {"-80000000", 0xc1dffffffffffff7ULL, -1},
    {"0", 0x3feeb71bdee6f112ULL, -1},
    {"0", 0x3fe9832b5c9b9210ULL, -1},
    {"-ffffffff", 0xc1efffffffdffff7ULL, -1},
    {"-ffffffff80000000", 0xc3efffffffeffff7ULL, -1},
    {"-3af125ded513e6a3a", 0xc40d7892ef6a89ebULL, -1},
    {"-100000001", 0xc1f0000000100000ULL, 0},
    {"-8000000000002", 0xc320000000000009ULL, 1},
    {"8000000080000000", 0x43e0000000100005ULL, -1},
    {"-ccc", 0xc0a997fffffffff9ULL, -1},
};
struct FrexpCase {
  const char* a;
  uint64_t m;
  int64_t e;
};
const FrexpCase kFrexp[] = {
    {"1", 0x3fe0000000000000ULL, 1},
    {"-1", 0xbfe0000000000000ULL, 1},
    {"3", 0x3fe8000000000000ULL, 2},
    {"20000000000001", 0x3fe0000000000000ULL, 54},
    {"3fffffffffffff", 0x3fe0000000000000ULL, 55},
    {"ffffffffffffffff", 0x3fe0000000000000ULL, 65},
    {"-10000000000000800000000000", 0xbfe0000000000000ULL, 101},
    {"10000000000000800000000001", 0x3fe0000000000001ULL, 101},
    {"17e43c8800759ba59c08e14c7cd7aad86a4a458109f91c21c571dbe84d52d936f44abe8a3d5b48c100959d9d0b6c"
     "c856b3adc93b67aea8f8e067d2c8d04bc177f7b4287a6e3fcda36fa3b3342eaeb442e15d450952f4dd1<<300",
     0x3fe7e43c8800759cULL, 997},
    {"40000000000002000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "00000000000000000000000000000000000000000000000000000000000000000000000001",
     0x3fe0000000000001ULL, 1031},
    {"20000000000001<<977", 0x3fe0000000000000ULL, 1031},
    {"5", 0x3fe4000000000000ULL, 3},
    {"-19c679822519", 0xbfe9c67982251900ULL, 45},
    {"4e2f7338", 0x3fe38bdcce000000ULL, 31},
    {"-2aceccfeaf6660ca0eb815bdb3d37b56efd4acff36b42aca68131ca7f", 0xbfe567667f57b330ULL, 226},
    {"7a07fb41c1795", 0x3fee81fed0705e54ULL, 51},
    {"-3fffffe", 0xbfeffffff0000000ULL, 26},
    {"-ffffffff", 0xbfefffffffe00000ULL, 32},
    {"7cd44294b", 0x3fef3510a52c0000ULL, 35},
};

TEST(BigIntData, Doubles) {
  for (const auto& c : kFromDouble) EXPECT_EQ(BigInt::from_double(Dbl(c.bits)), H(c.v)) << Dbl(c.bits);
  for (const auto& c : kCmpDouble) EXPECT_EQ(H(c.a).compare_double(Dbl(c.bits)), c.cmp) << c.a << " " << Dbl(c.bits);
  for (const auto& c : kFrexp) {
    int64_t e;
    double m = H(c.a).frexp(&e);
    EXPECT_EQ(Bits(m), c.m) << c.a;
    EXPECT_EQ(e, c.e) << c.a;
  }
}

struct BytesCase {
  const char* a;
  size_t len;
  bool little, is_signed;
  const char* hex;  // null: OverflowError
};
const BytesCase kBytes[] = {
    {"0", 0, false, false, ""},
    {"0", 1, false, true, "00"},
    {"ff", 1, false, false, "ff"},
    {"ff", 1, false, true, nullptr},
    {"-1", 1, false, true, "ff"},
    {"-1", 0, false, true, ""},
    {"-80", 1, true, true, "80"},
    {"-81", 1, true, true, nullptr},
    {"-81", 2, true, true, "7fff"},
    {"80", 1, false, true, nullptr},
    {"ffffffffffffffff", 8, true, false, "ffffffffffffffff"},
    {"1<<64", 8, false, false, nullptr},
    {"-1", 4, false, false, nullptr},
    {"-8000000000000000", 8, false, true, "8000000000000000"},
    {"8000000000000000", 8, false, true, nullptr},
    {"-1<<64", 9, true, true, "0000000000000000ff"},
    {"ffff", 3, false, false, "00ffff"},
    {"0", 2, false, true, "0000"},
    {"6dd223bfd16dd25755e2508fb", 13, true, true, "fb08255e7525dd16fd3b22dd06"},
    {"-7ffffffffffffffffffffffffffffffffff", 18, false, false, nullptr},
    {"-7fffffffffffffffffffffffffffffe", 18, false, false, nullptr},
    {"-5780e55a390bce364fe837d53e3188c", 15, true, true, nullptr},
    {"3eebee", 4, true, false, "eeeb3e00"},
    {"2", 3, true, true, "020000"},
    {"20f489122ae082c1848e874460f0b2", 14, false, true, nullptr},
    {"-80000000", 7, true, true, "00000080ffffff"},
    {"bff449cfffffffffeb1efcc180000000", 19, false, true, "000000bff449cfffffffffeb1efcc180000000"},
    {"79bb1", 2, false, true, nullptr},
    {"7bee535b322dbf6ece206412e3f8c3ebeae9", 19, true, false,
     "e9eaebc3f8e3126420ce6ebf2d325b53ee7b00"},
    {"0", 1, true, false, "00"},
    {"5973ed9ed74994a3", 8, true, true, "a39449d79eed7359"},
};

TEST(BigIntData, ToFromBytes) {
  for (const auto& c : kBytes) {
    SCOPED_TRACE(std::string(c.a) + " len " + std::to_string(c.len));
    std::vector<uint8_t> buf(c.len + 1);
    bool ok = H(c.a).to_bytes(buf.data(), c.len, c.little, c.is_signed);
    EXPECT_EQ(ok, c.hex != nullptr);
    if (!ok || !c.hex) continue;
    std::string hex;
    for (size_t i = 0; i < c.len; i++) {
      char tmp[3];
      snprintf(tmp, sizeof tmp, "%02x", buf[i]);
      hex += tmp;
    }
    EXPECT_EQ(hex, c.hex);
    // (-1).to_bytes(0, signed=True) == b'' is the one lossy case.
    if (c.len) {
      EXPECT_EQ(BigInt::from_bytes(buf.data(), c.len, c.little, c.is_signed), H(c.a));
    }
  }
}

// ---- big operands: Karatsuba, Knuth D, divide-and-conquer conversion ----

struct BigMulCase {
  uint64_t sa;
  size_t abits;
  int akind, aneg;
  uint64_t sb;
  size_t bbits;
  int bkind, bneg;
  int64_t hash;
};
const BigMulCase kBigMul[] = {
    {1, 1984, 1, 1, 2, 661, 0, 0, -1515944064143329854LL},
    {3, 1984, 0, 1, 4, 1983, 1, 1, 1403054328185856958LL},
    {5, 1984, 2, 1, 6, 1984, 1, 0, -170579848890858280LL},
    {7, 2048, 1, 1, 8, 682, 0, 1, 2147618260424920921LL},
    {9, 2048, 0, 1, 10, 2047, 1, 0, -704362027258858500LL},
    {11, 2048, 2, 1, 12, 2048, 1, 1, 1722549689308730355LL},
    {13, 2112, 1, 1, 14, 704, 0, 0, -34055987285381796LL},
    {15, 2112, 0, 1, 16, 2111, 1, 1, 1443429379461228799LL},
    {17, 2112, 2, 1, 18, 2112, 1, 0, -1442980422541531814LL},
    {19, 3008, 1, 1, 20, 1002, 0, 1, 83912409285428107LL},
    {21, 3008, 0, 1, 22, 3007, 1, 0, -1095831534743148034LL},
    {23, 3008, 2, 1, 24, 3008, 1, 1, 1175046875737395842LL},
    {25, 3072, 1, 1, 26, 1024, 0, 0, -1928911384924455351LL},
    {27, 3072, 0, 1, 28, 3071, 1, 1, 1986874889026953953LL},
    {29, 3072, 2, 1, 30, 3072, 1, 0, -773719725576676045LL},
    {31, 3136, 1, 1, 32, 1045, 0, 1, 1466763523540814499LL},
    {33, 3136, 0, 1, 34, 3135, 1, 0, -83851193994501444LL},
    {35, 3136, 2, 1, 36, 3136, 1, 1, 99878767598195243LL},
    {37, 4032, 1, 1, 38, 1344, 0, 0, -732186332620591872LL},
    {39, 4032, 0, 1, 40, 4031, 1, 1, 2098406650383044641LL},
    {41, 4032, 2, 1, 42, 4032, 1, 0, -881161710533608385LL},
    {43, 4096, 1, 1, 44, 1365, 0, 1, 1834374171628635059LL},
    {45, 4096, 0, 1, 46, 4095, 1, 0, -1394577744565965777LL},
    {47, 4096, 2, 1, 48, 4096, 1, 1, 1368281997705486357LL},
    {49, 4160, 1, 1, 50, 1386, 0, 0, -2080760658436562450LL},
    {51, 4160, 0, 1, 52, 4159, 1, 1, 1551897961826117840LL},
    {53, 4160, 2, 1, 54, 4160, 1, 0, -237494441569672817LL},
    {55, 6400, 1, 1, 56, 2133, 0, 1, 499387941963886064LL},
    {57, 6400, 0, 1, 58, 6399, 1, 0, -512585446826277604LL},
    {59, 6400, 2, 1, 60, 6400, 1, 1, 1338062073251384857LL},
    {61, 8256, 1, 1, 62, 2752, 0, 0, -773999346040310451LL},
    {63, 8256, 0, 1, 64, 8255, 1, 1, 1868914279988826380LL},
    {65, 8256, 2, 1, 66, 8256, 1, 0, -470548992121069794LL},
    {67, 16448, 1, 1, 68, 5482, 0, 1, 1982711251419815531LL},
    {69, 16448, 0, 1, 70, 16447, 1, 0, -1564647892707408488LL},
    {71, 16448, 2, 1, 72, 16448, 1, 1, 1328222734724440315LL},
    {73, 2000, 1, 1, 74, 666, 0, 0, -1342295283661729472LL},
    {75, 2000, 0, 1, 76, 1999, 1, 1, 2057082339033010924LL},
    {77, 2000, 2, 1, 78, 2000, 1, 0, -1281448591962992339LL},
    {79, 3000, 1, 1, 80, 1000, 0, 1, 1117978762714073566LL},
    {81, 3000, 0, 1, 82, 2999, 1, 0, -1260729262379232710LL},
    {83, 3000, 2, 1, 84, 3000, 1, 1, 2227960509840166338LL},
    {85, 5000, 1, 1, 86, 1666, 0, 0, -602680318338107981LL},
    {87, 5000, 0, 1, 88, 4999, 1, 1, 1561120878047693304LL},
    {89, 5000, 2, 1, 90, 5000, 1, 0, -2304355421268518693LL},
    {91, 33220, 1, 1, 92, 11073, 0, 1, 2182801846005392129LL},
    {93, 33220, 0, 1, 94, 33219, 1, 0, -2154415791194077308LL},
    {95, 33220, 2, 1, 96, 33220, 1, 1, 280439185215934269LL},
    {97, 100000, 0, 0, 98, 3000, 0, 0, 1072053609458941864LL},
    {99, 100000, 0, 0, 100, 2560, 0, 0, 308925655804915928LL},
    {101, 70000, 0, 0, 102, 65000, 0, 0, 1774312768812840535LL},
    {103, 250000, 0, 0, 104, 249000, 0, 0, 1629711355847477488LL},
};

TEST(BigIntBig, Multiply) {
  for (const auto& c : kBigMul) {
    BigInt a = Gen(c.sa, c.abits, c.akind, c.aneg), b = Gen(c.sb, c.bbits, c.bkind, c.bneg);
    EXPECT_EQ(Hash(a * b), c.hash) << c.abits << "x" << c.bbits;
    EXPECT_EQ(Hash(b * a), c.hash) << c.bbits << "x" << c.abits;
  }
}

struct BigSqrCase {
  uint64_t s;
  size_t bits;
  int kind;
  int64_t hash;
};
const BigSqrCase kBigSqr[] = {
    {105, 3008, 0, 919742201313938782LL},
    {106, 3008, 1, 190715930516818503LL},
    {107, 3008, 2, 274876858369LL},
    {108, 3072, 0, 481543821520816406LL},
    {109, 3072, 1, 420319848194795902LL},
    {110, 3072, 2, 17592177655809LL},
    {111, 4096, 0, 764226736532862163LL},
    {112, 4096, 1, 601579474492746091LL},
    {113, 4096, 2, 261121LL},
    {114, 4160, 0, 1962389922377399949LL},
    {115, 4160, 1, 1480799566380356145LL},
    {116, 4160, 2, 16769025LL},
    {117, 6400, 0, 2218443961115064963LL},
    {118, 6400, 1, 605675294691748251LL},
    {119, 6400, 2, 2163979620951523328LL},
    {120, 12800, 0, 1507740834529381403LL},
    {121, 12800, 1, 35623102373580035LL},
    {122, 12800, 2, 2301341608609579008LL},
    {123, 64000, 0, 1061876669885305989LL},
    {124, 64000, 1, 954798802686304517LL},
    {125, 64000, 2, 4190209LL},
    {126, 33220, 0, 704118598751152002LL},
    {127, 33220, 1, 1876352665719670125LL},
    {128, 33220, 2, 2305842871774742528LL},
    {129, 200000, 0, 1354624699407120828LL},
    {130, 200000, 1, 157689274329381018LL},
    {131, 200000, 2, 2305834213129060352LL},
};

TEST(BigIntBig, Square) {
  for (const auto& c : kBigSqr) {
    BigInt a = Gen(c.s, c.bits, c.kind);
    EXPECT_EQ(Hash(a * a), c.hash) << c.bits;
    EXPECT_EQ(Hash(a.pow(2)), c.hash) << c.bits;
  }
}

struct BigDivCase {
  uint64_t sa;
  size_t abits;
  int akind, aneg;
  uint64_t sb;
  size_t bbits;
  int bkind, bneg;
  int64_t qhash, rhash;
};
const BigDivCase kBigDiv[] = {
    {132, 20000, 0, 0, 133, 65, 1, 0, 1149048086899206399LL, 1758658999342954622LL},
    {134, 20000, 1, 0, 135, 65, 2, 1, -865148096042434233LL, -1561224314754710209LL},
    {136, 20000, 2, 0, 137, 65, 0, 0, 1839960576887154203LL, 2128536707017679139LL},
    {138, 20000, 0, 0, 139, 129, 1, 1, -1446621846434150189LL, -1063579324867266497LL},
    {140, 20000, 1, 0, 141, 129, 2, 0, 2183752010914671995LL, 1230190928534738003LL},
    {142, 20000, 2, 0, 143, 129, 0, 1, -884749012414747159LL, -567329529666886917LL},
    {144, 20000, 0, 0, 145, 1000, 1, 0, 2296097787356277559LL, 578878318549432515LL},
    {146, 20000, 1, 0, 147, 1000, 2, 1, -913286864281376636LL, -666853132607676444LL},
    {148, 20000, 2, 0, 149, 1000, 0, 0, 373018897385588331LL, 667295042826708106LL},
    {150, 20000, 0, 0, 151, 10000, 1, 1, -1410245893833177084LL, -1852718256667277512LL},
    {152, 20000, 1, 0, 153, 10000, 2, 0, 871731634694619919LL, 649918489314598907LL},
    {154, 20000, 2, 0, 155, 10000, 0, 1, -30384832995847829LL, -1078594769276692030LL},
    {156, 20000, 0, 0, 157, 19990, 1, 0, 1205LL, 208063981584270135LL},
    {158, 20000, 1, 0, 159, 19990, 2, 1, -754LL, -162729954538433930LL},
    {160, 20000, 2, 0, 161, 19990, 0, 0, 1715LL, 792655951005521278LL},
    {162, 20000, 0, 0, 163, 20000, 1, 1, -2LL, -167607370082705261LL},
    {164, 20000, 1, 0, 165, 20000, 2, 0, 0LL, 1181126360100277187LL},
    {166, 20000, 2, 0, 167, 20000, 0, 1, -2LL, -1598708400520556611LL},
    {168, 5000, 0, 0, 169, 2560, 1, 0, 137038446867844187LL, 196478577022414915LL},
    {170, 5000, 1, 0, 171, 2560, 2, 1, -216179069883582715LL, -547650432518528122LL},
    {172, 5000, 2, 0, 173, 2560, 0, 0, 2186630787030588815LL, 1093704082972523859LL},
    {174, 100000, 0, 0, 175, 50000, 1, 1, -1366060369420987411LL, -956950600759327436LL},
    {176, 100000, 1, 0, 177, 50000, 2, 0, 1379153584004281172LL, 912692656581983673LL},
    {178, 100000, 2, 0, 179, 50000, 0, 1, -1427400648772816565LL, -1488768651938853396LL},
    {180, 5120, 0, 0, 181, 2561, 1, 0, 296656797268954482LL, 1221421218002389783LL},
    {182, 5120, 1, 0, 183, 2561, 2, 1, -710936701699907685LL, -172981016331197848LL},
    {184, 5120, 2, 0, 185, 2561, 0, 0, 1100238357474935201LL, 1419352363941560711LL},
    {186, 3000, 0, 0, 187, 2999, 1, 1, -3LL, -783007292721070840LL},
    {188, 3000, 1, 0, 189, 2999, 2, 0, 1LL, 1877533956053493589LL},
    {190, 3000, 2, 0, 191, 2999, 0, 1, -3LL, -1211313540648512041LL},
};

TEST(BigIntBig, Divide) {
  for (const auto& c : kBigDiv) {
    BigInt a = Gen(c.sa, c.abits, c.akind, c.aneg), b = Gen(c.sb, c.bbits, c.bkind, c.bneg);
    BigInt q, r;
    BigInt::divmod(a, b, q, r);
    EXPECT_EQ(Hash(q), c.qhash) << c.abits << "/" << c.bbits;
    EXPECT_EQ(Hash(r), c.rhash) << c.abits << "/" << c.bbits;
    EXPECT_EQ(q * b + r, a);
  }
}

struct BigStrCase {
  uint64_t s;
  size_t bits;
  int kind, neg, base;
  size_t len;
  uint64_t checksum;
};
const BigStrCase kBigStr[] = {
    {192, 2000, 0, 0, 10, 603, 302177238},
    {193, 2000, 2, 1, 10, 604, 511777782},
    {194, 5000, 0, 0, 10, 1506, 900883124},
    {195, 5000, 2, 1, 10, 1507, 523169973},
    {196, 14300, 0, 0, 10, 4305, 496140816},
    {197, 14300, 2, 1, 10, 4306, 475047232},
    {198, 33220, 0, 0, 10, 10000, 700373083},
    {199, 33220, 2, 1, 10, 10002, 59499367},
    {200, 332193, 0, 0, 10, 100000, 848182969},
    {201, 332193, 2, 1, 10, 100002, 372724531},
    {202, 100000, 0, 0, 7, 35621, 879396358},
    {203, 100000, 2, 1, 7, 35622, 88248078},
    {204, 60000, 0, 0, 36, 11606, 798243967},
    {205, 60000, 2, 1, 36, 11607, 218744672},
    {206, 70000, 0, 0, 3, 44166, 494572600},
    {207, 70000, 2, 1, 3, 44167, 541331960},
    {208, 10000, 0, 0, 16, 2500, 693293354},
    {209, 10000, 2, 1, 16, 2501, 739722949},
    {210, 10001, 0, 0, 8, 3334, 253733093},
    {211, 10001, 2, 1, 8, 3335, 423452524},
    {212, 9999, 0, 0, 2, 9999, 122167074},
    {213, 9999, 2, 1, 2, 10000, 660387582},
    {214, 20000, 0, 0, 32, 4000, 362358932},
    {215, 20000, 2, 1, 32, 4001, 845418747},
    {216, 4000, 0, 0, 10, 1205, 882455035},
    {217, 4000, 2, 1, 10, 1206, 604130917},
    {218, 1984, 0, 0, 10, 598, 115669781},
    {219, 1984, 2, 1, 10, 599, 771432102},
    {220, 3904, 0, 0, 10, 1175, 499052302},
    {221, 3904, 2, 1, 10, 1177, 232647081},
};

TEST(BigIntBig, ToStringAndParse) {
  for (const auto& c : kBigStr) {
    SCOPED_TRACE(std::to_string(c.bits) + " bits base " + std::to_string(c.base));
    BigInt x = Gen(c.s, c.bits, c.kind, c.neg);
    std::string s = x.to_string(c.base);
    EXPECT_EQ(s.size(), c.len);
    EXPECT_EQ(Checksum(s), c.checksum);
    BigInt back;
    ASSERT_TRUE(BigInt::parse(s, c.base, back));
    EXPECT_EQ(back, x);
    if (c.base == 10) {
      size_t digits = s.size() - (c.neg ? 1 : 0);
      EXPECT_GE(x.decimal_digits_upper_bound(), digits);
      EXPECT_LE(x.decimal_digits_upper_bound(), digits + 1);
    }
  }
}

struct BigPowCase {
  uint64_t s;
  size_t bits;
  uint64_t e;
  int64_t hash;
};
const BigPowCase kBigPow[] = {
    {222, 3, 100000, 4398046511104LL},
    {223, 64, 1000, 120940822229208710LL},
    {224, 65, 999, 291608317113472047LL},
    {225, 1000, 37, 1928405628683581314LL},
    {226, 5, 65537, 383466803965375858LL},
};
struct BigPowModCase {
  uint64_t s;
  size_t bits;
  int kind;
  int64_t hash;
};
const BigPowModCase kBigPowMod[] = {
    {227, 520, 0, 1638140840481987453LL},
    {230, 520, 1, 1345148773480450469LL},
    {233, 1024, 0, 570455954492825069LL},
    {236, 1024, 1, 1514496357243002399LL},
    {239, 2048, 0, 313403730942480804LL},
    {242, 2048, 1, 108373430578044421LL},
    {245, 4100, 0, 581416303877848116LL},
    {248, 4100, 1, 780986480331693260LL},
};

TEST(BigIntBig, PowAndPowMod) {
  for (const auto& c : kBigPow) EXPECT_EQ(Hash(Gen(c.s, c.bits, 0).pow(c.e)), c.hash) << c.bits << " " << c.e;
  for (const auto& c : kBigPowMod) {
    BigInt b = Gen(c.s, c.bits + 100, c.kind), e = Gen(c.s + 1, c.bits, 0);
    BigInt m = Gen(c.s + 2, c.bits, c.kind) | BigInt(1);
    if (c.kind) m = m ^ BigInt(1);
    EXPECT_EQ(Hash(BigInt::powmod(b, e, m)), c.hash) << c.bits;
  }
}

struct BigGcdCase {
  uint64_t s;
  size_t gbits, abits, bbits;
  int64_t hash;
};
const BigGcdCase kBigGcd[] = {
    {251, 100, 5000, 5000, 1406569298720398479LL},
    {254, 3000, 3000, 100, 1003464122685888594LL},
    {257, 10000, 20000, 19000, 835948455106618410LL},
    {260, 64, 33220, 33220, 2214959929060159008LL},
    {263, 1, 40000, 39000, 2LL},
};
struct BigIsqrtCase {
  uint64_t s;
  size_t bits;
  int kind;
  int64_t hash;
};
const BigIsqrtCase kBigIsqrt[] = {
    {266, 129, 0, 611657937388572306LL},
    {267, 129, 2, 723362549314930963LL},
    {268, 1000, 0, 1024307375952557502LL},
    {269, 1000, 2, 4095LL},
    {270, 5000, 0, 1436730679981316680LL},
    {271, 5000, 2, 1152921504606846975LL},
    {272, 33220, 0, 924069016561608369LL},
    {273, 33220, 2, 262143LL},
    {274, 200001, 0, 287489349236310077LL},
    {275, 200001, 2, 552879499952321012LL},
};

TEST(BigIntBig, GcdAndIsqrt) {
  for (const auto& c : kBigGcd) {
    BigInt g = Gen(c.s, c.gbits, 0);
    BigInt a = Gen(c.s + 1, c.abits, 0) * g, b = Gen(c.s + 2, c.bbits, 1) * g;
    EXPECT_EQ(Hash(BigInt::gcd(a, b)), c.hash) << c.abits;
  }
  for (const auto& c : kBigIsqrt) EXPECT_EQ(Hash(Gen(c.s, c.bits, c.kind).isqrt()), c.hash) << c.bits;
}

// ---- hand-written behaviour and property checks ----

TEST(BigInt, BasicsAndSigns) {
  EXPECT_TRUE(BigInt().is_zero());
  EXPECT_EQ(BigInt().sign(), 0);
  EXPECT_EQ(BigInt(-5).sign(), -1);
  EXPECT_EQ(BigInt(INT64_MIN).to_string(), "-9223372036854775808");
  EXPECT_EQ(BigInt::from_u64(UINT64_MAX).to_string(), "18446744073709551615");
  EXPECT_EQ(BigInt(UINT64_MAX).to_string(), "18446744073709551615");  // unsigned: no wrap
  EXPECT_EQ(BigInt((size_t)7), BigInt(7));
  static_assert(!std::is_convertible_v<double, BigInt>, "use from_double");
  EXPECT_EQ((-BigInt(0)).sign(), 0);  // no negative zero
  EXPECT_EQ((BigInt(5) - BigInt(5)).sign(), 0);
  EXPECT_EQ((BigInt(-5) * BigInt(0)).sign(), 0);
  EXPECT_EQ(BigInt(-7).abs(), BigInt(7));
  EXPECT_EQ(BigInt(-7).floordiv(BigInt(2)), BigInt(-4));
  EXPECT_EQ(BigInt(-7).mod(BigInt(2)), BigInt(1));
  EXPECT_EQ(BigInt(7).mod(BigInt(-2)), BigInt(-1));
  EXPECT_EQ(BigInt(-7).shr(1), BigInt(-4));
  EXPECT_EQ(BigInt(0).invert(), BigInt(-1));
  EXPECT_EQ(BigInt(-1).shr(100), BigInt(-1));
  EXPECT_EQ(BigInt(0).to_string(2), "0");
  EXPECT_EQ(BigInt(-255).to_string(16), "-ff");
  EXPECT_EQ(BigInt(0).decimal_digits_upper_bound(), 1u);
  EXPECT_EQ(BigInt(3).pow(0), BigInt(1));
  EXPECT_EQ(BigInt(0).pow(0), BigInt(1));
  EXPECT_EQ(BigInt(-2).pow(63), BigInt(INT64_MIN));
  EXPECT_EQ(BigInt::powmod(BigInt(3), BigInt(0), BigInt(-5)), BigInt(-4));  // 1 % -5
  EXPECT_EQ(BigInt::powmod(BigInt(-3), BigInt(3), BigInt(7)), BigInt(1));   // -27 % 7
  EXPECT_EQ(BigInt::gcd(BigInt(0), BigInt(0)), BigInt(0));
  EXPECT_EQ(BigInt(0).isqrt(), BigInt(0));
  EXPECT_EQ(BigInt::from_u64(UINT64_MAX).isqrt(), BigInt(4294967295));
  EXPECT_EQ(BigInt(-1).py_hash(), (uint64_t)-2);
  EXPECT_EQ(Bits(BigInt(0).truediv(BigInt(-5))), Bits(-0.0));
  bool ovf = true;
  EXPECT_EQ(BigInt(1).truediv(BigInt(3), &ovf), 1.0 / 3.0);
  EXPECT_FALSE(ovf);
}

TEST(BigInt, CopyMoveAndAliasing) {
  BigInt big = BigInt(1).shl(1000) + BigInt(77), small(42);
  BigInt c1 = big, c2 = small;
  EXPECT_EQ(c1, big);
  EXPECT_EQ(c2, small);
  BigInt m1 = std::move(c1);
  EXPECT_EQ(m1, big);
  c1 = small;  // moved-from object is reusable
  EXPECT_EQ(c1, small);
  c1 = big;
  BigInt& alias = c1;
  c1 = alias;  // self-assignment
  EXPECT_EQ(c1, big);
  c2 = std::move(m1);
  EXPECT_EQ(c2, big);
  c2 = c2 * c2;  // same object as both operands (squaring path)
  EXPECT_EQ(c2, big.pow(2));
  BigInt q = big, r = BigInt(3);
  BigInt::divmod(q, r, q, r);  // outputs alias inputs
  EXPECT_EQ(q * BigInt(3) + r, big);
  std::vector<BigInt> v;
  for (int i = 0; i < 100; i++) v.push_back(BigInt(i).shl(i * 7));
  for (int i = 0; i < 100; i++) EXPECT_EQ(v[i].shr(i * 7), BigInt(i));
}

// Values that shrank (e.g. a big difference) keep their heap buffer; every
// operation must read them through it, not the inline limbs.
TEST(BigInt, HeapBackedSmallValues) {
  BigInt big = BigInt(1).shl(9000);
  std::vector<int64_t> vals = {0, 1, -1, 7, -7, 1000003, INT64_MAX, INT64_MIN + 1};
  for (int64_t av : vals) {
    for (int64_t bv : vals) {
      BigInt a = (big + BigInt(av)) - big, b = (big + BigInt(bv)) - big;
      BigInt ai(av), bi(bv);
      ASSERT_EQ(a, ai);
      EXPECT_EQ(a + b, ai + bi);
      EXPECT_EQ(a - b, ai - bi);
      EXPECT_EQ(a * b, ai * bi);
      EXPECT_EQ(a & b, ai & bi);
      EXPECT_EQ(a | b, ai | bi);
      EXPECT_EQ(a ^ b, ai ^ bi);
      if (bv != 0) {
        EXPECT_EQ(a.floordiv(b), ai.floordiv(bi));
        EXPECT_EQ(a.mod(b), ai.mod(bi));
        EXPECT_EQ(a.truediv(b), ai.truediv(bi));
      }
      EXPECT_EQ(BigInt::gcd(a, b), BigInt::gcd(ai, bi));
    }
    BigInt a = (big + BigInt(av)) - big, ai(av);
    EXPECT_EQ(a.py_hash(), ai.py_hash());
    EXPECT_EQ(a.to_string(), ai.to_string());
    EXPECT_EQ(a.to_string(16), ai.to_string(16));
    EXPECT_EQ(a.fits_int64(), true);
    EXPECT_EQ(a.to_int64(), av);
    EXPECT_EQ(a.to_double(nullptr), (double)av);
    EXPECT_EQ(a.pow(3), ai.pow(3));
    EXPECT_EQ(a.shl(70).shr(70), ai);
    EXPECT_EQ(a.invert(), ai.invert());
    EXPECT_EQ(a.bit_length(), ai.bit_length());
    if (av >= 0) {
      EXPECT_EQ(a.isqrt(), ai.isqrt());
    }
  }
}

TEST(BigInt, TooLargeThrowsBadAlloc) {
  EXPECT_THROW(BigInt(1).shl(UINT64_MAX), std::bad_alloc);
  EXPECT_THROW(BigInt(3).pow(UINT64_MAX), std::bad_alloc);
  EXPECT_THROW(BigInt(-2).pow(UINT64_MAX / 2), std::bad_alloc);
  EXPECT_EQ(BigInt(-1).pow(UINT64_MAX), BigInt(-1));
  EXPECT_EQ(BigInt(0).shl(UINT64_MAX), BigInt(0));
}

TEST(BigInt, DecimalDigitBoundForStrLimit) {
  // 10**4300 - 1 has exactly 4300 digits; 10**4300 has 4301.
  BigInt p = BigInt(10).pow(4300);
  EXPECT_EQ((p - BigInt(1)).to_string().size(), 4300u);
  EXPECT_GE((p - BigInt(1)).decimal_digits_upper_bound(), 4300u);
  EXPECT_LE((p - BigInt(1)).decimal_digits_upper_bound(), 4301u);
  EXPECT_GE(p.decimal_digits_upper_bound(), 4301u);
  for (int k = 1; k < 400; k++) {
    BigInt x = BigInt(1).shl(k) - BigInt(1);
    size_t digits = x.to_string().size();
    EXPECT_GE(x.decimal_digits_upper_bound(), digits) << k;
    EXPECT_LE(x.decimal_digits_upper_bound(), digits + 1) << k;
  }
}

// Random identities across sizes and signs, independent of the embedded data.
TEST(BigInt, RandomIdentities) {
  std::mt19937_64 rng(7);
  auto rnd = [&](size_t maxbits) {
    size_t bits = rng() % (maxbits + 1);
    BigInt x = bits ? Gen(rng(), bits, (int)(rng() % 3)) : BigInt();
    return rng() & 1 ? -x : x;
  };
  for (int i = 0; i < 300; i++) {
    size_t maxbits = i < 200 ? 300 : 6000;
    BigInt a = rnd(maxbits), b = rnd(maxbits);
    if (b.is_zero()) b = BigInt(-3);
    BigInt q, r;
    BigInt::divmod(a, b, q, r);
    EXPECT_EQ(q * b + r, a);
    EXPECT_TRUE(r.is_zero() || r.sign() == b.sign());
    EXPECT_LT(BigInt::compare(r.abs(), b.abs()), 0);
    EXPECT_EQ((a * b).floordiv(b), a);
    EXPECT_EQ((a + b) - b, a);
    EXPECT_EQ(a ^ b ^ b, a);
    EXPECT_EQ((a & b) + (a | b), a + b);
    EXPECT_EQ(a.invert().invert(), a);
    EXPECT_EQ(a.shl(77).shr(77), a);
    int base = 2 + (int)(rng() % 35);
    BigInt back;
    ASSERT_TRUE(BigInt::parse(a.to_string(base), base, back));
    EXPECT_EQ(back, a);
    if (a.sign() >= 0) {
      BigInt s = a.isqrt();
      EXPECT_LE(s * s, a);
      EXPECT_GT((s + BigInt(1)) * (s + BigInt(1)), a);
    }
  }
}

}  // namespace
