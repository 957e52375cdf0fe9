def counter(start):
    while True:
        yield start
        start += 1
a, b = counter(0), counter(100)
print(next(a), next(b), next(a), next(b), next(a))
print([next(a) for _ in range(3)], [next(b) for _ in range(2)])
