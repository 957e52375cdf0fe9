def f(a, b, c, d=0, **kw):
    return a, b, c, d, sorted(kw.items())

args = (1, 2)
kwargs = {'d': 4, 'e': 5}
print(f(*args, 3, **kwargs))
print(f(*[1], *[2, 3]))
print(f(1, *(), 2, 3, **{}, **{'z': 0}))
print(f(**{'a': 'A', 'b': 'B', 'c': 'C'}))
try:
    f(*5)
except TypeError as e:
    print(e)
try:
    f(1, 2, 3, **[1])
except TypeError as e:
    print(e)
