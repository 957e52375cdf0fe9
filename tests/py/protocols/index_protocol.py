class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v

lst = list(range(10))
print(lst[I(3)], lst[I(1):I(4)], "abcdef"[I(-1)])
print(bin(I(5)), hex(I(255)), oct(I(8)))
print(range(I(3)), list(range(I(1), I(4))))
print([0] * I(3), "ab" * I(2))
print(int.__index__(7), I(7).__index__())
import math
try:
    lst[1.5]
except TypeError as e:
    print(e)
try:
    s = "abc"
    s["1"]
except TypeError as e:
    print(e)
