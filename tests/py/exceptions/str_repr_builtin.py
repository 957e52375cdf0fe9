cases = [ValueError(), ValueError("x"), ValueError("x", 1), KeyError("k"), KeyError(),
         KeyError(1, 2), IndexError(3), OSError(2, "No such file"), StopIteration(5),
         SystemExit(3), Exception(None), Exception(""), Exception([1, 2])]
for e in cases:
    print(repr(e), "|", str(e), "|", e.args)
