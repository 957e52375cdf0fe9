# hashlib: md5/sha1/sha2 digests (incremental, copy), new(name), attributes, errors.
import hashlib

msgs = [b"", b"abc", b"The quick brown fox jumps over the lazy dog", b"a" * 55, b"a" * 56, b"a" * 64,
        b"b" * 111, b"b" * 112, b"b" * 128, bytes(range(256)) * 5]
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]:
    ctor = getattr(hashlib, name)
    for m in msgs:
        print(name, len(m), ctor(m).hexdigest())
    h = ctor()
    print(h.name, h.digest_size, h.block_size)
    for i in range(0, 1000, 37):
        h.update(bytes(range(256))[i % 256:] * 3)
    c = h.copy()
    c.update(b"more")
    print(h.hexdigest(), c.hexdigest(), len(h.digest()), h.digest()[:4])
    print(hashlib.new(name, b"abc").hexdigest() == ctor(b"abc").hexdigest(),
          hashlib.new(name.upper()).name)

h = hashlib.sha256()
h.update(b"hello ")
h.update(bytearray(b"world"))
h.update(memoryview(b"!"))
print(h.hexdigest(), h.hexdigest() == hashlib.sha256(b"hello world!").hexdigest())
print(hashlib.md5(string=b"x").hexdigest(), hashlib.sha1("work item 7".encode()).hexdigest()[:10])
print(sorted(n for n in ["md5", "sha1", "sha256", "sha512"] if n in hashlib.algorithms_guaranteed))
print("sha256" in hashlib.algorithms_available)
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 3).hex())
print(type(hashlib.md5()).__name__)


def attempt(f, *args):
    try:
        print(repr(f(*args)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)


attempt(hashlib.new, "foo")
attempt(hashlib.new, 1)
attempt(hashlib.md5, "abc")
attempt(hashlib.sha256, 1)
attempt(hashlib.sha1().update, "x")
