t = ([1], 2)
t[0].append(3)
print(t)
try:
    t[0] += [4]
except TypeError as e:
    print(e)
print(t)
try:
    hash(t)
except TypeError as e:
    print(e)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested), sum(len(p) for p in nested))
