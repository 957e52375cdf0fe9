class C:
    count = 0
    def __init__(self):
        C.count += 1
    @staticmethod
    def add(a, b):
        return a + b
    @classmethod
    def create(cls, n):
        return [cls() for _ in range(n)]
    @classmethod
    def name(cls):
        return cls.__name__

class D(C):
    pass

print(C.add(1, 2), C().add(3, 4))
objs = D.create(3)
print(type(objs[0]).__name__, C.count)
print(C.name(), D.name(), D().name())
print(type(C.__dict__['add']).__name__, type(C.__dict__['create']).__name__)
