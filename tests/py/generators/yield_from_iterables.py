def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(3), (x * x for x in range(3)), {"k": 1})))
def gen_with_return():
    yield 1
    return "value"
def wrapper():
    v = yield from gen_with_return()
    yield v
print(list(wrapper()))
