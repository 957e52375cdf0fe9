// Python-exact number formatting and parsing (CPython 3.11 semantics).
//
// Pure helpers with no dependency on the object model: values come in as
// doubles, int64s or digit strings, text goes out as UTF-8. Error messages are
// CPython's own, word for word, so the caller can raise them unchanged.
//
// Error kinds: every `err` is a ValueError message except the few that
// `error_is_overflow` recognises, which are OverflowError. Absurd widths or
// precisions (output over ~2 GiB) throw std::bad_alloc: map it to MemoryError.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace il::numfmt {

// ---- float <-> text --------------------------------------------------------

// repr(x) / str(x): shortest round-trip digits, exponent form when the decimal
// exponent is < -4 or >= 16. 'inf', '-inf', 'nan', '-0.0'.
std::string float_repr(double x);

// float(s) for a str argument: surrounding whitespace (ASCII and Unicode),
// '_' between digits, non-ASCII decimal digits, 'inf'/'infinity'/'nan' in any
// case with an optional sign. False means "could not convert string to
// float: ..." (the caller builds that message, it needs repr(s)).
bool parse_float(std::string_view s, double& out);

// Correctly rounded (half-even) conversion of an integer given as decimal
// digits, as float(int) does. False when it overflows: the caller raises
// OverflowError("int too large to convert to float").
bool decimal_to_double(bool negative, std::string_view digits, double& out);

// round(x, ndigits) for floats, correctly rounded like CPython (round(2.675, 2)
// == 2.67). overflow=true means OverflowError("rounded value too large to
// represent"). ndigits is a Py_ssize_t (clip larger ints before calling).
double round_half_even(double x, int64_t ndigits, bool& overflow);
// round(x) with no ndigits: nearest integer, ties to even, as a double. The
// caller turns it into an int (and raises for inf/nan).
double round_to_int(double x);

// PyOS_double_to_string: code is one of e E f F g G r ('r' needs precision 0).
enum : int { DTSF_SIGN = 1, DTSF_ADD_DOT_0 = 2, DTSF_ALT = 4, DTSF_NO_NEG_0 = 8 };
std::string double_to_string(double x, char code, int precision, int flags);

// ---- the format-spec mini-language ----------------------------------------
// [[fill]align][sign][z][#][0][width][grouping][.precision][type]

struct Spec {
  std::string fill = " ";  // exactly one code point, UTF-8
  char align = 0;          // '<' '>' '=' '^'; 0 = the type's default
  char sign = 0;           // '+' '-' ' ' or 0
  bool no_neg_0 = false;   // 'z'
  bool alt = false;        // '#'
  bool zero = false;       // '0' before the width (and no explicit fill): fill
                           // is '0' and numbers default to '=' alignment
  int64_t width = -1;      // -1 = not given
  char grouping = 0;       // ',' or '_' or 0
  int64_t precision = -1;  // -1 = not given
  char32_t type = 0;       // presentation type code point; 0 = none
};

// Parses a non-empty spec. default_type is what an absent type means: 'd' for
// int, 0 for float, 's' for str (it matters for the ','/'_' checks).
// type_name goes into "Invalid format specifier '...' for object of type '...'".
bool parse_spec(std::string_view spec, char32_t default_type, std::string_view type_name,
                Spec& out, std::string& err);

// The digits of |value| in base 2, 8, 10 or 16 (lowercase, no prefix, "0" for
// zero). Lets bigints be formatted without this file knowing their type.
using MagnitudeFn = std::function<std::string(int base)>;

// format(value, spec) for each kind. The string_view-spec forms handle the
// empty spec (giving str(value) of the exact type) and parse; the Spec forms
// apply an already parsed spec. type_name names the type in error messages
// ('bool' for True, a subclass name, ...).
bool format_int(int64_t v, std::string_view spec, std::string& out, std::string& err,
                std::string_view type_name = "int");
bool format_int(int64_t v, const Spec& spec, std::string& out, std::string& err,
                std::string_view type_name = "int");
bool format_bigint(bool negative, const MagnitudeFn& magnitude, std::string_view spec,
                   std::string& out, std::string& err, std::string_view type_name = "int");
bool format_bigint(bool negative, const MagnitudeFn& magnitude, const Spec& spec,
                   std::string& out, std::string& err, std::string_view type_name = "int");
bool format_float(double x, std::string_view spec, std::string& out, std::string& err,
                  std::string_view type_name = "float");
bool format_float(double x, const Spec& spec, std::string& out, std::string& err,
                  std::string_view type_name = "float");
bool format_str(std::string_view utf8, std::string_view spec, std::string& out,
                std::string& err, std::string_view type_name = "str");
bool format_str(std::string_view utf8, const Spec& spec, std::string& out, std::string& err,
                std::string_view type_name = "str");

// True for the messages that CPython raises as OverflowError:
// "%c arg not in range(0x110000)", "Python int too large to convert to C long",
// "int too large to convert to float".
bool error_is_overflow(std::string_view err);

// ---- printf-style (%) formatting of one converted value -------------------
// flags: bits for '-', '+', ' ', '#', '0'. width/precision: -1 = not given.
enum : int { PF_LJUST = 1, PF_SIGN = 2, PF_BLANK = 4, PF_ALT = 8, PF_ZERO = 16 };

// conv: e E f F g G.
std::string percent_format_float(double x, char conv, int flags, int64_t width,
                                 int64_t precision);
// conv: d i u o x X.
std::string percent_format_int(int64_t v, char conv, int flags, int64_t width,
                               int64_t precision);
std::string percent_format_bigint(bool negative, const MagnitudeFn& magnitude, char conv,
                                  int flags, int64_t width, int64_t precision);
// %s %r %a (text already converted: str/repr/ascii) and %c (pass precision -1,
// since %c ignores it): truncates to precision code points, pads to width.
// For %c of an int outside 0..0x10FFFF raise
// OverflowError("%c arg not in range(0x110000)").
std::string pad_percent(std::string_view utf8, int flags, int64_t width, int64_t precision);

}  // namespace il::numfmt
