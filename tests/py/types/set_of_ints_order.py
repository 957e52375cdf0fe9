# small-int sets iterate in a deterministic order
print({5, 1, 3}, list({3, 2, 1}), {7, 0, 4})
s = set()
for i in range(10, 0, -1):
    s.add(i)
print(s)
print(sorted(set("hello")), sorted({"b", "a"}))
