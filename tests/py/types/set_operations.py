a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [9]), a.intersection(b, {4}), a.difference([1], (2,)), a.symmetric_difference(b))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {1}, a > {1, 2, 3, 4}, {1}.issubset(a), a.issuperset([1, 9]))
print(a.isdisjoint({7, 8}), a.isdisjoint(b))
c = set(a)
c |= {10}; c &= {1, 2, 10}; c -= {1}; c ^= {2, 3}
print(c)
d = {1, 2, 3}
d.update([4], {5}); d.intersection_update({1, 2, 3, 4, 9}); d.difference_update({1}); d.symmetric_difference_update({2, 7})
print(d)
try:
    a | [1]
except TypeError as e:
    print(e)
