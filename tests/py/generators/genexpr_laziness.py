log = []
def src():
    for i in range(5):
        log.append("produce %d" % i)
        yield i
g = (x * 10 for x in src())
print(log)
print(next(g))
print(log)
print(list(g))
print(log)
squares = (n * n for n in range(10 ** 12))
print(next(squares), next(squares), next(squares))
