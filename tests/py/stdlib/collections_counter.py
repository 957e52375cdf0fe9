# collections.Counter
from collections import Counter

c = Counter('abracadabra')
print(c, c['a'], c['zz'], c.most_common(2), c.total())
print(sorted(c.elements()))
c.update('aaz'); print(c)
c.subtract({'a': 10}); print(c)
a = Counter(a=3, b=1); b = Counter(a=1, b=2, c=1)
print(a + b, a - b, a & b, a | b, +Counter(a=-1, b=2), -Counter(a=-1, b=2))
print(Counter(), Counter({'x': 0}), Counter([1, 1, 2]), repr(Counter(b=1, a=1)))
print(Counter('hello') == Counter('olleh'), list(Counter('cab')))
d = Counter(x=1); d['y'] += 2; del d['x']; print(d)
