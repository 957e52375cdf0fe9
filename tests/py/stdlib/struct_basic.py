# struct: pack/unpack for every format code, byte orders, alignment, Struct objects.
import struct


def attempt(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except (struct.error, TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)


for fmt in ["<bBhHiIlLqQ", ">bBhHiIlLqQ", "!bBhHiIlLqQ", "=bBhHiIlLqQ", "@bBhHiIlLqQnN"]:
    vals = [-5, 200, -300, 60000, -70000, 4000000000, -9, 9, -2**62, 2**63]
    if fmt.startswith("@"):
        vals += [-3, 3]
    data = struct.pack(fmt, *vals)
    print(fmt, struct.calcsize(fmt), data.hex())
    print(struct.unpack(fmt, data))

for fmt in ["<e", ">e", "<f", ">f", "<d", ">d", "@d"]:
    for v in [0.0, -0.0, 1.0, 0.1, -2.5, 1e-7, 65504.0, 3.4e38, float("inf"), -float("inf")]:
        try:
            data = struct.pack(fmt, v)
            print(fmt, v, data.hex(), struct.unpack(fmt, data))
        except OverflowError as e:
            print(fmt, v, "OverflowError:", e)
print(struct.unpack("<d", struct.pack("<d", float("nan")))[0])
print(struct.pack("<?c3s5s2p4p", 7, b"x", b"abcdef", b"ab", b"zzz", b"hi"))
print(struct.unpack("<?c3s5s2p4p", struct.pack("<?c3s5s2p4p", 0, b"x", b"abcdef", b"ab", b"zzz", b"hi")))
print(struct.pack("@ci", b"a", 1), struct.calcsize("@ci"), struct.calcsize("<ci"), struct.calcsize("@cq"),
      struct.calcsize("@qc"), struct.calcsize("@hd"), struct.calcsize("2i3sx?"), struct.calcsize("P"))
print(struct.pack("2xh2x", 1), struct.pack("< i  h ", 1, 2))

# Struct objects
s = struct.Struct(">hh")
print(s.format, s.size, s.pack(1, 2), s.unpack(b"\x00\x01\x00\x02"))
b = bytearray(8)
s.pack_into(b, 2, 3, 4)
print(b, s.unpack_from(b, 2), s.unpack_from(b, offset=4))
print(list(s.iter_unpack(bytes(range(8)))))
struct.pack_into("<i", b, -4, 7)
print(b, struct.unpack_from("<i", b, -4))
print(list(struct.iter_unpack("<h", b"\x01\x00\x02\x00")))
print(struct.Struct(b"<i").format)

# Errors (CPython's messages)
attempt(struct.pack, "i", "x")
attempt(struct.pack, "i", 1.5)
attempt(struct.pack, "<i", 2**40)
attempt(struct.pack, "B", 256)
attempt(struct.pack, "<h", 2**15)
attempt(struct.pack, ">h", 2**15)
attempt(struct.pack, ">H", -1)
attempt(struct.pack, "<I", -1)
attempt(struct.pack, "<q", 2**63)
attempt(struct.pack, ">q", 2**63)
attempt(struct.pack, "ii", 1)
attempt(struct.pack, "z", 1)
attempt(struct.pack, "c", b"ab")
attempt(struct.pack, "s", "ab")
attempt(struct.pack, "d", "x")
attempt(struct.pack, "e", 1e10)
attempt(struct.pack, "<f", 1e300)
attempt(struct.pack, "<n", 1)
attempt(struct.pack, "3")
attempt(struct.calcsize, "4 i")
attempt(struct.unpack, "i", b"abc")
attempt(struct.unpack, "i", "abcd")
attempt(struct.unpack_from, "i", b"abcd", 2)
attempt(struct.unpack_from, "i", b"abcd", -10)
attempt(struct.pack_into, "i", bytearray(2), 0, 1)
attempt(struct.pack_into, "i", bytearray(8), -2, 1)
attempt(struct.pack_into, "i", b"abcdefgh", 0, 1)
attempt(struct.iter_unpack, "i", b"abc")
attempt(struct.iter_unpack, "0s", b"abc")
attempt(struct.Struct, 1)
print(issubclass(struct.error, Exception), struct.error.__name__)
