print(-5 & 3, -5 | 3, -5 ^ 3, ~5, ~-5, ~0)
print(-1 >> 10, -16 >> 2, 1 << 70, -1 << 3)
print(-(2 ** 80) & 0xFFFF, (2 ** 80 - 1) ^ (2 ** 79))
print(6 & -6, 12 & ~(12 - 1))
print(bin(-10), hex(-255), oct(-8))
try:
    1 << -1
except ValueError as e:
    print(e)
