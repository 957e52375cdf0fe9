d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d["d"] = 4
print(len(k), list(v), ("d", 4) in it, "a" in k, 4 in v)
print(k & {"a", "z"} == {"a"}, sorted(k | {"q"}), sorted(k - {"a"}), sorted(k ^ {"a", "x"}))
print(sorted(it & {("a", 1), ("b", 99)}))
print(k == {"a", "b", "c", "d"}, k.isdisjoint({"x"}))
print(list(reversed(k)), list(reversed(d.items()))[0])
try:
    for key in d:
        d["new"] = 1
except RuntimeError as e:
    print(e)
