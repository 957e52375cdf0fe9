data = [1, 5, 8, 12, 3]
if (n := len(data)) > 3:
    print("long list of", n)

vals = []
i = 0
while (i := i + 1) < 5:
    vals.append(i)
print(vals, i)

print([y for x in data if (y := x * 2) > 10])
print(y)  # walrus in comprehension binds in the enclosing scope

def f():
    [z := 5 for _ in range(1)]
    return z
print(f())
print((w := 3) + w)
