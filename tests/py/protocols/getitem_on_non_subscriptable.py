def f(): pass
for v in (5, None, f, 3.5):
    try:
        v[0]
    except TypeError as e:
        print(e)
try:
    int[0] = 1
except TypeError as e:
    print(e)
print(list[int])
