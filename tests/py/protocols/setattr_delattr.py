class Strict:
    __fields = ("x", "y")
    def __setattr__(self, name, value):
        print("setattr", name, value)
        if name not in ("x", "y"):
            raise AttributeError("cannot set " + name)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print("delattr", name)
        object.__delattr__(self, name)

s = Strict()
s.x = 1
setattr(s, "y", 2)
print(s.x, s.y)
try:
    s.z = 3
except AttributeError as e:
    print(e)
del s.x
print(hasattr(s, "x"))
