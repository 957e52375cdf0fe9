import math
print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.sqrt(2), math.exp(1), math.log(100), math.log(8, 2), math.log2(1024), math.log10(1000))
print(math.log1p(1e-10), math.expm1(1e-10), math.pow(2, 10), math.exp2(3))
print(math.sin(1), math.cos(1), math.tan(1), math.asin(0.5), math.acos(0.5), math.atan(1), math.atan2(1, -1))
print(math.sinh(1), math.cosh(1), math.tanh(1), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.hypot(3, 4), math.hypot(1, 2, 2), math.hypot(), math.dist((0, 0), (3, 4)))
print(math.degrees(math.pi), math.radians(180))
print(math.floor(3.7), math.ceil(3.2), math.trunc(-3.7), math.floor(-3.5), type(math.floor(2.5)).__name__)
print(math.floor(10 ** 30), math.ceil(1e20), math.floor(True))
print(math.fabs(-2), math.fmod(7, 3), math.fmod(-7, 3), math.modf(3.25), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.copysign(1, -0.0), math.isfinite(1.0), math.isinf(math.inf), math.isnan(math.nan))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1), math.isclose(0, 1e-12, abs_tol=1e-9))
print(math.erf(1), math.erfc(1), math.gamma(5), math.lgamma(10), math.gamma(0.5))
print(math.nextafter(1, 2), math.ulp(1.0), math.remainder(10, 3), math.remainder(5, math.inf))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.log(10 ** 1000), math.log2(2 ** 1001), math.log10(10 ** 400), math.log(2 ** 3000, 2))
class F:
    def __floor__(self): return "floor!"
    def __ceil__(self): return "ceil!"
    def __trunc__(self): return "trunc!"
print(math.floor(F()), math.ceil(F()), math.trunc(F()))
class G:
    def __float__(self): return 2.5
print(math.sqrt(G()), math.floor(G()))
