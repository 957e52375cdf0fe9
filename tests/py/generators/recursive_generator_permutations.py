def perms(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, x in enumerate(items):
        for p in perms(items[:i] + items[i + 1:]):
            yield [x] + p
for p in perms([1, 2, 3]):
    print(p)
print(sum(1 for _ in perms(list(range(5)))))
