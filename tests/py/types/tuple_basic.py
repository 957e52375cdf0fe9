t = (1, "two", 3.0, None)
print(t, len(t), t[1], t[-1], t[1:3], type(t).__name__)
print((1,), (), tuple(), tuple("ab"), tuple([1, 2]), (1, 2) + (3,), (0,) * 3)
x = 1,
print(x, type(x).__name__)
print((1, 2, 2, 3).count(2), (1, 2, 3).index(3), (1, 2) < (1, 3), (2,) > (1, 9), (1, 2) == (1, 2))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "tuple key"}[(1, 2)])
a, b = t[:2]
print(a, b)
try:
    t[0] = 5
except TypeError as e:
    print(e)
try:
    (1, 2).index(5)
except ValueError as e:
    print(e)
print(((1, 2), [3]), repr(("a",)), str((None,)))
