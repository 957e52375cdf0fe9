import math
cases = [
    "math.sqrt(-1)", "math.log(0)", "math.log(-1)", "math.log(10, 1)", "math.exp(1000)",
    "math.factorial(-1)", "math.factorial(1.5)", "math.comb(-1, 2)", "math.comb(3, -1)",
    "math.perm(-1)", "math.isqrt(-1)", "math.gamma(0)", "math.gamma(-1)", "math.gamma(200)",
    "math.lgamma(0)", "math.fmod(1, 0)", "math.floor('a')", "math.trunc('a')", "math.sqrt('a')",
    "math.ldexp(1.0, 100000)", "math.pow(0, -1)", "math.acos(2)", "math.gcd(1.5)",
    "math.fsum([1e308, 1e308])", "math.fsum([math.inf, -math.inf])", "math.dist([1], [1, 2])",
    "math.ceil(math.inf)", "math.floor(math.nan)", "math.isclose(1, 1, rel_tol=-1)", "math.cosh(1000)",
    "math.atanh(1)", "math.sqrt(10 ** 400)", "math.sqrt(1, 2)", "math.log(1, 0)",
]
for c in cases:
    try:
        print(c, "->", eval(c))
    except Exception as e:
        print(c, "->", type(e).__name__, e)
print(math.fsum([math.inf, 1.0]), math.fsum([math.nan]), math.sqrt(math.inf))
