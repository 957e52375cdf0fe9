def trace(fn):
    def wrapper(*args, **kw):
        print("calling", fn.__name__, args)
        r = fn(*args, **kw)
        print("returned", r)
        return r
    return wrapper

@trace
def add(a, b):
    return a + b

print(add(2, 3))
print(add.__name__)
