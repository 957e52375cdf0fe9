class P:
    def __init__(self, v): self.v = v
    def __eq__(self, other):
        print("P.__eq__")
        if not isinstance(other, P):
            return NotImplemented
        return self.v == other.v

a, b, c = P(1), P(1), P(2)
print(a == b)
print(a != c)   # __ne__ defaults to the inverse of __eq__
print(a == 1)
print(1 == a)
print(a in [P(0), P(1)])
class Plain: pass
x = Plain()
print(x == x, x == Plain(), x != Plain())
