# collections.deque: ring buffer ops, maxlen, rotate, indexing, reprs, errors
from collections import deque

d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend([5, 6]); d.extendleft([-1, -2])
print(d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.rotate(len(d) * 3 + 1); print(d)
d[1] = 'x'; del d[0]; print(d)
d.insert(2, 'ins'); print(d, d.index('ins'), d.count(5))
d.remove('ins'); d.reverse(); print(d)
print(list(reversed(d)), 5 in d, 99 in d, bool(deque()), bool(d))

m = deque(range(5), maxlen=3)
print(m, m.maxlen)
m.append(9); print(m)
m.appendleft(7); print(m)
m.extend('ab'); print(m)
print(deque(maxlen=0), deque('xy', 0), repr(deque()))

big = deque()
for i in range(100):
    big.append(i)
    if i % 3 == 0:
        big.popleft()
print(len(big), big[0], big[-1], sum(big))
big.rotate(17); print(big[0], big[-1])

print(deque([1, 2]) == deque([1, 2]), deque([1]) < deque([2]), deque([1, 2]) + deque([3]), deque([1, 2]) * 2)
c = deque([1, [2]]); c2 = c.copy(); print(c2, c2 is c, c2[1] is c[1])
r = deque([1]); r.append(r); print(r)

for bad in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5],
            lambda: deque([1]).remove(2), lambda: deque([1]).index(2), lambda: deque([1])['a'],
            lambda: deque([1], maxlen=1).insert(0, 1), lambda: deque(maxlen=-1),
            lambda: deque(1), lambda: deque([1]) + [1]]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

it = iter(d); d.append(1)
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError', e)
