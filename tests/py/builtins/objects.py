class P:
    cls_attr = 1
    def __init__(self):
        self.x = 1

p = P()
print(getattr(p, "x"), getattr(p, "y", "dflt"), hasattr(p, "x"), hasattr(p, "nope"))
setattr(p, "y", 5)
print(p.y, vars(p))
delattr(p, "y")
print(hasattr(p, "y"), vars(p) is p.__dict__)
print(getattr(1, "real"), getattr([], "nope", None))

class G:
    def __getattr__(self, name):
        if name == "boom":
            raise KeyError(name)
        return "dyn_" + name

g = G()
print(getattr(g, "abc"), hasattr(g, "zzz"))
try:
    hasattr(g, "boom")
except KeyError as e:
    print("KeyError propagates", e)

class WithDir:
    def __dir__(self):
        return ["b", "a", "c"]

print(dir(WithDir()), "cls_attr" in dir(P), "x" in dir(p), "__init__" in dir(p))
print(dir([]) == sorted(dir([])), "append" in dir([]))

def f():
    z = 1
    a = 2
    return dir(), sorted(vars())
print(f())

print(callable(len), callable(P), callable(p), callable(1), callable(lambda: 0), callable(p.__init__))
print(hash(1) == hash(1.0), hash(-1), hash(2**61), hash("a") == hash("a"), hash((1, 2)) == hash((1, 2)))
print(type(hash(p)).__name__, hash(True), hash(None) == hash(None))
print(id(p) == id(p), id(p) != id(P()), id(1) == id(1), type(id(p)).__name__, id(p) > 0, id(-5) > 0)
a, b = [], []
print(id(a) != id(b), id(None) == id(None), id(-2**60) != id(2**60))
print(repr("x"), ascii("é"), ascii([1, "ü"]), repr(p) .startswith("<__main__.P object at 0x"))
print(format(3.14159, ".2f"), format(42), format("s", ">4"), format(255, "x"), repr(format(None)))
print(len([1, 2]), len("héllo"), len({1: 2}), len(range(10)), len(b"ab"), len(set()), len((1,)))

class L:
    def __len__(self):
        return 7
print(len(L()))

for expr in ["len()", "len(1, 2)", "len(x=1)", "len(1)", "getattr(1)", "getattr(1, 2)", "getattr(1, 'x')",
             "setattr(1, 2, 3)", "setattr(1)", "hasattr(1, 2)", "delattr(1)", "delattr(p, 'nope')", "dir(1, 2)",
             "vars(1)", "vars(1, 2)", "id()", "hash([])", "hash()", "callable()", "repr()", "ascii(1, 2)",
             "format()", "format(1, 2)", "format(1, 'q')"]:
    try:
        print(expr, "->", eval(expr))
    except Exception as ex:
        print(expr, "!!", type(ex).__name__, ex)
