s = "tea\n"
print(f"{s!r}")
print(f"{s!s}")
print(f"{'café'!a}")
print(f"{'ab'!r:>8}")
class P:
    def __str__(self): return "str-P"
    def __repr__(self): return "repr-P"
p = P()
print(f"{p} {p!s} {p!r}")
