# Every pattern kind, with CPython 3.11's semantics.
def classify(x):
    match x:
        case None:
            return "none"
        case True:
            return "true"
        case 0 | 1 as n:
            return f"small {n}"
        case -2:
            return "minus two"
        case 1.5:
            return "one and a half"
        case 2j:
            return "complex"
        case "s" | b"b":
            return f"literal {x!r}"
        case []:
            return "empty seq"
        case [a]:
            return f"one {a}"
        case [a, b, *rest] if rest:
            return f"head {a} {b} rest {rest}"
        case (a, b):
            return f"pair {a} {b}"
        case {"k": v, **kw} if kw:
            return f"k={v} more={sorted(kw.items())}"
        case {"k": v}:
            return f"only k={v}"
        case {}:
            return "some mapping"
        case str() | bytes():
            return f"text {x!r}"
        case _:
            return "other"

for v in [None, True, False, 0, 1, -2, 1.5, 2j, "s", b"b", [], [7], (1, 2), [1, 2, 3, 4],
          {"k": 1}, {"k": 2, "z": 3}, {"q": 1}, "abc", b"xy", bytearray(b"z"), 3.25, object]:
    print(repr(v)[:20], "->", classify(v))

# Star patterns and wildcard stars
for seq in ([1, 2, 3, 4, 5], (1,), range(4), "abc"):
    match seq:
        case [first, *_, last]:
            print("first/last", first, last)
        case [*_]:
            print("any sequence", list(seq))
        case _:
            print("not a sequence", seq)

match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]:
        print("nested", a, b, c, d)

# Value patterns (dotted names) compare with ==
class Color:
    RED = 1
    GREEN = 2

for c in (1, 2, 3):
    match c:
        case Color.RED:
            print("red")
        case Color.GREEN:
            print("green")
        case other:
            print("unknown", other)

# Or-patterns binding the same names in a different order
for v in ([1, "a"], ("b", 2)):
    match v:
        case [int(n), str(s)] | [str(s), int(n)]:
            print("n", n, "s", s)

# Class patterns: __match_args__, keywords, self-matching builtins
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

for p in (Point(1, 2), Point3(1, 2, 3), Point(0, 0), 5, 5.0, "p", [1], {"a": 1}, frozenset({1})):
    match p:
        case Point3(x, y, z=3):
            print("3d", x, y)
        case Point(0, 0):
            print("origin")
        case Point(x=1, y=yy):
            print("x is one, y", yy)
        case bool(b) | int(b):
            print("int", b)
        case float(f):
            print("float", f)
        case str(s):
            print("str", s)
        case list([item]):
            print("list of", item)
        case dict({"a": a}):
            print("dict a", a)
        case frozenset(fs):
            print("frozenset", sorted(fs))

# Missing attributes just fail to match
match Point(1, 2):
    case Point(q=1):
        print("no")
    case Point():
        print("a Point")

# Guards see the captured names; failed guards leave names bound
x = "unset"
match 5:
    case x if x > 10:
        print("big")
    case _:
        print("guard failed, x =", x)

# The subject is evaluated once
def subject():
    print("evaluated")
    return (1, 2)

match subject():
    case (1, 3):
        print("no")
    case (1, y):
        print("y", y)

# Mappings: extra keys are allowed, ** collects the rest, get() is used
class Dflt(dict):
    def get(self, key, default=None):
        return super().get(key, default)

match Dflt(a=1, b=2, c=3):
    case {"a": 1, **rest}:
        print("rest", sorted(rest.items()))

# Runtime errors of bad class patterns
class NoArgs:
    pass

class BadArgs:
    __match_args__ = ["a"]

class BadNames:
    __match_args__ = (1,)

class Dup:
    __match_args__ = ("a",)
    a = 1

for cls, make in ((NoArgs, NoArgs), (BadArgs, BadArgs), (BadNames, BadNames), (Dup, Dup)):
    try:
        match make():
            case NoArgs(x):
                pass
            case BadArgs(x):
                pass
            case BadNames(x):
                pass
            case Dup(x, a=2):
                pass
    except TypeError as e:
        print("TypeError:", e)

try:
    match 3:
        case int(a, b):
            pass
except TypeError as e:
    print("TypeError:", e)

notatype = len
try:
    match 3:
        case notatype():
            pass
except TypeError as e:
    print("TypeError:", e)

class K:
    A = "a"
    B = "a"

try:
    match {"a": 1}:
        case {K.A: 1, K.B: 2}:
            pass
except ValueError as e:
    print("ValueError:", e)

# match in a function: captures are locals; nested match
def f(cmd):
    match cmd.split():
        case ["go", direction]:
            match direction:
                case "north" | "south":
                    return "vertical " + direction
                case _:
                    return "horizontal " + direction
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *objs]:
            return f"{verb}: {objs}"
        case []:
            return "nothing"

for cmd in ("go north", "go east", "quit", "exit", "take a b", ""):
    print(repr(cmd), f(cmd))
