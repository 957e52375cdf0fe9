import io
with open("t.txt", "w") as f:
    print(repr(f), f.mode, f.name, f.closed, f.writable(), f.readable())
    f.write("ab\r\ncd\re\n")
with open("t.txt") as f:
    print(repr(f.read()))
with open("t.txt", newline="") as f:
    print(repr(f.read()))
with open("t.txt", newline="") as f:
    print(f.readlines())
with open("t.txt", "rb") as f:
    print(repr(f), f.mode, f.read())
print(repr(open("t.txt", "ab")), open("t.txt", "r+b").mode, open("t.txt", "a+").mode)
cases = [
    'open("t.txt").write("x")', 'open("t.txt", "a").read()', 'open("t.txt", "rw")', 'open("t.txt", "rbt")',
    'open("t.txt", "rb", encoding="utf-8")', 'open("nope.txt")', 'open(".")', 'open("t.txt", "x")',
    'open("t.txt", "q")', 'open("t.txt", encoding="zz")', 'open("t.txt", "wb").write("s")',
    'open("t.txt", "a").write(b"s")', 'open("t.txt").seek(1, 1)', 'open(3.5)', 'open("t.txt", newline="x")',
]
for c in cases:
    try:
        eval(c)
        print(c, "ok")
    except Exception as e:
        print(c, "->", type(e).__name__, e)
try:
    open("nope.txt")
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename, e.args)
f = open("t.txt")
f.close()
for c in ["f.read()", "f.readline()", "f.write('x')", "f.tell()", "f.seek(0)", "iter(f)", "next(f)", "f.__enter__()"]:
    try:
        eval(c)
    except ValueError as e:
        print(c, "->", e)
with open("x.txt", "x") as f:
    f.write("exclusive")
with open("x.txt", "r+") as f:
    f.seek(2)
    f.write("XX")
    f.seek(0)
    print(f.read())
with open("x.txt", "a+") as f:
    f.write("!")
    f.seek(0)
    print(f.read())
with open("x.txt", "w+") as f:
    f.write("12345")
    f.seek(0)
    print(f.read(2), f.tell())
    f.truncate(3)
print(open("x.txt").read())
print(isinstance(open("x.txt"), io.TextIOWrapper), type(open("x.txt", "rb")).__name__, issubclass(io.UnsupportedOperation, OSError))
lines = ["α\n", "β\n", "γ"]
with open("g.txt", "w", encoding="utf-8") as f:
    f.writelines(lines)
with open("g.txt", encoding="utf-8") as f:
    print([l for l in f], f.closed)
with open("big.txt", "w") as f:
    for i in range(20000):
        f.write("row %d\n" % i)
with open("big.txt") as f:
    n = 0
    for line in f:
        n += 1
    print(n, line)
