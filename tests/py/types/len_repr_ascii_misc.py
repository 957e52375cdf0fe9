print(len("abc"), len([1]), len(()), len({}), len({1: 2}), len(set()), len(range(3)), len(b"xy"))
print(repr("a"), repr(1), repr(1.0), repr([1, "a"]), repr(None), repr(type), repr(...))
print(ascii("abc"), ascii("ü"), ascii(["日"]), ascii(1))
print(bin(5), oct(8), hex(255), format(5, "b"), format(1234.5, ",.1f"), format("x", ">3"))
