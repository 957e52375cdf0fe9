def f(a, *, b, c=3):
    return (a, b, c)

print(f(1, b=2))
print(f(1, b=2, c=4))
print(f(a=0, c=1, b=5))
print(f.__kwdefaults__)
try:
    f(1, 2)
except TypeError as e:
    print(e)
try:
    f(1)
except TypeError as e:
    print(e)

def g(*args, sep):
    return sep.join(args)
print(g("a", "b", sep="-"))
try:
    g("a", "b")
except TypeError as e:
    print(e)
