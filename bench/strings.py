# String building: f-strings, join, concatenation, methods.
def build(n):
    parts = []
    for i in range(n):
        parts.append(f"{i}:{i * 7 % 13:02d}")
    s = ",".join(parts)
    acc = ""
    for i in range(n // 10):
        acc += str(i)
        acc += "-"
    words = s.split(",")
    upper = "".join(w.upper() for w in words[:1000])
    return len(s), len(acc), s.count("1"), len(words), upper[-20:], s[1000:1020].replace(":", "=")

print(build(500_000))
