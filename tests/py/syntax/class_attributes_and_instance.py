class C:
    shared = []
    def __init__(self, v):
        self.v = v
    def add(self, x):
        self.shared.append(x)

a, b = C(1), C(2)
a.add("from a")
b.add("from b")
print(C.shared, a.shared is b.shared)
print(sorted(k for k in vars(a)), a.__dict__)
C.new_attr = 7
print(a.new_attr)
a.__dict__['w'] = 3
print(a.w)
print(getattr(a, 'missing', 'dflt'))
