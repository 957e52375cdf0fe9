# pickle round trips and CPython's errors for what can't be pickled.
import pickle
import threading


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)


class WithState:
    def __init__(self):
        self.a = 1

    def __getstate__(self):
        return {'a': self.a + 100}

    def __setstate__(self, st):
        self.a = st['a']


def top():
    pass


def outer():
    def inner():
        pass
    return inner


data = [None, True, False, 0, -5, 2**100, 3.5, 1e300, complex(1, 2), 'héllo', b'\x00ab', bytearray(b'xy'),
        (1, (2, 3)), [1, [2]], {'a': 1, 2: [3]}, {1, 2, 3}, frozenset({4}), range(1, 10, 2), slice(1, 2),
        Point(1, 2), top, Point, len, ValueError('bad', 3), KeyError('k')]
for d in data:
    r = pickle.loads(pickle.dumps(d))
    if isinstance(d, BaseException):
        print(type(r).__name__, r.args)
    else:
        shown = (r.x, r.y) if isinstance(d, Point) else r.__qualname__ if callable(d) else repr(r)
        print(shown, r == d)
l = [1]
l.append(l)
r = pickle.loads(pickle.dumps(l))
print(r[1] is r)
s = pickle.loads(pickle.dumps([l, l]))
print(s[0] is s[1])
print(pickle.loads(pickle.dumps(WithState())).a)
for bad in [lambda x: x, outer(), threading.Lock(), threading.RLock(), (x for x in [])]:
    try:
        pickle.dumps(bad)
    except (pickle.PicklingError, TypeError, AttributeError) as e:
        print(type(e).__name__, str(e).split(' at 0x')[0])
try:
    pickle.loads(b'')
except EOFError as e:
    print('EOFError', e)
