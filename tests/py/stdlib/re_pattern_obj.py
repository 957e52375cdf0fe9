# Pattern objects, flags and their reprs, the module cache.
import re

p = re.compile(r"(?P<word>\w+)\s(\d+)", re.I | re.S)
print(p, p.pattern, p.flags, p.groups, p.groupindex)
print(p.search("xx abc 12").span(), p.findall("a 1 b 2"), p.sub(r"\2", "a 1 b 2"))
print(re.compile("a"), re.compile(b"a+"), re.compile("(?i)x"), re.compile("a", re.M | re.X))
print(repr(re.I), repr(re.I | re.M), re.IGNORECASE == 2, re.I | 0 == re.I, int(re.DOTALL))
print(re.compile("abc") is re.compile("abc"), re.compile("abc") == re.compile("abc"))
print(re.compile(p) is p)
print(isinstance(p, re.Pattern), isinstance(p.match("a 1"), re.Match))
print(re.compile("x" * 250))
re.purge()
print(re.match("a", "a"))
