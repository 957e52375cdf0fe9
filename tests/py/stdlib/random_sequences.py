# choice / shuffle / sample / choices with a fixed seed.
import random

random.seed(7)
print(random.choice("abcdefgh"), random.choice([10, 20, 30]), random.choice(range(1000)))
items = list(range(15))
random.shuffle(items)
print(items)
print(random.sample(range(100), 8))
print(random.sample(["red", "blue"], counts=[4, 2], k=5))
print(random.choices("xyz", k=6))
print(random.choices("xyz", weights=[10, 1, 1], k=6))
print(random.choices("xyz", cum_weights=[1, 2, 10], k=6))
print([random.randrange(10) for _ in range(8)])
print([random.randrange(5, 50, 5) for _ in range(5)])
print(random.randrange(10**40))
words = ["alpha", "beta", "gamma", "delta"]
random.shuffle(words)
print(words)
