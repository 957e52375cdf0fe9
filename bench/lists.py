# List work: append, comprehensions, slicing, sort.
def work(n):
    xs = []
    for i in range(n):
        xs.append((i * 7919) % 10007)
    ys = [x * 2 for x in xs if x % 3]
    zs = sorted(ys)
    xs.sort(reverse=True)
    pairs = [(x, -x) for x in zs[:50000]]
    pairs.sort(key=lambda p: p[1])
    total = sum(zs[::7]) + sum(p[0] for p in pairs[:1000])
    return len(ys), zs[:5], xs[:5], total, max(xs), min(ys)

print(work(700_000))
