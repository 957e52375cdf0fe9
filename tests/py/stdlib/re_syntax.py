# Pattern syntax: classes, quantifiers, anchors, groups, lookaround, flags.
import re

tests = [
    (r"[^aeiou\s]+", "hello world"), (r"[a-c-]+", "x-abc-d"), (r"[\d.]+", "v1.25x"), (r"[]a]+", "]a]b"),
    (r"x{2,3}", "xxxxx"), (r"x{2,}?", "xxxxx"), (r"x{,2}", "xxx"), (r"<.*>", "<a><b>"), (r"<.*?>", "<a><b>"),
    (r"(a|ab)(c|bcd)(d*)", "abcd"), (r"(a+)+b", "aaab"), (r"(\w)\1", "hello"), (r"(?P<c>\w)(?P=c)", "abccd"),
    (r"\bfoo\b", "a foo b"), (r"\Bfoo", "afoo"), (r"foo(?=bar)", "foobaz foobar"), (r"foo(?!bar)", "foobar foobaz"),
    (r"(?<=\$)\d+", "cost $45"), (r"(?<!\$)\b\d+", "$45 67"), (r"(?i)hello", "HeLLo"), (r"(?i:a)B", "Ab AB"),
    (r"\Aab\Z", "ab"), (r"\x41\u0042\101", "ABA"), (r"(?x) a  b  # comment", "ab"), (r"(a*)*", "b"),
    (r"(?>a+)b", "aab"), (r"a++b", "aab"), (r"(a)?(?(1)b|c)", "ab"), (r"\w+", "naïve café"), (r"(?a)\w+", "naïve"),
    (r"[α-ω]+", "abγδε"), (r"\s\S\w\W\d\D", " xa!1z"), (r"(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\11", "abcdefghijkk"),
]
for pattern, text in tests:
    m = re.search(pattern, text)
    print(repr(pattern), m, m.groups() if m else "")
print(re.search("a", "A", re.I), re.search("[a-z]+", "ABC", re.IGNORECASE))
print(re.findall(r"^\w", "one\ntwo\nthree", re.M))
print(re.findall(r"""\d+  # digits
                     \.?  # optional dot""", "1. 22 333.", re.VERBOSE))
