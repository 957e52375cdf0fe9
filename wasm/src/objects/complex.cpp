// complex.cpp — the complex type: CPython's arithmetic algorithms (Smith's
// division, integer powers by squaring), repr, hash, complex() parsing and
// formatting.
#include <cerrno>
#include <cmath>
#include <cstring>
#include <new>
#include <string>

#include "objects/numbers_internal.h"
#include "objects/numfmt.h"

namespace il {

// CPython computes c**n by repeated squaring for integral |n| <= 100 and
// with exp/log beyond; the two give slightly different digits.
static constexpr int kMaxIntegerPower = 100;
// Integral exponents are converted to a C long only below this magnitude.
static constexpr double kLongRange = 9.2e18;

struct Cx {
  double re, im;
};

Value num::new_complex(Interp& I, double re, double im) { return obj_value(I.make<ComplexObj>(I.t.complex, re, im)); }

static bool is_complex(Interp& I, Value v) { return v.is_obj() && v.obj()->type->layout == Layout::Complex; }
static Cx cx_of(Value v) { return {v.as<ComplexObj>()->re, v.as<ComplexObj>()->im}; }

// ============================================================================
// Arithmetic (CPython's _Py_c_* with errno for EDOM/ERANGE)
// ============================================================================

static Cx c_sum(Cx a, Cx b) { return {a.re + b.re, a.im + b.im}; }
static Cx c_diff(Cx a, Cx b) { return {a.re - b.re, a.im - b.im}; }
static Cx c_prod(Cx a, Cx b) { return {a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re}; }

static Cx c_quot(Cx a, Cx b) {
  double abs_breal = std::fabs(b.re), abs_bimag = std::fabs(b.im);
  if (abs_breal >= abs_bimag) {
    if (abs_breal == 0.0) {
      errno = EDOM;
      return {0.0, 0.0};
    }
    double ratio = b.im / b.re;
    double denom = b.re + b.im * ratio;
    return {(a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom};
  }
  if (abs_bimag >= abs_breal) {
    double ratio = b.re / b.im;
    double denom = b.re * ratio + b.im;
    return {(a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom};
  }
  return {NAN, NAN};  // at least one of b's parts is a NaN
}

static Cx c_pow(Cx a, Cx b) {
  if (b.re == 0.0 && b.im == 0.0) return {1.0, 0.0};
  if (a.re == 0.0 && a.im == 0.0) {
    if (b.im != 0.0 || b.re < 0.0) errno = EDOM;
    return {0.0, 0.0};
  }
  double vabs = std::hypot(a.re, a.im);
  double len = std::pow(vabs, b.re);
  double at = std::atan2(a.im, a.re);
  double phase = at * b.re;
  if (b.im != 0.0) {
    len /= std::exp(at * b.im);
    phase += b.im * std::log(vabs);
  }
  return {len * std::cos(phase), len * std::sin(phase)};
}

static Cx c_powu(Cx x, long n) {
  Cx r{1.0, 0.0}, p = x;
  long mask = 1;
  while (mask > 0 && n >= mask) {
    if (n & mask) r = c_prod(r, p);
    mask <<= 1;
    p = c_prod(p, p);
  }
  return r;
}

static Cx c_powi(Cx x, long n) {
  if (n > kMaxIntegerPower || n < -kMaxIntegerPower) return c_pow(x, {double(n), 0.0});
  if (n > 0) return c_powu(x, n);
  return c_quot({1.0, 0.0}, c_powu(x, -n));
}

Value num::complex_pow_values(Interp& I, double ar, double ai, double br, double bi) {
  Cx a{ar, ai}, b{br, bi}, p;
  errno = 0;
  if (b.im == 0.0 && std::fabs(b.re) < kLongRange && b.re == double(long(b.re)))
    p = c_powi(a, long(b.re));
  else
    p = c_pow(a, b);
  // CPython's _Py_ADJUST_ERANGE2.
  if (std::isinf(p.re) || std::isinf(p.im)) {
    if (errno == 0) errno = ERANGE;
  } else if (errno == ERANGE) {
    errno = 0;
  }
  if (errno == EDOM) I.raise(I.t.ZeroDivisionError, "0.0 to a negative or complex power");
  if (errno == ERANGE) I.raise(I.t.OverflowError, "complex exponentiation");
  return new_complex(I, p.re, p.im);
}

// ============================================================================
// repr, hash, formatting
// ============================================================================

static std::string complex_text(double re, double im) {
  // Real part +0.0 prints the imaginary part alone, without parentheses.
  if (re == 0.0 && !std::signbit(re)) return numfmt::double_to_string(im, 'r', 0, 0) + "j";
  return "(" + numfmt::double_to_string(re, 'r', 0, 0) +
         numfmt::double_to_string(im, 'r', 0, numfmt::DTSF_SIGN) + "j)";
}

static uint64_t complex_hash(Cx c) {
  uint64_t h = float_hash(c.re) + num::kHashImag * float_hash(c.im);
  if (h == uint64_t(-1)) h = uint64_t(-2);
  return h;
}

// Inserts `sep` every three digits of the integer part of a formatted number.
static std::string group_digits(const std::string& s, char sep) {
  size_t start = 0;
  while (start < s.size() && !std::isdigit(static_cast<unsigned char>(s[start]))) start++;
  size_t end = start;
  while (end < s.size() && std::isdigit(static_cast<unsigned char>(s[end]))) end++;
  std::string out = s.substr(0, start);
  for (size_t i = start; i < end; i++) {
    if (i > start && (end - i) % 3 == 0) out += sep;
    out += s[i];
  }
  return out + s.substr(end);
}

// CPython's format_complex_internal (no locale 'n' grouping).
static std::string complex_format(Interp& I, Cx c, std::string_view spec_text) {
  numfmt::Spec spec;
  std::string err;
  if (!numfmt::parse_spec(spec_text, 0, "complex", spec, err)) I.raise(I.t.ValueError, "%s", err.c_str());
  if (spec.zero && spec.fill == "0" && spec.align == '=')
    I.raise(I.t.ValueError, "Zero padding is not allowed in complex format specifier");
  if (spec.zero) I.raise(I.t.ValueError, "Zero padding is not allowed in complex format specifier");
  if (spec.align == '=')
    I.raise(I.t.ValueError, "'=' alignment flag is not allowed in complex format specifier");
  char type = char(spec.type);
  int precision = int(spec.precision);
  int default_precision = 6;
  bool skip_re = false, add_parens = false;
  if (type == 0) {
    type = 'r';
    default_precision = 0;
    if (c.re == 0.0 && std::copysign(1.0, c.re) == 1.0)
      skip_re = true;
    else
      add_parens = true;
  } else if (type == 'n') {
    type = 'g';
  } else if (!std::strchr("eEfFgG", type)) {
    I.raise(I.t.ValueError, "Unknown format code '%c' for object of type 'complex'", type);
  }
  if (precision < 0)
    precision = default_precision;
  else if (type == 'r')
    type = 'g';
  int flags = spec.alt ? numfmt::DTSF_ALT : 0;
  if (spec.no_neg_0) flags |= numfmt::DTSF_NO_NEG_0;
  std::string re_s, im_s;
  if (!skip_re) {
    re_s = numfmt::double_to_string(c.re, type, precision, flags);
    bool neg = !re_s.empty() && re_s[0] == '-';
    if (!neg && spec.sign == '+') re_s = "+" + re_s;
    if (!neg && spec.sign == ' ') re_s = " " + re_s;
  }
  im_s = numfmt::double_to_string(c.im, type, precision, flags);
  bool im_neg = !im_s.empty() && im_s[0] == '-';
  if (!im_neg && (!skip_re || spec.sign == '+')) im_s = "+" + im_s;
  else if (!im_neg && skip_re && spec.sign == ' ') im_s = " " + im_s;
  std::string body = (add_parens ? "(" : "") + re_s + im_s + "j" + (add_parens ? ")" : "");
  if (spec.grouping) {
    re_s = group_digits(re_s, spec.grouping);
    im_s = group_digits(im_s, spec.grouping);
    body = (add_parens ? "(" : "") + re_s + im_s + "j" + (add_parens ? ")" : "");
  }
  std::string out;
  std::string padded;
  numfmt::Spec pad;
  pad.fill = spec.fill;
  pad.align = spec.align ? spec.align : '>';
  pad.width = spec.width;
  if (!numfmt::format_str(body, pad, padded, err, "complex")) I.raise(I.t.ValueError, "%s", err.c_str());
  return padded;
}

// ============================================================================
// complex()
// ============================================================================

static bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// Scans a float literal (sign, digits, '.', exponent, inf/nan) at s[p];
// returns its end (== p when there is none).
static size_t scan_float(std::string_view s, size_t p) {
  size_t q = p;
  if (q < s.size() && (s[q] == '+' || s[q] == '-')) q++;
  auto word = [&](const char* w) {
    size_t n = std::strlen(w);
    if (s.size() - q < n) return false;
    for (size_t i = 0; i < n; i++)
      if ((s[q + i] | 0x20) != w[i]) return false;
    return true;
  };
  if (word("infinity")) return q + 8;
  if (word("inf") || word("nan")) return q + 3;
  size_t digits = 0;
  while (q < s.size() && s[q] >= '0' && s[q] <= '9') q++, digits++;
  if (q < s.size() && s[q] == '.') {
    q++;
    while (q < s.size() && s[q] >= '0' && s[q] <= '9') q++, digits++;
  }
  if (digits == 0) return p;
  if (q < s.size() && (s[q] | 0x20) == 'e') {
    size_t e = q + 1;
    if (e < s.size() && (s[e] == '+' || s[e] == '-')) e++;
    if (e < s.size() && s[e] >= '0' && s[e] <= '9') {
      while (e < s.size() && s[e] >= '0' && s[e] <= '9') e++;
      q = e;
    }
  }
  return q;
}

// CPython's complex_from_string_inner; false on a malformed string.
static bool parse_complex(std::string_view text, Cx& out) {
  // Underscores are allowed only between digits; drop them first.
  std::string s;
  for (size_t i = 0; i < text.size(); i++) {
    if (text[i] == '_') {
      bool ok = i > 0 && i + 1 < text.size() && std::isdigit(static_cast<unsigned char>(text[i - 1])) &&
                std::isdigit(static_cast<unsigned char>(text[i + 1]));
      if (!ok) return false;
      continue;
    }
    s += text[i];
  }
  size_t p = 0, n = s.size();
  double x = 0.0, y = 0.0;
  while (p < n && is_space(s[p])) p++;
  bool bracket = false;
  if (p < n && s[p] == '(') {
    bracket = true;
    p++;
    while (p < n && is_space(s[p])) p++;
  }
  auto to_double = [&](size_t a, size_t b) {
    double d = 0;
    numfmt::parse_float(std::string_view(s).substr(a, b - a), d);
    return d;
  };
  size_t end = scan_float(s, p);
  if (end != p) {
    double z = to_double(p, end);
    p = end;
    if (p < n && (s[p] == '+' || s[p] == '-')) {
      x = z;
      end = scan_float(s, p);
      if (end != p) {
        y = to_double(p, end);
        p = end;
      } else {
        y = s[p] == '+' ? 1.0 : -1.0;
        p++;
      }
      if (!(p < n && (s[p] == 'j' || s[p] == 'J'))) return false;
      p++;
    } else if (p < n && (s[p] == 'j' || s[p] == 'J')) {
      p++;
      y = z;
    } else {
      x = z;
    }
  } else {
    if (p < n && (s[p] == '+' || s[p] == '-')) {
      y = s[p] == '+' ? 1.0 : -1.0;
      p++;
    } else {
      y = 1.0;
    }
    if (!(p < n && (s[p] == 'j' || s[p] == 'J'))) return false;
    p++;
  }
  while (p < n && is_space(s[p])) p++;
  if (bracket) {
    if (!(p < n && s[p] == ')')) return false;
    p++;
    while (p < n && is_space(s[p])) p++;
  }
  if (p != n) return false;
  out = {x, y};
  return true;
}

// A number as a double for complex(): float, int, __float__, __index__.
static bool real_of(Interp& I, Value v, double& out) {
  if (is_float(I, v)) {
    out = num::float_of(v);
    return true;
  }
  if (is_int(I, v)) {
    out = int_to_double(I, v);
    return true;
  }
  Type* t = type_of(I, v);
  if (!type_lookup(t, I.names->__float__).empty() || !type_lookup(t, I.names->__index__).empty()) {
    out = to_double(I, v);
    return true;
  }
  return false;
}

static Value complex_new(Interp& I, CallArgs& a) {
  Value clsv = a.argv[0];
  if (!clsv.is_obj() || clsv.obj()->type->layout != Layout::Type)
    I.raise(I.t.TypeError, "complex.__new__(X): X is not a type object (%s)", type_name(I, clsv));
  Type* cls = clsv.as<Type>();
  if (!is_subtype(cls, I.t.complex))
    I.raise(I.t.TypeError, "complex.__new__(%s): %s is not a subtype of complex", cls->name->data,
            cls->name->data);
  for (uint32_t k = 0; k < a.nkw(); k++) {
    std::string_view kw = as_str(a.kwnames->items[k])->view();
    if (kw != "real" && kw != "imag")
      I.raise(I.t.TypeError, "'%s' is an invalid keyword argument for complex()", as_str(a.kwnames->items[k])->data);
  }
  const ArgSpec specs[] = {{"real", Value::small(0)}, {"imag", Value::NotImplemented()}};
  Value v[2];
  parse_args(I, a, "complex", specs, v, 1);
  Value r = v[0];
  // parse_args needs a default; NotImplemented marks "imag not given".
  bool has_i = !v[1].is_not_implemented();
  Value i = v[1];
  auto make = [&](double re, double im) -> Value {
    if (cls == I.t.complex) return num::new_complex(I, re, im);
    return obj_value(I.make<ComplexObj>(cls, re, im));
  };
  if (is_str(I, r)) {
    if (has_i) I.raise(I.t.TypeError, "complex() can't take second arg if first is a string");
    Cx c;
    if (!parse_complex(as_str(r)->view(), c)) I.raise(I.t.ValueError, "complex() arg is a malformed string");
    return make(c.re, c.im);
  }
  if (has_i && is_str(I, i)) I.raise(I.t.TypeError, "complex() second arg can't be a string");
  Cx cr{0.0, 0.0}, ci{0.0, 0.0};
  bool cr_is_complex = false, ci_is_complex = false;
  Value cf = type_lookup(type_of(I, r), I.intern("__complex__"));
  if (r.is_obj() && r.obj()->type == I.t.complex && !has_i && cls == I.t.complex) return r;
  if (!cf.empty()) {
    Value res = call_method(I, r, I.intern("__complex__"), nullptr, 0);
    if (!is_complex(I, res))
      I.raise(I.t.TypeError, "__complex__ returned non-complex (type %s)", type_name(I, res));
    cr = cx_of(res);
    cr_is_complex = true;
  } else if (is_complex(I, r)) {
    cr = cx_of(r);
    cr_is_complex = true;
  } else if (!real_of(I, r, cr.re)) {
    I.raise(I.t.TypeError, "complex() first argument must be a string or a number, not '%s'", type_name(I, r));
  }
  if (!has_i) {
    ci.re = cr.im;
  } else if (is_complex(I, i)) {
    ci = cx_of(i);
    ci_is_complex = true;
  } else if (!real_of(I, i, ci.re)) {
    I.raise(I.t.TypeError, "complex() second argument must be a number, not '%s'", type_name(I, i));
  }
  if (ci_is_complex) cr.re -= ci.im;
  if (cr_is_complex && has_i) ci.re += cr.im;
  return make(cr.re, ci.re);
}

// ============================================================================
// Methods
// ============================================================================

static inline void self_complex(Interp& I, CallArgs& a, const char* name) {
  if (a.argc == 0 || !is_complex(I, a.argv[0]))
    num::raise_descriptor(I, name, "complex", a.argc ? a.argv[0] : Value::None());
}

// The other operand as a complex; false = NotImplemented.
static bool cx_operand(Interp& I, Value v, Cx& out) {
  if (is_complex(I, v)) {
    out = cx_of(v);
    return true;
  }
  if (is_float(I, v)) {
    out = {num::float_of(v), 0.0};
    return true;
  }
  if (is_int(I, v)) {
    out = {int_to_double(I, v), 0.0};
    return true;
  }
  return false;
}

static Value cx_binary(Interp& I, Cx a, Cx b, BinOp op) {
  switch (op) {
    case BinOp::Add: {
      Cx r = c_sum(a, b);
      return num::new_complex(I, r.re, r.im);
    }
    case BinOp::Sub: {
      Cx r = c_diff(a, b);
      return num::new_complex(I, r.re, r.im);
    }
    case BinOp::Mul: {
      Cx r = c_prod(a, b);
      return num::new_complex(I, r.re, r.im);
    }
    case BinOp::TrueDiv: {
      errno = 0;
      Cx r = c_quot(a, b);
      if (errno == EDOM) I.raise(I.t.ZeroDivisionError, "complex division by zero");
      return num::new_complex(I, r.re, r.im);
    }
    default: return num::complex_pow_values(I, a.re, a.im, b.re, b.im);
  }
}

static const char* cx_dunder(BinOp op, bool reflected) {
  switch (op) {
    case BinOp::Add: return reflected ? "__radd__" : "__add__";
    case BinOp::Sub: return reflected ? "__rsub__" : "__sub__";
    case BinOp::Mul: return reflected ? "__rmul__" : "__mul__";
    case BinOp::TrueDiv: return reflected ? "__rtruediv__" : "__truediv__";
    default: return reflected ? "__rpow__" : "__pow__";
  }
}

template <BinOp op, bool reflected>
static Value c_binop(Interp& I, CallArgs& a) {
  const char* name = cx_dunder(op, reflected);
  self_complex(I, a, name);
  if (op == BinOp::Power) {
    check_nargs(I, a, name, 2, 3);
    if (a.argc > 2 && !a.argv[2].is_none()) I.raise(I.t.ValueError, "complex modulo");
  } else {
    check_nargs(I, a, name, 2, 2);
  }
  Cx x = cx_of(a.argv[0]), y;
  if (!cx_operand(I, a.argv[1], y)) return Value::NotImplemented();
  return reflected ? cx_binary(I, y, x, op) : cx_binary(I, x, y, op);
}

template <bool ne>
static Value c_eq(Interp& I, CallArgs& a) {
  self_complex(I, a, ne ? "__ne__" : "__eq__");
  check_nargs(I, a, ne ? "__ne__" : "__eq__", 2, 2);
  Cx x = cx_of(a.argv[0]);
  Value o = a.argv[1];
  bool equal;
  if (is_complex(I, o)) {
    Cx y = cx_of(o);
    equal = x.re == y.re && x.im == y.im;
  } else if (is_float(I, o)) {
    equal = x.re == num::float_of(o) && x.im == 0.0;
  } else if (is_int(I, o)) {
    // Exact: a big int equals the real part only if it converts exactly.
    bool unordered;
    equal = x.im == 0.0 && compare_int_float(I, o, x.re, &unordered) == 0 && !unordered;
  } else {
    return Value::NotImplemented();
  }
  return Value::boolean(equal != ne);
}

static Value c_neg(Interp& I, CallArgs& a) {
  self_complex(I, a, "__neg__");
  Cx x = cx_of(a.argv[0]);
  return num::new_complex(I, -x.re, -x.im);
}
static Value c_pos(Interp& I, CallArgs& a) {
  self_complex(I, a, "__pos__");
  if (a.argv[0].obj()->type == I.t.complex) return a.argv[0];
  Cx x = cx_of(a.argv[0]);
  return num::new_complex(I, x.re, x.im);
}
static Value c_abs(Interp& I, CallArgs& a) {
  self_complex(I, a, "__abs__");
  Cx x = cx_of(a.argv[0]);
  // CPython: infinities win over NaNs; an infinite result from finite parts overflows.
  if (std::isinf(x.re) || std::isinf(x.im)) return I.new_float(INFINITY);
  if (std::isnan(x.re) || std::isnan(x.im)) return I.new_float(NAN);
  double r = std::hypot(x.re, x.im);
  if (std::isinf(r)) I.raise(I.t.OverflowError, "absolute value too large");
  return I.new_float(r);
}
static Value c_bool(Interp& I, CallArgs& a) {
  self_complex(I, a, "__bool__");
  Cx x = cx_of(a.argv[0]);
  return Value::boolean(x.re != 0.0 || x.im != 0.0);
}
static Value c_repr(Interp& I, CallArgs& a) {
  self_complex(I, a, "__repr__");
  Cx x = cx_of(a.argv[0]);
  return I.new_str(complex_text(x.re, x.im));
}
static Value c_hash(Interp& I, CallArgs& a) {
  self_complex(I, a, "__hash__");
  return I.new_int(int64_t(complex_hash(cx_of(a.argv[0]))));
}
static Value c_format(Interp& I, CallArgs& a) {
  self_complex(I, a, "__format__");
  check_nargs(I, a, "__format__", 2, 2);
  if (!is_str(I, a.argv[1]))
    I.raise(I.t.TypeError, "__format__() argument must be str, not %s", type_name(I, a.argv[1]));
  Str* spec = as_str(a.argv[1]);
  if (spec->nbytes == 0) return sval(str_of(I, a.argv[0]));
  try {
    return I.new_str(complex_format(I, cx_of(a.argv[0]), spec->view()));
  } catch (const std::bad_alloc&) {
    I.raise(I.t.MemoryError, "");
  }
}
static Value c_conjugate(Interp& I, CallArgs& a) {
  if (a.argc == 0 || !is_complex(I, a.argv[0]))
    num::raise_method_descriptor(I, "conjugate", "complex", a.argc ? a.argv[0] : Value::None());
  Cx x = cx_of(a.argv[0]);
  return num::new_complex(I, x.re, -x.im);
}
static Value c_complex(Interp& I, CallArgs& a) {
  if (a.argc == 0 || !is_complex(I, a.argv[0]))
    num::raise_method_descriptor(I, "__complex__", "complex", a.argc ? a.argv[0] : Value::None());
  if (a.argv[0].obj()->type == I.t.complex) return a.argv[0];
  Cx x = cx_of(a.argv[0]);
  return num::new_complex(I, x.re, x.im);
}
static Value c_getnewargs(Interp& I, CallArgs& a) {
  if (a.argc == 0 || !is_complex(I, a.argv[0]))
    num::raise_method_descriptor(I, "__getnewargs__", "complex", a.argc ? a.argv[0] : Value::None());
  Cx x = cx_of(a.argv[0]);
  return obj_value(I.tuple({I.new_float(x.re), I.new_float(x.im)}));
}
static Value g_real(Interp& I, CallArgs& a) { return I.new_float(cx_of(a.argv[0]).re); }
static Value g_imag(Interp& I, CallArgs& a) { return I.new_float(cx_of(a.argv[0]).im); }

// ============================================================================
// Registration
// ============================================================================

static Value complex_alloc(Interp& I, Type* t) { return obj_value(I.make<ComplexObj>(t, 0.0, 0.0)); }

static const MethodDef kComplexMethods[] = {
    {"__new__", complex_new, kNativeStatic},
    {"__repr__", c_repr},
    {"__hash__", c_hash},
    {"__bool__", c_bool},
    {"__neg__", c_neg},
    {"__pos__", c_pos},
    {"__abs__", c_abs},
    {"__add__", c_binop<BinOp::Add, false>},
    {"__radd__", c_binop<BinOp::Add, true>},
    {"__sub__", c_binop<BinOp::Sub, false>},
    {"__rsub__", c_binop<BinOp::Sub, true>},
    {"__mul__", c_binop<BinOp::Mul, false>},
    {"__rmul__", c_binop<BinOp::Mul, true>},
    {"__truediv__", c_binop<BinOp::TrueDiv, false>},
    {"__rtruediv__", c_binop<BinOp::TrueDiv, true>},
    {"__pow__", c_binop<BinOp::Power, false>},
    {"__rpow__", c_binop<BinOp::Power, true>},
    {"__eq__", c_eq<false>},
    {"__ne__", c_eq<true>},
    {"__format__", c_format},
    {"__complex__", c_complex},
    {"__getnewargs__", c_getnewargs},
    {"conjugate", c_conjugate},
};

static const GetSetDef kComplexGetSets[] = {
    {"real", g_real},
    {"imag", g_imag},
};

void num::init_complex(Interp& I) {
  I.t.complex->alloc = complex_alloc;
  add_methods(I, I.t.complex, kComplexMethods);
  add_getsets(I, I.t.complex, kComplexGetSets);
}

}  // namespace il
