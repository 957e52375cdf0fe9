b = b"hello"
print(b, type(b).__name__, len(b), b[0], b[-1], b[1:3], b[::-1])
print(list(b"abc"), bytes([65, 66, 67]), bytes(3), bytes("hé", "utf-8"), bytes(range(3)))
print(b + b" world", b * 2, b"l" in b, 108 in b, b == b"hello", b < b"help")
print(b.decode(), b.upper(), b.hex(), bytes.fromhex("68 65 6c"), b"\x00\xff".hex(), b"abc".hex(":"))
print(repr(b"\t\n\r\x00\x7f\x80'"), repr(b'"'), repr(b"'\""))
try:
    bytes([256])
except ValueError as e:
    print(e)
try:
    b"a" + "b"
except TypeError as e:
    print(e)
