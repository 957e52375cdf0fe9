s = {3, 1, 2, 3, 1}
print(s, len(s), 2 in s, 5 not in s)
s.add(4); s.add(1); print(s)
s.discard(10); s.discard(4); print(s)
s.remove(3); print(s)
try:
    s.remove(3)
except KeyError as e:
    print("KeyError", e)
print(set(), set([1, 2, 2]), set("aab") == {"a", "b"}, set(range(5)))
p = {5, 6}
print(p.pop() in (5, 6), len(p))
p.clear()
print(p, type(p).__name__, repr(set()), bool(set()))
print(sorted({10, -1, 5}), sum({1, 2, 3}), max({4, 9, 2}))
