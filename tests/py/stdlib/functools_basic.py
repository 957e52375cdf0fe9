# functools: partial, reduce, wraps, total_ordering, cmp_to_key
import functools
from functools import partial, reduce, wraps, total_ordering, cmp_to_key

def f(a, b, c=3):
    return (a, b, c)
p = partial(f, 1, c=5)
print(p(2), p.func is f, p.args, p.keywords, repr(p).startswith('functools.partial(<function f at '), repr(p).endswith('>, 1, c=5)'))
pp = partial(p, 2); print(pp(), pp.args)
print(reduce(lambda x, y: x * y, [1, 2, 3, 4]), reduce(lambda x, y: x + y, [], 10))
for bad in [lambda: reduce(lambda x, y: x, []), lambda: reduce(lambda x, y: x, 5), lambda: partial(3)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)

def deco(fn):
    @wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper
@deco
def hello(x):
    "greets"
    return 'hello %s' % x
print(hello('w'), hello.__name__, hello.__doc__, hello.__wrapped__.__name__)

@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2), sorted([V(3), V(1)], key=lambda x: x.v)[0].v)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
try:
    total_ordering(type('E', (), {}))
except ValueError as e:
    print('ValueError', e)
