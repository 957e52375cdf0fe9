class Logged:
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("access", name)
        return object.__getattribute__(self, name)
    def method(self):
        return "m"

o = Logged()
print(o.a)
print(o.method())
try:
    o.missing
except AttributeError as e:
    print("AttributeError", e)

class Both:
    def __getattribute__(self, name):
        if name == "special":
            raise AttributeError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback for " + name
print(Both().special)
