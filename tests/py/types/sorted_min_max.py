print(sorted([3, 1, 2]), sorted("cba"), sorted((2, 1)), sorted({3: 0, 1: 0}), sorted([], reverse=True))
print(sorted([-3, 2, -1], key=abs), sorted(["bb", "a", "ccc"], key=len, reverse=True))
print(min(3, 1, 2), max(3, 1, 2), min([5, 4]), max("hello"), min("b", "a"), max([1, 5], [2]))
print(min([], default="empty"), max([], default=None), max([1, 3, 2], key=lambda x: -x), min(["aa", "b"], key=len))
print(max([(1, "b"), (1, "a")]), max([2, 2.0]), max([2.0, 2]), min([1, True]))
for expr in ("max([])", "min([])", "max(1)", "min()"):
    try:
        eval(expr)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
