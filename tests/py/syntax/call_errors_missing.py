def f(x):
    return x

def g(a, b, c):
    return a

def k(*, key):
    return key

for call in (lambda: f(), lambda: g(1), lambda: g(), lambda: k()):
    try:
        call()
    except TypeError as e:
        print(e)
