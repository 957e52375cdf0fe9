// math.cpp — the `math` module: CPython 3.11's functions, error rules
// ("math domain error" when the result is NaN from a non-NaN input,
// "math range error" on overflow), exact fsum, and big-int aware
// log/factorial/comb/perm/gcd/isqrt.
#include <cerrno>
#include <cfloat>
#include <cmath>
#include <vector>

#include "modules/modules.h"
#include "vm/vm.h"  // before numbers.h: it needs BinOp
#include "objects/numbers.h"
#include "objects/str.h"

namespace il {

namespace {

[[noreturn]] void domain(Interp& I) { I.raise(I.t.ValueError, "math domain error"); }
[[noreturn]] void range_err(Interp& I) { I.raise(I.t.OverflowError, "math range error"); }

bool is_big_int(Value v) { return v.is_obj() && v.obj()->type->layout == Layout::Int; }

// A real-number argument as a double ("must be real number, not str").
double real(Interp& I, Value v) {
  if (v.is_small()) return double(v.small_value());
  if (v.is_bool()) return v.is_true() ? 1.0 : 0.0;
  if (v.is_obj()) {
    Layout l = v.obj()->type->layout;
    if (l == Layout::Float) return v.as<FloatObj>()->v;
    if (l == Layout::Int) return int_to_double(I, v);
  }
  Type* t = type_of(I, v);
  if (!type_lookup(t, I.names->__float__).empty() || !type_lookup(t, I.names->__index__).empty())
    return to_double(I, v);
  I.raise(I.t.TypeError, "must be real number, not %s", type_name(I, v));
}

// An integer argument (ints and __index__; floats refused as CPython does).
Value int_arg(Interp& I, Value v) {
  if (v.is_small() || v.is_bool() || is_big_int(v)) return v.is_bool() ? Value::small(v.is_true()) : v;
  if (is_float(I, v)) I.raise(I.t.TypeError, "'float' object cannot be interpreted as an integer");
  return number_index(I, v);
}

void one_arg(Interp& I, CallArgs& a, const char* name) {
  check_no_kwargs(I, a, name);
  if (a.npos() != 1) I.raise(I.t.TypeError, "math.%s() takes exactly one argument (%u given)", name, a.npos());
}

void n_args(Interp& I, CallArgs& a, const char* name, uint32_t n) {
  check_no_kwargs(I, a, name);
  if (a.npos() != n) I.raise(I.t.TypeError, "%s expected %u arguments, got %u", name, n, a.npos());
}

// CPython's math_1: NaN from a non-NaN input is a domain error; an infinite
// result from a finite input is a range error (or domain, for functions
// that cannot overflow, such as log at 0).
Value math1(Interp& I, CallArgs& a, const char* name, double (*f)(double), bool can_overflow) {
  one_arg(I, a, name);
  double x = real(I, a[0]);
  errno = 0;
  double r = f(x);
  if (std::isnan(r) && !std::isnan(x)) domain(I);
  if (std::isinf(r) && std::isfinite(x)) {
    if (can_overflow) range_err(I);
    domain(I);
  }
  return I.new_float(r);
}

#define IL_MATH1(pyname, cfn, overflow)                                                \
  Value m_##pyname(Interp& I, CallArgs& a) { return math1(I, a, #pyname, cfn, overflow); }

double c_sqrt(double x) { return std::sqrt(x); }
double c_exp(double x) { return std::exp(x); }
double c_exp2(double x) { return std::exp2(x); }
double c_expm1(double x) { return std::expm1(x); }
double c_sin(double x) { return std::sin(x); }
double c_cos(double x) { return std::cos(x); }
double c_tan(double x) { return std::tan(x); }
double c_asin(double x) { return std::asin(x); }
double c_acos(double x) { return std::acos(x); }
double c_atan(double x) { return std::atan(x); }
double c_sinh(double x) { return std::sinh(x); }
double c_cosh(double x) { return std::cosh(x); }
double c_tanh(double x) { return std::tanh(x); }
double c_asinh(double x) { return std::asinh(x); }
double c_acosh(double x) { return std::acosh(x); }
double c_atanh(double x) { return std::fabs(x) >= 1 ? NAN : std::atanh(x); }
double c_fabs(double x) { return std::fabs(x); }
double c_erf(double x) { return std::erf(x); }
double c_erfc(double x) { return std::erfc(x); }
double c_cbrt(double x) { return std::cbrt(x); }
double c_log1p(double x) { return x <= -1 ? NAN : std::log1p(x); }
// CPython's own Lanczos-based gamma and lgamma (Modules/mathmodule.c), so
// the last digits agree with CPython rather than with the platform's libm.
constexpr int kLanczosN = 13;
constexpr double kLanczosG = 6.024680040776729583740234375;
constexpr double kLanczosGMinusHalf = 5.524680040776729583740234375;
constexpr double kLanczosNum[kLanczosN] = {
    23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408};
constexpr double kLanczosDen[kLanczosN] = {0.0,      39916800.0, 120543840.0, 150917976.0, 105258076.0,
                                           45995730.0, 13339535.0, 2637558.0,   357423.0,    32670.0,
                                           1925.0,   66.0,       1.0};
constexpr double kGammaIntegral[] = {
    1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0, 479001600.0,
    6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0, 355687428096000.0, 6402373705728000.0,
    121645100408832000.0, 2432902008176640000.0, 51090942171709440000.0, 1124000727777607680000.0};
constexpr double kLogPi = 1.144729885849400174143427351353058711647;

double lanczos_sum(double x) {
  double num = 0.0, den = 0.0;
  if (x < 5.0) {
    for (int i = kLanczosN; --i >= 0;) {
      num = num * x + kLanczosNum[i];
      den = den * x + kLanczosDen[i];
    }
  } else {
    for (int i = 0; i < kLanczosN; i++) {
      num = num / x + kLanczosNum[i];
      den = den / x + kLanczosDen[i];
    }
  }
  return num / den;
}

double sinpi(double x) {
  double y = std::fmod(std::fabs(x), 2.0);
  int n = int(std::round(2.0 * y));
  double r;
  switch (n) {
    case 0: r = std::sin(M_PI * y); break;
    case 1: r = std::cos(M_PI * (y - 0.5)); break;
    case 2: r = std::sin(M_PI * (1.0 - y)); break;
    case 3: r = -std::cos(M_PI * (y - 1.5)); break;
    default: r = std::sin(M_PI * (y - 2.0)); break;
  }
  return std::copysign(1.0, x) * r;
}

// errno: EDOM → "math domain error", ERANGE → "math range error".
double tgamma_py(double x, int& err) {
  if (!std::isfinite(x)) {
    if (std::isnan(x) || x > 0.0) return x;
    err = EDOM;
    return NAN;
  }
  if (x == 0.0) {
    err = EDOM;
    return std::copysign(HUGE_VAL, x);
  }
  if (x == std::floor(x)) {
    if (x < 0.0) {
      err = EDOM;
      return NAN;
    }
    if (x <= 23) return kGammaIntegral[int(x) - 1];
  }
  double absx = std::fabs(x);
  if (absx < 1e-20) {
    double r = 1.0 / x;
    if (std::isinf(r)) err = ERANGE;
    return r;
  }
  if (absx > 200.0) {
    if (x < 0.0) return 0.0 / sinpi(x);
    err = ERANGE;
    return HUGE_VAL;
  }
  double y = absx + kLanczosGMinusHalf;
  double z;
  if (absx > kLanczosGMinusHalf) {
    double q = y - absx;
    z = q - kLanczosGMinusHalf;
  } else {
    double q = y - kLanczosGMinusHalf;
    z = q - absx;
  }
  z = z * kLanczosG / y;
  double r;
  if (x < 0.0) {
    r = -M_PI / sinpi(absx) / absx * std::exp(y) / lanczos_sum(absx);
    r -= z * r;
    if (absx < 140.0) {
      r /= std::pow(y, absx - 0.5);
    } else {
      double sqrtpow = std::pow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczos_sum(absx) / std::exp(y);
    r += z * r;
    if (absx < 140.0) {
      r *= std::pow(y, absx - 0.5);
    } else {
      double sqrtpow = std::pow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (std::isinf(r)) err = ERANGE;
  return r;
}

double lgamma_py(double x, int& err) {
  if (!std::isfinite(x)) return std::isnan(x) ? x : HUGE_VAL;
  if (x == std::floor(x) && x <= 2.0) {
    if (x <= 0.0) {
      err = EDOM;
      return HUGE_VAL;
    }
    return 0.0;
  }
  double absx = std::fabs(x);
  if (absx < 1e-20) return -std::log(absx);
  double r = std::log(lanczos_sum(absx)) - kLanczosG;
  r += (absx - 0.5) * (std::log(absx + kLanczosG - 0.5) - 1);
  if (x < 0.0) r = kLogPi - std::log(std::fabs(sinpi(absx))) - std::log(absx) - r;
  if (std::isinf(r)) err = ERANGE;
  return r;
}

Value gamma_like(Interp& I, CallArgs& a, const char* name, double (*f)(double, int&)) {
  one_arg(I, a, name);
  int err = 0;
  double r = f(real(I, a[0]), err);
  if (err == EDOM) domain(I);
  if (err == ERANGE && std::fabs(r) >= 1.5) range_err(I);
  return I.new_float(r);
}
Value m_gamma(Interp& I, CallArgs& a) { return gamma_like(I, a, "gamma", tgamma_py); }
Value m_lgamma(Interp& I, CallArgs& a) { return gamma_like(I, a, "lgamma", lgamma_py); }

IL_MATH1(sqrt, c_sqrt, false)
IL_MATH1(exp, c_exp, true)
IL_MATH1(exp2, c_exp2, true)
IL_MATH1(expm1, c_expm1, true)
IL_MATH1(sin, c_sin, false)
IL_MATH1(cos, c_cos, false)
IL_MATH1(tan, c_tan, false)
IL_MATH1(asin, c_asin, false)
IL_MATH1(acos, c_acos, false)
IL_MATH1(atan, c_atan, false)
IL_MATH1(sinh, c_sinh, true)
IL_MATH1(cosh, c_cosh, true)
IL_MATH1(tanh, c_tanh, false)
IL_MATH1(asinh, c_asinh, false)
IL_MATH1(acosh, c_acosh, false)
IL_MATH1(atanh, c_atanh, false)
IL_MATH1(fabs, c_fabs, false)
IL_MATH1(erf, c_erf, false)
IL_MATH1(erfc, c_erfc, false)
IL_MATH1(cbrt, c_cbrt, false)
IL_MATH1(log1p, c_log1p, false)

// log of any real, exact for big ints (which may exceed the float range).
double log_any(Interp& I, Value v, double (*f)(double), double log_of_2) {
  if (is_big_int(v) || v.is_small()) {
    BigInt b = int_to_big(I, v);
    if (b.sign() <= 0) domain(I);
    bool overflow = false;
    double d = b.to_double(&overflow);
    if (!overflow) return f(d);
    // As CPython's loghelper: b = m * 2**e, then f(m) + e * f(2).
    int64_t e;
    double m = b.frexp(&e);
    return f(m) + double(e) * f(2.0);
  }
  double x = real(I, v);
  if (std::isnan(x)) return x;
  if (x <= 0) domain(I);
  return f(x);
}

double ln(double x) { return std::log(x); }
double lg2(double x) { return std::log2(x); }
double lg10(double x) { return std::log10(x); }

Value m_log(Interp& I, CallArgs& a) {
  check_no_kwargs(I, a, "log");
  if (a.npos() < 1 || a.npos() > 2)
    I.raise(I.t.TypeError, "log expected 1 or 2 arguments, got %u", a.npos());
  double num = log_any(I, a[0], ln, std::log(2.0));
  if (a.npos() == 1) return I.new_float(num);
  double den = log_any(I, a[1], ln, std::log(2.0));
  if (den == 0) I.raise(I.t.ZeroDivisionError, "float division by zero");
  return I.new_float(num / den);
}
Value m_log2(Interp& I, CallArgs& a) {
  one_arg(I, a, "log2");
  return I.new_float(log_any(I, a[0], lg2, 1.0));
}
Value m_log10(Interp& I, CallArgs& a) {
  one_arg(I, a, "log10");
  return I.new_float(log_any(I, a[0], lg10, std::log10(2.0)));
}

Value m_pow(Interp& I, CallArgs& a) {
  n_args(I, a, "pow", 2);
  double x = real(I, a[0]), y = real(I, a[1]);
  if (x == 0 && y < 0 && std::isfinite(y)) domain(I);
  if (x < 0 && std::isfinite(x) && std::isfinite(y) && y != std::floor(y)) domain(I);
  double r = std::pow(x, y);
  if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) range_err(I);
  return I.new_float(r);
}

Value m_atan2(Interp& I, CallArgs& a) {
  n_args(I, a, "atan2", 2);
  return I.new_float(std::atan2(real(I, a[0]), real(I, a[1])));
}

Value m_fmod(Interp& I, CallArgs& a) {
  n_args(I, a, "fmod", 2);
  double x = real(I, a[0]), y = real(I, a[1]);
  if (std::isinf(y) && std::isfinite(x)) return I.new_float(x);
  double r = std::fmod(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) domain(I);
  return I.new_float(r);
}

Value m_remainder(Interp& I, CallArgs& a) {
  n_args(I, a, "remainder", 2);
  double x = real(I, a[0]), y = real(I, a[1]);
  if (std::isnan(x) || std::isnan(y)) return I.new_float(NAN);
  if (std::isinf(x) || y == 0) domain(I);
  if (std::isinf(y)) return I.new_float(x);
  return I.new_float(std::remainder(x, y));
}

Value m_copysign(Interp& I, CallArgs& a) {
  n_args(I, a, "copysign", 2);
  return I.new_float(std::copysign(real(I, a[0]), real(I, a[1])));
}

Value m_nextafter(Interp& I, CallArgs& a) {
  n_args(I, a, "nextafter", 2);
  return I.new_float(std::nextafter(real(I, a[0]), real(I, a[1])));
}

Value m_ulp(Interp& I, CallArgs& a) {
  one_arg(I, a, "ulp");
  double x = std::fabs(real(I, a[0]));
  if (std::isnan(x) || std::isinf(x)) return I.new_float(x);
  double up = std::nextafter(x, INFINITY);
  if (std::isinf(up)) return I.new_float(x - std::nextafter(x, -INFINITY));
  return I.new_float(up - x);
}

Value m_ldexp(Interp& I, CallArgs& a) {
  n_args(I, a, "ldexp", 2);
  double x = real(I, a[0]);
  Value e = int_arg(I, a[1]);
  int64_t exp;
  if (e.is_small()) exp = e.small_value();
  else exp = int_to_big(I, e).sign() > 0 ? INT32_MAX : INT32_MIN;
  if (exp > INT32_MAX) exp = INT32_MAX;
  if (exp < INT32_MIN) exp = INT32_MIN;
  if (x == 0 || !std::isfinite(x)) return I.new_float(x);
  double r = std::ldexp(x, int(exp));
  if (std::isinf(r)) range_err(I);
  return I.new_float(r);
}

Value m_frexp(Interp& I, CallArgs& a) {
  one_arg(I, a, "frexp");
  double x = real(I, a[0]);
  int e = 0;
  double m = (std::isnan(x) || std::isinf(x) || x == 0) ? x : std::frexp(x, &e);
  return obj_value(I.tuple({I.new_float(m), Value::small(e)}));
}

Value m_modf(Interp& I, CallArgs& a) {
  one_arg(I, a, "modf");
  double x = real(I, a[0]);
  if (std::isinf(x)) return obj_value(I.tuple({I.new_float(std::copysign(0.0, x)), I.new_float(x)}));
  double ip;
  double fp = std::modf(x, &ip);
  return obj_value(I.tuple({I.new_float(fp), I.new_float(ip)}));
}

Value m_degrees(Interp& I, CallArgs& a) {
  one_arg(I, a, "degrees");
  return I.new_float(real(I, a[0]) * (180.0 / M_PI));
}
Value m_radians(Interp& I, CallArgs& a) {
  one_arg(I, a, "radians");
  return I.new_float(real(I, a[0]) * (M_PI / 180.0));
}

// floor/ceil/trunc return ints: ints as they are, floats converted exactly,
// anything else through __floor__/__ceil__/__trunc__ (then __float__).
Value rounding(Interp& I, CallArgs& a, const char* name, Str* dunder, double (*f)(double)) {
  one_arg(I, a, name);
  Value v = a[0];
  if (v.is_small() || is_big_int(v)) return v;
  if (v.is_bool()) return Value::small(v.is_true());
  if (v.is_obj() && v.obj()->type == I.t.float_) return int_from_double(I, f(v.as<FloatObj>()->v));
  if (!type_lookup(type_of(I, v), dunder).empty()) return call_special(I, v, dunder, nullptr, 0);
  if (dunder == I.names->__trunc__)
    I.raise(I.t.TypeError, "type %s doesn't define __trunc__ method", type_name(I, v));
  return int_from_double(I, f(real(I, v)));
}
double c_floor(double x) { return std::floor(x); }
double c_ceil(double x) { return std::ceil(x); }
double c_trunc(double x) { return std::trunc(x); }
Value m_floor(Interp& I, CallArgs& a) { return rounding(I, a, "floor", I.names->__floor__, c_floor); }
Value m_ceil(Interp& I, CallArgs& a) { return rounding(I, a, "ceil", I.names->__ceil__, c_ceil); }
Value m_trunc(Interp& I, CallArgs& a) { return rounding(I, a, "trunc", I.names->__trunc__, c_trunc); }

Value m_isfinite(Interp& I, CallArgs& a) {
  one_arg(I, a, "isfinite");
  return Value::boolean(std::isfinite(real(I, a[0])));
}
Value m_isinf(Interp& I, CallArgs& a) {
  one_arg(I, a, "isinf");
  return Value::boolean(std::isinf(real(I, a[0])));
}
Value m_isnan(Interp& I, CallArgs& a) {
  one_arg(I, a, "isnan");
  return Value::boolean(std::isnan(real(I, a[0])));
}

Value m_isclose(Interp& I, CallArgs& a) {
  static const ArgSpec specs[] = {{nullptr, Value()}, {nullptr, Value()}, {"rel_tol", Value::NotImplemented()}, {"abs_tol", Value::NotImplemented()}};
  Value v[4];
  parse_args(I, a, "isclose", specs, v);
  double x = real(I, v[0]), y = real(I, v[1]);
  double rel = v[2].is_not_implemented() ? 1e-09 : real(I, v[2]);
  double abs_tol = v[3].is_not_implemented() ? 0.0 : real(I, v[3]);
  if (rel < 0 || abs_tol < 0) I.raise(I.t.ValueError, "tolerances must be non-negative");
  if (x == y) return Value::True();
  if (std::isinf(x) || std::isinf(y)) return Value::False();
  double diff = std::fabs(y - x);
  return Value::boolean((diff <= std::fabs(rel * y)) || (diff <= std::fabs(rel * x)) || diff <= abs_tol);
}

// hypot/dist: scaled to avoid overflow, as CPython's vector_norm (simplified).
double vector_norm(const std::vector<double>& xs) {
  double maxv = 0;
  bool nan = false;
  for (double x : xs) {
    double ax = std::fabs(x);
    if (std::isinf(ax)) return INFINITY;
    if (std::isnan(ax)) nan = true;
    else maxv = std::max(maxv, ax);
  }
  if (nan) return NAN;
  if (maxv == 0 || xs.size() <= 1) return maxv;
  if (xs.size() == 2) return std::hypot(xs[0], xs[1]);
  long double sum = 0;
  for (double x : xs) {
    long double q = (long double)x / maxv;
    sum += q * q;
  }
  return double(maxv * std::sqrt(sum));
}

Value m_hypot(Interp& I, CallArgs& a) {
  check_no_kwargs(I, a, "hypot");
  std::vector<double> xs;
  for (uint32_t i = 0; i < a.npos(); i++) xs.push_back(real(I, a[i]));
  return I.new_float(vector_norm(xs));
}

Value m_dist(Interp& I, CallArgs& a) {
  n_args(I, a, "dist", 2);
  Tuple* p = tuple_from_iterable(I, a[0]);
  Tuple* q = tuple_from_iterable(I, a[1]);
  if (p->size != q->size) I.raise(I.t.ValueError, "both points must have the same number of dimensions");
  std::vector<double> xs;
  for (uint32_t i = 0; i < p->size; i++) xs.push_back(real(I, p->items[i]) - real(I, q->items[i]));
  return I.new_float(vector_norm(xs));
}

// Shewchuk's exact summation, with CPython's handling of specials and overflow.
Value m_fsum(Interp& I, CallArgs& a) {
  one_arg(I, a, "fsum");
  std::vector<double> partials;
  double special_sum = 0, inf_sum = 0;
  bool overflow = false;
  for_each(I, a[0], [&](Value v) {
    double x = real(I, v);
    double xsave = x;
    size_t i = 0;
    for (double y : partials) {
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      double hi = x + y;
      double lo = y - (hi - x);
      if (lo != 0.0) partials[i++] = lo;
      x = hi;
    }
    partials.resize(i);
    if (x != 0.0) {
      if (!std::isfinite(x)) {
        if (std::isfinite(xsave)) {
          overflow = true;
        } else {
          if (std::isinf(xsave)) inf_sum += xsave;
          special_sum += xsave;
        }
        partials.clear();
      } else {
        partials.push_back(x);
      }
    }
  });
  if (special_sum != 0.0) {
    if (std::isnan(inf_sum)) I.raise(I.t.ValueError, "-inf + inf in fsum");
    return I.new_float(special_sum);
  }
  if (overflow) I.raise(I.t.OverflowError, "intermediate overflow in fsum");
  double hi = 0.0;
  size_t n = partials.size();
  if (n > 0) {
    hi = partials[--n];
    double lo = 0;
    while (n > 0) {
      double x = hi;
      double y = partials[--n];
      hi = x + y;
      double yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) break;
    }
    if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))) {
      double y = lo * 2.0;
      double x = hi + y;
      double yr = x - hi;
      if (y == yr) hi = x;
    }
  }
  return I.new_float(hi);
}

// --- integers ----------------------------------------------------------------

// Product of lo..hi (inclusive) by binary splitting: balanced big-int multiplies.
BigInt range_product(int64_t lo, int64_t hi) {
  if (lo > hi) return BigInt(int64_t(1));
  if (hi - lo < 16) {
    BigInt r(int64_t(1));
    int64_t acc = 1;
    for (int64_t k = lo; k <= hi; k++) {
      if (acc > (int64_t(1) << 62) / (k > 0 ? k : 1)) {
        r *= BigInt(acc);
        acc = 1;
      }
      acc *= k;
    }
    return r * BigInt(acc);
  }
  int64_t mid = lo + (hi - lo) / 2;
  return range_product(lo, mid) * range_product(mid + 1, hi);
}

// Why 10**7: factorial(10**7) has 65 million digits; beyond that the
// interpreter would run out of memory long before finishing.
constexpr int64_t kMaxFactorialArg = 10000000;

int64_t small_nonneg(Interp& I, Value v, const char* neg_msg) {
  if (!v.is_small()) {
    if (int_to_big(I, v).sign() < 0) I.raise(I.t.ValueError, "%s", neg_msg);
    I.raise(I.t.OverflowError, "%s", "Python int too large to convert to C long");
  }
  int64_t n = v.small_value();
  if (n < 0) I.raise(I.t.ValueError, "%s", neg_msg);
  return n;
}

Value m_factorial(Interp& I, CallArgs& a) {
  one_arg(I, a, "factorial");
  int64_t n = small_nonneg(I, int_arg(I, a[0]), "factorial() not defined for negative values");
  if (n > kMaxFactorialArg) I.raise(I.t.OverflowError, "factorial() argument should not exceed %lld", (long long)kMaxFactorialArg);
  return I.new_int(range_product(2, n));
}

Value m_perm(Interp& I, CallArgs& a) {
  check_no_kwargs(I, a, "perm");
  if (a.npos() < 1 || a.npos() > 2) I.raise(I.t.TypeError, "perm expected at most 2 arguments, got %u", a.npos());
  Value nv = int_arg(I, a[0]);
  if (a.npos() == 1 || a[1].is_none()) {
    int64_t n = small_nonneg(I, nv, "factorial() not defined for negative values");
    return I.new_int(range_product(2, n));
  }
  Value kv = int_arg(I, a[1]);
  int64_t n = small_nonneg(I, nv, "n must be a non-negative integer");
  int64_t k = small_nonneg(I, kv, "k must be a non-negative integer");
  if (k > n) return Value::small(0);
  return I.new_int(range_product(n - k + 1, n));
}

Value m_comb(Interp& I, CallArgs& a) {
  n_args(I, a, "comb", 2);
  Value nv = int_arg(I, a[0]), kv = int_arg(I, a[1]);
  int64_t n = small_nonneg(I, nv, "n must be a non-negative integer");
  int64_t k = small_nonneg(I, kv, "k must be a non-negative integer");
  if (k > n) return Value::small(0);
  k = std::min(k, n - k);
  BigInt num = range_product(n - k + 1, n);
  BigInt den = range_product(2, k);
  return I.new_int(num.floordiv(den));
}

Value m_gcd(Interp& I, CallArgs& a) {
  check_no_kwargs(I, a, "gcd");
  BigInt g(int64_t(0));
  for (uint32_t i = 0; i < a.npos(); i++) g = BigInt::gcd(g, int_to_big(I, int_arg(I, a[i])));
  return I.new_int(std::move(g));
}

Value m_lcm(Interp& I, CallArgs& a) {
  check_no_kwargs(I, a, "lcm");
  BigInt l(int64_t(1));
  for (uint32_t i = 0; i < a.npos(); i++) {
    BigInt x = int_to_big(I, int_arg(I, a[i])).abs();
    if (x.is_zero() || l.is_zero()) {
      l = BigInt(int64_t(0));
      continue;
    }
    l = (l * x).floordiv(BigInt::gcd(l, x));
  }
  return I.new_int(std::move(l));
}

Value m_isqrt(Interp& I, CallArgs& a) {
  one_arg(I, a, "isqrt");
  BigInt n = int_to_big(I, int_arg(I, a[0]));
  if (n.sign() < 0) I.raise(I.t.ValueError, "isqrt() argument must be nonnegative");
  return I.new_int(n.isqrt());
}

Value m_prod(Interp& I, CallArgs& a) {
  static const ArgSpec specs[] = {{nullptr, Value()}, {"start", Value::small(1)}};
  Value v[2];
  parse_args(I, a, "prod", specs, v);
  Value acc = v[1];
  for_each(I, v[0], [&](Value x) { acc = binary_op(I, acc, x, BinOp::Mul); });
  return acc;
}

const MethodDef kMathFunctions[] = {
    {"sqrt", m_sqrt},       {"exp", m_exp},         {"exp2", m_exp2},         {"expm1", m_expm1},
    {"sin", m_sin},         {"cos", m_cos},         {"tan", m_tan},           {"asin", m_asin},
    {"acos", m_acos},       {"atan", m_atan},       {"sinh", m_sinh},         {"cosh", m_cosh},
    {"tanh", m_tanh},       {"asinh", m_asinh},     {"acosh", m_acosh},       {"atanh", m_atanh},
    {"fabs", m_fabs},       {"erf", m_erf},         {"erfc", m_erfc},         {"cbrt", m_cbrt},
    {"log1p", m_log1p},     {"gamma", m_gamma},     {"lgamma", m_lgamma},     {"log", m_log},
    {"log2", m_log2},       {"log10", m_log10},     {"pow", m_pow},           {"atan2", m_atan2},
    {"fmod", m_fmod},       {"remainder", m_remainder}, {"copysign", m_copysign}, {"nextafter", m_nextafter},
    {"ulp", m_ulp},         {"ldexp", m_ldexp},     {"frexp", m_frexp},       {"modf", m_modf},
    {"degrees", m_degrees}, {"radians", m_radians}, {"floor", m_floor},       {"ceil", m_ceil},
    {"trunc", m_trunc},     {"isfinite", m_isfinite}, {"isinf", m_isinf},     {"isnan", m_isnan},
    {"isclose", m_isclose}, {"hypot", m_hypot},     {"dist", m_dist},         {"fsum", m_fsum},
    {"factorial", m_factorial}, {"perm", m_perm},   {"comb", m_comb},         {"gcd", m_gcd},
    {"lcm", m_lcm},         {"isqrt", m_isqrt},     {"prod", m_prod},         {nullptr, nullptr},
};

}  // namespace

Module* init_math_module(Interp& I) {
  Module* m = I.new_module("math");
  add_functions(I, m, kMathFunctions);
  set_attr_str(I, m, "pi", I.new_float(M_PI));
  set_attr_str(I, m, "e", I.new_float(M_E));
  set_attr_str(I, m, "tau", I.new_float(2 * M_PI));
  set_attr_str(I, m, "inf", I.new_float(INFINITY));
  set_attr_str(I, m, "nan", I.new_float(NAN));
  return m;
}

}  // namespace il
