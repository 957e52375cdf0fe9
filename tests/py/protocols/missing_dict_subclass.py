class Default(dict):
    def __missing__(self, key):
        print("missing", key)
        return key * 2

d = Default(a=1)
print(d["a"], d["bc"], d.get("zz", "get ignores __missing__"))
print(d)
class Counter(dict):
    def __missing__(self, k):
        return 0
c = Counter()
for ch in "hello":
    c[ch] += 1
print(sorted(c.items()))
