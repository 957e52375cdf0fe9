"""struct: convert between Python values and C structs packed into bytes.

A Python port of CPython's Modules/_struct.c for a little-endian 64-bit host
(the sizes, alignment and messages of CPython on x86-64 Linux, which is what
wasm32 programs see too: `struct.calcsize('P')` stays 8 so that results match
CPython's recorded outputs). Floats are packed with exact integer rounding
(round-half-even), as the C casts and PyFloat_Pack2 do.
"""

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
           'iter_unpack', 'Struct', 'error']


class error(Exception):
    pass


error.__module__ = 'struct'

# Native ('@') sizes; alignment equals the size except for s/p/x/c/b/B/?.
_NATIVE_SIZE = {'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2,
                'i': 4, 'I': 4, 'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'n': 8,
                'N': 8, 'e': 2, 'f': 4, 'd': 8, 's': 1, 'p': 1, 'P': 8}
_STANDARD_SIZE = {'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2,
                  'i': 4, 'I': 4, 'l': 4, 'L': 4, 'q': 8, 'Q': 8,
                  'e': 2, 'f': 4, 'd': 8, 's': 1, 'p': 1}
_INT_CODES = 'bBhHiIlLqQnNP'
_SIGNED = 'bhilqn'
_FLOAT_FORMATS = {'e': (5, 10), 'f': (8, 23), 'd': (11, 52)}  # exponent, mantissa bits
_LONG_MIN, _LONG_MAX, _ULONG_MAX = -2**63, 2**63 - 1, 2**64 - 1
_RANGE_NAMES = {('b', 1): 'byte', ('B', 1): 'ubyte', ('h', 2): 'short', ('H', 2): 'ushort'}


def _parse(fmt):
    """-> (byte order '<' or '>', native flag, [(code, count, offset, size)], size, nitems)."""
    order_char = fmt[:1]
    if order_char in ('@', '=', '<', '>', '!'):
        body = fmt[1:]
    else:
        order_char = '@'
        body = fmt
    native = order_char == '@'
    sizes = _NATIVE_SIZE if native else _STANDARD_SIZE
    big = order_char in ('>', '!')
    codes = []
    offset = 0
    nitems = 0
    i = 0
    n = len(body)
    while i < n:
        c = body[i]
        if c.isspace():
            i += 1
            continue
        count = 1
        if '0' <= c <= '9':
            j = i
            while j < n and '0' <= body[j] <= '9':
                j += 1
            count = int(body[i:j])
            if j >= n:
                raise error('repeat count given without format specifier')
            i = j
            c = body[i]
        i += 1
        size = sizes.get(c)
        if size is None:
            raise error('bad char in struct format')
        if native and c not in 'spx' and size > 1:
            offset = (offset + size - 1) // size * size
        if c in 'sp':
            codes.append((c, count, offset, size))
            nitems += 1
            offset += count
        elif c == 'x':
            offset += count
        else:
            for _ in range(count):
                codes.append((c, 1, offset, size))
                offset += size
            nitems += count
    return big, native, codes, offset, nitems


def _index(v):
    if isinstance(v, int):
        return int(v)
    try:
        index = type(v).__index__
    except AttributeError:
        raise error('required argument is not an integer') from None
    return index(v)


def _int_error(c, size, v, big):
    """The struct.error for an out-of-range integer, worded as _struct.c's
    packers word it. '@', '=' and '<' share the native packers (this is a
    little-endian host) except for the 4-byte standard 'l'/'L'; '>' and '!'
    use the big-endian ones, except for 'b'/'B'."""
    signed = c in _SIGNED
    native_style = c in 'bB' or (not big and not (size == 4 and c in 'lL'))
    if big and c in 'qQ':
        return error('int too large to convert')
    if signed or (native_style and c in 'BH'):
        if not _LONG_MIN <= v <= _LONG_MAX:
            return error('argument out of range')
    elif not 0 <= v <= _ULONG_MAX:
        return error('argument out of range')
    if size == 8:
        return error('argument out of range')
    bits = size * 8
    lo, hi = (-2**(bits - 1), 2**(bits - 1) - 1) if signed else (0, 2**bits - 1)
    name = _RANGE_NAMES.get((c, size)) if native_style else None
    if name is not None:
        return error('%s format requires %d <= number <= %d' % (name, lo, hi))
    return error("'%s' format requires %d <= number <= %d" % (c, lo, hi))


def _round_shift(n, s):
    """n / 2**s rounded half to even (n >= 0)."""
    if s <= 0:
        return n << -s
    q = n >> s
    r = n - (q << s)
    half = 1 << (s - 1)
    if r > half or (r == half and q & 1):
        q += 1
    return q


def _float_bits(x, ebits, mbits, c):
    sign = 1 if (x < 0 or (x == 0 and str(x)[0] == '-')) else 0
    emax = (1 << ebits) - 1
    bias = (1 << (ebits - 1)) - 1
    if x != x:  # NaN: the quiet NaN the C casts produce
        s = 1 if str(x)[0] == '-' else 0
        return (s << (ebits + mbits)) | (emax << mbits) | (1 << (mbits - 1))
    ax = -x if sign else x
    if ax == float('inf'):
        return (sign << (ebits + mbits)) | (emax << mbits)
    if ax == 0:
        return sign << (ebits + mbits)
    n, d = ax.as_integer_ratio()
    k = d.bit_length() - 1  # d is a power of two
    e = n.bit_length() - 1 - k  # floor(log2(ax))
    emin = 1 - bias
    if e < emin:
        q = _round_shift(n, k + emin - mbits)  # subnormal (may round up to normal)
        return (sign << (ebits + mbits)) | q
    q = _round_shift(n, k + e - mbits)
    if q >> (mbits + 1):
        e += 1
        q >>= 1
    if e + bias >= emax:
        raise OverflowError('float too large to pack with %s format' % c)
    return (sign << (ebits + mbits)) | ((e + bias) << mbits) | (q - (1 << mbits))


def _bits_float(bits, ebits, mbits):
    import math
    sign = bits >> (ebits + mbits)
    exp = (bits >> mbits) & ((1 << ebits) - 1)
    mant = bits & ((1 << mbits) - 1)
    bias = (1 << (ebits - 1)) - 1
    if exp == (1 << ebits) - 1:
        v = float('nan') if mant else float('inf')
    elif exp == 0:
        v = math.ldexp(mant, 1 - bias - mbits)
    else:
        v = math.ldexp(mant | (1 << mbits), exp - bias - mbits)
    return -v if sign else v


def _to_float(v):
    if isinstance(v, float):
        return v
    if not isinstance(v, (str, bytes, bytearray)):
        t = type(v)
        if hasattr(t, '__float__'):
            return float(v)
        if hasattr(t, '__index__'):
            return float(t.__index__(v))
    raise error('required argument is not a float')


class Struct:
    """Struct(fmt) --> compiled struct object"""

    __slots__ = ('_format', '_big', '_native', '_codes', '_size', '_nitems')

    def __init__(self, format):
        if isinstance(format, (bytes, bytearray)):
            format = bytes(format).decode('latin-1')
        elif not isinstance(format, str):
            raise TypeError('Struct() argument 1 must be a str or bytes object, not %s'
                            % type(format).__name__)
        self._format = format
        self._big, self._native, self._codes, self._size, self._nitems = _parse(format)

    @property
    def format(self):
        return self._format

    @property
    def size(self):
        return self._size

    def __repr__(self):
        return 'Struct(%r)' % self._format

    def _pack_to(self, buf, base, args):
        big = self._big
        native = self._native
        order = 'big' if big else 'little'
        for (c, count, off, size), v in zip(self._codes, args):
            pos = base + off
            if c in _INT_CODES:
                v = _index(v)
                if c == 'P':  # PyLong_AsVoidPtr: any value that fits a long or unsigned long
                    if not _LONG_MIN <= v <= _ULONG_MAX:
                        raise error('int too large to convert')
                    v &= _ULONG_MAX
                signed = c in _SIGNED
                bits = size * 8
                if (signed and not -2**(bits - 1) <= v < 2**(bits - 1)) or \
                        (not signed and not 0 <= v < 2**bits):
                    raise _int_error(c, size, v, big)
                buf[pos:pos + size] = v.to_bytes(size, order, signed=signed)
            elif c in _FLOAT_FORMATS:
                ebits, mbits = _FLOAT_FORMATS[c]
                try:
                    bits = _float_bits(_to_float(v), ebits, mbits, c)
                except OverflowError:
                    if not native or c != 'f':
                        raise
                    bits = _float_bits(float('-inf') if v < 0 else float('inf'), ebits, mbits, c)  # the C cast overflows to inf
                buf[pos:pos + size] = bits.to_bytes(size, order)
            elif c == '?':
                buf[pos] = 1 if v else 0
            elif c == 'c':
                if not isinstance(v, bytes) or len(v) != 1:
                    raise error('char format requires a bytes object of length 1')
                buf[pos] = v[0]
            elif c == 's':
                if not isinstance(v, (bytes, bytearray)):
                    raise error("argument for 's' must be a bytes object")
                data = bytes(v[:count])
                buf[pos:pos + count] = data + bytes(count - len(data))
            else:  # 'p': a length byte, then the data
                if not isinstance(v, (bytes, bytearray)):
                    raise error("argument for 'p' must be a bytes object")
                if count == 0:
                    continue
                data = bytes(v[:count - 1])
                buf[pos] = min(len(data), 255)
                buf[pos + 1:pos + count] = data + bytes(count - 1 - len(data))

    def _check_args(self, fname, args):
        if len(args) != self._nitems:
            raise error('%s expected %d items for packing (got %d)'
                        % (fname, self._nitems, len(args)))

    def pack(self, *args):
        self._check_args('pack', args)
        buf = bytearray(self._size)
        self._pack_to(buf, 0, args)
        return bytes(buf)

    def pack_into(self, buffer, offset, *args):
        self._check_args('pack_into', args)
        if not isinstance(buffer, (bytearray, memoryview)) or \
                (isinstance(buffer, memoryview) and buffer.readonly):
            raise TypeError('argument must be read-write bytes-like object, not %s'
                            % type(buffer).__name__)
        offset = _index(offset)
        size = self._size
        blen = len(buffer)
        if offset < 0:
            if offset + size > 0:
                raise error('no space to pack %d bytes at offset %d' % (size, offset))
            if offset + blen < 0:
                raise error('offset %d out of range for %d-byte buffer' % (offset, blen))
            offset += blen
        if blen - offset < size:
            raise error('pack_into requires a buffer of at least %d bytes for packing '
                        '%d bytes at offset %d (actual buffer size is %d)'
                        % (size + offset, size, offset, blen))
        tmp = bytearray(size)
        self._pack_to(tmp, 0, args)
        buffer[offset:offset + size] = tmp

    def _unpack_at(self, data, base):
        order = 'big' if self._big else 'little'
        out = []
        for c, count, off, size in self._codes:
            pos = base + off
            if c in _INT_CODES:
                out.append(int.from_bytes(data[pos:pos + size], order, signed=c in _SIGNED))
            elif c in _FLOAT_FORMATS:
                ebits, mbits = _FLOAT_FORMATS[c]
                out.append(_bits_float(int.from_bytes(data[pos:pos + size], order), ebits, mbits))
            elif c == '?':
                out.append(data[pos] != 0)
            elif c == 'c':
                out.append(bytes(data[pos:pos + 1]))
            elif c == 's':
                out.append(bytes(data[pos:pos + count]))
            else:
                if count == 0:
                    out.append(b'')
                    continue
                n = min(data[pos], count - 1)
                out.append(bytes(data[pos + 1:pos + 1 + n]))
        return tuple(out)

    def unpack(self, buffer, /):
        data = _buffer(buffer)
        if len(data) != self._size:
            raise error('unpack requires a buffer of %d bytes' % self._size)
        return self._unpack_at(data, 0)

    def unpack_from(self, buffer, offset=0):
        data = _buffer(buffer)
        offset = _index(offset)
        size = self._size
        blen = len(data)
        if offset < 0:
            if offset + blen < 0:
                raise error('offset %d out of range for %d-byte buffer' % (offset, blen))
            offset += blen
        if blen - offset < size:
            raise error('unpack_from requires a buffer of at least %d bytes for unpacking '
                        '%d bytes at offset %d (actual buffer size is %d)'
                        % (size + offset, size, offset, blen))
        return self._unpack_at(data, offset)

    def iter_unpack(self, buffer, /):
        data = _buffer(buffer)
        if self._size == 0:
            raise error('cannot iteratively unpack with a struct of length 0')
        if len(data) % self._size:
            raise error('iterative unpacking requires a buffer of a multiple of %d bytes'
                        % self._size)
        return unpack_iterator(self, data)


Struct.__module__ = '_struct'


class unpack_iterator:
    __slots__ = ('_struct', '_data', '_pos')

    def __init__(self, s, data):
        self._struct = s
        self._data = data
        self._pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._pos >= len(self._data):
            raise StopIteration
        pos = self._pos
        self._pos = pos + self._struct._size
        return self._struct._unpack_at(self._data, pos)

    def __length_hint__(self):
        return (len(self._data) - self._pos) // self._struct._size


unpack_iterator.__module__ = '_struct'


def _buffer(b):
    if isinstance(b, (bytes, bytearray)):
        return b
    if isinstance(b, memoryview):
        return b.tobytes()
    raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)


_MAXCACHE = 100  # compiled formats kept for the module-level functions (as CPython)
_cache = {}


def _compile(fmt):
    s = _cache.get(fmt)
    if s is None:
        s = Struct(fmt)
        if len(_cache) >= _MAXCACHE:
            _cache.clear()
        _cache[fmt] = s
    return s


def calcsize(format, /):
    """Return size in bytes of the struct described by the format string."""
    return _compile(format)._size


def pack(format, /, *args):
    return _compile(format).pack(*args)


def pack_into(format, buffer, offset, /, *args):
    return _compile(format).pack_into(buffer, offset, *args)


def unpack(format, buffer, /):
    return _compile(format).unpack(buffer)


def unpack_from(format, /, buffer, offset=0):
    return _compile(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer, /):
    return _compile(format).iter_unpack(buffer)
