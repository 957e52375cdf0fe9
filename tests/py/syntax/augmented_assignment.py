x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x /= 3; print(x)
x = 17
x //= 5; print(x)
x %= 2; print(x)
x = 3
x **= 4; print(x)
x >>= 2; print(x)
x <<= 3; print(x)
x &= 0b110110; print(x)
x |= 0b1; print(x)
x ^= 0xff; print(x)
s = "ab"
s += "cd"; s *= 2; print(s)
m = [1]
m2 = m
m += [2]
print(m2, m is m2)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
class V:
    def __init__(self, v): self.v = v
    def __matmul__(self, o): return V(self.v * 10 + o.v)
a = V(1)
a @= V(2)
print(a.v)
d = {'k': 1}
d['k'] += 41
print(d)
