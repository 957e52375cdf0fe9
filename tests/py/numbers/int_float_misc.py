# Methods reached through the type dicts, mixed-type dunders returning
# NotImplemented, the numeric tower's hash equality, and sum/min/max on numbers.
print(int.__add__(2, 3), int.__radd__(2, 3), int.__sub__(2, 3), int.__rsub__(2, 3), int.__truediv__(1, 4))
print(int.__add__(2, 1.5), float.__add__(1.5, 2), float.__radd__(1.5, 2), float.__rsub__(1.5, 2), float.__rtruediv__(2.0, 1))
print(int.__eq__(1, 1.0), float.__eq__(1.0, 1), int.__lt__(1, 2), float.__lt__(1.0, 2 ** 100), complex.__eq__(1j, 1j))
print(int.__pow__(2, 5, 7), int.__rpow__(2, 5), float.__pow__(2.0, 0.5), float.__rpow__(2.0, 3), int.__divmod__(7, -2), float.__rdivmod__(2.0, 7))
print(int.__neg__(5), int.__invert__(5), int.__abs__(-5), int.__bool__(0), int.__index__(7), int.__float__(3), int.__round__(15, -1))
print(float.__trunc__(-2.5), float.__floor__(-2.5), float.__ceil__(-2.5), float.__int__(2.9), float.__round__(2.5), float.__round__(2.675, 2))
print((7).__floor__(), (7).__ceil__(), (7).__trunc__(), (7).conjugate(), (7).__getnewargs__(), (1.5).__getnewargs__(), (1+2j).__getnewargs__())
print(hash(1) == hash(1.0) == hash(1 + 0j), hash(0.5) == hash(0.5 + 0j), {1: "a", 1.0: "b", 1 + 0j: "c"})
print(sum([0.1] * 10), sum([1, 2.5, 3j]), min(3, 2.5, 2 ** 70), max(-1, -1.5, -(2 ** 70)), sorted([3, 1.5, 2 ** 65, -2, True]))
print(divmod(7, 2.5), divmod(-7, 2), divmod(2 ** 100, 3 ** 20), abs(-2.5), abs(-(2 ** 100)), abs(3 - 4j))
print(round(7.5), round(-7.5), round(8.5), round(7.45, 1), round(2 ** 70 + 0.0), int("7") + float("0.5"))
print(int.__new__(int, "12"), float.__new__(float, "1.5"), complex.__new__(complex, 1, 2), int.from_bytes(b"\x01\x02", byteorder="big"))
class MyInt(int):
    pass
print(type(MyInt.from_bytes(b"\x05", "big")).__name__, MyInt.from_bytes(b"\x05", "big"))
class MyFloat(float):
    pass
print(type(MyFloat.fromhex("0x1p3")).__name__, MyFloat.fromhex("0x1p3"))
print(isinstance(True, int), issubclass(bool, int), int.__mro__, bool.__mro__, float.__mro__)
print(1 .real, 1.5 .imag, (2 ** 80).numerator, (2 ** 80).denominator, True.real, True.imag)
