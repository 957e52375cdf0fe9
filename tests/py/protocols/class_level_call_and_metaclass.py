class Meta(type):
    def __call__(cls, *a):
        print("Meta.__call__", cls.__name__, a)
        return super().__call__(*a)
    def __repr__(cls):
        return "<class " + cls.__name__ + " via Meta>"

class C(metaclass=Meta):
    def __init__(self, x):
        self.x = x

c = C(5)
print(c.x, repr(C), type(C).__name__)
class D(C): pass
print(type(D).__name__, D(1).x)
