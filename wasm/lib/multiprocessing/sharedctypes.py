# multiprocessing.sharedctypes — Value, Array, RawValue, RawArray: typed
# views of native shared memory (really shared: a write in one process is
# seen by all), with an optional process-shared lock, as CPython's.
import pickle
import _interleave_mp as _mp

__all__ = ['RawValue', 'RawArray', 'Value', 'Array', 'copy', 'synchronized']

typecode_to_type = {c: c for c in 'bBhHiIlLqQfdcu'}


def _info(typecode_or_type):
    code = getattr(typecode_or_type, '_type_', typecode_or_type)
    if not isinstance(code, str) or len(code) != 1 or code not in typecode_to_type:
        raise TypeError('unsupported type code %r' % (code,))
    size, cname = _mp.typecode_info(code)
    return code, size, cname


def _check_inheritance(ctype_name, plain_message, plain_error):
    '''A shared ctypes object pickles only for a child that start() creates
    (CPython's reduce_ctype), and never with plain pickle.'''
    from . import reduction
    if not reduction.forking():
        raise plain_error(plain_message)
    if not _mp.may_pickle(None):
        raise RuntimeError('%s objects should only be shared between processes'
                           ' through inheritance' % ctype_name)


class _CValue(object):
    '''A shared scalar (RawValue): repr like ctypes', e.g. c_int(5).'''
    __slots__ = ('_h', '_code', '_cname')

    def __init__(self, h, code, cname):
        self._h = h
        self._code = code
        self._cname = cname

    def __reduce__(self):
        _check_inheritance(self._cname, "cannot pickle 'mmap.mmap' object", TypeError)
        return (_CValue, (self._h, self._code, self._cname))

    @property
    def value(self):
        return _mp.shm_get(self._h, self._code, 0)

    @value.setter
    def value(self, v):
        _mp.shm_set(self._h, self._code, 0, v)

    def __repr__(self):
        return '%s(%r)' % (self._cname, self.value)


class _CArray(object):
    '''A shared array (RawArray): indexing, slicing, len, iteration.'''
    __slots__ = ('_h', '_code', '_cname', '_length')

    def __init__(self, h, code, cname, length):
        self._h = h
        self._code = code
        self._cname = cname
        self._length = length

    def __reduce__(self):
        name = '%s_Array_%d' % (self._cname, self._length)
        _check_inheritance(name, "Can't pickle <class 'multiprocessing.sharedctypes.%s'>: attribute lookup %s"
                           " on multiprocessing.sharedctypes failed" % (name, name), pickle.PicklingError)
        return (_CArray, (self._h, self._code, self._cname, self._length))

    def __len__(self):
        return self._length

    def __getitem__(self, i):
        if isinstance(i, slice):
            start, stop, step = i.indices(self._length)
            items = _mp.shm_getlist(self._h, self._code, start, stop, step)
            if self._code == 'c':
                return b''.join(items)
            if self._code == 'u':
                return ''.join(items)
            return items
        if i < 0:
            i += self._length
        if not 0 <= i < self._length:
            raise IndexError('invalid index')
        return _mp.shm_get(self._h, self._code, i)

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            start, stop, step = i.indices(self._length)
            idx = range(start, stop, step)
            if len(v) != len(idx):
                raise ValueError("Can only assign sequence of same size")
            for j, x in zip(idx, v):
                _mp.shm_set(self._h, self._code, j, x)
            return
        if i < 0:
            i += self._length
        if not 0 <= i < self._length:
            raise IndexError('invalid index')
        _mp.shm_set(self._h, self._code, i, v)

    def __iter__(self):
        return iter(_mp.shm_getlist(self._h, self._code, 0, self._length, 1))

    @property
    def value(self):   # c_char / c_wchar arrays: up to the first NUL
        s = self[:]
        end = s.find(b'\0' if self._code == 'c' else '\0')
        return s if end < 0 else s[:end]

    @value.setter
    def value(self, v):
        if len(v) > self._length:
            raise ValueError('byte string too long')
        for j, x in enumerate(v):
            self[j] = v[j:j + 1] if self._code == 'c' else x
        if len(v) < self._length:
            self[len(v)] = b'\0' if self._code == 'c' else '\0'

    @property
    def raw(self):
        return _mp.shm_bytes(self._h, 0, self._length)

    def __repr__(self):
        return '<multiprocessing.sharedctypes.%s_Array_%d object at %#x>' % (self._cname, self._length, id(self))


def RawValue(typecode_or_type, *args):
    code, size, cname = _info(typecode_or_type)
    obj = _CValue(_mp.shm_new(size), code, cname)
    if args:
        obj.value = args[0]
    return obj


def RawArray(typecode_or_type, size_or_initializer):
    code, size, cname = _info(typecode_or_type)
    if isinstance(size_or_initializer, int):
        return _CArray(_mp.shm_new(size * size_or_initializer), code, cname, size_or_initializer)
    init = list(size_or_initializer) if not isinstance(size_or_initializer, (bytes, str)) else \
        [size_or_initializer[i:i + 1] if code == 'c' else size_or_initializer[i] for i in range(len(size_or_initializer))]
    arr = _CArray(_mp.shm_new(size * len(init)), code, cname, len(init))
    for i, v in enumerate(init):
        arr[i] = v
    return arr


def Value(typecode_or_type, *args, lock=True, ctx=None):
    obj = RawValue(typecode_or_type, *args)
    if lock is False:
        return obj
    if lock in (True, None):
        from .synchronize import RLock
        lock = RLock()
    if not hasattr(lock, 'acquire'):
        raise AttributeError("%r has no method 'acquire'" % lock)
    return Synchronized(obj, lock)


def Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
    obj = RawArray(typecode_or_type, size_or_initializer)
    if lock is False:
        return obj
    if lock in (True, None):
        from .synchronize import RLock
        lock = RLock()
    if not hasattr(lock, 'acquire'):
        raise AttributeError("%r has no method 'acquire'" % lock)
    if obj._code == 'c':
        return SynchronizedString(obj, lock)
    return SynchronizedArray(obj, lock)


def copy(obj):
    if isinstance(obj, _CValue):
        return RawValue(obj._code, obj.value)
    return RawArray(obj._code, obj[:])


def synchronized(obj, lock=None, ctx=None):
    if lock is None:
        from .synchronize import RLock
        lock = RLock()
    if isinstance(obj, _CValue):
        return Synchronized(obj, lock)
    if obj._code == 'c':
        return SynchronizedString(obj, lock)
    return SynchronizedArray(obj, lock)


class SynchronizedBase(object):
    def __init__(self, obj, lock=None, ctx=None):
        self._obj = obj
        self._lock = lock
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __reduce__(self):
        from .context import assert_spawning
        assert_spawning(self)
        return (synchronized, (self._obj, self._lock))

    def get_obj(self):
        return self._obj

    def get_lock(self):
        return self._lock

    def __repr__(self):
        return '<%s wrapper for %s>' % (type(self).__name__, self._obj)


class Synchronized(SynchronizedBase):
    @property
    def value(self):
        with self._lock:
            return self._obj.value

    @value.setter
    def value(self, v):
        with self._lock:
            self._obj.value = v


class SynchronizedArray(SynchronizedBase):
    def __len__(self):
        return len(self._obj)

    def __getitem__(self, i):
        with self._lock:
            return self._obj[i]

    def __setitem__(self, i, value):
        with self._lock:
            self._obj[i] = value

    def __getslice__(self, start, stop):
        with self._lock:
            return self._obj[start:stop]

    def __iter__(self):
        with self._lock:
            return iter(self._obj[:])


class SynchronizedString(SynchronizedArray):
    @property
    def value(self):
        with self._lock:
            return self._obj.value

    @value.setter
    def value(self, v):
        with self._lock:
            self._obj.value = v

    @property
    def raw(self):
        with self._lock:
            return self._obj.raw
