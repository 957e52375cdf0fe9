def f():
    return later_defined()
def later_defined():
    return "found at call time"
print(f())
def g():
    return value
value = 1
print(g())
value = 2
print(g())
