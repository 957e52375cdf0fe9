g = (x * 2 for x in range(4))
print(type(g).__name__)
print(next(g), next(g))
print(list(g))
print(list(g))
print(sum(x for x in range(101)))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(",".join(str(i) for i in range(5)))
# the first iterable is evaluated immediately
try:
    g2 = (x for x in 5)
except TypeError as e:
    print("eager:", e)
g3 = (1 / x for x in [1, 0])
print(next(g3))
try:
    next(g3)
except ZeroDivisionError as e:
    print("lazy:", e)
