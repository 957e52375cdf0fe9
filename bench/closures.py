# Closures, nonlocal state, higher-order functions, lambdas.
def make_counter(step):
    count = 0
    def inc():
        nonlocal count
        count += step
        return count
    return inc

def compose(f, g):
    return lambda x: f(g(x))

def run(n):
    counters = [make_counter(s) for s in range(1, 6)]
    add1 = lambda x: x + 1
    dbl = lambda x: x * 2
    f = compose(add1, dbl)
    g = compose(f, f)
    total = 0
    for i in range(n):
        total += counters[i % 5]() + g(i)
    return total, [c() for c in counters]

print(run(1_000_000))
