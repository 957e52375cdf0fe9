a = [1, 2]
b = a
print(id(a) == id(a), id(a) == id(b), id(a) == id([1, 2]) and False)
print(hash(1) == hash(1.0), hash("abc") == hash("abc"), hash((1, 2)) == hash((1, 2)))
print(type(hash("x")).__name__, hash(42), hash(-1) == hash(-2), hash(True))
x = object()
print(hash(x) == hash(x), type(id(x)).__name__)
print(None is None, id(None) == id(None))
