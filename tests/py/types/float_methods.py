print((3.0).is_integer(), (3.5).is_integer(), (-0.0).is_integer())
print((0.5).as_integer_ratio(), (0.75).as_integer_ratio(), (3.0).as_integer_ratio())
print((255.5).hex(), float.fromhex("0x1.8p1"))
print(int(2.9999), int(-2.9999), float(2 ** 60))
print((2.5).real, (2.5).imag, (2.5).conjugate())
import math
print(math.floor(-2.5), math.ceil(-2.5), math.floor(2.5), math.ceil(2.5), type(math.floor(2.5)).__name__)
print(math.sqrt(2), math.sqrt(16.0), math.pi, math.e)
