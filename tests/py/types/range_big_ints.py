# Ranges with bounds or lengths beyond 64 bits (CPython's longrange).
r = range(10**20)
print(repr(r), r.start, r.stop, r.step, r[5], r[-1], 5 in r, 10**20 in r, -1 in r, bool(r))
print(r == range(0, 10**20), r != range(1, 10**20), hash(r) == hash(range(0, 10**20, 1)))
print(r[10**19], r[1:10], r[::2], r[::-1], r[-5:], r[10**19:-10**19:-3], r.index(7), r.count(7), r.count(10**20))
try:
    len(r)
except OverflowError as e:
    print("OverflowError", e)
try:
    r[10**20]
except IndexError as e:
    print("IndexError", e)
try:
    r.index(-3)
except ValueError as e:
    print("ValueError", e)
print(list(range(2**63 - 2, 2**63 + 2)), range(-10**20, 0, 10**19)[3], len(range(-10**20, 0, 10**19)))
print(type(iter(r)).__name__, list(range(2**64, 2**64 + 3)), list(reversed(range(2**64, 2**64 + 3))))
print(r.__reduce__(), range(2**64, 2**64 + 3)[1:], range(10**30, 0, -10**29), list(range(10**30, 0, -3 * 10**29)))
print(range(10**20, 0), bool(range(10**20, 0)), len(range(10**20, 0)), list(range(10**20, 0)))
it = iter(range(2**64, 2**64 + 5))
next(it)
print(it.__length_hint__(), 2**64 + 4 in range(2**64, 2**64 + 5, 2), 2**64 + 3 in range(2**64, 2**64 + 5, 2))
print(3.0 in range(2**64), range(2**64).index(3.0) if False else '', sum(range(2**64, 2**64 + 3)))
