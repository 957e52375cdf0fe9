nums = [3, 1.5, True, -2, 0.0, 10 ** 20, -7.25]
print(sorted(nums))
print(max(nums), min(nums))
print([1, 2.0] == [1.0, 2], [1, 2] < [1, 2.5], (1, "a") < (1, "b"))
print(sorted([[3, 1], [1, 2], [1, 1], [2]]))
print(sorted([(2, "b"), (1, "z"), (2, "a")]))
