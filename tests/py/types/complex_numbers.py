z = 3 + 4j
print(z, z.real, z.imag, abs(z), z.conjugate(), z * 1j, z / 2, z ** 2)
print(complex(1, 2), complex("3+4j"), complex(2), 1j ** 2, (1 + 1j) == complex(1, 1))
print(repr(-0j), repr(complex(0, -1)), repr(1 + 0j), type(z).__name__)
try:
    z < 1
except TypeError as e:
    print(e)
