# `x += s` on a local may extend the str in place (docs/architecture.md,
# "Appending to a str"); every other reference must keep its old value.
import sys

def alias_plain():
    acc = ""
    seen = []
    for i in range(5):
        acc += str(i)
        seen.append(acc)
        acc += "-"
    return acc, seen

print(alias_plain())

def alias_assign():
    acc = "x"
    acc += "y"
    acc += "z"
    b = acc
    acc += "w"
    acc += "v"
    return acc, b

print(alias_assign())

def alias_locals():
    acc = "a"
    acc += "b"
    acc += "c"
    snap = locals()
    acc += "d"
    return acc, snap["acc"]

print(alias_locals())

def alias_locals_in_rhs():
    acc = "p"
    acc += "q"
    acc += "r"
    acc += str(len(locals()))
    acc += "s"
    return acc

print(alias_locals_in_rhs())

def alias_frame():
    acc = "m"
    acc += "n"
    acc += "o"
    f = sys._getframe()
    old = f.f_locals["acc"]
    acc += "!"
    return acc, old

print(alias_frame())

def gen():
    acc = ""
    for ch in "abcd":
        acc += ch
        acc += ch
        yield acc

print(list(gen()))
g = gen()
first = next(g)
second = next(g)
print(first, second, next(g), first, second)

def self_add():
    acc = "ab"
    acc += "c"
    acc += acc
    acc += acc
    return acc

print(self_add())

def walrus():
    acc = "1"
    acc += "2"
    acc += (acc := "3")
    acc += "4"
    return acc

print(walrus())

def passed_on():
    acc = "k"
    acc += "l"
    keep = []
    def grab(s):
        keep.append(s)
        return ""
    acc += grab(acc)
    acc += "z"
    return acc, keep

print(passed_on())

def non_ascii():
    acc = "é"
    parts = []
    for i in range(40):
        acc += "ü" if i % 3 else "a"
        parts.append(acc)
    acc += "x" * 100
    return acc[-5:], acc[45], len(acc), parts[5], parts[-1][-3:]

print(non_ascii())

def long_build():
    acc = ""
    keep = []
    for i in range(2000):
        acc += str(i)
        if i % 500 == 0:
            keep.append(acc)
    return len(acc), hash(acc) == hash(acc[:]), [len(k) for k in keep], acc[-8:]

print(long_build())

def dict_key():
    acc = "key"
    acc += "1"
    d = {acc: 1}
    acc += "2"
    return d, acc, list(d)[0] == "key1"

print(dict_key())

def interned():
    acc = sys.intern("interned_name")
    acc += ""
    acc += "_x"
    return acc, sys.intern("interned_name")

print(interned())

class S(str):
    pass

def subclass():
    acc = S("sub")
    acc += "x"
    acc += "y"
    b = "base"
    b += S("z")
    b += "w"
    return acc, type(acc).__name__, b, type(b).__name__

print(subclass())

def closure():
    acc = "c"
    acc += "d"
    def read():
        return acc
    acc += "e"
    r1 = read()
    acc += "f"
    return acc, r1, read()

print(closure())

def exc_path():
    acc = "e"
    acc += "1"
    try:
        acc += 5
    except TypeError as e:
        print("TypeError", e)
    acc += "2"
    return acc

print(exc_path())
