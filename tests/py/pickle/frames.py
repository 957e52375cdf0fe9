# Protocol 4+ framing of big pickles: frames close at the first object
# boundary past 64 KiB, and payloads of 64 KiB or more go outside frames,
# exactly where CPython puts them (the sha256 of the pickles matches).
import hashlib
import io
import pickle


def digest(b):
    return len(b), hashlib.sha256(b).hexdigest()[:20]


def frames(b):
    # The FRAME opcodes at the start of each frame, found by walking them.
    out, pos = [], 2
    while pos < len(b) and b[pos] == 0x95:
        n = int.from_bytes(b[pos + 1:pos + 9], 'little')
        out.append(n)
        pos += 9 + n
    return out[:6], len(out)


cases = {
    'ints': list(range(30000)),
    'strs': [str(i) * 3 for i in range(20000)],
    'bigbytes': [b'a' * 70000, b'b' * 10, b'c' * 65536, 'd' * 70000, bytearray(b'e' * 80000)],
    'nested': [{'k%d' % i: (i, [i] * 5)} for i in range(5000)],
    'justunder': b'x' * 65535,
}
for name, obj in cases.items():
    for p in (3, 4, 5):
        b = pickle.dumps(obj, p)
        print(name, p, digest(b), frames(b) if p >= 4 else '', pickle.loads(b) == obj)

# Loading from a file reads whole frames, leaving the next pickle in place.
f = io.BytesIO()
for obj in cases.values():
    pickle.dump(obj, f)
f.seek(0)
print([pickle.load(f) == obj for obj in cases.values()], f.read())

# Nesting deeper than the recursion limit cannot be pickled.
deep = []
for _ in range(5000):
    deep = [deep]
try:
    pickle.dumps(deep)
except RecursionError as e:
    print('RecursionError', e)
