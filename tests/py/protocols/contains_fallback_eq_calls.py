class Noisy:
    def __init__(self, v): self.v = v
    def __eq__(self, other):
        print("compare", self.v, "with", other)
        return self.v == other
    __hash__ = None
items = [Noisy(1), Noisy(2), Noisy(3)]
print(2 in items)
print(9 in items)
print(items.index(3))
