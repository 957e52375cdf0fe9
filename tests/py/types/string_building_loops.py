parts = []
for i in range(5):
    parts.append(str(i) * i)
print("|".join(parts))
s = ""
for ch in "abcde":
    s = ch + s
print(s)
acc = ""
for word in ["alpha", "beta", "gamma"]:
    acc += word[0].upper() + word[1:] + " "
print(repr(acc.strip()))
print("".join(c for c in "h-e-l-l-o" if c != "-"), "-".join("hello").upper())
table = "\n".join(f"{n:>3} {n * n:>4}" for n in range(1, 6))
print(table)
