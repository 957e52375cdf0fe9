# collections.deque: the full API with CPython's messages (native deque)
from collections import deque
import copy
import pickle

def attempt(label, f):
    try:
        r = f()
        print(label, '->', r)
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

d = deque([1, 2, 3])
attempt('maxlen neg', lambda: deque(maxlen=-1))
attempt('maxlen str', lambda: deque(maxlen='a'))
attempt('maxlen big', lambda: deque(maxlen=2**70))
attempt('maxlen bool', lambda: deque([1, 2], maxlen=True))
attempt('remove missing', lambda: d.remove(5))
attempt('index missing', lambda: d.index(5))
attempt('index start', lambda: d.index(1, 'a'))
attempt('index range', lambda: (d.index(3, -1), d.index(2, 0, 2), d.index(1, -100, 100)))
attempt('index stop', lambda: d.index(3, 0, 2))
attempt('getitem big', lambda: d[5])
attempt('getitem neg', lambda: d[-4])
attempt('getitem str', lambda: d['a'])
attempt('getitem slice', lambda: d[1:2])
attempt('concat list', lambda: d + [1])
attempt('mul str', lambda: d * 'a')
attempt('rotate str', lambda: d.rotate('a'))
attempt('insert full', lambda: deque([1], 1).insert(0, 2))
attempt('pop empty', lambda: deque().pop())
attempt('popleft empty', lambda: deque().popleft())
attempt('not iterable', lambda: deque(1))
attempt('too many', lambda: deque([], 1, 2))
attempt('keywords', lambda: deque(iterable=[1], maxlen=2))
attempt('bad kw', lambda: deque(foo=1))
attempt('append none', lambda: d.append())
attempt('append two', lambda: d.append(1, 2))
attempt('extend int', lambda: d.extend(1))
attempt('count none', lambda: d.count())
attempt('rotate two', lambda: d.rotate(1, 2))
attempt('insert one', lambda: d.insert(1))
attempt('reduce', lambda: d.__reduce__()[:3])
attempt('reduce maxlen', lambda: deque([1], 3).__reduce__()[:3])
attempt('reinit', lambda: (deque.__init__(d, [7, 8]), d))
print(d, d.maxlen)
print(deque[int], deque.__name__, deque.__module__, deque.__doc__.splitlines()[0])

# mutation during iteration
for name, mutate in [('append', lambda q: q.append(0)), ('pop', lambda q: q.pop()),
                     ('rotate', lambda q: q.rotate(1)), ('clear', lambda q: q.clear()),
                     ('reverse', lambda q: q.reverse()), ('setitem', lambda q: q.__setitem__(0, 9)),
                     ('rotate0', lambda q: q.rotate(0)), ('extend empty', lambda q: q.extend([]))]:
    q = deque([1, 2, 3])
    it = iter(q)
    next(it)
    mutate(q)
    attempt('iter after ' + name, lambda: list(it))
    q = deque([1, 2, 3])
    it = reversed(q)
    mutate(q)
    attempt('reversed after ' + name, lambda: list(it))

class Evil:
    def __init__(self, q): self.q = q
    def __eq__(self, other):
        self.q.append(1)
        return False
q = deque([1, 2, 3])
attempt('remove mutating', lambda: q.remove(Evil(q)))
q = deque([1, 2, 3])
attempt('count mutating', lambda: q.count(Evil(q)))
q = deque([1, 2, 3])
attempt('index mutating', lambda: q.index(Evil(q)))
q = deque([1, 2, 3])
attempt('contains mutating', lambda: Evil(q) in q)

# length hints, reversed, iteration
it = iter(deque(range(5)))
next(it)
print(it.__length_hint__(), list(it), it.__length_hint__())
r = reversed(deque('abc'))
print(r.__length_hint__(), list(r))
print(type(iter(deque())).__name__, type(reversed(deque())).__name__)

# insert / del at every position, against a list
for n in range(6):
    for i in range(-n - 2, n + 2):
        a = list(range(n)); q = deque(range(n))
        a.insert(i, 'x'); q.insert(i, 'x')
        assert list(q) == a, (n, i, q, a)
        if n:
            a = list(range(n)); q = deque(range(n))
            j = i % n
            del a[j]; del q[j]
            assert list(q) == a, (n, j)
print('insert/del ok')

# rotate against a list, larger than the ring
for n in range(0, 20):
    for k in (-25, -3, -1, 0, 1, 2, 7, 30):
        q = deque(range(n)); q.rotate(k)
        a = list(range(n))
        if n:
            s = k % n
            a = a[-s:] + a[:-s] if s else a
        assert list(q) == a, (n, k)
print('rotate ok')

# maxlen behaviour
m = deque(range(10), maxlen=4)
print(m)
m.extendleft('ab'); print(m)
m.insert(1, 'z') if len(m) < 4 else print('full')
m2 = m * 3; print(m2, m2.maxlen)
m *= 0; print(m)
m3 = deque([1, 2], maxlen=5); m3 *= 4; print(m3)
m4 = deque([1, 2, 3]); m4 *= 2; print(m4, 2 * deque('ab'), deque('ab') * -1)
m5 = deque('abc', 2); m5 += 'xyz'; print(m5)
print(deque('ab') + deque('cd', 1), (deque('ab', 1) + deque('cd')).maxlen)

# comparisons, containment, truth
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([1]), deque([1, 2]) < deque([1, 3]),
      deque([1]) <= deque([1]), deque([2]) > deque([1, 5]), deque() >= deque(), deque([1]) == [1])
print(2 in deque([1, 2]), 5 in deque([1, 2]), bool(deque()), bool(deque([0])), len(deque('abc')))
print(deque([float('nan')]) == deque([float('nan')]))
n = float('nan')
print(deque([n]) == deque([n]), deque([n]).count(n), n in deque([n]))

# repr, recursion, subclasses
r = deque([1]); r.append(r); print(r)
class D(deque):
    pass
x = D([1, 2], 3); x.attr = 'a'
print(x, type(x.copy()).__name__, x.copy().maxlen, type(x + x).__name__, type(copy.copy(x)).__name__)
print(x.__reduce__()[0].__name__, x.__reduce__()[1:3])
print(isinstance(x, deque), D.__mro__[1] is deque)
class E(deque):
    def __init__(self, data=(), tag='t'):
        super().__init__(data)
        self.tag = tag
    def __repr__(self):
        return 'E' + super().__repr__()
e = E('xy', 'tg'); e.appendleft('w')
print(e, e.tag, list(e))

# copy / pickle round trips
for q in [deque(), deque([1, 'a', (2, 3)]), deque(range(5), 3), D([1, 2], 4)]:
    c1 = copy.copy(q); c2 = copy.deepcopy(q); c3 = pickle.loads(pickle.dumps(q))
    print(type(c3).__name__, c1 == q, c2 == q, c3 == q, c3.maxlen == q.maxlen, c1 is not q)
x2 = pickle.loads(pickle.dumps(x)); print(x2, x2.attr)

# as a queue / stack
q = deque()
for i in range(1000):
    q.append(i)
    if i % 3 == 0:
        q.popleft()
print(len(q), q[0], q[-1], sum(q))
s = deque()
for i in range(100):
    s.appendleft(i)
    if i % 4 == 0:
        s.pop()
print(len(s), s[0], s[-1], sum(s))
q.clear(); print(q, len(q))
try:
    hash(deque())
except TypeError:
    print('unhashable')
from collections.abc import MutableSequence, Sequence
print(isinstance(deque(), MutableSequence), isinstance(deque(), Sequence))
attempt('index none', lambda: d.index())
attempt('index four', lambda: d.index(1, 2, 3, 4))
attempt('insert three', lambda: d.insert(1, 2, 3))
attempt('insert kw', lambda: d.insert(x=1))
attempt('index kw', lambda: d.index(1, x=2))
