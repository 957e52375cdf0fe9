b = b"a,b,,c"
print(b.split(b","), b.split(b",", 1), b"a b  c".split(), b.rsplit(b",", 1))
print(b"-".join([b"x", b"y"]), b.replace(b",", b";"), b.find(b"c"), b.find(b"z"), b.count(b","))
print(b.startswith(b"a,"), b.endswith((b"c", b"d")), b"  pad ".strip(), b"xxhixx".strip(b"x"))
print(b"Hello".lower(), b"hello".title(), b"abc".isalpha(), b"123".isdigit(), b"a1".isalnum())
print(b"abc".index(b"c"), b"key=val".partition(b"="), b"abc".center(7, b"*"), b"5".zfill(3))
print(b"%d-%s" % (5, b"x"), b"ab".decode("ascii"), b"line1\nline2".splitlines())
