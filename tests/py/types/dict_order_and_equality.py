d1 = {"a": 1, "b": 2}
d2 = {"b": 2, "a": 1}
print(d1 == d2, list(d1) == list(d2), d1 != {"a": 1})
d = {}
for k in [5, 3, 9, 1]:
    d[k] = k * k
print(d)
del d[3]
d[3] = "re-added goes last"
print(list(d))
d[5] = "updating keeps position"
print(list(d))
print({"x": [1]} == {"x": [1]}, {1: 1} == {1.0: 1})
