class C:
    v = "class"
    def __init__(self, set_instance):
        if set_instance:
            self.v = "instance"
print(C(False).v, C(True).v, C.v)
c = C(True)
del c.v
print(c.v)
C.v = "changed"
print(C(False).v)
