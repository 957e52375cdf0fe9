pairs = [(1, 'a'), (2, 'b'), (3, 'c')]
for n, s in pairs:
    print(n, s)
for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print(a, b, c)
for first, *rest in [[1, 2, 3], [4], [5, 6]]:
    print(first, rest)
d = {}
for d['k'] in range(3):
    pass
print(d)
class O: pass
o = O()
for o.attr in "xyz":
    pass
print(o.attr)
lst = [0, 0, 0]
for i, lst[i] in enumerate([7, 8, 9]):
    pass
print(lst)
