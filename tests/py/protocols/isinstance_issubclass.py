class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, (C, (int, B))))
print(isinstance(3, int), isinstance(True, int), isinstance(3, float), isinstance(3.0, (int, float)))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(bool, int))
print(issubclass(A, object), isinstance(None, object), isinstance(int, type))
print(isinstance("s", str), isinstance([], (list, tuple)), isinstance((), list))
try:
    isinstance(1, 1)
except TypeError as e:
    print(e)
try:
    issubclass(1, int)
except TypeError as e:
    print(e)
