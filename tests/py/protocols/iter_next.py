class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

print(list(Countdown(5)))
c = Countdown(2)
for x in c:
    print("x", x)
print(list(c))
it = iter(Countdown(3))
print(next(it), next(it), next(it), next(it, "done"))

class Range2:
    def __init__(self, n): self.n = n
    def __iter__(self):
        return iter(range(self.n))
r = Range2(3)
print(list(r), list(r), sum(r), sorted(r, reverse=True))
