# Iterator types are named as in CPython and report __length_hint__.
import operator
def show(it):
    print(type(it).__name__, type(it).__module__, operator.length_hint(it, -1), it.__length_hint__())
show(iter([1, 2, 3]))
show(reversed([1, 2, 3]))
show(iter((1, 2)))
show(iter({1: 2}))
show(iter({1: 2}.values()))
show(iter({1: 2}.items()))
show(reversed({1: 2}))
show(reversed({1: 2}.values()))
show(reversed({1: 2}.items()))
show(iter({1, 2}))
show(iter(frozenset({1})))
show(iter(range(4)))
show(reversed(range(4)))
print(type(iter('ab')).__name__, type(iter('é')).__name__, type(iter(b'ab')).__name__)
print(operator.length_hint(iter([]), 7), operator.length_hint([1, 2], 7), operator.length_hint(object(), 7))
it = iter([1, 2, 3])
next(it)
print(it.__length_hint__(), list(it), it.__length_hint__())
l = [1, 2, 3]
r = reversed(l)
next(r)
l.clear()
print(r.__length_hint__(), list(r))
d = {1: 1, 2: 2}
di = iter(d)
next(di)
print(di.__length_hint__())
d[3] = 3
print(di.__length_hint__())
s = {1, 2, 3}
si = iter(s)
next(si)
print(si.__length_hint__())
print(iter([]) .__class__ is type(iter([1])), type(iter([])).__mro__[-1].__name__)
