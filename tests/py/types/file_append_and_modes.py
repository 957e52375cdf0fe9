with open("log.txt", "w") as f:
    f.write("first\n")
with open("log.txt", "a") as f:
    f.write("second\n")
    print("third", file=f)
with open("log.txt") as f:
    print(f.read(), end="")
with open("log.txt", "w") as f:
    f.write("truncated\n")
print(open("log.txt").read(), end="")
with open("bin.dat", "wb") as f:
    f.write(b"\x00\x01\xff")
with open("bin.dat", "rb") as f:
    data = f.read()
print(data, len(data), type(data).__name__)
try:
    with open("log.txt") as f:
        f.write("x")
except Exception as e:
    print(type(e).__name__)
try:
    f.read()
except ValueError as e:
    print(e)
