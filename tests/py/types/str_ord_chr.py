print(ord("a"), ord("A"), ord("0"), ord("\n"), ord("é"), ord("😀"))
print(chr(97), chr(0x1F600), chr(0x4E2D), repr(chr(0)), repr(chr(127)), repr(chr(160)))
print("".join(chr(ord(c) + 1) for c in "HAL"))
try:
    ord("ab")
except TypeError as e:
    print(e)
try:
    chr(0x110000)
except ValueError as e:
    print(e)
