class Ver:
    def __init__(self, *parts): self.parts = parts
    def __lt__(self, o): return self.parts < o.parts
    def __le__(self, o): return self.parts <= o.parts
    def __gt__(self, o): return self.parts > o.parts
    def __ge__(self, o): return self.parts >= o.parts
    def __eq__(self, o): return self.parts == o.parts
    def __repr__(self): return "v" + ".".join(map(str, self.parts))

vs = [Ver(1, 10), Ver(1, 2), Ver(0, 9, 9), Ver(1, 2, 1)]
print(sorted(vs))
print(max(vs), min(vs))
print(Ver(1) < Ver(1, 0), Ver(2) >= Ver(1, 9), Ver(1) <= Ver(1))
