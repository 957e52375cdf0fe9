words = ["hello world", "HELLO", "hELLO wORLD", "they're bill's friends", "123abc", "ǆemal", ""]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold(), sep=" | ")
