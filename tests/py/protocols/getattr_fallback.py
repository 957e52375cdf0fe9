class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        print("__getattr__", name)
        return getattr(self._target, name)

p = Proxy([3, 1, 2])
p.append(0)
print(p._target)
print(p.count(1))

class Dflt:
    x = 1
    def __getattr__(self, name):
        if name.startswith("auto_"):
            return name[5:]
        raise AttributeError(name)
d = Dflt()
print(d.x, d.auto_value)
print(hasattr(d, "auto_q"), hasattr(d, "nope"))
print(getattr(d, "nope", "default"))
