print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([c.upper() for c in "abc"])
print([[j for j in range(i)] for i in range(4)])
print([x for x in []])
m = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in m])
print([[row[i] for row in m] for i in range(3)])
