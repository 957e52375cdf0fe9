def f(**kw):
    return sorted(kw.items())

print(f())
print(f(a=1, b=2))
print(f(**{'x': 1, 'y': 2}, z=3))

def g(a, *args, k=0, **kw):
    print(a, args, k, sorted(kw.items()))

g(1)
g(1, 2, 3, k=4, m=5, n=6)
g(a=9, zz=1)
opts = {'k': 10, 'extra': True}
g(0, **opts)

def order(**kw):
    return list(kw)
print(order(z=1, a=2, m=3))
