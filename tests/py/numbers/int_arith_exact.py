# Floor division/modulo signs, powers, shifts and bit operations on small
# and big ints; true division correctly rounded; pow with a modulus.
vals = [7, -7, 3, -3, 1, 2 ** 64 + 5, -(2 ** 70) - 3, 2 ** 61, -(2 ** 61), 2 ** 62 - 1]
for a in vals:
    for b in [3, -3, 2 ** 65 + 1, -(2 ** 62)]:
        print(a // b, a % b, divmod(a, b), a & b, a | b, a ^ b)
print([x * y for x in (2 ** 31, -(2 ** 31), 2 ** 61) for y in (2 ** 31, 2 ** 33)])
print(2 ** 62 + 2 ** 62, -(2 ** 61) - 2 ** 61, (2 ** 61) * 4, -(-(2 ** 61)))
print(2 ** 100, (-3) ** 41, 10 ** 30 // 7, 0 ** 0, (-1) ** (2 ** 100 + 1))
print(2 ** -1, (-2) ** -3, 10 ** -2, (2 ** 100) ** 0)
print(1 << 100, -1 << 70, (1 << 100) >> 99, -(1 << 100) >> 200, 5 >> 100, -5 >> 1)
print(~0, ~(2 ** 80), -(2 ** 80) & 0xFFFF, (2 ** 80) | -1, (2 ** 80) ^ -(2 ** 79))
print(1 / 3, 2 ** 80 / 3, (2 ** 200 + 1) / 2 ** 100, 10 ** 40 / 10 ** 20, -7 / 2)
print(pow(3, 200, 1000), pow(-3, 5, 7), pow(3, 5, -7), pow(2, -1, 7), pow(38, -1, 97), pow(5, 0, 1))
print(pow(2, 10), pow(2, -2), pow(2 ** 70, 3, 10 ** 9 + 7))
for expr in ["1 // 0", "1 % 0", "divmod(1, 0)", "1 / 0", "2**100 // 0", "2**100 % 0", "0 ** -1",
             "1 << -1", "1 >> -1", "pow(2, 3, 0)", "pow(4, -1, 8)", "pow(2, 1.5, 3)", "pow(2.0, 2, 3)",
             "10**400 / 3", "(10**400) * 1.0", "1 << 2**63"]:
    try:
        print(expr, "=", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)
print(abs(-(2 ** 100)), abs(-5), -(-(2 ** 61)), +(2 ** 100))
print(round(12345, -2), round(12355, -1), round(12345, -1), round(-15, -1), round(5, 2), round(7, -5))
print(round(2 ** 100, -30), round(123), type(round(123, 1)).__name__)
print((255).bit_length(), (-256).bit_length(), (0).bit_length(), (2 ** 100).bit_count(), (-7).bit_count())
print((1024).to_bytes(2, "big"), (1024).to_bytes(3, "little"), (-1).to_bytes(2, "big", signed=True))
print((255).to_bytes(), int.from_bytes(b"\xff\x00", "little"), int.from_bytes(b"\xff", "big", signed=True))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(b"\x01" * 20, "little"))
for expr in ["(256).to_bytes(1, 'big')", "(-1).to_bytes(1, 'big')", "(1).to_bytes(1, 'middle')",
             "int.from_bytes('ab', 'big')", "(1).to_bytes(-1, 'big')"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__, e)
print((6).as_integer_ratio(), (-6).conjugate(), (5).numerator, (5).denominator, (5).imag)
print((0).__sizeof__(), (1).__sizeof__(), (2 ** 30).__sizeof__(), (2 ** 100).__sizeof__())
print(hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(2 ** 100), hash(-(2 ** 100)))
print(hash(10 ** 30), hash(-(10 ** 30)), hash(2 ** 64 - 1))
