def f(x, y=1):
    return x + y

try:
    f(1, z=2)
except TypeError as e:
    print(e)
try:
    f(x=1, y=2, q=3)
except TypeError as e:
    print(e)
def g():
    return 0
try:
    g(a=1)
except TypeError as e:
    print(e)
