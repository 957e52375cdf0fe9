class MyList(list):
    def append(self, x):
        super().append(x * 10)
    def total(self):
        return sum(self)

m = MyList([1, 2])
m.append(3)
print(m, m.total(), len(m), isinstance(m, list), type(m).__name__)
class MyStr(str):
    def shout(self):
        return self.upper() + "!"
s = MyStr("hi")
print(s.shout(), s + " there", type(s + "x").__name__)
class MyInt(int):
    def __repr__(self): return f"MyInt({int(self)})"
print(MyInt(5) + 1, repr(MyInt(5)), MyInt(5) == 5)
class MyDict(dict):
    pass
md = MyDict(a=1)
md["b"] = 2
print(md, type(md).__name__)
