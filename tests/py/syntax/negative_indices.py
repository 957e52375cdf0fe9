s = [10, 20, 30, 40]
print(s[-1], s[-4], "hello"[-1], (1, 2, 3)[-2])
s[-1] = 99
print(s)
try:
    s[-5]
except IndexError as e:
    print(e)
print(range(10)[-3], b"abc"[-1])
