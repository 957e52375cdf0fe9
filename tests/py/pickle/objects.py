# Functions, classes and instances: pickled by qualified name, through
# __reduce__/__reduce_ex__/__getstate__/__setstate__/__getnewargs__ and
# __dict__, byte-identical to CPython at every protocol.
import copyreg
import math
import pickle


def top():
    return 'top'


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, o):
        return type(o) is Point and (self.x, self.y) == (o.x, o.y)

    def norm2(self):
        return self.x * self.x + self.y * self.y


class Outer:
    class Inner:
        class Deepest:
            pass


class Empty:
    pass


class WithState:
    def __init__(self):
        self.a = 1
        self.cache = 'not pickled'

    def __getstate__(self):
        return {'a': self.a}

    def __setstate__(self, state):
        self.a = state['a'] * 10
        self.cache = None


class Reduced:
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        return (Reduced, (self.v,))


class ReducedEx:
    def __reduce_ex__(self, proto):
        return (ReducedEx, (), {'proto': proto})


class Full:
    # __reduce__ with state, list items, dict items and a state setter.
    def __init__(self):
        self.items = []
        self.map = {}
        self.state = None

    def append(self, x):
        self.items.append(x)

    def extend(self, xs):
        self.items.extend(xs)

    def __setitem__(self, k, v):
        self.map[k] = v

    def __reduce__(self):
        return (Full, (), 'st', iter([1, 2, 3]), iter([('a', 1), ('b', 2)]), set_state)


def set_state(obj, state):
    obj.state = state + '!'


class NewArgs:
    def __new__(cls, a, b=0):
        self = super().__new__(cls)
        self.a, self.b = a, b
        return self

    def __getnewargs__(self):
        return (self.a, self.b)


class NewArgsEx:
    def __new__(cls, a, *, key):
        self = super().__new__(cls)
        self.a, self.key = a, key
        return self

    def __getnewargs_ex__(self):
        return ((self.a,), {'key': self.key})


class MyList(list):
    pass


class MyDict(dict):
    pass


class MyInt(int):
    pass


class MyStr(str):
    pass


class Slotted:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = 1


class SlottedWithDict:
    __slots__ = ('a', '__dict__')

    def __init__(self):
        self.a = 1
        self.extra = 2


class CustomError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg, code)
        self.code = code


class Tagged(Exception):
    pass


def show(label, obj, protos=range(pickle.HIGHEST_PROTOCOL + 1)):
    for p in protos:
        b = pickle.dumps(obj, protocol=p)
        r = pickle.loads(b)
        print(label, p, b)
        yield r


for r in show('func', top):
    print(r is top, r())
for r in show('class', Point):
    print(r is Point)
for r in show('nested', Outer.Inner.Deepest):
    print(r is Outer.Inner.Deepest)
for r in show('builtin', [len, math.sqrt, print]):
    print(r[0] is len, r[1] is math.sqrt, r[2] is print)
for r in show('types', [int, str, object, type, type(None), type(...), type(NotImplemented)]):
    print(r[0] is int, r[3] is type, r[4] is type(None), r[5] is type(...), r[6] is type(NotImplemented))
for r in show('point', Point(1, 2.5)):
    print(type(r).__name__, r.x, r.y, r.norm2())
for r in show('empty', Empty()):
    print(type(r).__name__, vars(r))
for r in show('getstate', WithState()):
    print(r.a, r.cache)
for r in show('reduce', Reduced([1, 2])):
    print(r.v)
for r in show('reduce_ex', ReducedEx()):
    print(r.proto)
for r in show('full', Full()):
    print(r.items, r.map, r.state)
for r in show('newargs', NewArgs(5, b=6)):
    print(r.a, r.b)
for r in show('newargs_ex', NewArgsEx(1, key='k')):
    print(r.a, r.key)
ml = MyList([1, 2, 3])
ml.tag = 't'
for r in show('mylist', ml):
    print(type(r).__name__, r, r.tag)
md = MyDict(a=1)
md.tag = 'd'
for r in show('mydict', md):
    print(type(r).__name__, r, r.tag)
for r in show('myint', MyInt(42)):
    print(type(r).__name__, r)
for r in show('mystr', MyStr('hi')):
    print(type(r).__name__, r)
for r in show('slotted', Slotted(), range(2, 6)):
    print(type(r).__name__, r.a, hasattr(r, 'b'))
for r in show('slotted_dict', SlottedWithDict(), range(2, 6)):
    print(r.a, r.extra)
for r in show('exceptions', [ValueError('bad', 3), KeyError('k'), OSError(2, 'No such file'),
                             StopIteration(5), ZeroDivisionError()]):
    print([(type(e).__name__, e.args) for e in r])
e = CustomError('boom', 7)
e.extra = 'x'
for r in show('custom_error', e):
    print(type(r).__name__, r.args, r.code, r.extra)
for r in show('shared_instances', [Point(0, 0)] * 2):
    print(r[0] is r[1])
p = Point(1, 2)
p.me = p
for r in show('self_ref', p):
    print(r.me is r)
o = Empty()
o.x = 'x'
for r in show('attr_names', [o, 'x']):
    print(r[0].x == r[1])


# copyreg.pickle registers a reducer for a class.
class Registered:
    def __init__(self, n):
        self.n = n


def reduce_registered(obj):
    return (Registered, (obj.n * 2,))


copyreg.pickle(Registered, reduce_registered)
for r in show('copyreg', Registered(4)):
    print(r.n)

# Extension codes replace the name of a registered global.
copyreg.add_extension(__name__, 'Point', 240)
copyreg.add_extension(__name__, 'Outer', 300)
copyreg.add_extension(__name__, 'Empty', 70000)
for r in show('ext', [Point, Outer, Empty]):
    print(r == [Point, Outer, Empty])
copyreg.remove_extension(__name__, 'Point', 240)
copyreg.remove_extension(__name__, 'Outer', 300)
copyreg.remove_extension(__name__, 'Empty', 70000)
print(pickle.dumps(Point) == pickle.dumps(Point, 4))

# What object's default reduction gives (copyreg.__newobj__ and friends).
print(Point(1, 2).__reduce_ex__(2)[1:], Point(1, 2).__reduce_ex__(4)[0].__name__)
print(Point(1, 2).__reduce_ex__(1)[0].__name__, Point(1, 2).__reduce_ex__(1)[1:])
print(Empty().__reduce_ex__(2)[1:], Empty().__getstate__(), WithState().__reduce_ex__(3)[2])
rv = MyList([7]).__reduce_ex__(2)
print(rv[0].__name__, rv[1:3], list(rv[3]), rv[4])
print(copyreg._slotnames(Slotted), Slotted.__slotnames__)
