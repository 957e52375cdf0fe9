print(hash(1) == hash(1.0) == hash(True))
print(hash(0) == hash(0.0) == hash(False) == hash(-0.0))
print(hash("abc") == hash("ab" + "c"))
print(hash((1, "a")) == hash((1.0, "a")))
print(hash(-1), hash(-2))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(10 ** 20) == hash(10 ** 20 % (2 ** 61 - 1)))
print(hash(1.5), hash(float('inf')), hash(-float('inf')))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)
