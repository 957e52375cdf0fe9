class Item:
    def __init__(self, k, tag): self.k, self.tag = k, tag
    def __lt__(self, o):
        return self.k < o.k
    def __repr__(self): return f"{self.k}{self.tag}"
items = [Item(3, 'a'), Item(1, 'b'), Item(3, 'c'), Item(2, 'd'), Item(1, 'e')]
print(sorted(items))
print(sorted(items, reverse=True))
print(min(items), max(items))
items.sort()
print(items)
