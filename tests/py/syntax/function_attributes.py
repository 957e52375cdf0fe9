def f(a, b=1):
    "doc"
    return a
f.custom = "attr"
print(f.__name__, f.__doc__, f.custom, f.__defaults__)
print(f.__code__.co_argcount, f.__code__.co_name)
g = f
g.__name__ = "renamed"
print(f.__name__)
print(callable(f), type(f).__name__)
