r = range(10)
print(r, len(r), r[0], r[-1], r[2:5], r[::-1], r[::3], list(r[1:8:2]))
print(range(2, 10, 3), list(range(2, 10, 3)), len(range(0, 10, 3)), list(range(10, 0, -3)))
print(list(range(5, 0)), len(range(5, 0)), list(range(-3, 3)), range(0) == range(5, 5))
print(5 in r, 10 in r, -1 in r, 4 in range(0, 10, 2), 5 in range(0, 10, 2), 3.0 in r)
print(range(0, 10, 2) == range(0, 9, 2), range(3) == range(0, 3, 1), range(1) != range(2))
print(r.index(7), r.count(3), r.start, r.stop, r.step, range(1, 2, 3).step)
print(range(10 ** 20)[-1], 10 ** 20 - 1 in range(10 ** 20), sum(range(101)), repr(range(-5, 5, 2)))
try:
    r[10]
except IndexError as e:
    print(e)
try:
    range(1.5)
except TypeError as e:
    print(e)
