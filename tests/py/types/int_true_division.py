print(7 / 2, 6 / 3, -7 / 2, 1 / 3, 2 / 3)
print(10 ** 20 / 10 ** 10, (2 ** 60 + 1) / 2)
print(1 / 7 * 7, 3 / 4, type(4 / 2).__name__)
print(10 ** 400 // 10 ** 399)
try:
    print(10 ** 400 / 1)
except OverflowError as e:
    print(e)
print((10 ** 400) / (10 ** 399))
