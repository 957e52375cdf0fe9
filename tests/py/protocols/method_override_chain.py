class A:
    def greet(self):
        return "A.greet -> " + self.name()
    def name(self):
        return "A"
class B(A):
    def name(self):
        return "B"
class C(B):
    def greet(self):
        return "C.greet + " + super().greet()
print(A().greet())
print(B().greet())
print(C().greet())
print(C.greet is B.greet, B.greet is A.greet, C.name is B.name)
