# Independent Random instances, getstate/setstate, subclassing.
import random

a = random.Random(99)
b = random.Random(99)
print(a.random() == b.random(), a.randint(0, 10 ** 6), b.randint(0, 10 ** 6))
state = a.getstate()
print(type(state).__name__, state[0], len(state[1]), state[2])
x = [a.random() for _ in range(3)]
a.setstate(state)
print(x == [a.random() for _ in range(3)])
print(isinstance(a, random.Random))


class Coin(random.Random):
    def flip(self):
        return "heads" if self.random() < 0.5 else "tails"


c = Coin(3)
print([c.flip() for _ in range(6)])
print(c.randrange(100), c.choice("qrs"))
r = random.Random()
print(0.0 <= r.random() < 1.0)
sr = random.SystemRandom()
print(0 <= sr.randint(1, 6) <= 6, len(sr.randbytes(4)))
