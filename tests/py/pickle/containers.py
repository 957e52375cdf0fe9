# Containers: the opcodes, the APPENDS/SETITEMS/ADDITEMS batches of 1000, the
# memo (shared and recursive references) at every protocol, byte for byte.
import hashlib
import pickle


def show(label, obj, full=True):
    for p in range(pickle.HIGHEST_PROTOCOL + 1):
        b = pickle.dumps(obj, protocol=p)
        r = pickle.loads(b)
        shown = b if full else (len(b), hashlib.sha256(b).hexdigest()[:16])
        print(label, p, shown, r == obj, type(r).__name__)


for t in [(), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), tuple(range(10)), ((1, 2), (3, (4, 5)))]:
    show('tuple', t)
for l in [[], [1], [1, 2], ['a', ['b', []]], [None, True, 1.5]]:
    show('list', l)
for n in [999, 1000, 1001, 2000, 2001]:
    show('list%d' % n, list(range(n)), full=False)
for d in [{}, {'a': 1}, {'a': 1, 'b': 2}, {1: 'x', (1, 2): [3], 'k': {'n': None}}]:
    show('dict', d)
for n in [1000, 1001, 2500]:
    show('dict%d' % n, {i: str(i) for i in range(n)}, full=False)
for s in [set(), {1}, {1, 2, 3}, {10, 20}, {(1, 2), 3.5}]:
    show('set', s)
show('set1001', set(range(1001)), full=False)
for f in [frozenset(), frozenset({1}), frozenset({1, 2, 2.5})]:
    show('frozenset', f)
show('frozenset2000', frozenset(range(2000)), full=False)
for r in [range(0), range(10), range(1, 10, 3), range(10, 0, -2), range(2**70)]:
    show('range', r)
for s in [slice(5), slice(1, 2), slice(1, None, -1), slice('a', 'b', 'c')]:
    show('slice', s)

# Shared references are written once and fetched from the memo after.
x = [1, 2]
show('shared', [x, x, (x, x)])
s = 'shared-string'
show('sharedstr', [s, s, {s: s}])
t = (1, 'two')
show('sharedtuple', [t, t])
fs = frozenset({1})
show('sharedfs', [fs, fs])

# Recursive structures: the object refers to itself.
for p in range(pickle.HIGHEST_PROTOCOL + 1):
    l = [1]
    l.append(l)
    b = pickle.dumps(l, p)
    r = pickle.loads(b)
    print('reclist', p, b, r[1] is r, r[0])
    d = {'k': 1}
    d['self'] = d
    b = pickle.dumps(d, p)
    r = pickle.loads(b)
    print('recdict', p, b, r['self'] is r)
    holder = []
    t = (holder, 2)
    holder.append(t)
    b = pickle.dumps(t, p)
    r = pickle.loads(b)
    print('rectuple', p, b, r[0][0] is r, r[1])
    holder = []
    t = (holder, 2, 3, 4, 5)
    holder.append(t)
    b = pickle.dumps([t], p)
    r = pickle.loads(b)
    print('rectuple5', p, b, r[0][0][0] is r[0])

# Typical multiprocessing messages.
show('msg', ('task', 7, [1, 2, 3], {'retries': 0}))
show('msg2', [('result', i, i * i) for i in range(5)])
