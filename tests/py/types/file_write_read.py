with open("data.txt", "w") as f:
    n = f.write("line one\n")
    f.write("line two\n")
    f.write("line three")
print(n)
with open("data.txt") as f:
    print(repr(f.read()))
with open("data.txt", "r") as f:
    print(f.readlines())
with open("data.txt") as f:
    for line in f:
        print("line:", line.rstrip("\n"))
with open("data.txt") as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
f = open("data.txt")
print(f.closed)
f.close()
print(f.closed)
