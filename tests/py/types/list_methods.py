a = [3, 1, 2]
a.append(4); print(a)
a.extend([5, 6]); a.extend(range(2)); a.extend("xy"); print(a)
a.insert(0, "first"); a.insert(100, "last"); a.insert(-1, "before last"); print(a)
a.remove("x"); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
print(a.index(2), a.count(1), a.index(1, 3))
b = a.copy(); b.clear(); print(a, b)
a.reverse(); print(a)
try:
    a.remove(99)
except ValueError as e:
    print(e)
try:
    a.index(99)
except ValueError as e:
    print(e)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    [1].pop(5)
except IndexError as e:
    print(e)
