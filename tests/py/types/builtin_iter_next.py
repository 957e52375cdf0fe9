it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
it2 = iter("ab")
print(iter(it2) is it2, list(it2), list(it2))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 4)))
data = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(data), 0)))
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", e.args)
d = {"a": 1, "b": 2}
di = iter(d)
print(next(di), type(di).__name__)
