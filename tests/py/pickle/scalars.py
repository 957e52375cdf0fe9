# pickle.dumps of the atoms at every protocol is byte-identical to CPython's,
# and loads gives the value back.
import math
import pickle


def show(label, obj):
    for p in range(pickle.HIGHEST_PROTOCOL + 1):
        b = pickle.dumps(obj, protocol=p)
        r = pickle.loads(b)
        same = repr(r) == repr(obj) and type(r) is type(obj)
        print(label, p, b, same)


show('none', None)
show('true', True)
show('false', False)
for i in [0, 1, 255, 256, 65535, 65536, -1, -255, -256, 2**31 - 1, 2**31, -2**31, -2**31 - 1,
          2**62, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64, 2**100, -2**100, 10**50, 2**2040, -2**2047]:
    show('int', i)
show('bigint', 3**2000)
for f in [0.0, -0.0, 1.0, 1.5, -2.25, 0.1, 1e300, 1e-300, 5e-324, 1.7976931348623157e308,
          math.inf, -math.inf, 123456789.125, 1e16, 1e22]:
    show('float', f)
show('nan', math.nan)
for c in [0j, 1 + 2j, -1.5 - 0.5j, complex(math.inf, -0.0)]:
    show('complex', c)
for s in ['', 'a', 'hello world', 'héllo', '€uro', '日本語', '\U0001f600 emoji', 'back\\slash',
          'new\nline', 'cr\rlf', 'nul\x00', 'sub\x1a', 'tab\tq"\'', 'x' * 255, 'y' * 256, 'é' * 200]:
    show('str', s)
for bs in [b'', b'a', b'\x00\xff\x80', bytes(range(256)), b'z' * 300]:
    show('bytes', bs)
for ba in [bytearray(), bytearray(b'abc'), bytearray(range(256))]:
    show('bytearray', ba)
show('ellipsis', ...)
show('notimpl', NotImplemented)
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL, pickle.dumps(1) == pickle.dumps(1, 4))
print(pickle.dumps(7, -1) == pickle.dumps(7, 5), pickle.dumps(7, None) == pickle.dumps(7, 4))
