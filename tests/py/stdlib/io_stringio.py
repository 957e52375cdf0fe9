import io
s = io.StringIO()
print(s.write("hello "), s.write("wörld\n"), s.write("line2"))
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.readline()), repr(s.read(3)), repr(s.read()))
s = io.StringIO("a\nb\nc")
print(s.readlines())
s.seek(0)
print([line for line in s])
s = io.StringIO("héllo\nworld")
print(s.read(3), s.tell(), s.readline(), s.read())
s.seek(20)
s.write("x")
print(repr(s.getvalue()))
s = io.StringIO("abcdef")
s.seek(2)
s.write("XY")
print(s.getvalue(), s.tell())
s.truncate(3)
print(repr(s.getvalue()))
with io.StringIO("ctx") as c:
    print(c.read())
print(c.closed)
try:
    c.read()
except ValueError as e:
    print(e)
try:
    io.StringIO(b"x")
except TypeError as e:
    print(e)
try:
    io.StringIO().write(b"x")
except TypeError as e:
    print(e)
b = io.BytesIO(b"abc")
print(b.read(2), b.tell(), b.getvalue(), b.read(), b.read())
b.write(b"de")
print(b.getvalue())
b = io.BytesIO()
b.write(b"line1\nline2\n")
b.seek(0)
print(b.readline(), b.readlines())
print(type(s).__name__, type(b).__name__, io.StringIO.__module__ in ("io", "_io"))
class Sub(io.StringIO):
    pass
x = Sub()
x.write("sub")
print(x.getvalue())
