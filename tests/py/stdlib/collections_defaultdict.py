# collections.defaultdict and OrderedDict
from collections import defaultdict, OrderedDict

d = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    d[k].append(v)
print(d, d['a'], isinstance(d, dict), d.default_factory)
c = defaultdict(int); c['x'] += 5; print(c, dict(c))
print(defaultdict(), defaultdict(None, {1: 2}), defaultdict(list, a=[1]))
n = defaultdict(); 
try:
    n['missing']
except KeyError as e:
    print('KeyError', e)
try:
    defaultdict(1)
except TypeError as e:
    print('TypeError', e)
print(d.copy(), type(d.copy()).__name__, d.get('zz'), 'zz' in d)
class Sub(defaultdict):
    pass
print(Sub(int, {'q': 1}))
print(defaultdict(int, {'a': 1}) | {'b': 2})

od = OrderedDict()
od['z'] = 1; od['a'] = 2; od['m'] = 3
print(od, list(od), list(od.keys()), od.keys(), od.values(), od.items())
od.move_to_end('z'); print(od)
od.move_to_end('m', last=False); print(od)
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {'b': 2, 'a': 1})
print(OrderedDict(a=1, b=2) != OrderedDict(b=2, a=1), OrderedDict())
print(OrderedDict.fromkeys('abc', 0), list(reversed(OrderedDict(x=1, y=2))))
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
try:
    OrderedDict().move_to_end('q')
except KeyError as e:
    print('KeyError', e)
