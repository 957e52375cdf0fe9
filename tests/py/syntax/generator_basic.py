def count(n):
    print("start")
    i = 0
    while i < n:
        yield i
        i += 1
    print("end")

g = count(3)
print(type(g).__name__)
print(next(g))
print(list(g))
for v in count(2):
    print("got", v)
try:
    next(g)
except StopIteration:
    print("exhausted")
