class Trace:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        print("__iter__ called")
        self.i = 0
        return self
    def __next__(self):
        if self.i >= len(self.items):
            print("StopIteration")
            raise StopIteration
        v = self.items[self.i]
        self.i += 1
        print("__next__ ->", v)
        return v

for x in Trace("ab"):
    print("body", x)
print([x for x in Trace([1])])
print(dict(zip(Trace("k"), [1])))
