for a in (7, -7):
    for b in (2, -2, 3, -3):
        print(a, b, a // b, a % b, divmod(a, b))
print(-1 // 10, -1 % 10, 1 % -10)
print(-(10 ** 20) // 7, -(10 ** 20) % 7)
