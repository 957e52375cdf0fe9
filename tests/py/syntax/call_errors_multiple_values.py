def f(a, b):
    return a, b

try:
    f(1, a=2)
except TypeError as e:
    print(e)
try:
    f(1, 2, b=3)
except TypeError as e:
    print(e)
def g(*args, **kw):
    return args, kw
try:
    g(**{'a': 1}, **{'a': 2})
except TypeError as e:
    print(e)
