def naturals():
    n = 0
    while True:
        yield n
        n += 1
def take(gen, k):
    out = []
    for x in gen:
        if len(out) == k:
            break
        out.append(x)
    return out
print(take(naturals(), 10))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(take(fib(), 15))
evens = (n for n in naturals() if n % 2 == 0)
print(take(evens, 5))
