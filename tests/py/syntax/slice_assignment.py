a = list(range(8))
a[2:4] = ['x', 'y', 'z']
print(a)
a[:0] = [-1]
print(a)
a[len(a):] = [100]
print(a)
a[1:3] = []
print(a)
b = list(range(10))
b[::2] = "abcde"
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print(e)
c = [1, 2, 3]
c[1:2] = range(5)
print(c)
c[:] = "hi"
print(c)
