# a small program mixing statements, like the tutorial seeds
tasks = ["write", "read", "sleep", "write", "read"]
counts = {}
for t in tasks:
    counts[t] = counts.get(t, 0) + 1
for name in sorted(counts):
    print("%-6s %d" % (name, counts[name]))
total = sum(counts.values())
print("total: %d, avg: %.2f" % (total, total / len(counts)))
i = 0
while True:
    i += 1
    if i * i > 50:
        break
print("first square over 50: %d^2 = %d" % (i, i * i))
