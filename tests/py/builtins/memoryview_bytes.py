m = memoryview(b"abc")
print(type(m).__name__, m[0], m[-1], bytes(m[1:]), m.tolist(), m.hex(), m.readonly, m.nbytes)
print(m.format, m.itemsize, m.ndim, m.shape, m.strides, m == b"abc", m != b"abd", m.obj, len(m))
print(list(memoryview(b"ab")), memoryview(b"abcdef")[::2].tobytes(), memoryview(b"abcdef")[::-2].tolist())
print(hash(memoryview(b"ab")) == hash(b"ab"), isinstance(m, memoryview), repr(m).startswith("<memory at 0x"))
ba = bytearray(b"xyz")
mv = memoryview(ba)
mv[0] = 65
mv[1:3] = b"BC"
print(ba, mv.readonly, mv.tobytes())
sub = mv[1:]
sub[0] = ord("q")
print(ba, bytes(sub))
with memoryview(b"ctx") as cm:
    print(cm.tobytes())
print(repr(cm).startswith("<released memory at 0x"))
m.release()
for action in [lambda: len(m), lambda: m[0], lambda: memoryview(1), lambda: mv.__setitem__(0, 300),
               lambda: memoryview(b"a").__setitem__(0, 1), lambda: mv[5], lambda: mv.__setitem__(slice(0, 2), b"abc"),
               lambda: hash(mv), lambda: mv["a"]]:
    try:
        print(action())
    except Exception as e:
        print(type(e).__name__, e)
