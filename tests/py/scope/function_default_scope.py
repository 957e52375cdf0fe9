x = 1
def f(a=x):
    return a
x = 2
print(f())
def g():
    y = 10
    def h(b=y):
        return b
    y = 20
    return h()
print(g())
class C:
    val = 3
    def m(self, v=val):
        return v
print(C().m())
