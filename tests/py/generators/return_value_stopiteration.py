def g():
    yield 1
    return {"answer": 42}
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print(e.value, e.args, repr(e))
def h():
    return
    yield
try:
    next(h())
except StopIteration as e:
    print(e.value, repr(e))
