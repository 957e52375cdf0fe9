class C:
    def __init__(self, n): self.n = n
    def get(self): return self.n

c = C(4)
m = c.get
print(m(), m.__self__ is c, m.__func__ is C.get)
print(C.get(c))
print(type(m).__name__, type(C.get).__name__)
ms = [C(i).get for i in range(3)]
print([f() for f in ms])
print(c.get == c.get, c.get == C(4).get)
