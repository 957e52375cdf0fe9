print("%s and %s" % ("a", "b"))
print("%d items" % 5)
print("%5d|%-5d|%05d" % (42, 42, 42))
print("%.2f|%8.3f|%-8.1f|" % (3.14159, 2.71828, 1.5))
print("%x %X %o %e" % (255, 255, 8, 12345.678))
print("%r %s" % ("q", "q"))
print("%c%c" % (72, "i"))
print("%%literal %d%%" % 50)
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("%s" % [1, 2])
print("%s" % (("tuple",),))
print("%+d %+d % d" % (5, -5, 5))
print("%*d|%-*d|" % (6, 1, 4, 2))
try:
    print("%d %d" % (1,))
except TypeError as e:
    print(e)
try:
    print("%d" % (1, 2))
except TypeError as e:
    print(e)
