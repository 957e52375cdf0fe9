# collections.namedtuple and ChainMap
from collections import namedtuple, ChainMap

Point = namedtuple('Point', 'x y')
p = Point(1, y=2)
print(p, p.x, p[1], p._fields, p._asdict(), p._replace(x=9), Point._make([5, 6]))
print(isinstance(p, tuple), len(p), p == (1, 2), hash(p) == hash((1, 2)), Point.__doc__, Point.x.__doc__)
x, y = p; print(x + y)
P3 = namedtuple('P3', ['a', 'b', 'c'], defaults=[0, 1]); print(P3(9), P3._field_defaults)
R = namedtuple('R', 'a def a _x', rename=True); print(R._fields)
class V(namedtuple('V', 'x y')):
    __slots__ = ()
    def norm(self):
        return abs(self.x) + abs(self.y)
print(V(3, -4).norm(), V(1, 2))
for bad in [lambda: namedtuple('P', 'x x'), lambda: namedtuple('P', 'x def'),
            lambda: namedtuple('P', 'x _y'), lambda: namedtuple('1P', 'x'),
            lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point._make([1]),
            lambda: p._replace(z=1), lambda: namedtuple('P', 'x', defaults=[1, 2])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm, cm['a'], cm['b'], len(cm), sorted(cm), cm.get('q', 'dflt'))
cm['c'] = 4; print(cm.maps)
child = cm.new_child({'a': 0}); print(child['a'], child.parents)
del cm['c']; print(cm)
try:
    del cm['b']
except KeyError as e:
    print('KeyError', e)
