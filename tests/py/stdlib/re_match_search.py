# re.match / search / fullmatch and the Match object.
import re

m = re.search(r"(\d+)-(\d+)", "tel 555-1234 ok")
print(m)
print(m.group(), m.group(1), m.group(2), m.group(1, 2), m.groups())
print(m.start(), m.end(), m.span(), m.span(2), m.start(1), m.end(2))
print(m[0], m[1], m.lastindex, m.lastgroup, m.pos, m.endpos, m.string)
print(re.match(r"abc", "abcdef"), re.match(r"bc", "abcdef"))
print(re.fullmatch(r"\w+", "hello"), re.fullmatch(r"\w+", "hello!"))
m = re.match(r"(?P<first>\w+) (?P<last>\w+)", "Jane Doe")
print(m.groupdict(), m["first"], m.group("last"), m.lastgroup, m.span("last"))
m = re.match(r"(a)(b)?", "a")
print(m.groups(), m.groups("-"), m.span(2), m.expand(r"<\1|\2>"))
print(re.match(r"((a)b)", "ab").lastindex, re.match(r"(a)|(b)", "b").lastindex)
print(re.search(r"a.c", "a\nc abc"), re.search(r"a.c", "a\nc", re.S))
print(re.search(r"^b", "a\nb"), re.search(r"^b", "a\nb", re.M), re.search(r"a$", "a\n"))
print(re.compile(r"a").match("ba", 1), re.compile(r"^a").search("ba", 1), re.compile(r"a$").search("ab", 0, 1))
print(bool(re.search("x", "y")), bool(re.search("y", "y")))
try:
    re.match("(a)", "a").group(3)
except IndexError as e:
    print("IndexError:", e)
