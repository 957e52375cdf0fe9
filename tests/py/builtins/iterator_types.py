e = enumerate("abc")
print(type(e).__name__, type(e) is enumerate, iter(e) is e, repr(e).startswith("<enumerate object at 0x"))
print(list(e), list(e))
print(list(enumerate("ab", 10)), list(enumerate("ab", start=-1)), list(enumerate(iterable="xy", start=5)))
print(list(enumerate([1, 2], 2**64)), list(enumerate([1, 2], 2**61 - 1)))
print(next(enumerate(["z"])), enumerate.__name__, isinstance(enumerate([]), enumerate))
for i, (a, b) in enumerate(zip("xy", "pq")):
    print(i, a, b)

z = zip([1, 2, 3], "ab")
print(type(z).__name__, list(z), list(zip()), list(zip([1, 2])))
print(list(zip(range(3), range(10, 13), "abc")), dict(zip("ab", [1, 2])))
print(list(zip([1, 2], [3, 4], strict=True)), list(zip(strict=False)))
for args in [([1, 2], [3]), ([1], [2, 3]), ([1, 2], [3, 4], [5]), ([1, 2], [3, 4], [5, 6, 7]), ([], [], [1])]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as ex:
        print("ValueError", ex)

m = map(str, [1, 2, 3])
print(type(m).__name__, list(m), list(map(pow, [2, 3], [3, 2])), list(map(lambda *a: a, "ab", "xyz", [1, 2])))
print(list(map(len, [])), list(map(abs, range(-2, 2))))

f = filter(None, [0, 1, "", "a", None, [], [1]])
print(type(f).__name__, list(f), list(filter(lambda x: x % 2, range(7))), list(filter(bool, [0, 2])))

r = reversed([1, 2, 3])
print(type(r).__name__, list(r), list(reversed((1, 2, 3))), list(reversed("abc")), list(reversed(range(4))))
print(type(reversed((1,))).__name__, list(reversed({1: 2, 3: 4})), list(reversed([])))

class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10

class RevCustom:
    def __reversed__(self):
        return iter("custom")

class NotRev:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i

rs = reversed(Seq())
print(rs.__length_hint__(), list(rs), rs.__length_hint__(), list(reversed(RevCustom())))
for obj in [1, {1, 2}, NotRev(), iter([1])]:
    try:
        reversed(obj)
    except TypeError as ex:
        print("TypeError", ex)

class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n

ci = iter(Counter(), 4)
print(type(ci).__name__, list(ci), list(ci))

def stopper():
    raise StopIteration

print(list(iter(stopper, 1)))
import sys
print(type(iter([])).__name__, type(iter(())).__name__, type(iter(range(2))).__name__)

for expr in ["enumerate()", "enumerate(1)", "enumerate([], 1.5)", "enumerate([], start='a')", "enumerate(x=1)",
             "enumerate([], 2, 3)", "zip(1)", "zip([], x=1)", "zip([], strict=1, x=2)", "map()", "map(len)",
             "map(len, 1)", "map(len, [], x=1)", "filter()", "filter(1)", "filter(None, 1)", "filter(None, [], x=1)",
             "reversed()", "reversed(1, 2)", "reversed(x=1)", "iter(1, 2)", "iter()", "iter(1)", "iter(len, 1, 2)"]:
    try:
        print(expr, "->", eval(expr))
    except Exception as ex:
        print(expr, "!!", type(ex).__name__, ex)

# laziness: map/filter/zip only pull what is asked for
def noisy(n):
    for i in range(n):
        print("yield", i)
        yield i

mz = map(lambda x: x * 2, noisy(3))
print("made")
print(next(mz))
print(next(zip(noisy(2), noisy(2))))
