class Bag:
    def __init__(self, *items): self.items = list(items)
    def __len__(self): return len(self.items)

print(len(Bag()), len(Bag(1, 2, 3)))
print(bool(Bag()), bool(Bag(0)))
if not Bag():
    print("empty bag is falsy")
class Neg:
    def __len__(self): return -1
try:
    len(Neg())
except ValueError as e:
    print(e)
class NotInt:
    def __len__(self): return "3"
try:
    len(NotInt())
except TypeError as e:
    print(e)
