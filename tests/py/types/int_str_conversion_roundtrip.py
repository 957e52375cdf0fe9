for n in (0, 7, -7, 10 ** 18, -(10 ** 25), 2 ** 64, 123456789):
    s = str(n)
    print(s, int(s) == n, len(s), repr(n) == s)
print(str(-0), int("-0"), int("+0"), int("0000"))
print(int("9" * 50) + 1 == 10 ** 50)
