print(sum([1, 2, 3]), sum([1, 2], 10), sum([]), sum([0.1] * 10), sum([[1], [2]], []), sum(range(10), start=5))
print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "a", [0]]), all([1, 0]))
print(any(x > 3 for x in [1, 5]), all(x > 0 for x in [1, -5]))
print(abs(-3), abs(3.5), abs(-0.0), abs(True), abs(-2 ** 70))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(e)
