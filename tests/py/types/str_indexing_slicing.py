s = "Hello, World"
print(s[0], s[-1], s[7:], s[:5], s[::2], s[::-1], s[3:-3], s[100:], s[-100:3])
print(len(s), s[len(s) - 1])
print(s[1:10:3], s[-2:-8:-2])
for i, ch in enumerate("abc"):
    print(i, ch, end="; ")
print()
print("".join(reversed("stressed")))
