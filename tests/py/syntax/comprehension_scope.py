x = "outer"
lst = [x for x in range(3)]
print(x, lst)
g = list(x for x in "ab")
print(x, g)
d = {x: 1 for x in (9,)}
print(x, d)

class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]       # the iterable is evaluated in class scope
    try:
        bad = [v * factor for v in vals for factor in (2,)]
    except NameError:
        bad = "NameError"
    factor = 10
    try:
        scaled = [v * factor for v in vals]  # class names invisible inside
    except NameError as e:
        scaled = str(e)
print(C.doubled, C.bad, C.scaled)
