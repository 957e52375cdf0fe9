# Iteration order of int sets after literals, add/discard, update, copies and
# set algebra must follow CPython's table layout exactly.
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n
print({100, 3, 67}, {67, 3, 100}, {1, 9, 17, 25, 33}, {-1, -2, 7, 15}, frozenset({40, 8, 16}))
print(5 in {13, 21, 5}, {64, 0, 32} | {128}, {64, 0, 32} & {0, 64})
for trial in range(40):
    s = set()
    ops = []
    for step in range(rnd(40) + 1):
        k = rnd(4)
        x = rnd(200) - 20
        if k < 2:
            s.add(x)
        elif k == 2:
            s.discard(x)
        else:
            s.update([x, x + 8, x * 2])
    t = set(s)
    u = s.copy()
    u.add(rnd(64))
    f = frozenset(s)
    print(trial, s, t == s, list(t) == list(s), u, f | {1, 2}, s - {8, 16}, s ^ {3, 11}, sorted(s) == sorted(f))
    while len(s) > 3:
        s.pop()
    print(s)
