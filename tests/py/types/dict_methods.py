d = {"a": 1, "b": 2}
print(d.setdefault("a", 100), d.setdefault("c", 3), d.setdefault("d"), d)
print(d.pop("d"), d.pop("zz", "default"), d)
print(d.popitem(), d)
d.update({"x": 9}, y=8)
d.update([("z", 7)])
d.update(w=6)
print(d)
print(dict.fromkeys("abc"), dict.fromkeys(range(3), 0))
c = d.copy()
c["a"] = "changed"
print(d["a"], c["a"])
c.clear()
print(c, len(c))
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError", e)
