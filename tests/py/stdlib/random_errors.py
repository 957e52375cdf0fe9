# Error messages of the random module.
import random

def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

attempt(lambda: random.randrange(0))
attempt(lambda: random.randrange(5, 5))
attempt(lambda: random.randrange(1, 10, 0))
attempt(lambda: random.randint(3, 1))
attempt(lambda: random.choice([]))
attempt(lambda: random.sample([1, 2, 3], 5))
attempt(lambda: random.sample({1, 2, 3}, 2))
attempt(lambda: random.sample([1, 2], -1))
attempt(lambda: random.choices("ab", weights=[1], k=2))
attempt(lambda: random.choices("ab", weights=[1, 2], cum_weights=[1, 3]))
attempt(lambda: random.getrandbits(-1))
attempt(lambda: random.seed([1, 2]))
attempt(lambda: random.Random().setstate((1, 2)))
