# multiprocessing.shared_memory — named blocks of memory every process of the
# run can attach to (SharedMemory), and a list stored in one (ShareableList).
# The blocks are native shared buffers (modules/mp.cpp), so a write in one
# process is seen by all. SharedMemory.buf is a memoryview-like window on the
# block (indexing, slicing, slice assignment, bytes(), tolist(), hex()), not a
# builtin memoryview: struct.pack_into and numpy cannot write into it.
import os
import struct
import _interleave_mp as _mp

__all__ = ['SharedMemory', 'ShareableList']


def _make_name():
    return 'psm_' + os.urandom(4).hex()


# ============================================================================
# buf: a window on a shared block
# ============================================================================

class _SharedView(object):
    '''Bytes start..start+len of a shared block: a memoryview of format 'B'.'''
    __slots__ = ('_h', '_start', '_len', '_released')
    format = 'B'
    itemsize = 1
    ndim = 1
    readonly = False

    def __init__(self, h, start, length):
        self._h = h
        self._start = start
        self._len = length
        self._released = False

    def _check(self):
        if self._released:
            raise ValueError('operation forbidden on released memoryview object')

    @property
    def nbytes(self):
        return self._len

    @property
    def shape(self):
        return (self._len,)

    def __len__(self):
        self._check()
        return self._len

    def _index(self, i):
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError('index out of bounds on dimension 1')
        return self._start + i

    def __getitem__(self, i):
        self._check()
        if isinstance(i, slice):
            start, stop, step = i.indices(self._len)
            if step == 1:
                return _SharedView(self._h, self._start + start, max(0, stop - start))
            return memoryview(bytes(self.tobytes()[i]))
        return _mp.shm_get(self._h, 'B', self._index(i))

    def __setitem__(self, i, value):
        self._check()
        if isinstance(i, slice):
            start, stop, step = i.indices(self._len)
            data = bytes(value)
            idx = range(start, stop, step)
            if len(data) != len(idx):
                raise ValueError('memoryview assignment: lvalue and rvalue have different structures')
            if step == 1:
                _mp.shm_write(self._h, self._start + start, data)
            else:
                for j, b in zip(idx, data):
                    _mp.shm_set(self._h, 'B', self._start + j, b)
            return
        if not isinstance(value, int):
            raise TypeError("memoryview: invalid type for format 'B'")
        if not 0 <= value <= 255:
            raise ValueError("memoryview: invalid value for format 'B'")
        _mp.shm_set(self._h, 'B', self._index(i), value)

    def tobytes(self, order=None):
        self._check()
        return _mp.shm_bytes(self._h, self._start, self._start + self._len)

    __bytes__ = tobytes

    def tolist(self):
        return list(self.tobytes())

    def hex(self, *args):
        return self.tobytes().hex(*args)

    def __iter__(self):
        return iter(self.tobytes())

    def __eq__(self, other):
        if isinstance(other, (_SharedView, bytes, bytearray, memoryview)):
            return self.tobytes() == bytes(other)
        return NotImplemented

    __hash__ = None

    def release(self):
        self._released = True

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.release()

    def __repr__(self):
        if self._released:
            return '<released memory at %#x>' % id(self)
        return '<memory at %#x>' % id(self)


# ============================================================================
# SharedMemory
# ============================================================================

class SharedMemory(object):
    '''A named block of shared memory: SharedMemory(create=True, size=N) makes
    one, SharedMemory(name) attaches to it in any process of the run.'''

    _buf = None

    def __init__(self, name=None, create=False, size=0):
        if not size >= 0:
            raise ValueError("'size' must be a positive integer")
        if create:
            if size == 0:
                raise ValueError("'size' must be a positive number different from zero")
        elif name is None:
            raise ValueError("'name' can only be None if create=True")
        if name is None:
            while True:
                name = _make_name()
                try:
                    self._h, size = _mp.shm_named(name, True, size)
                    break
                except FileExistsError:
                    continue
        else:
            name = name.lstrip('/')
            self._h, size = _mp.shm_named(name, bool(create), size)
        self._name = name
        self._size = size
        self._buf = _SharedView(self._h, 0, size)

    def __del__(self):
        pass

    def __reduce__(self):
        return (self.__class__, (self.name, False, self.size))

    def __repr__(self):
        return f'{self.__class__.__name__}({self.name!r}, size={self.size})'

    @property
    def buf(self):
        '''A memoryview-like window on the block (None once closed).'''
        return self._buf

    @property
    def name(self):
        return self._name

    @property
    def size(self):
        return self._size

    def close(self):
        '''This object's access ends; the block stays for the others.'''
        if self._buf is not None:
            self._buf.release()
            self._buf = None

    def unlink(self):
        '''The name goes: no one can attach any more (call it once, in one process).'''
        _mp.shm_unlink(self._name)


# ============================================================================
# ShareableList
# ============================================================================

# The block: the item count, then per item a slot header (type, capacity,
# used length) and its data; ints are 'q', floats 'd', bool '?', None nothing,
# str (UTF-8) and bytes their bytes. A slot holds any value that fits: 8
# bytes, or for str/bytes their length rounded up to 8.
_HEADER = struct.Struct('q')
_SLOT = struct.Struct('bxxxii')  # type, capacity, length
_INT, _FLOAT, _BOOL, _NONE, _STR, _BYTES = range(6)
_TYPES = {int: _INT, float: _FLOAT, bool: _BOOL, type(None): _NONE, str: _STR, bytes: _BYTES}
_ALIGN = 8


def _encode(value):
    kind = _TYPES.get(type(value))
    if kind is None:
        raise TypeError(f"unsupported type {type(value).__name__!r} in ShareableList")  # noqa
    if kind == _INT:
        return kind, struct.pack('q', value)
    if kind == _FLOAT:
        return kind, struct.pack('d', value)
    if kind == _BOOL:
        return kind, struct.pack('?', value)
    if kind == _NONE:
        return kind, b''
    return kind, value.encode('utf-8') if kind == _STR else value


class ShareableList(object):
    '''A fixed-length list in shared memory: ShareableList([1, 'a', None])
    makes one, ShareableList(name=...) attaches to it. Items are int, float,
    bool, str, bytes or None; str and bytes may not outgrow their first size.'''

    def __init__(self, sequence=None, *, name=None):
        if name is None or sequence is not None:
            sequence = list(sequence or ())
            encoded = [_encode(v) for v in sequence]
            caps = [max(_ALIGN, -(-len(data) // _ALIGN) * _ALIGN) for _, data in encoded]
            size = _HEADER.size + len(sequence) * _SLOT.size + sum(caps)
            self.shm = SharedMemory(name, create=True, size=max(size, 1))
            self._offsets = self._layout(caps)
            buf = self.shm.buf
            buf[0:_HEADER.size] = _HEADER.pack(len(sequence))
            for i, ((kind, data), cap) in enumerate(zip(encoded, caps)):
                self._write_slot(i, kind, cap, data)
        else:
            self.shm = SharedMemory(name)
            n = _HEADER.unpack(self.shm.buf[0:_HEADER.size].tobytes())[0]
            caps = [self._slot(i, n)[1] for i in range(n)]
            self._offsets = self._layout(caps)

    def _layout(self, caps):
        '''(slot header offset, data offset) of each item.'''
        n = len(caps)
        data = _HEADER.size + n * _SLOT.size
        out = []
        for i, cap in enumerate(caps):
            out.append((_HEADER.size + i * _SLOT.size, data))
            data += cap
        return out

    def _slot(self, i, n=None):
        at = _HEADER.size + i * _SLOT.size
        return _SLOT.unpack(self.shm.buf[at:at + _SLOT.size].tobytes())

    def _write_slot(self, i, kind, cap, data):
        slot_at, data_at = self._offsets[i]
        buf = self.shm.buf
        buf[data_at:data_at + len(data)] = data
        buf[slot_at:slot_at + _SLOT.size] = _SLOT.pack(kind, cap, len(data))

    def _position(self, position):
        n = len(self._offsets)
        if position < 0:
            position += n
        if not 0 <= position < n:
            raise IndexError('index out of range')
        return position

    def __getitem__(self, position):
        position = self._position(position)
        kind, cap, length = self._slot(position)
        data_at = self._offsets[position][1]
        data = self.shm.buf[data_at:data_at + length].tobytes()
        if kind == _INT:
            return struct.unpack('q', data)[0]
        if kind == _FLOAT:
            return struct.unpack('d', data)[0]
        if kind == _BOOL:
            return struct.unpack('?', data)[0]
        if kind == _NONE:
            return None
        return data.decode('utf-8') if kind == _STR else data

    def __setitem__(self, position, value):
        position = self._position(position)
        _, cap, _ = self._slot(position)
        kind, data = _encode(value)
        if len(data) > cap:
            raise ValueError('bytes/str item exceeds available storage')
        self._write_slot(position, kind, cap, data)

    def __len__(self):
        return len(self._offsets)

    def __iter__(self):
        return (self[i] for i in range(len(self)))

    def __reduce__(self):
        return (_attach_list, (self.__class__, self.shm.name))

    def __repr__(self):
        return f'{self.__class__.__name__}({list(self)}, name={self.shm.name!r})'

    def count(self, value):
        return sum(value == entry for entry in self)

    def index(self, value):
        for position, entry in enumerate(self):
            if value == entry:
                return position
        raise ValueError(f'{value!r} not in this container')


def _attach_list(cls, name):
    """Unpickling a ShareableList attaches to its block by name."""
    return cls(name=name)
