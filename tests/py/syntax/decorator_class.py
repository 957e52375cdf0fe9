registry = []
def register(cls):
    registry.append(cls.__name__)
    cls.registered = True
    return cls

@register
class A: pass

@register
class B: pass

print(registry, A.registered, B.registered)

def singleton(cls):
    inst = cls()
    return lambda: inst

@singleton
class S:
    pass

print(S() is S())

class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.n = 0
    def __call__(self, *a):
        self.n += 1
        return self.fn(*a)

@CountCalls
def sq(x):
    return x * x
print(sq(3), sq(4), sq.n)
