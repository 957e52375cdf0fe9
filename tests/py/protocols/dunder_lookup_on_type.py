class C:
    def __len__(self):
        return 5
c = C()
c.__len__ = lambda: 99   # instance attribute is ignored by len()
print(len(c), c.__len__())
class D:
    pass
d = D()
d.__repr__ = lambda: "instance repr"
print(repr(d).startswith("<__main__.D object"))
