def inner():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x
def outer():
    result = yield from inner()
    print("inner returned", result)
    yield "outer done"
g = outer()
print(next(g))
print(g.send(3))
print(g.send(4))
print(g.send(None))
