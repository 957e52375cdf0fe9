def f(x):
    return x
f()
