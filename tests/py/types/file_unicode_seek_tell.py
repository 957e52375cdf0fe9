with open("u.txt", "w", encoding="utf-8") as f:
    f.write("你好\nhéllo\n")
with open("u.txt", encoding="utf-8") as f:
    print(f.read())
with open("u.txt", "rb") as f:
    raw = f.read()
print(len(raw), raw[:6].decode("utf-8"))
with open("u.txt", "rb") as f:
    print(f.read(3), f.tell())
    f.seek(0)
    print(f.read(2))
with open("u.txt", encoding="utf-8") as f:
    print(f.read(1), f.readline(), f.read())
with open("nums.txt", "w") as f:
    f.writelines([str(i) + "\n" for i in range(5)])
with open("nums.txt") as f:
    print(sum(int(x) for x in f))
