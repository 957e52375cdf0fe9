print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(0, 3))
print(pow(2, 10), pow(2, 10, 1000), pow(3, -1, 7), pow(5, -2, 13), pow(-2, 3), pow(2, -1))
print(pow(7, 0), 0 ** 0, pow(123456789, 987654321, 1000000007))
print(2 ** 0.5 == pow(2, 0.5), (-8) ** (1 / 3) == pow(-8, 1 / 3))
print(type((-8) ** 0.5).__name__)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(e)
