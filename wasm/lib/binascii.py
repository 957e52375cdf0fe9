"""binascii: conversions between binary data and ASCII (base64, hex, crc32).

A Python port of the parts of CPython's Modules/binascii.c that base64 and
tutorials use, with the same decoding rules (non-alphabet characters are
skipped, padding ends the data) and the same messages.
"""

__all__ = ['Error', 'Incomplete', 'a2b_base64', 'b2a_base64', 'hexlify',
           'unhexlify', 'b2a_hex', 'a2b_hex', 'crc32', 'crc_hqx']


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


Error.__module__ = 'binascii'
Incomplete.__module__ = 'binascii'

_B64_ALPHABET = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_DECODE = [255] * 256
for _i, _c in enumerate(_B64_ALPHABET):
    _B64_DECODE[_c] = _i
del _i, _c


def _ascii_arg(data):
    """Decoders accept bytes-like objects and ASCII-only str."""
    if isinstance(data, str):
        try:
            return data.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    if isinstance(data, (bytes, bytearray)):
        return data
    if isinstance(data, memoryview):
        return data.tobytes()
    raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'"
                    % type(data).__name__)


def _bytes_arg(data):
    """Encoders accept bytes-like objects only."""
    if isinstance(data, (bytes, bytearray)):
        return data
    if isinstance(data, memoryview):
        return data.tobytes()
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def b2a_base64(data, /, *, newline=True):
    data = _bytes_arg(data)
    alphabet = _B64_ALPHABET
    out = bytearray()
    n = len(data)
    full = n - n % 3
    for i in range(0, full, 3):
        v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((alphabet[v >> 18], alphabet[(v >> 12) & 63],
                      alphabet[(v >> 6) & 63], alphabet[v & 63]))
    rest = n - full
    if rest == 1:
        v = data[full] << 16
        out += bytes((alphabet[v >> 18], alphabet[(v >> 12) & 63])) + b'=='
    elif rest == 2:
        v = (data[full] << 16) | (data[full + 1] << 8)
        out += bytes((alphabet[v >> 18], alphabet[(v >> 12) & 63],
                      alphabet[(v >> 6) & 63])) + b'='
    if newline:
        out += b'\n'
    return bytes(out)


def a2b_base64(data, /, *, strict_mode=False):
    data = _ascii_arg(data)
    table = _B64_DECODE
    out = bytearray()
    quad_pos = 0
    pads = 0
    left = 0
    padding_started = False
    if strict_mode and data[:1] == b'=':
        raise Error('Leading padding not allowed')
    n = len(data)
    i = 0
    while i < n:
        ch = data[i]
        i += 1
        if ch == 61:  # '='
            padding_started = True
            if strict_mode and quad_pos == 0:
                raise Error('Excess padding not allowed')
            if quad_pos >= 2:
                pads += 1
                if quad_pos + pads >= 4:
                    if strict_mode and i < n:
                        raise Error('Excess data after padding')
                    return bytes(out)
            continue
        v = table[ch]
        if v >= 64:
            if strict_mode:
                raise Error('Only base64 data is allowed')
            continue
        if strict_mode and padding_started:
            raise Error('Discontinuous padding not allowed')
        pads = 0
        if quad_pos == 0:
            quad_pos = 1
            left = v
        elif quad_pos == 1:
            quad_pos = 2
            out.append(((left << 2) | (v >> 4)) & 0xff)
            left = v & 0x0f
        elif quad_pos == 2:
            quad_pos = 3
            out.append(((left << 4) | (v >> 2)) & 0xff)
            left = v & 0x03
        else:
            quad_pos = 0
            out.append(((left << 6) | v) & 0xff)
            left = 0
    if quad_pos != 0:
        if quad_pos == 1:
            raise Error('Invalid base64-encoded string: number of data characters '
                        '(%d) cannot be 1 more than a multiple of 4'
                        % (len(out) // 3 * 4 + 1))
        raise Error('Incorrect padding')
    return bytes(out)


def hexlify(data, sep=None, bytes_per_sep=1):
    data = _bytes_arg(data)
    if sep is None:
        return bytes(data).hex().encode('ascii')
    return bytes(data).hex(sep, bytes_per_sep).encode('ascii')


b2a_hex = hexlify


def unhexlify(hexstr, /):
    data = _ascii_arg(hexstr)
    if len(data) % 2:
        raise Error('Odd-length string')
    try:
        return bytes.fromhex(data.decode('ascii').replace(' ', '!'))
    except ValueError:
        raise Error('Non-hexadecimal digit found') from None


a2b_hex = unhexlify


def _make_crc_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    return table


_CRC_TABLE = _make_crc_table()


def crc32(data, crc=0, /):
    data = _bytes_arg(data)
    table = _CRC_TABLE
    crc = ~crc & 0xffffffff
    for b in data:
        crc = table[(crc ^ b) & 0xff] ^ (crc >> 8)
    return ~crc & 0xffffffff


def crc_hqx(data, crc, /):
    data = _bytes_arg(data)
    crc &= 0xffff
    for b in data:
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xffff if crc & 0x8000 else (crc << 1) & 0xffff
    return crc
