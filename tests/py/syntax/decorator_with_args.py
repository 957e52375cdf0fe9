def repeat(times):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco

@repeat(3)
def hi(name):
    return "hi " + name

print(hi("x"))

def prefix(p="> "):
    def deco(fn):
        return lambda s: p + fn(s)
    return deco

@prefix()
def a(s): return s
@prefix(p="# ")
def b(s): return s
print(a("one"), b("two"))

# any expression is allowed as a decorator (3.9+)
decos = [repeat(2)]
@decos[0]
def z(): return 0
print(z())
