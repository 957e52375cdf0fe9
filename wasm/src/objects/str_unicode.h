// str_unicode.h — the Unicode character properties str methods need, from a
// table generated out of CPython 3.11's own database (gen_str_unicode.py), so
// case mappings (including multi-character ones like 'ß'.upper() == 'SS'),
// final sigma, and the is*() predicates match CPython for every code point.
#pragma once
#include <cstdint>

namespace il::uni {

enum : uint32_t {
  kAlpha = 1, kDecimal = 2, kDigit = 4, kNumeric = 8, kSpace = 16, kPrintable = 32,
  kLower = 64, kUpper = 128, kTitle = 256, kCased = 512, kCaseIgnorable = 1024,
  kXidStart = 2048, kXidContinue = 4096, kLineBreak = 8192,
  kExtUpper = 1u << 14, kExtLower = 1u << 15, kExtTitle = 1u << 16, kExtFold = 1u << 17,
};

struct UniRecord {
  uint32_t flags;
  uint8_t decimal, digit;  // 255 = none
  // Single-character mappings are deltas (mapped - cp); with the kExt* flag
  // the value is an index into the extended table | (length << 24).
  int32_t upper, lower, title, fold;
};

const UniRecord& record(uint32_t cp);

inline uint32_t flags(uint32_t cp) { return record(cp).flags; }

// ASCII fast paths: most text the playground sees is ASCII.
inline bool is_space(uint32_t c) {
  if (c < 128) return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
  return flags(c) & kSpace;
}
inline bool is_linebreak(uint32_t c) {
  if (c < 128) return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || (c >= 0x1c && c <= 0x1e);
  return flags(c) & kLineBreak;
}
inline bool is_printable(uint32_t c) {
  if (c < 128) return c >= 0x20 && c < 0x7f;
  return flags(c) & kPrintable;
}
inline bool is_alpha(uint32_t c) {
  if (c < 128) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  return flags(c) & kAlpha;
}
inline bool is_decimal(uint32_t c) {
  if (c < 128) return c >= '0' && c <= '9';
  return flags(c) & kDecimal;
}
inline bool is_digit(uint32_t c) {
  if (c < 128) return c >= '0' && c <= '9';
  return flags(c) & kDigit;
}
inline bool is_numeric(uint32_t c) {
  if (c < 128) return c >= '0' && c <= '9';
  return flags(c) & kNumeric;
}
inline bool is_alnum(uint32_t c) {
  if (c < 128) return is_alpha(c) || (c >= '0' && c <= '9');
  return flags(c) & (kAlpha | kDecimal | kDigit | kNumeric);
}
inline bool is_lower(uint32_t c) {
  if (c < 128) return c >= 'a' && c <= 'z';
  return flags(c) & kLower;
}
inline bool is_upper(uint32_t c) {
  if (c < 128) return c >= 'A' && c <= 'Z';
  return flags(c) & kUpper;
}
inline bool is_title(uint32_t c) { return c >= 128 && (flags(c) & kTitle); }
inline bool is_cased(uint32_t c) {
  if (c < 128) return is_alpha(c);
  return flags(c) & kCased;
}
inline bool is_case_ignorable(uint32_t c) { return flags(c) & kCaseIgnorable; }
inline bool is_xid_start(uint32_t c) {
  if (c < 128) return is_alpha(c) || c == '_';
  return flags(c) & kXidStart;
}
inline bool is_xid_continue(uint32_t c) {
  if (c < 128) return is_alpha(c) || c == '_' || (c >= '0' && c <= '9');
  return flags(c) & kXidContinue;
}
// Decimal digit value (0-9) or -1 (int('١٢٣') needs it).
inline int decimal_value(uint32_t c) {
  if (c < 128) return (c >= '0' && c <= '9') ? int(c - '0') : -1;
  uint8_t d = record(c).decimal;
  return d == 255 ? -1 : d;
}
inline int digit_value(uint32_t c) {
  if (c < 128) return (c >= '0' && c <= '9') ? int(c - '0') : -1;
  uint8_t d = record(c).digit;
  return d == 255 ? -1 : d;
}

// Full case mappings: write 1..3 code points to out, return the count.
int to_lower_full(uint32_t c, uint32_t* out);
int to_upper_full(uint32_t c, uint32_t* out);
int to_title_full(uint32_t c, uint32_t* out);
int to_fold_full(uint32_t c, uint32_t* out);

}  // namespace il::uni
