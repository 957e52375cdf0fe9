class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, o):
        print("__iadd__")
        self.items.append(o)
        return self
    def __add__(self, o):
        print("__add__")
        return "new object"

a = Acc()
b = a
a += 1
a += 2
print(a is b, a.items)

class OnlyAdd:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        print("fallback to __add__")
        return OnlyAdd(self.v + o)
x = OnlyAdd(1)
y = x
x += 5
print(x.v, y.v, x is y)

class IMul:
    def __imul__(self, o):
        return NotImplemented
    def __mul__(self, o):
        return "mul fallback"
z = IMul()
z *= 2
print(z)
