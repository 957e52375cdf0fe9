# Attribute and method lookups that the eval loop caches per instruction:
# several receiver types at one instruction, instance attributes shadowing
# methods, classes changed after the caches filled, and dicts whose keys
# come and go (the str-key fast path must still find every key).

class A:
    def __init__(self, v):
        self.v = v
        self.w = v * 2

    def get(self):
        return self.v

class B(A):
    def get(self):
        return -self.v

class C:
    __slots__ = ("v",)
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v * 10

def total(objs):
    s = 0
    for o in objs:
        s += o.get() + o.v        # LOAD_METHOD and LOAD_ATTR see three types
        o.v = o.v + 1             # STORE_ATTR too
    return s

objs = [A(1), B(2), C(3), A(4), B(5), C(6)]
for _ in range(3):
    print(total(objs))

# An instance attribute shadows the method once the cache is warm.
a = A(7)
print([a.get() for _ in range(3)])
a.get = lambda: "shadow"
print(a.get())
del a.get
print(a.get())

# The class changes after the caches filled.
def show(o):
    return o.get(), o.v
print(show(A(1)), show(B(1)))
A.get = lambda self: ("patched", self.v)
print(show(A(1)), show(B(1)))
a2 = A(3)
print(show(a2))
A.v = property(lambda self: "prop")     # a data descriptor now wins over __dict__
print(show(a2))
del A.v
print(show(A(5)))

class Logged:
    def __init__(self):
        self.x = 1
    def __setattr__(self, k, val):
        print("setattr", k, val)
        object.__setattr__(self, k, val)

def set_x(o, n):
    o.x = n
    return o.x

class Plain:
    pass

for o in (Plain(), Logged(), Plain(), Logged()):
    print(type(o).__name__, set_x(o, 5))

# Keys removed and re-added, cleared, copied and merged: str lookups still
# find exactly the keys present.
d = {}
names = ["k%d" % i for i in range(40)]
for n in names:
    d[n] = n.upper()
for n in names[::2]:
    del d[n]
print(len(d), all((n in d) == (i % 2 == 1) for i, n in enumerate(names)))
d.clear()
print(d.get("k1"), len(d))
d.update({"a": 1, "b": 2})
e = dict(d)
f = {}
f.update(e)
print(e["a"], f["b"], "a" in f, "c" in f, getattr(type("T", (), dict(f)), "b"))

class Bag:
    pass
bag = Bag()
for n in names[:10]:
    setattr(bag, n, len(n))
for n in names[:10:3]:
    delattr(bag, n)
print(sorted(vars(bag)), hasattr(bag, "k0"), hasattr(bag, "k1"), bag.k1)
