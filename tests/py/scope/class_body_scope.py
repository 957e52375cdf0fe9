x = "module x"
class C:
    x = "class x"
    y = x
    def method(self):
        return x
    z = [x for _ in range(1)]
    w = (lambda: x)()
print(C.y, C().method(), C.z, C.w)
class D:
    a = 1
    b = a + 1
    def m(self):
        try:
            return a
        except NameError as e:
            return str(e)
print(D.b, D().m())
