s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("abcHIcba".strip("abc")), repr("www.example.com".lstrip("cmowz.")))
print(repr("...a.b...".rstrip(".")), repr("".strip()), repr("   ".strip()))
print(repr("\u3000full-width space\u3000".strip()))
