// str_unicode.cpp — lookups into the generated Unicode table (see
// str_unicode.h and gen_str_unicode.py).
#include "objects/str_unicode.h"

namespace il::uni {

namespace {
#include "objects/str_unicode_data.inc"

int map_full(uint32_t c, int32_t v, bool ext, uint32_t* out) {
  if (!ext) {
    out[0] = uint32_t(int32_t(c) + v);
    return 1;
  }
  uint32_t idx = uint32_t(v) & 0xFFFFFF;
  int n = int(uint32_t(v) >> 24);
  for (int i = 0; i < n; i++) out[i] = kUniExt[idx + i];
  return n;
}
}  // namespace

const UniRecord& record(uint32_t c) {
  if (c > 0x10FFFF) return kUniRecords[0];
  uint32_t i0 = kUniIndex0[c >> (kUniShift1 + kUniShift2)];
  uint32_t i1 = kUniIndex1[(i0 << kUniShift1) + ((c >> kUniShift2) & ((1u << kUniShift1) - 1))];
  uint32_t i2 = kUniIndex2[(i1 << kUniShift2) + (c & ((1u << kUniShift2) - 1))];
  return kUniRecords[i2];
}

int to_lower_full(uint32_t c, uint32_t* out) {
  if (c < 128) {
    out[0] = (c >= 'A' && c <= 'Z') ? c + 32 : c;
    return 1;
  }
  const UniRecord& r = record(c);
  return map_full(c, r.lower, r.flags & kExtLower, out);
}

int to_upper_full(uint32_t c, uint32_t* out) {
  if (c < 128) {
    out[0] = (c >= 'a' && c <= 'z') ? c - 32 : c;
    return 1;
  }
  const UniRecord& r = record(c);
  return map_full(c, r.upper, r.flags & kExtUpper, out);
}

int to_title_full(uint32_t c, uint32_t* out) {
  if (c < 128) {
    out[0] = (c >= 'a' && c <= 'z') ? c - 32 : c;
    return 1;
  }
  const UniRecord& r = record(c);
  return map_full(c, r.title, r.flags & kExtTitle, out);
}

int to_fold_full(uint32_t c, uint32_t* out) {
  if (c < 128) {
    out[0] = (c >= 'A' && c <= 'Z') ? c + 32 : c;
    return 1;
  }
  const UniRecord& r = record(c);
  return map_full(c, r.fold, r.flags & kExtFold, out);
}

}  // namespace il::uni
