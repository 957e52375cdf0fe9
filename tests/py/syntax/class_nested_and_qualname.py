class Outer:
    class Inner:
        def m(self): pass
    def method(self):
        class Local: pass
        return Local

print(Outer.Inner.__name__, Outer.Inner.__qualname__)
print(Outer.Inner.m.__qualname__)
print(Outer().method().__qualname__)
def f():
    def g(): pass
    return g
print(f().__qualname__)
