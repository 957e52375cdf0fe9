class A:
    def __init__(self):
        self.log = ["A"]
    def who(self):
        return "A"
    @classmethod
    def make(cls):
        return "A.make(" + cls.__name__ + ")"

class B(A):
    def __init__(self):
        super().__init__()
        self.log.append("B")
    def who(self):
        return "B>" + super().who()
    @classmethod
    def make(cls):
        return "B." + super().make()

class C(B):
    def who(self):
        return "C>" + super().who()

c = C()
print(c.log, c.who(), C.make())
print(super(B, c).who())
