a = [1]
a.append(a)
b = [1]
b.append(b)
print(a is a[1], len(a))
try:
    a == b
except RecursionError:
    print("RecursionError comparing self-referential lists")
print(a == a)
