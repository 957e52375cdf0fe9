a = list(range(10))
del a[::3]
print(a)
del a[-2:]
print(a)
del a[1:1]
print(a)
del a[:]
print(a)
b = bytearray(b"abcdef")
del b[1::2]
print(b)
