records = [("bob", 3), ("amy", 1), ("cat", 3), ("dan", 2), ("eve", 1), ("fay", 2), ("gus", 3)]
by_score = sorted(records, key=lambda r: r[1])
print(by_score)
print(sorted(records, key=lambda r: r[1], reverse=True))
# sort by secondary then primary key (stable two-pass)
two = sorted(records, key=lambda r: r[0], reverse=True)
two.sort(key=lambda r: r[1])
print(two)
big = [(i % 7, i) for i in range(60)]
s = sorted(big, key=lambda t: t[0])
print(all(s[i][1] < s[i + 1][1] for i in range(len(s) - 1) if s[i][0] == s[i + 1][0]))
print(s[:10])
