class C:
    x = 1
c = C()
print(getattr(c, "x"), getattr(c, "y", "dflt"), hasattr(c, "x"), hasattr(c, "y"))
setattr(c, "y", 2)
print(c.y, vars(c))
delattr(c, "y")
print(hasattr(c, "y"), vars(c))
try:
    getattr(c, "nope")
except AttributeError as e:
    print(e)
try:
    delattr(c, "nope")
except AttributeError as e:
    print(e)
print(getattr("abc", "upper")(), getattr(1, "real"))
try:
    getattr(c, 5)
except TypeError as e:
    print(e)
