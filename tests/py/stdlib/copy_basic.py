# copy: shallow/deep copies, memo, slots, reduce-based fallback
import copy, collections
class A:
    def __init__(self): self.x = [1, 2]; self.me = self
a = A(); b = copy.deepcopy(a); print(b.x, b.me is b, b.x is a.x)
c = copy.copy(a); print(c.x is a.x)
class S:
    __slots__ = ('p', '__q')
    def __init__(self): self.p = 1; self.__q = 2
s = copy.deepcopy(S()); print(s.p, s._S__q)
P = collections.namedtuple('P', 'x y'); print(copy.deepcopy(P([1], 2)), copy.copy(P(1, 2)))
class L(list): pass
l = L([1, [2]]); l.z = 3; m = copy.deepcopy(l); print(type(m).__name__, m, m.z, m[1] is l[1])
d = collections.defaultdict(list, a=[1]); e = copy.deepcopy(d); print(e, e['a'] is d['a'])
od = collections.OrderedDict(a=1); print(copy.copy(od), copy.deepcopy(od))
dq = collections.deque([[1]], maxlen=4); print(copy.deepcopy(dq), copy.copy(dq)[0] is dq[0])
nested = {1: {2, 3}, 'k': (1, [2])}; dn = copy.deepcopy(nested); print(dn, dn['k'][1] is nested['k'][1])
t = (1, 2); print(copy.deepcopy(t) is t, copy.copy([1]) == [1])
e = ValueError('x', 1); f = copy.deepcopy(e); print(repr(f), f is e)
print(copy.deepcopy(collections.Counter('aab')))
class Custom:
    def __init__(self, v): self.v = v
    def __copy__(self): return Custom('copied')
    def __deepcopy__(self, memo): return Custom('deep ' + str(self.v))
print(copy.copy(Custom(1)).v, copy.deepcopy(Custom(1)).v)
shared = [1]; pair = [shared, shared]; dp = copy.deepcopy(pair); print(dp[0] is dp[1], dp[0] is shared)
class G:
    def __init__(self): self.state = 'a'
    def __getstate__(self): return {'state': 'saved'}
    def __setstate__(self, st): self.state = st['state'] + '!'
print(copy.copy(G()).state, copy.deepcopy(G()).state)
class R:
    def __init__(self, a, b): self.a, self.b = a, b
    def __reduce__(self): return (R, (self.a, [self.b]))
r = copy.deepcopy(R(1, 2)); print(r.a, r.b)
