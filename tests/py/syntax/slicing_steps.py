s = list(range(10))
print(s[2:8:2], s[::3], s[::-1], s[8:2:-2], s[-3:], s[:-3], s[-1::-4])
print(s[100:], s[-100:2], s[5:1], s[::-100])
t = "abcdefgh"
print(t[1:6:2], t[::-1], t[-2:-6:-1], t[::2])
print(tuple(range(5))[1::2])
print(s[slice(1, 4)], s[slice(None, None, -3)])
try:
    s[::0]
except ValueError as e:
    print(e)
