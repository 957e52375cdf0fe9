# float arithmetic edge cases: divmod signs, zero division messages, ** into
# complex, overflow, comparisons with big ints, hashing and methods.
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (0.0, -3), (-0.0, 3), (5, 0.5), (1e300, 1e-300)]:
    print(a // b, a % b, divmod(a, b), a / b)
for expr in ["1.0 / 0", "1.0 // 0", "1.0 % 0", "divmod(1.0, 0)", "0.0 ** -1", "10.0 ** 400", "(-8) ** (1/3)",
             "(-1) ** 0.5", "(-2.0) ** 2", "(-2.0) ** -1", "0.0 ** 0", "float('nan') ** 0", "1 ** float('nan')",
             "float('inf') ** -1", "(-float('inf')) ** 3", "2.0 ** float('inf')", "0.5 ** float('inf')",
             "1e308 * 10", "2 ** 1024 * 1.0", "1.0 << 2", "pow(2.0, 3, 5)", "-0.0 % 5", "5 % -0.0"]:
    try:
        print(expr, "=", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)
print(2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > float(2 ** 53), float(2 ** 53) < 2 ** 53 + 1)
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308, 10 ** 400 < float("inf"), 1 == 1.0, 2 ** 64 == 2.0 ** 64)
nan = float("nan")
print(nan == nan, nan != nan, nan < 1, 1 < nan, 5 == nan, nan != 5)
print(hash(1.0) == hash(1), hash(0.5), hash(-0.5), hash(1e100), hash(-1e-100), hash(float("inf")), hash(-float("inf")))
print(hash(2.0 ** 70) == hash(2 ** 70), hash(-1.0), hash(0.0), hash(-0.0))
print((3.5).is_integer(), (4.0).is_integer(), (0.75).as_integer_ratio(), (-2.5).as_integer_ratio(), (1e300).as_integer_ratio()[1])
print((1.0).hex(), (-0.1).hex(), (0.0).hex(), (-0.0).hex(), (5e-324).hex(), (1.7976931348623157e308).hex(), float("inf").hex())
print(float.fromhex("0x1.8p1"), float.fromhex("-0X.8"), float.fromhex(" 0x1p-1074 "), float.fromhex("0x1p-1075"), float.fromhex("0x3p-1076"), float.fromhex("inf"), float.fromhex("1.fffffffffffff8p1023") if False else 0)
for s in ["x", "0x1p99999", "0x", "1p"]:
    try:
        print(float.fromhex(s))
    except Exception as e:
        print(type(e).__name__, e)
print(round(2.675, 2), round(0.5), round(1.5), round(-2.5), round(2.5, 0), round(1234.5678, -2), round(1e300, -300), round(-0.0, 1))
print(round(float("inf"), 2), round(3.14159, 3), type(round(2.5)).__name__, type(round(2.5, None)).__name__)
for expr in ["round(float('inf'))", "round(float('nan'))", "round(1.5, 'x')", "int(1e400)"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__, e)
import math
print(math.trunc(-3.7), math.floor(-3.2), math.ceil(-3.7), math.floor(1e20), type(math.floor(2.5)).__name__)
print(float(), float("  1.5\n"), float("1_000.5"), float("-inf"), float("nAn"), float("1e5"), float(" +.5"), float(True), float(10 ** 20))
for s in ["x", "1__0", "", "1e", "infinity1"]:
    try:
        float(s)
    except ValueError as e:
        print(e)
for v in [[1], None, 10 ** 400]:
    try:
        float(v)
    except Exception as e:
        print(type(e).__name__, e)
class F(float):
    def double(self):
        return self * 2
f = F(2.5)
print(f, repr(f), type(f).__name__, f.double(), type(f + 1).__name__, f == 2.5, hash(f) == hash(2.5))
class HasFloat:
    def __float__(self):
        return 4.25
print(float(HasFloat()), (1.5).real, (1.5).imag, (1.5).conjugate(), float.__getformat__("double"))
print(-0.0, 0.0 * -1, 1e16, 1e-5, 123456789012345678.0, 0.1 + 0.2, 1 / 3, 2.5e-308 / 1e10)
print(format(1234.5678, ",.2f"), format(0.000123, "e"), format(1.5, "%"), f"{2.0:g}", f"{1e20:.3}", format(-1.5, "+08.2f"))
