x = 10
def gen():
    for i in range(3):
        yield x + i
g = gen()
print(next(g))
x = 100
print(list(g))
def make():
    y = 1
    g = (y * k for k in range(3))
    y = 2
    return list(g)
print(make())
