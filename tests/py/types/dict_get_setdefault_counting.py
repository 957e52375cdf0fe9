text = "the quick cat and the lazy dog and a bird saw the cat"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
groups = {}
for w in text.split():
    groups.setdefault(len(w), []).append(w)
print(groups)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
inverted = {}
for w, n in counts.items():
    inverted.setdefault(n, []).append(w)
print(inverted)
