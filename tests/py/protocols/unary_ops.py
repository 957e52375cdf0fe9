class U:
    def __init__(self, v): self.v = v
    def __neg__(self): return U(-self.v)
    def __pos__(self): return U(abs(self.v))
    def __abs__(self): return "abs:" + str(abs(self.v))
    def __invert__(self): return U(~self.v)
    def __repr__(self): return f"U({self.v})"

u = U(-5)
print(-u, +u, abs(u), ~u, -(-u))
class Nothing: pass
for expr in ("-Nothing()", "+Nothing()", "~Nothing()", "abs(Nothing())"):
    try:
        eval(expr)
    except TypeError as e:
        print(e)
