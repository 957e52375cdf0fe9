# pickle.dump/load with files, several pickles in one stream, and the
# Pickler/Unpickler classes with their hooks (persistent_id/persistent_load,
# dispatch_table, reducer_override, find_class) and memo.
import copyreg
import io
import os
import pickle

data = [('a', 1), {'b': [2, 3]}, b'bytes', 4.5, None, 'x' * 100]

# Several pickles one after another in a file load one by one.
if True:  # the test runs in a fresh directory
    path = 'data.pkl'
    with open(path, 'wb') as f:
        for p, obj in enumerate(data):
            pickle.dump(obj, f, protocol=p)
    with open(path, 'rb') as f:
        for _ in data:
            print(pickle.load(f))
        try:
            pickle.load(f)
        except EOFError as e:
            print('EOFError', e)
    with open(path, 'rb') as f:
        raw = f.read()
    print(len(raw), raw[:40])

buf = io.BytesIO()
for obj in data:
    pickle.dump(obj, buf)
print(buf.getvalue() == b''.join(pickle.dumps(o) for o in data))
buf.seek(0)
print([pickle.load(buf) for _ in data], buf.read())

# A Pickler keeps its memo between dumps (the second refers to the first)
# unless clear_memo() is called; an Unpickler keeps its memo too.
shared = ['shared']
f = io.BytesIO()
p = pickle.Pickler(f, protocol=2)
p.dump(shared)
p.dump(shared)
p.clear_memo()
p.dump(shared)
print(f.getvalue())
f.seek(0)
u = pickle.Unpickler(f)
a, b, c = u.load(), u.load(), u.load()
print(a, a is b, a is c)


class Record:
    def __init__(self, key):
        self.key = key


class DBPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Record):
            return ('Record', obj.key)
        return None


class DBUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        return 'loaded %r' % (pid,)  # protocol 0 gives str(pid)


for proto in (0, 1, 2, 4):
    f = io.BytesIO()
    DBPickler(f, proto).dump([Record(1), Record('k'), 3])
    print(proto, f.getvalue())
    f.seek(0)
    try:
        print(DBUnpickler(f).load())
    except pickle.UnpicklingError as e:
        print('UnpicklingError', e)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def reduce_point(p):
    return (Point, (p.y, p.x))  # swapped, to show which reducer ran


class SwapPickler(pickle.Pickler):
    dispatch_table = copyreg.dispatch_table.copy()
    dispatch_table[Point] = reduce_point


f = io.BytesIO()
SwapPickler(f).dump(Point(1, 2))
r = pickle.loads(f.getvalue())
print(f.getvalue(), r.x, r.y)

f = io.BytesIO()
p = pickle.Pickler(f)
p.dispatch_table = {Point: reduce_point}
p.dump(Point(3, 4))
r = pickle.loads(f.getvalue())
print(r.x, r.y)


class OverridePickler(pickle.Pickler):
    def reducer_override(self, obj):
        if obj is Point:
            return 'Point'  # a global by name
        if isinstance(obj, Point):
            return (complex, (obj.x, obj.y))
        return NotImplemented


f = io.BytesIO()
OverridePickler(f, 4).dump([Point(5, 6), Point, 7])
print(f.getvalue(), pickle.loads(f.getvalue()))


class SafeUnpickler(pickle.Unpickler):
    def find_class(self, module, name):
        if module == 'builtins' and name in ('set', 'frozenset'):
            return super().find_class(module, name)
        raise pickle.UnpicklingError('global %s.%s is forbidden' % (module, name))


for obj in [{1, 2}, frozenset([3]), Point(1, 2)]:
    for proto in (2, 4):
        try:
            print(SafeUnpickler(io.BytesIO(pickle.dumps(obj, proto))).load())
        except pickle.UnpicklingError as e:
            print('UnpicklingError', e)

# Unpickler.find_class maps Python 2 names below protocol 3.
print(pickle.loads(b'c__builtin__\nxrange\n(K\x01K\x04K\x01tR.'))
print(pickle.loads(b'cexceptions\nValueError\n(Vx\ntR.'))
print(pickle.loads(b'c__builtin__\nxrange\n(K\x01K\x04K\x01tR.', fix_imports=False) if False else 'skip')
try:
    pickle.loads(b'c__builtin__\nxrange\n(K\x01K\x04K\x01tR.', fix_imports=False)
except ModuleNotFoundError as e:
    print('ModuleNotFoundError', e)

# Python 2 strings: STRING, BINSTRING and SHORT_BINSTRING with an encoding.
print(pickle.loads(b"S'abc'\np0\n."), pickle.loads(b"S'a\\x00\\n\\'q'\n."))
print(pickle.loads(b'U\x03\xe9t\xe9.', encoding='latin1'), pickle.loads(b'U\x03abc.', encoding='bytes'))
print(pickle.loads(b'T\x02\x00\x00\x00hi.'), pickle.loads(b'(I1\nI01\nI00\nL5L\nF2.5\nt.'))
try:
    pickle.loads(b'U\x02\xc3\xa9.')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
# Old-style INST and OBJ, DUP, PUT/GET, LONG_BINPUT/LONG_BINGET.
print(pickle.loads(b'(i__main__\nRecord\n(dS\'key\'\nI5\nsb.').key)
print(pickle.loads(b'(c__main__\nRecord\no}(X\x03\x00\x00\x00keyK\x07ub.').key)
print(pickle.loads(b'(K\x012t.'), pickle.loads(b'(I1\np7\ng7\nt.'), pickle.loads(b'(K\x02r\x00\x01\x00\x00j\x00\x01\x00\x00t.'))

# Files without the methods a pickler or unpickler needs.
try:
    pickle.Pickler(object())
except TypeError as e:
    print('TypeError', e)
try:
    pickle.Unpickler(object())
except TypeError as e:
    print('TypeError', e)
