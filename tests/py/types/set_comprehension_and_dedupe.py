words = ["a", "bb", "a", "ccc", "bb", "dddd"]
print(sorted(set(words)), len(set(words)))
print({len(w) for w in words})
seen = set()
uniq = []
for w in words:
    if w not in seen:
        seen.add(w)
        uniq.append(w)
print(uniq)
print(list(dict.fromkeys(words)))
