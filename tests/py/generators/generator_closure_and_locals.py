def make_gen(prefix):
    count = 0
    def g(items):
        nonlocal count
        for it in items:
            count += 1
            yield f"{prefix}{count}:{it}"
    return g
g = make_gen("#")
print(list(g("ab")), list(g("c")))
