class Loose:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        return self.v == (o.v if isinstance(o, Loose) else o)
    __hash__ = None
lst = [Loose(1), Loose(2), Loose(2), 3]
print(lst.count(2), lst.index(2), Loose(3) in lst)
lst.remove(2)
print([x.v if isinstance(x, Loose) else x for x in lst])
print((Loose(5),) == (5,))
