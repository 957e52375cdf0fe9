first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "abc"
print(init, tail)
head, *rest = [1]
print(head, rest)
a, *b, c, d = (1, 2, 3)
print(a, b, c, d)
(x, *y), z = "hey", 0
print(x, y, z)
print(*range(3), *"ab", sep=",")
print([*range(2), *[9, 8]], (*"xy",), {*(1, 2, 2)})
print({**{'a': 1}, 'b': 2, **{'a': 3}})
