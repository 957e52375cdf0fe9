a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = "xyz"
print(x, y, z)
(p, q), r = [1, 2], 3
print(p, q, r)
[s, t] = (4, 5)
print(s, t)
m = n = [0]
m.append(1)
print(n)
i, j = range(2)
print(i, j)
k, = [42]
print(k)
d = {'one': 1, 'two': 2}
u, v = d
print(u, v)
