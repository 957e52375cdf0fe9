# Generators: a pipeline of generator functions and expressions.
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1

def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x

def squares(it):
    for x in it:
        yield x * x

def chunks(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf

def run(n):
    total = sum(squares(evens(numbers(n))))
    big = sum(1 for x in (y % 7 for y in range(n)) if x == 3)
    chunked = sum(len(c) for c in chunks(numbers(n // 2), 64))
    return total, big, chunked

print(run(1_500_000))
