def gen():
    yield 1
    raise StopIteration("manual")
try:
    list(gen())
except RuntimeError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)
