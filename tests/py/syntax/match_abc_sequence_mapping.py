# Classes derived from collections.abc.Sequence / Mapping match sequence and mapping patterns.
import collections.abc

class MySeq(collections.abc.Sequence):
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
    def __len__(self):
        return 3

match MySeq():
    case [a, b, c]:
        print("MySeq", a, b, c)

class MyMap(collections.abc.Mapping):
    def __getitem__(self, k):
        if k == "x":
            return 42
        raise KeyError(k)
    def __iter__(self):
        return iter(["x"])
    def __len__(self):
        return 1

match MyMap():
    case {"x": v}:
        print("MyMap", v)

