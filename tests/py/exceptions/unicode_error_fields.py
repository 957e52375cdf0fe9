# Unicode errors carry encoding/object/start/end/reason; str() is built from them.
e = UnicodeEncodeError('ascii', 'aé', 1, 2, 'ordinal not in range(128)')
print(e, e.args, e.encoding, e.object, e.start, e.end, e.reason)
print(UnicodeEncodeError('ascii', 'aéé', 1, 3, 'ordinal not in range(128)'))
e = UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 1, 'invalid start byte')
print(e, repr(e), e.object)
print(UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 2, 'invalid'))
print(UnicodeEncodeError('ascii', 'a\U0001f600', 1, 2, 'x'), UnicodeEncodeError('ascii', 'a\u1234', 1, 2, 'x'))
print(UnicodeTranslateError('a\u1234', 1, 2, 'nope'), UnicodeTranslateError('abc', 0, 3, 'nope').object)
try:
    UnicodeEncodeError('x')
except TypeError as t:
    print(t)
for s, enc in [('héllo', 'ascii'), ('h\u20acllo', 'latin-1'), ('ab\U0001f600\U0001f600', 'ascii')]:
    try:
        s.encode(enc)
    except UnicodeEncodeError as err:
        print(type(err).__name__, err.encoding, err.object == s, err.start, err.end, err.reason, '|', err)
for b, enc in [(b'\xff\xfe', 'utf-8'), (b'ab\x80', 'ascii'), (b'a\xe2\x82', 'utf-8')]:
    try:
        b.decode(enc)
    except UnicodeDecodeError as err:
        print(type(err).__name__, err.encoding, err.object, err.start, err.end, err.reason, '|', err)
print(isinstance(UnicodeDecodeError('a', b'', 0, 0, ''), ValueError))
