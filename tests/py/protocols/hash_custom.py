class Key:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return isinstance(o, Key) and self.k.lower() == o.k.lower()
    def __hash__(self): return hash(self.k.lower())
    def __repr__(self): return f"Key({self.k!r})"

d = {Key("Abc"): 1}
d[Key("ABC")] = 2
print(len(d), d[Key("abc")], list(d))
s = {Key("x"), Key("X"), Key("y")}
print(len(s))
print(hash(Key("Q")) == hash(Key("q")))
