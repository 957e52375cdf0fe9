# re.error messages and positions for bad patterns and templates.
import re

bad = ["*a", "a**", "(a", "a)", "[a", r"\q", "(?<n>a)", "[z-a]", r"\2(a)", "(?P=x)",
       "(?P<a>x)(?P<a>y)", "(?<=a+)b", "(?P<>a)", "(?P<1a>x)", "a{3,1}", "a(?i)b", "(?z)", "(?",
       "x{2}{3}", r"[\d-z]", "\\", r"(?<!a|bc)d", r"\800", "(?:", r"\x1", "(?i:a", "(?-i)a",
       "(a)(?P=a)", r"(a\1)", "^*", "(?P", "(?P<a", "(?#", "(a\nb"]
for pattern in bad:
    try:
        re.compile(pattern)
        print(repr(pattern), "compiled")
    except re.error as e:
        print(repr(pattern), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)
for repl in [r"\q", r"\2", r"\g<2>", r"\g<x>", r"\g<1", "\\"]:
    try:
        print(re.sub("(a)", repl, "a"))
    except (re.error, IndexError) as e:
        print(repr(repl), type(e).__name__, e)
print(issubclass(re.error, Exception), re.error.__name__)
try:
    re.search("a", b"a")
except TypeError as e:
    print("TypeError:", e)
try:
    re.search(b"a", "a")
except TypeError as e:
    print("TypeError:", e)
