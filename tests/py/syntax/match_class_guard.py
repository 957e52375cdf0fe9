class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

def where(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, 0) if x > 0:
            return f"positive x axis at {x}"
        case Point(x, y) as pt:
            return f"elsewhere {x},{y} {type(pt).__name__}"
        case int(n) | float(n):
            return f"number {n}"
        case str() as s:
            return f"string {s!r}"

for p in (Point(0, 0), Point(0, 5), Point(3, 0), Point(-3, 0), 7, 2.5, "s"):
    print(where(p))
print(where([]))
