def g():
    yield 1
    return "result"

it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print(repr(e.value), e.args)

def empty():
    return 5
    yield
try:
    next(empty())
except StopIteration as e:
    print(e.value)

def noret():
    yield
try:
    x = noret(); next(x); next(x)
except StopIteration as e:
    print(e.value, e.args)
