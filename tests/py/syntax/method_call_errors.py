class C:
    def m(self, a):
        return a
    @classmethod
    def cm(cls, a):
        return a

c = C()
for call in (lambda: c.m(), lambda: c.m(1, 2), lambda: C.cm(), lambda: c.m(b=1)):
    try:
        call()
    except TypeError as e:
        print(e)
