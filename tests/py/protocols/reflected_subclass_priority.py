class Base:
    def __add__(self, o):
        return "Base.__add__"
    def __radd__(self, o):
        return "Base.__radd__"
class Derived(Base):
    def __radd__(self, o):
        return "Derived.__radd__"
print(Base() + Derived())
print(Derived() + Base())
class Same(Base):
    pass
print(Base() + Same())
