class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def total(self):
        return self.x + self.y

p = P(2, 3)
print(p.x, p.y, p.total())
p.x = 10
print(p.total())
print(P.__slots__)
