# int subclasses keep their type and attributes; arithmetic returns plain ints;
# bool is an int whose & | ^ stay bool.
class Money(int):
    def __repr__(self):
        return "Money(%d)" % int(self)
    def __add__(self, other):
        return Money(super().__add__(other))

m = Money(5)
print(m, repr(m), type(m).__name__, isinstance(m, int))
print(m + 3, type(m + 3).__name__)
print(3 + m, type(3 + m).__name__)
print(m * 2, type(m * 2).__name__)
print(-m, type(-m).__name__, abs(Money(-4)), type(abs(Money(-4))).__name__)
print(m == 5, m < 6, hash(m) == hash(5), {m: 1}[5])
print(int(m), type(int(m)).__name__, m.real, type(m.real).__name__)
m.tag = "cash"
print(m.tag)

class Big(int):
    pass
b = Big(2 ** 100)
print(b, b + 1, type(b + 1).__name__, b.bit_length())
print(Big("ff", 16), Big(), Big(3.7))
print(int.__add__(1, 2), int.__mul__(3, 4), int.__pow__(2, 10, 1000))
print((5).__class__, (5).__class__.__name__)
try:
    int.__add__("a", 1)
except TypeError as e:
    print(e)
try:
    int.bit_length("a")
except TypeError as e:
    print(e)

print(True, False, repr(True), str(False))
print(True + True, True * 3, -True, ~True, ~False)
print(True & True, True | False, True ^ True, type(True & False).__name__)
print(True & 3, type(True & 3).__name__, 6 | False, type(6 | False).__name__)
print(bool(), bool(0), bool(0.0), bool(""), bool([]), bool(1j), bool("a"))
class L:
    def __len__(self):
        return 0
class B:
    def __bool__(self):
        return True
print(bool(L()), bool(B()))
try:
    bool(x=1)
except TypeError as e:
    print(e)
try:
    class X(bool):
        pass
except TypeError as e:
    print(e)
print(True == 1, False == 0, hash(True), hash(False), True is bool(5))
print(format(True), format(True, ">5"), format(False, "d"), f"{True:x}")
print(int(True), float(True), True / 2, True // 2, True ** 2)
