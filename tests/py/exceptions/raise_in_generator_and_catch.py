def gen():
    yield 1
    raise ValueError("from generator")
g = gen()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("caught", e)
print(next(g, "exhausted after error"))
