class Multiplier:
    def __init__(self, k): self.k = k
    def __call__(self, x, *, offset=0):
        return x * self.k + offset

double = Multiplier(2)
print(double(5), double(5, offset=1), callable(double), callable(Multiplier))
print(list(map(double, [1, 2, 3])))
class NoCall: pass
print(callable(NoCall()))
try:
    NoCall()()
except TypeError as e:
    print(e)
