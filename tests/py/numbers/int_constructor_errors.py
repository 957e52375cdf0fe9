# int(): strings in every base, underscores, whitespace, objects with
# __int__/__index__/__trunc__, and CPython's exact error messages.
def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(int)
show(int, "  -42\n")
show(int, "+7")
show(int, "1_000_000")
show(int, "0x_ff", 0)
show(int, "0b101", 0)
show(int, "0o17", 0)
show(int, "z", 36)
show(int, "ZZ", 36)
show(int, "10", base=2)
show(int, "٣٤")
show(int, b"  12 ")
show(int, bytearray(b"ff"), 16)
show(int, "abc")
show(int, "1__0")
show(int, "_1")
show(int, "")
show(int, "0x", 16)
show(int, "010", 0)
show(int, "1", 1)
show(int, "1", 37)
show(int, 1, 2)
show(int, None)
show(int, [1])
show(int, "a" * 250)
show(int, 3.99)
show(int, -3.99)
show(int, 1e20)
show(int, float("nan"))
show(int, float("-inf"))
show(int, True)

class WithInt:
    def __int__(self):
        return 7
class WithIndex:
    def __index__(self):
        return 8
class WithTrunc:
    def __trunc__(self):
        return 9
class BadInt:
    def __int__(self):
        return "x"
show(int, WithInt())
show(int, WithIndex())
show(int, BadInt())
show(int, "1" * 4301)
print(len(str(int("1" * 4300))))
show(str, 10 ** 4300)
print(len(hex(10 ** 5000)))
