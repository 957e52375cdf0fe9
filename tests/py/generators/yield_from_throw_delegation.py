def inner():
    try:
        yield "inner 1"
        yield "inner 2"
    except ValueError as e:
        print("inner caught", e)
        yield "inner recovered"
def outer():
    try:
        yield from inner()
    except KeyError as e:
        print("outer caught", repr(e))
        yield "outer recovered"
g = outer()
print(next(g))
print(g.throw(ValueError("v")))
print(g.throw(KeyError("k")))
