for n in (0, 1, 10, 255, 256, -1, 2 ** 40):
    print(n, hex(n), oct(n), bin(n))
print(format(255, "x"), format(255, "#X"), format(5, "08b"), format(-5, "b"))
print(int(hex(12345), 16), int(bin(99), 2), int(oct(64), 8))
