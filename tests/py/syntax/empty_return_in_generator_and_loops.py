def gen(limit):
    n = 0
    while True:
        if n >= limit:
            return
        yield n
        n += 1
print(list(gen(4)), list(gen(0)))
def first_negative(xs):
    for x in xs:
        if x < 0:
            return x
print(first_negative([3, -2, -5]), first_negative([1]))
