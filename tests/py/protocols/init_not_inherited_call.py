class Base:
    def __init__(self):
        print("Base.__init__")
        self.base_ready = True
class NoSuper(Base):
    def __init__(self):
        print("NoSuper.__init__")
class Inherits(Base):
    pass
n = NoSuper()
print(hasattr(n, "base_ready"))
i = Inherits()
print(i.base_ready)
try:
    Base(1)
except TypeError as e:
    print(e)
try:
    object.__new__(Base).__init__(5)
except TypeError as e:
    print(e)
