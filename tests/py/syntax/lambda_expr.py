sq = lambda x: x * x
print(sq(7))
add = lambda a, b=10: a + b
print(add(1), add(1, 2))
print((lambda *a, **k: (a, sorted(k)))(1, 2, z=3))
print(sorted([3, -1, 2, -5], key=lambda v: abs(v)))
print(sq.__name__)
fs = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in fs])
print((lambda: "no args")())
