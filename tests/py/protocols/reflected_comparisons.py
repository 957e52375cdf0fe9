class A:
    def __lt__(self, other):
        print("A.__lt__")
        return NotImplemented
    def __gt__(self, other):
        print("A.__gt__")
        return "A>"

class B:
    def __gt__(self, other):
        print("B.__gt__")
        return "B>"
    def __lt__(self, other):
        print("B.__lt__")
        return NotImplemented

print(A() < B())    # A.__lt__ -> NotImplemented, then B.__gt__
print(B() < A())    # B.__lt__ -> NotImplemented, then A.__gt__
print(5 < B())      # int returns NotImplemented, B.__gt__

class Sub(A):
    def __gt__(self, other):
        print("Sub.__gt__")
        return "Sub>"
print(A() < Sub())  # subclass's reflected method goes first
