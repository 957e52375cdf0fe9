def f(a, b):
    return a + b

def g():
    pass

def h(a, b=2):
    pass

def m(a, *, k):
    pass

for call in (lambda: f(1, 2, 3), lambda: g(1), lambda: h(1, 2, 3), lambda: m(1, 2)):
    try:
        call()
    except TypeError as e:
        print(e)
