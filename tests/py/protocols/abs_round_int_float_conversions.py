class Num:
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __round__(self, n=None): return f"round({n})"
    def __abs__(self): return "abs"
    def __complex__(self): return 1j
n = Num()
print(int(n), float(n), round(n), round(n, 2), abs(n), complex(n))
class Idx:
    def __index__(self): return 3
print(int(Idx()))
try:
    int(object())
except TypeError as e:
    print(e)
try:
    float([])
except TypeError as e:
    print(e)
