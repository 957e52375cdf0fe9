n = 7 ** 500
s = str(n)
print(len(s), s[:20], s[-20:])
print(int(s) == n)
m = -(10 ** 300) - 1
print(str(m)[:5], len(str(m)))
print(repr(2 ** 200))
