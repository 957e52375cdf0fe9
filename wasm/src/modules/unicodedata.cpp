// unicodedata.cpp — the unicodedata module over Interleave's own tables:
// names from objects/unicode_names (the parser's "\N{...}" uses the same),
// decimal/digit from the str tables, and category, bidirectional, combining,
// east_asian_width, mirrored and numeric values from unicodedata_data.inc
// (gen_unicodedata.py). All generated from CPython 3.11 (Unicode 14.0).
// Not provided: normalize/is_normalized/decomposition (they need the
// decomposition and composition tables) and ucd_3_2_0.
#include <algorithm>
#include <string>

#include "modules/modules.h"
#include "objects/str.h"
#include "objects/str_unicode.h"
#include "objects/unicode_names.h"
#include "vm/ops.h"

namespace il {

Module* init_unicodedata_module(Interp& I);

namespace {

struct UdRecord {
  uint8_t category, bidi, combining, east_asian_width, mirrored;
};
struct UdFraction {
  double numerator;
  uint16_t denominator;
};

#include "modules/unicodedata_data.inc"

const UdRecord& ud_record(uint32_t cp) {
  uint32_t i0 = kUdIndex0[cp >> (kUdShift1 + kUdShift2)];
  uint32_t i1 = kUdIndex1[(i0 << kUdShift1) + ((cp >> kUdShift2) & ((1u << kUdShift1) - 1))];
  return kUdRecords[kUdIndex2[(i1 << kUdShift2) + (cp & ((1u << kUdShift2) - 1))]];
}

// The one character of `v`, with CPython's messages for anything else:
// "category() argument must be a unicode character, not str" (single-argument
// functions) or "name() argument 1 must be ..." (those with a default).
uint32_t char_arg(Interp& I, Value v, const char* fname, bool numbered) {
  if (is_str(I, v)) {
    Str* s = as_str(v);
    if (s->length == 1) {
      size_t pos = 0;
      return utf8_decode_at(s->view(), pos);
    }
  }
  I.raise(I.t.TypeError, "%s() argument %smust be a unicode character, not %s", fname, numbered ? "1 " : "",
          type_name(I, v));
}

// One positional argument, as CPython's METH_O functions check it.
uint32_t single_char(Interp& I, CallArgs& a, const char* fname) {
  if (a.nkw() || a.npos() != 1)
    I.raise(I.t.TypeError, "unicodedata.%s() takes exactly one argument (%u given)", fname, unsigned(a.argc));
  return char_arg(I, a[0], fname, false);
}

// (chr, default=<none>) functions; `out` gets the default or stays empty.
uint32_t char_and_default(Interp& I, CallArgs& a, const char* fname, Value* dflt) {
  if (a.nkw()) I.raise(I.t.TypeError, "%s() takes no keyword arguments", fname);
  if (a.npos() < 1 || a.npos() > 2) {
    if (a.npos() < 1) I.raise(I.t.TypeError, "%s expected at least 1 argument, got 0", fname);
    I.raise(I.t.TypeError, "%s expected at most 2 arguments, got %u", fname, unsigned(a.npos()));
  }
  *dflt = a.npos() == 2 ? a[1] : Value();
  return char_arg(I, a[0], fname, true);
}

// ===========================================================================
// Names
// ===========================================================================
Value ud_lookup(Interp& I, CallArgs& a) {
  if (a.nkw() || a.npos() != 1)
    I.raise(I.t.TypeError, "unicodedata.lookup() takes exactly one argument (%u given)", unsigned(a.argc));
  std::string name;
  if (is_str(I, a[0])) {
    name = std::string(as_str(a[0])->view());
  } else if (a[0].is_obj() && (a[0].obj()->type == I.t.bytes)) {
    name = reinterpret_cast<BytesObj*>(a[0].obj())->data;
  } else {
    I.raise(I.t.TypeError, "a bytes-like object is required, not '%s'", type_name(I, a[0]));
  }
  if (name.size() > kUnicodeNameMaxLen) I.raise(I.t.KeyError, "name too long");
  uint32_t cp;
  if (!unicode_lookup(name, &cp)) I.raise(I.t.KeyError, "undefined character name '%s'", name.c_str());
  return Value::object(str_from_codepoint(I, cp));
}

Value ud_name(Interp& I, CallArgs& a) {
  Value dflt;
  uint32_t cp = char_and_default(I, a, "name", &dflt);
  std::string name;
  if (unicode_name(cp, &name)) return I.new_str(name);
  if (!dflt.empty()) return dflt;
  I.raise(I.t.ValueError, "no such name");
}

// ===========================================================================
// Numeric values
// ===========================================================================
Value ud_decimal(Interp& I, CallArgs& a) {
  Value dflt;
  uint32_t cp = char_and_default(I, a, "decimal", &dflt);
  int v = uni::decimal_value(cp);
  if (v >= 0) return I.new_int(int64_t(v));
  if (!dflt.empty()) return dflt;
  I.raise(I.t.ValueError, "not a decimal");
}

Value ud_digit(Interp& I, CallArgs& a) {
  Value dflt;
  uint32_t cp = char_and_default(I, a, "digit", &dflt);
  int v = uni::digit_value(cp);
  if (v >= 0) return I.new_int(int64_t(v));
  if (!dflt.empty()) return dflt;
  I.raise(I.t.ValueError, "not a digit");
}

Value ud_numeric(Interp& I, CallArgs& a) {
  Value dflt;
  uint32_t cp = char_and_default(I, a, "numeric", &dflt);
  const uint32_t* end = kUdNumericCps + sizeof kUdNumericCps / sizeof kUdNumericCps[0];
  const uint32_t* it = std::lower_bound(kUdNumericCps, end, cp);
  if (it != end && *it == cp) {
    const UdFraction& f = kUdFractions[kUdNumericIndex[it - kUdNumericCps]];
    return I.new_float(f.numerator / f.denominator);
  }
  if (!dflt.empty()) return dflt;
  I.raise(I.t.ValueError, "not a numeric character");
}

// ===========================================================================
// Properties
// ===========================================================================
Value ud_category(Interp& I, CallArgs& a) {
  return I.new_str(kUdCategories[ud_record(single_char(I, a, "category")).category]);
}

Value ud_bidirectional(Interp& I, CallArgs& a) {
  return I.new_str(kUdBidis[ud_record(single_char(I, a, "bidirectional")).bidi]);
}

Value ud_combining(Interp& I, CallArgs& a) {
  return I.new_int(int64_t(ud_record(single_char(I, a, "combining")).combining));
}

Value ud_east_asian_width(Interp& I, CallArgs& a) {
  return I.new_str(kUdEastAsianWidths[ud_record(single_char(I, a, "east_asian_width")).east_asian_width]);
}

Value ud_mirrored(Interp& I, CallArgs& a) {
  return I.new_int(int64_t(ud_record(single_char(I, a, "mirrored")).mirrored));
}

// ===========================================================================
// Module
// ===========================================================================
const MethodDef kUnicodedataFunctions[] = {
    {"lookup", ud_lookup},
    {"name", ud_name},
    {"decimal", ud_decimal},
    {"digit", ud_digit},
    {"numeric", ud_numeric},
    {"category", ud_category},
    {"bidirectional", ud_bidirectional},
    {"combining", ud_combining},
    {"east_asian_width", ud_east_asian_width},
    {"mirrored", ud_mirrored},
};

}  // namespace

Module* init_unicodedata_module(Interp& I) {
  Module* m = I.new_module("unicodedata");
  add_functions(I, m, kUnicodedataFunctions);
  set_attr_str(I, m, "unidata_version", I.new_str(kUnidataVersion));
  return m;
}

}  // namespace il
