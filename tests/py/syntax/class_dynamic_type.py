def hello(self):
    return "hello from " + type(self).__name__

Base = type("Base", (), {"x": 1})
Derived = type("Derived", (Base,), {"hello": hello, "y": 2})
d = Derived()
print(d.hello(), d.x, d.y)
print(Derived.__name__, [c.__name__ for c in Derived.__mro__])
print(type(Derived) is type, type(type))
