def inner():
    yield 1
    yield 2
    return "inner done"

def outer():
    r = yield from inner()
    print("inner returned", r)
    yield from "ab"
    yield from [10, 20]

print(list(outer()))

def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
