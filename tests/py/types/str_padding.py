print(repr("ab".center(7)), repr("ab".center(7, "*")), repr("abc".center(6, "-")), repr("abc".center(2)))
print(repr("ab".ljust(5, ".")), repr("ab".rjust(5, ".")), repr("ab".ljust(1)))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(6), "12345".zfill(3))
print("%-6s|%6s|" % ("ab", "cd"), "{:*<6}|{:*>6}".format("ab", "cd"))
