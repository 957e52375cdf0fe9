class A: pass
class B(A): pass
b = B()
print(b.__class__, b.__class__.__name__, type(b) is B)
print((1).__class__, "".__class__.__name__, [].__class__ is list)
print(B.__class__, type.__class__)
b.__class__ = A
print(type(b).__name__, isinstance(b, B))
