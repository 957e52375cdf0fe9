import sys
def f(a, b=2):
    c = a + b
    fr = sys._getframe()
    print(fr.f_code.co_name, sorted(fr.f_locals), fr.f_back.f_code.co_name, fr.f_globals is globals())
    return fr
fr = f(1)
print(sorted(fr.f_locals), fr.f_back.f_code.co_name, fr.f_back.f_lineno)
print(sys._getframe(0).f_code.co_name, sys._getframe().f_back)
def g():
    return sys._getframe(1)
def h():
    return g()
print(h().f_code.co_name)
try:
    sys._getframe(50)
except ValueError as e:
    print(e)
def gen():
    yield sys._getframe()
    yield 2
it = gen()
gf = next(it)
print(gf.f_code.co_name, gf.f_back)
def f2(): pass
f2.__annotations__ = {'x': int}; print(f2.__annotations__)
f2.__kwdefaults__ = {'k': 1}; print(f2.__kwdefaults__)
f2.__dict__ = {'z': 3}; print(f2.z)
f2.__defaults__ = (1,); print(f2.__defaults__)
try:
    f2.__defaults__ = [1]
except TypeError as e: print(e)
f2.__annotations__ = None; print(f2.__annotations__)
