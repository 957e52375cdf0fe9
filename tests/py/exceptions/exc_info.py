import sys
print(sys.exc_info())
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t, repr(v), type(tb).__name__)
    try:
        raise ValueError("nested")
    except ValueError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())
def g():
    return sys.exc_info()[1]
try:
    1 / 0
except ZeroDivisionError:
    print(repr(g()))
print(repr(sys.exception()) if hasattr(sys, "exception") else "None")
