def f(*args):
    return type(args).__name__, len(args), args

print(f())
print(f(1))
print(f(1, 2, 3))
print(f(*[4, 5], 6, *(7,)))

def g(a, b=2, *rest):
    print(a, b, rest)

g(1)
g(1, 3)
g(1, 3, 5, 7)
g(*range(6))
