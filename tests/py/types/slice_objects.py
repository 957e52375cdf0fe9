s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1))
print(list(range(20))[s], "abcdefghijkl"[s])
print(s.indices(6), slice(None).indices(5), slice(-3, None).indices(10), slice(None, None, -1).indices(4))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
lst = list(range(10))
lst[slice(0, 3)] = ["a"]
print(lst)
