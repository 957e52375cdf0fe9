class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)

class Person:
    age = Typed(int)
    name = Typed(str)
    def __init__(self, name, age):
        self.name = name
        self.age = age

p = Person("Ann", 30)
print(p.name, p.age, type(Person.age).__name__)
try:
    p.age = "old"
except TypeError as e:
    print(e)
