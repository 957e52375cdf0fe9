print("{} {}".format("a", "b"))
print("{1} {0} {1}".format("x", "y"))
print("{name}-{n}".format(name="k", n=3))
print("{0[1]} {0[0]}".format(["first", "second"]))
print("{d[key]}".format(d={"key": "value"}))
class P:
    x = 5
    y = "why"
print("{0.x} {0.y} {p.x}".format(P, p=P()))
print("{:>6}|{:<6}|{:^6}|".format("a", "b", "c"))
print("{:.3f} {:,} {:x}".format(3.14159, 10 ** 6, 255))
print("{0!r} {0!s}".format("q"))
print("{{}} {}".format(1))
print("{:{w}.{p}f}".format(3.14159, w=10, p=2))
try:
    "{} {}".format(1)
except IndexError as e:
    print(type(e).__name__, e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print(type(e).__name__, e)
