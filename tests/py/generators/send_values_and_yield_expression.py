def g():
    received = []
    while len(received) < 3:
        v = yield len(received)
        received.append(v)
    yield received
gen = g()
print(gen.send(None))
print(gen.send("a"))
print(gen.send("b"))
print(gen.send("c"))
def h():
    x = yield
    y = yield x * 2
    yield x + y
gen2 = h()
next(gen2)
print(gen2.send(5), gen2.send(7))
