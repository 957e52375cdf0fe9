def safe_div(pairs):
    for a, b in pairs:
        try:
            yield a / b
        except ZeroDivisionError:
            yield float("inf")
print(list(safe_div([(1, 2), (1, 0), (9, 3)])))
def raising():
    yield 1
    raise KeyError("inside")
try:
    for v in raising():
        print("value", v)
except KeyError as e:
    print("caught", e)
