f = frozenset([3, 1, 2, 1])
print(f, len(f), 1 in f, type(f).__name__, frozenset(), repr(frozenset()))
print(f | {9}, type(f | {9}).__name__, type({9} | f).__name__, f & {1, 5})
print(f == {1, 2, 3}, hash(f) == hash(frozenset({1, 2, 3})))
d = {f: "frozen key"}
print(d[frozenset({1, 2, 3})])
try:
    f.add(4)
except AttributeError as e:
    print(e)
print({frozenset({1}), frozenset({1})}, sorted(f.union([0])))
