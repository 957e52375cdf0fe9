print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate([], 5)), list(enumerate("xy", start=-1)))
e = enumerate("ab")
print(next(e), next(e), next(e, "end"))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip("ab", "cd", "ef")))
print(list(zip(*[(1, "a"), (2, "b")])), dict(zip(range(3), "xyz")))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print(e)
try:
    list(zip([1], [3, 4], strict=True))
except ValueError as e:
    print(e)
print(list(zip([1, 2], [3, 4], strict=True)))
