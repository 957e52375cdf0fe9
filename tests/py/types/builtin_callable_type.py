def f(): pass
class C:
    def m(self): pass
print(callable(f), callable(C), callable(C()), callable(C().m), callable(len), callable(5), callable("s"))
print(type(5), type("s"), type([]), type(f), type(C), type(C()), type(len), type(None))
print(type(5) is int, type(True) is bool, type(type) is type)
T = type("T", (object,), {"greet": lambda self: "hi", "n": 3})
print(T().greet(), T.n, T.__name__, T.__bases__)
o = object()
print(type(o).__name__, isinstance(o, object))
try:
    type("X", (), {}, 1)
except TypeError as e:
    print(e)
