x = 10
f = lambda: x
x = 20
print(f())
g = lambda x: (lambda y: x + y)
print(g(1)(2))
h = [lambda: n for n in range(3)]
print([fn() for fn in h])
def outer():
    n = 5
    return lambda: n * 2
print(outer()())
