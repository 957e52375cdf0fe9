a = list(range(10))
print(a[::2], a[1::2], sum(a), max(a), min(a), len(a))
a[2:5] = [0]
print(a)
print(a.index(0, 1), [x for x in a if x % 2])
print(list(reversed(a)), a[::-1] == list(reversed(a)))
m = [[1, 2], [3, 4]]
cp = m.copy()
cp[0].append(99)
cp[1] = "new"
print(m, cp)
print(list(map(list, zip(*m))))
print([1, 2, 3] == (1, 2, 3), [1, 2] == [1.0, 2.0])
