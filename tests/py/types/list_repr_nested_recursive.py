a = [1, [2, [3, []]], "s", None, 1.5, (1,), {"k": [2]}]
print(a)
b = [1, 2]
b.append(b)
print(b)
c = {"self": None}
c["self"] = c
print(c)
d = [[]]
d[0].append(d)
print(d)
print(repr([]), repr([[]]), str(["a", 'b"c']))
