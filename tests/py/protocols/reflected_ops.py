class M:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"M({self.v})"
    def __add__(self, o):
        print("__add__")
        if isinstance(o, (int, M)):
            return M(self.v + (o if isinstance(o, int) else o.v))
        return NotImplemented
    def __radd__(self, o):
        print("__radd__")
        return M(o + self.v)
    def __rsub__(self, o): return M(o - self.v)
    def __rmul__(self, o): return M(o * self.v)
    def __rtruediv__(self, o): return M(o / self.v)
    def __rpow__(self, o): return M(o ** self.v)
    def __rlshift__(self, o): return M(o << self.v)

m = M(3)
print(m + 1)
print(1 + m)
print(10 - m, 2 * m, 6 / m, 2 ** m, 1 << m)
print(sum([M(1), M(2)]))
try:
    m + "s"
except TypeError as e:
    print(e)
