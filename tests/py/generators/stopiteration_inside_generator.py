def bad():
    yield 1
    next(iter([]))
    yield 2
try:
    print(list(bad()))
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
