d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 10
print(d, len(d), list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d["a"], d.get("z"), d.get("z", 0), "a" in d, "z" not in d, 2 in d)
del d["a"]
print(d)
d["a"] = 5
print(list(d))
print(dict(), dict(x=1, y=2), dict([("a", 1), ("b", 2)]), dict({"k": "v"}, extra=True), dict(zip("ab", [1, 2])))
print({1: "int", 1.0: "float overwrites value only"})
