ba = bytearray(b"abc")
print(ba, len(ba), ba[0], type(ba[0]).__name__)
ba.append(100)
ba.extend(b"ef")
ba[0] = 65
print(ba)
ba[1:3] = b"XYZ"
print(ba)
del ba[0]
print(ba, ba.pop(), ba)
ba.insert(0, 33)
ba.reverse()
print(ba, bytes(ba), ba.decode())
print(bytearray(3), bytearray([1, 2]), bytearray("hé", "utf-8"))
ba2 = bytearray(b"hello world")
print(ba2.upper(), ba2.split(), ba2.replace(b"o", b"0"), ba2.find(b"world"))
print(ba2 == b"hello world", b"x" + bytearray(b"y"), bytearray(b"y") + b"x")
try:
    ba.append(300)
except ValueError as e:
    print(e)
ba3 = bytearray(b"ab")
ba3 += b"cd"
ba3 *= 2
print(ba3, ba3.count(b"a"), ba3.hex())
