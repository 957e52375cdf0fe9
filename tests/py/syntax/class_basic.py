class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

p = Point(3, 4)
print(p, p.norm2(), p.dims, Point.dims)
p.dims = 3
print(p.dims, Point.dims)
print(type(p).__name__, Point.__name__, Point.__qualname__)
print(Point.norm2(p))
print(isinstance(p, Point), isinstance(3, Point))
