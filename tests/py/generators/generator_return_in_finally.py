def g():
    try:
        yield 1
        return "from try"
    finally:
        print("finally executes")
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print("value:", e.value)
