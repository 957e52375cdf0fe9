def g():
    a = (yield 1) or "default"
    print("a =", a)
    b = [(yield 2), (yield 3)]
    print("b =", b)
    c = yield
    print("c =", c)
gen = g()
print(next(gen))
print(gen.send(None))
print(gen.send("x"))
print(gen.send("y"))
try:
    gen.send("z")
except StopIteration:
    print("done")
