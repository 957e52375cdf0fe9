# base64 / binascii: encoders, decoders, alphabets, padding and error messages.
import base64
import binascii


def attempt(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except (binascii.Error, TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)


for data in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))[:40], b"\xff\xfe\xfd"]:
    e = base64.b64encode(data)
    print(e, base64.b64decode(e) == data, base64.urlsafe_b64encode(data), base64.b32encode(data),
          base64.b16encode(data), base64.b32hexencode(data))
    print(base64.b32decode(base64.b32encode(data)) == data, base64.b16decode(base64.b16encode(data)) == data,
          base64.standard_b64encode(data), base64.a85encode(data), base64.b85encode(data))
print(base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.b64decode(b"-_8=", altchars=b"-_"))
print(base64.urlsafe_b64decode("-_8="), base64.b64decode("Zm9v"), base64.b64decode(b"Zm9v\nYmFy"))
print(base64.b64decode(b"Zm 9v!!"), base64.b64decode(b"YW=Jj"), base64.b64decode(b"YWJj===="))
print(base64.encodebytes(b"x" * 100))
print(base64.decodebytes(base64.encodebytes(b"x" * 100)) == b"x" * 100)
print(base64.b16decode("666f6f", casefold=True), base64.b32decode("mzxw6===", casefold=True))
print(base64.a85decode(base64.a85encode(b"hello world")), base64.b85decode(base64.b85encode(b"hello world")))
attempt(base64.b64decode, b"abc")
attempt(base64.b64decode, b"a")
attempt(base64.b64decode, b"abcde")
attempt(base64.b64decode, b"Zm9v!", validate=True)
attempt(base64.b64decode, "é")
attempt(base64.b64decode, 1)
attempt(base64.b64encode, "abc")
attempt(base64.b32decode, b"MZXW6")
attempt(base64.b32decode, b"MZXW6!==")
attempt(base64.b16decode, b"abc")
attempt(base64.b16decode, b"zz")
# binascii
print(binascii.hexlify(b"abcdef"), binascii.hexlify(b"abcdef", "-", 2), binascii.unhexlify("616263"))
print(binascii.b2a_base64(b"hello"), binascii.b2a_base64(b"hello", newline=False), binascii.a2b_base64(b"aGVsbG8="))
print(binascii.crc32(b"hello"), binascii.crc32(b" world", binascii.crc32(b"hello")), binascii.crc_hqx(b"hello", 0))
attempt(binascii.unhexlify, "abc")
attempt(binascii.unhexlify, "zz")
attempt(binascii.hexlify, "abc")
attempt(binascii.a2b_base64, 1)
print(issubclass(binascii.Error, ValueError))
