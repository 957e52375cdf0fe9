class A:
    pass
class B:
    def __repr__(self):
        return "B()"
a = A()
r = repr(a)
print(r.startswith("<__main__.A object at 0x"), r.endswith(">"))
print(str(a) == repr(a))
print(str(B()), repr(B()), [B(), B()])
print(repr(A).startswith("<class '__main__.A'>"), str(A))
print(repr(int), repr(len))
