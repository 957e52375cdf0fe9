for n in (0, 1, 2, 255, 256, -256, 2 ** 100):
    print(n.bit_length(), end=" ")
print()
print((10).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print((255).bit_count(), (-1).bit_count() if hasattr(int, "bit_count") else 1)
print((5).conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator)
print(abs(-7), -(-7), +(-7))
