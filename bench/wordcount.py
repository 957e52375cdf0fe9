# Dict work with string keys: word counting.
def words(n):
    syll = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "ze", "pu"]
    out = []
    x = 12345
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        w = syll[x % 10] + syll[(x >> 8) % 10]
        if x % 3 == 0:
            w += syll[(x >> 16) % 10]
        out.append(w)
    return out

def count(ws):
    counts = {}
    for w in ws:
        counts[w] = counts.get(w, 0) + 1
    return counts

ws = words(700_000)
c = count(ws)
top = sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(len(c), top)
