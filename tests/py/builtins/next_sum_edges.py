def g():
    yield 1
    return 5
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("stop", e.value)
print(next(it, "dflt"))
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(next(It(), 7), list(enumerate(It())))
print(sum([2**61 - 1, True]), sum([1, 2], 0.5), sum([0.1, 0.2, 0.3]), sum(range(10), start=2**70))
print(min([3, 1], key=lambda x: x), max("a", "b", key=str.upper))
print(divmod(-2**61, -1), abs(-2**61), round(2**70), hex(-2**61))
print(list(zip(*[iter(range(6))] * 2)))
print(list(map(lambda x, y: x + y, [1, 2, 3], [10, 20])))
e = enumerate([1]); print(e.__next__(), e.__iter__() is e)
try:
    e.__next__()
except StopIteration:
    print("StopIteration from __next__")
print(vars()["e"] is e, "e" in dir())
import sys
print(id(sys) == id(sys), callable(print), print.__name__, print.__self__.__name__)
