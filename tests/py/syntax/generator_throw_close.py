def gen():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("gen caught", e)
        yield "recovered"
    finally:
        print("gen finally")

g = gen()
print(next(g))
print(g.throw(ValueError("oops")))
g.close()
print("closed")

def closer():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
g = closer()
next(g)
g.close()
g.close()
print(list(g))
