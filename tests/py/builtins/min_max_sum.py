print(max(3, 1, 2), min(3, 1, 2))
print(max([3, 1, 2]), min((3, 1, 2)))
print(max("hello"), min("hello"))
print(max([1, 2, 3], key=lambda x: -x), min([1, 2, 3], key=lambda x: -x))
print(max([], default="empty"), min([], default=None))
print(max([5], default=0), max(1, 2, key=None))
print(max(x * x for x in range(-5, 3)))
print(max([1, 1.0]), max([1.0, 1]), min([1, 1.0]), min([1.0, 1]))
print(max([(1, "b"), (1, "a"), (0, "z")]))
print(max(["apple", "fig", "banana"], key=len), min(["apple", "fig", "kiwi"], key=len))
print(max(2**70, 5), min(-2**70, 5))
print(max(1.5, 2, 0.5), min(True, 2))

for expr in ["max()", "min()", "max(1)", "max([])", "min(iter([]))", "max(1, 2, default=3)",
             "max([1], x=1)", "min([1, 'a'])", "max([1, 2], key=1)", "max(key=len)"]:
    try:
        print(expr, "->", eval(expr))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)

print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([], 5), sum(range(101)))
print(sum([0.1] * 10), sum([1, 2.5, 3]), sum([1.5, 2, 3]))
print(sum([2**62, 2**62, 2**62]), sum([-2**61, -2**61, -1]))
print(sum([True, True, 3]), sum([[1], [2], [3]], []), sum([(1,), (2,)], ()))
print(sum(x for x in range(10) if x % 2), sum(iter([1, 2]), start=3))
print(sum([1, 2**64, 3.0]), sum([1e308, 1e308, -1e308]))

class Money:
    def __init__(self, v):
        self.v = v
    def __radd__(self, other):
        return Money(other + self.v)
    def __add__(self, other):
        return Money(self.v + (other.v if isinstance(other, Money) else other))

print(sum([Money(1), Money(2)]).v)

for expr in ["sum()", "sum(1)", "sum([], '')", "sum(['a'], '')", "sum([b'a'], b'')",
             "sum([bytearray()], bytearray())", "sum([1, 'a'])", "sum([], start=1, x=2)",
             "sum([1], x=2)", "sum([1], 2, start=3)", "sum(start=1)"]:
    try:
        print(expr, "->", eval(expr))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)
