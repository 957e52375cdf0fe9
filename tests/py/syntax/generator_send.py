def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total

g = acc()
print(next(g))
print(g.send(5))
print(g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)

def echo():
    got = yield "ready"
    while True:
        got = yield "echo " + str(got)
e = echo()
print(e.send(None), e.send(1), e.send("x"))
