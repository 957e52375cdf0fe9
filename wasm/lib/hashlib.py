"""hashlib: md5, sha1, sha224, sha256, sha384, sha512 (CPython's API).

The hashing itself is native (wasm/src/modules/hashlib.cpp, `_hashlib_native`).
blake2, sha3 and shake are not provided: algorithms_guaranteed lists only what
exists here, so `hashlib.new('sha3_256')` fails with CPython's message.
"""

import _hashlib_native

_HASH = _hashlib_native.HASH
_new_native = _hashlib_native._new

__always_supported = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512')

algorithms_guaranteed = set(__always_supported)
algorithms_available = set(algorithms_guaranteed)

__all__ = __always_supported + ('new', 'algorithms_guaranteed',
                                'algorithms_available', 'file_digest')


def new(name, data=b'', **kwargs):
    """new(name, data=b'') - Return a new hashing object using the named algorithm;
    optionally initialized with data (which must be a bytes-like object).
    """
    if not isinstance(name, str):
        raise TypeError('name must be a string')
    return _new_native(_HASH, name.lower(), data)


def md5(string=b'', *, usedforsecurity=True):
    return _new_native(_HASH, 'md5', string)


def sha1(string=b'', *, usedforsecurity=True):
    return _new_native(_HASH, 'sha1', string)


def sha224(string=b'', *, usedforsecurity=True):
    return _new_native(_HASH, 'sha224', string)


def sha256(string=b'', *, usedforsecurity=True):
    return _new_native(_HASH, 'sha256', string)


def sha384(string=b'', *, usedforsecurity=True):
    return _new_native(_HASH, 'sha384', string)


def sha512(string=b'', *, usedforsecurity=True):
    return _new_native(_HASH, 'sha512', string)


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """Hash the contents of a file-like object. Returns a digest object."""
    if isinstance(digest, str):
        digestobj = new(digest)
    else:
        digestobj = digest()
    buf = bytearray(_bufsize)
    view = memoryview(buf)
    while True:
        size = fileobj.readinto(buf)
        if size == 0:
            break
        digestobj.update(view[:size])
    return digestobj


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """Password based key derivation function 2 (PKCS #5 v2.0) with HMAC."""
    if not isinstance(hash_name, str):
        raise TypeError(hash_name)
    password = bytes(password)
    salt = bytes(salt)
    inner = new(hash_name)
    outer = new(hash_name)
    blocksize = inner.block_size
    if len(password) > blocksize:
        password = new(hash_name, password).digest()
    password = password + b'\x00' * (blocksize - len(password))
    inner.update(bytes(x ^ 0x36 for x in password))
    outer.update(bytes(x ^ 0x5C for x in password))

    def prf(msg, inner=inner, outer=outer):
        icpy = inner.copy()
        ocpy = outer.copy()
        icpy.update(msg)
        ocpy.update(icpy.digest())
        return ocpy.digest()

    if iterations < 1:
        raise ValueError(iterations)
    if dklen is None:
        dklen = outer.digest_size
    if dklen < 1:
        raise ValueError(dklen)
    dkey = b''
    loop = 1
    while len(dkey) < dklen:
        prev = prf(salt + loop.to_bytes(4, 'big'))
        rkey = int.from_bytes(prev, 'big')
        for _ in range(iterations - 1):
            prev = prf(prev)
            rkey ^= int.from_bytes(prev, 'big')
        loop += 1
        dkey += rkey.to_bytes(inner.digest_size, 'big')
    return dkey[:dklen]
