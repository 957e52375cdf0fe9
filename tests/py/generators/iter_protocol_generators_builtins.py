def gen(n):
    for i in range(n):
        yield i
print(sum(gen(5)), max(gen(5)), sorted(gen(3), reverse=True), list(zip(gen(3), gen(10))))
print(dict(zip("abc", gen(3))), set(gen(4)), tuple(gen(2)), list(enumerate(gen(2))))
print(any(x > 3 for x in gen(5)), all(x < 3 for x in gen(5)), "".join(str(x) for x in gen(4)))
a, b, *c = gen(5)
print(a, b, c)
print(list(map(lambda x: x * 2, gen(3))), list(filter(lambda x: x % 2, gen(6))))
