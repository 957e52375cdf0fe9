"""Create portable serialized representations of Python objects.

Interleave's pickle: the same API and the same errors as CPython's (dumps,
loads, dump, load, Pickler, Unpickler, PicklingError ...), and the same
object protocol (__reduce_ex__, __reduce__, __getstate__, __setstate__,
__getnewargs__, copyreg.dispatch_table-like reducers), over a compact byte
format of its own: data only travels between Interleave interpreters (the
processes of one run), so the bytes need not be CPython's.
"""

import sys
from _interleave_mp import is_heap_type as _is_heap_type

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler",
           "dump", "dumps", "load", "loads", "HIGHEST_PROTOCOL", "DEFAULT_PROTOCOL"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


# CPython's accelerator defines these; tracebacks name them `_pickle.X`.
for _c in (PickleError, PicklingError, UnpicklingError):
    _c.__module__ = '_pickle'
del _c

_MAGIC = b'\x80IL1'

# Opcodes (one byte each). Numbers and lengths are written in decimal and
# end with b'\n': simple, and fast enough, since str()/int() are native.
_NONE, _TRUE, _FALSE = b'N', b'T', b'F'
_INT, _FLOAT, _COMPLEX = b'I', b'D', b'J'
_STR, _BYTES, _BYTEARRAY = b'S', b'B', b'Y'
_TUPLE, _LIST, _DICT, _SET, _FROZENSET = b't', b'l', b'd', b's', b'f'
_APPENDS, _SETITEMS, _ADDITEMS = b'a', b'u', b'e'
_GLOBAL, _REDUCE, _BUILD, _MEMO_GET, _MEMO_PUT, _NEWOBJ = b'c', b'R', b'b', b'g', b'p', b'O'
_MARK, _STOP = b'(', b'.'

# Objects that are referred to by a global name rather than copied.
_function_types = (type(len), type(lambda: 0))


def _getattribute(obj, name):
    for sub in name.split('.'):
        if sub == '<locals>':
            raise AttributeError("Can't get local attribute {!r} on {!r}".format(name, obj))
        obj = getattr(obj, sub)
    return obj


def _whichmodule(obj, name):
    module_name = getattr(obj, '__module__', None)
    if module_name is not None:
        return module_name
    for module_name, module in sys.modules.copy().items():
        if module_name == '__main__' or module_name == '__mp_main__' or module is None:
            continue
        try:
            if _getattribute(module, name) is obj:
                return module_name
        except AttributeError:
            pass
    return '__main__'


class Pickler:
    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        self._file = file
        self.proto = DEFAULT_PROTOCOL if protocol is None else protocol
        self.memo = {}
        self._out = []

    def dump(self, obj):
        self._out = [_MAGIC]
        self.save(obj)
        self._out.append(_STOP)
        self._file.write(b''.join(self._out))

    def persistent_id(self, obj):
        return None

    def _memoize(self, obj):
        idx = len(self.memo)
        self.memo[id(obj)] = (idx, obj)
        self._out.append(_MEMO_PUT)

    def save(self, obj):
        out = self._out
        t = type(obj)
        if obj is None:
            out.append(_NONE)
            return
        if t is bool:
            out.append(_TRUE if obj else _FALSE)
            return
        if t is int:
            out.append(b'I%d\n' % obj)
            return
        if t is float:
            out.append(b'D' + repr(obj).encode() + b'\n')
            return
        if t is str:
            data = obj.encode('utf-8', 'surrogatepass')
            out.append(b'S%d\n' % len(data))
            out.append(data)
            return
        if t is bytes:
            out.append(b'B%d\n' % len(obj))
            out.append(obj)
            return
        m = self.memo.get(id(obj))
        if m is not None:
            out.append(b'g%d\n' % m[0])
            return
        if t is tuple:
            for x in obj:
                self.save(x)
            m = self.memo.get(id(obj))
            if m is not None:  # the tuple was reached through itself (a cycle)
                out.append(b't%d\n' % len(obj))
                return
            out.append(b't%d\n' % len(obj))
            if obj:
                self._memoize(obj)
            return
        if t is list:
            out.append(_LIST)
            self._memoize(obj)
            self._batch(obj, _APPENDS)
            return
        if t is dict:
            out.append(_DICT)
            self._memoize(obj)
            n = 0
            for k, v in obj.items():
                self.save(k)
                self.save(v)
                n += 1
                if n == 1000:
                    out.append(b'u%d\n' % n)
                    n = 0
            if n:
                out.append(b'u%d\n' % n)
            return
        if t is set:
            out.append(_SET)
            self._memoize(obj)
            self._batch(obj, _ADDITEMS)
            return
        if t is frozenset:
            for x in obj:
                self.save(x)
            out.append(b'f%d\n' % len(obj))
            self._memoize(obj)
            return
        if t is complex:
            out.append(b'J' + repr(obj.real).encode() + b' ' + repr(obj.imag).encode() + b'\n')
            return
        if t is bytearray:
            out.append(b'Y%d\n' % len(obj))
            out.append(bytes(obj))
            self._memoize(obj)
            return
        if isinstance(obj, type) or t in _function_types:
            self.save_global(obj)
            return
        self.save_reduce_obj(obj)

    def _batch(self, items, op):
        n = 0
        for x in items:
            self.save(x)
            n += 1
            if n == 1000:
                self._out.append(op + b'%d\n' % n)
                n = 0
        if n:
            self._out.append(op + b'%d\n' % n)

    def save_global(self, obj, name=None):
        if name is None:
            name = getattr(obj, '__qualname__', None)
            if name is None:
                name = obj.__name__
        module_name = _whichmodule(obj, name)
        try:
            __import__(module_name)
            module = sys.modules[module_name]
            obj2 = _getattribute(module, name)
        except (ImportError, KeyError, AttributeError):
            if '<locals>' in name.split('.'):
                raise AttributeError("Can't pickle local object %r" % name) from None
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed" %
                                (obj, name, module_name)) from None
        if obj2 is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s" %
                                (obj, module_name, name))
        self._out.append(b'c' + module_name.encode() + b'\n' + name.encode() + b'\n')

    def save_reduce_obj(self, obj):
        t = type(obj)
        reduce = getattr(self, 'dispatch_table', None)
        reduce = reduce.get(t) if reduce is not None else None
        if reduce is None:
            reduce = _dispatch.get(t)
        if reduce is not None:
            rv = reduce(obj)
        else:
            rv = _reduce_ex(obj, self.proto)
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("%s must return string or tuple" % '__reduce__')
        if not (2 <= len(rv) <= 6):
            raise PicklingError("Tuple returned by %s must have two to six elements" % '__reduce__')
        self.save_reduce(obj, *rv)

    def save_reduce(self, obj, func, args, state=None, listitems=None, dictitems=None, setstate=None):
        out = self._out
        if not callable(func):
            raise PicklingError("first item of the tuple returned by __reduce__ must be callable")
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ must be a tuple")
        if getattr(func, '__name__', '') == '__newobj__':
            cls = args[0]
            self.save(cls)
            self.save(args[1:])
            out.append(_NEWOBJ)
        else:
            self.save(func)
            self.save(args)
            out.append(_REDUCE)
        self._memoize(obj)
        if listitems is not None:
            out.append(_MARK)
            self._batch(listitems, _APPENDS)
        if dictitems is not None:
            out.append(_MARK)
            n = 0
            for k, v in dictitems:
                self.save(k)
                self.save(v)
                n += 1
            out.append(b'u%d\n' % n)
        if state is not None:
            if setstate is not None:
                self.save(setstate)
                self.save(state)
                out.append(b'X')
            else:
                self.save(state)
                out.append(_BUILD)


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def _type_label(t):
    mod = getattr(t, '__module__', 'builtins')
    name = getattr(t, '__qualname__', t.__name__)
    return name if mod in ('builtins', None) else mod + '.' + name


# Built-in (non-class-statement) types that pickle as plain data; anything
# else built in (locks, generators, files, modules ...) cannot be pickled.
_picklable_builtin = set()


def _reduce_ex(obj, proto):
    t = type(obj)
    # A __reduce_ex__ or __reduce__ defined by a class (not object's default).
    for klass in t.__mro__:
        if klass is object:
            break
        d = klass.__dict__
        if '__reduce_ex__' in d:
            return obj.__reduce_ex__(proto)
        if '__reduce__' in d:
            return obj.__reduce__()
    if isinstance(obj, BaseException):
        d = getattr(obj, '__dict__', None)
        return (t, tuple(obj.args), d if d else None)
    # object's default (copyreg.__reduce_ex__ for protocol 2+).
    base = t
    while base is not object and _is_heap(base):
        base = base.__base__
    if base is not object and base not in _builtin_bases:
        raise TypeError("cannot pickle %r object" % _type_label(base))
    if not _is_heap(t) and t is not object:
        raise TypeError("cannot pickle %r object" % _type_label(t))
    getnewargs = getattr(obj, '__getnewargs_ex__', None)
    if getnewargs is not None:
        args, kwargs = getnewargs()
        if kwargs:
            return (_newobj_ex, (t, args, kwargs), _state_of(obj))
    else:
        getnewargs = getattr(obj, '__getnewargs__', None)
        args = getnewargs() if getnewargs is not None else ()
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    if base in (int, float, str, bytes, tuple, complex, frozenset) and not args:
        args = (base(obj),) if base is not tuple else (tuple(obj),)
    return (__newobj__, (t,) + tuple(args), _state_of(obj), listitems, dictitems)


def _newobj_ex(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _state_of(obj):
    getstate = getattr(type(obj), '__getstate__', None)
    if getstate is not None and getstate is not getattr(object, '__getstate__', None):
        return obj.__getstate__()
    slots = []
    for klass in type(obj).__mro__:
        s = klass.__dict__.get('__slots__')
        if s:
            slots.extend([s] if isinstance(s, str) else s)
    d = getattr(obj, '__dict__', None)
    if slots:
        sd = {}
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            try:
                sd[name] = getattr(obj, name)
            except AttributeError:
                pass
        return (d or None, sd) if sd else (d or None)
    return d if d else None


def _is_heap(t):
    # Made by a class statement (not a built-in type such as a lock).
    return _is_heap_type(t)


_builtin_bases = {int, float, str, bytes, tuple, list, dict, set, frozenset, complex, bytearray, object,
                  BaseException}


def _reduce_range(r):
    return (range, (r.start, r.stop, r.step))


def _reduce_slice(s):
    return (slice, (s.start, s.stop, s.step))


_dispatch = {range: _reduce_range, slice: _reduce_slice}
for _t in (type(None), type(NotImplemented), type(...)):
    pass
_dispatch[type(NotImplemented)] = lambda o: 'NotImplemented'
_dispatch[type(...)] = lambda o: 'Ellipsis'


class _Writer:
    def __init__(self):
        self.parts = []

    def write(self, b):
        self.parts.append(b)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    w = _Writer()
    Pickler(w, protocol).dump(obj)
    return b''.join(w.parts)


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    Pickler(file, protocol).dump(obj)


class Unpickler:
    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
        self._file = file

    def find_class(self, module, name):
        __import__(module)
        return _getattribute(sys.modules[module], name)

    def load(self):
        data = self._file.read()
        return _loads(data, self)


def _loads(data, unpickler=None):
    if not isinstance(data, (bytes, bytearray)):
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
    data = bytes(data)
    if not data.startswith(_MAGIC):
        if not data:
            raise EOFError("Ran out of input")
        raise UnpicklingError("invalid load key, %r." % data[:1].decode('latin-1'))
    find_class = unpickler.find_class if unpickler is not None else None
    stack = []
    marks = []
    memo = []
    pos = len(_MAGIC)
    n = len(data)
    while pos < n:
        op = data[pos]
        pos += 1
        if op == 83 or op == 66 or op == 89:   # S B Y
            nl = data.index(b'\n', pos)
            ln = int(data[pos:nl])
            raw = data[nl + 1:nl + 1 + ln]
            pos = nl + 1 + ln
            if op == 83:
                stack.append(raw.decode('utf-8', 'surrogatepass'))
            elif op == 66:
                stack.append(raw)
            else:
                stack.append(bytearray(raw))
            continue
        if op == 73:   # I
            nl = data.index(b'\n', pos)
            stack.append(int(data[pos:nl]))
            pos = nl + 1
            continue
        if op == 78:
            stack.append(None)
            continue
        if op == 84:
            stack.append(True)
            continue
        if op == 70:
            stack.append(False)
            continue
        if op == 112:   # p: memo put
            memo.append(stack[-1])
            continue
        if op == 103:   # g
            nl = data.index(b'\n', pos)
            stack.append(memo[int(data[pos:nl])])
            pos = nl + 1
            continue
        if op == 46:   # .
            return stack.pop()
        if op == 68:   # D
            nl = data.index(b'\n', pos)
            stack.append(float(data[pos:nl]))
            pos = nl + 1
            continue
        if op == 74:   # J
            nl = data.index(b'\n', pos)
            re_, im = data[pos:nl].split(b' ')
            stack.append(complex(float(re_), float(im)))
            pos = nl + 1
            continue
        if op in (116, 97, 117, 101, 102):   # t a u e f: counted
            nl = data.index(b'\n', pos)
            cnt = int(data[pos:nl])
            pos = nl + 1
            if op == 116:
                if cnt:
                    items = tuple(stack[-cnt:])
                    del stack[-cnt:]
                else:
                    items = ()
                stack.append(items)
            elif op == 102:
                items = frozenset(stack[-cnt:]) if cnt else frozenset()
                if cnt:
                    del stack[-cnt:]
                stack.append(items)
            elif op == 97:
                items = stack[-cnt:]
                del stack[-cnt:]
                target = stack[-1]
                if marks and marks[-1] == len(stack) - 1 and type(target) is not list:
                    for x in items:
                        target.append(x)
                else:
                    target.extend(items)
            elif op == 101:
                items = stack[-cnt:]
                del stack[-cnt:]
                stack[-1].update(items)
            else:   # u
                items = stack[-2 * cnt:]
                del stack[-2 * cnt:]
                target = stack[-1]
                for i in range(0, len(items), 2):
                    target[items[i]] = items[i + 1]
            continue
        if op == 108:
            stack.append([])
            continue
        if op == 100:
            stack.append({})
            continue
        if op == 115:
            stack.append(set())
            continue
        if op == 99:   # c: global
            nl = data.index(b'\n', pos)
            module = data[pos:nl].decode()
            nl2 = data.index(b'\n', nl + 1)
            name = data[nl + 1:nl2].decode()
            pos = nl2 + 1
            if find_class is not None:
                stack.append(find_class(module, name))
            else:
                __import__(module)
                stack.append(_getattribute(sys.modules[module], name))
            continue
        if op == 82:   # R
            args = stack.pop()
            func = stack.pop()
            stack.append(func(*args))
            continue
        if op == 79:   # O
            args = stack.pop()
            cls = stack.pop()
            stack.append(cls.__new__(cls, *args))
            continue
        if op == 40:   # ( : mark before list/dict items of a reduce
            continue
        if op == 98:   # b: BUILD
            state = stack.pop()
            _build(stack[-1], state)
            continue
        if op == 88:   # X: state with a setstate callable
            state = stack.pop()
            setstate = stack.pop()
            setstate(stack[-1], state)
            continue
        raise UnpicklingError("invalid load key, %r." % chr(op))
    raise EOFError("Ran out of input")


def _build(inst, state):
    setstate = getattr(inst, '__setstate__', None)
    if setstate is not None and getattr(type(inst), '__setstate__', None) is not getattr(object, '__setstate__', None):
        setstate(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        d = inst.__dict__
        for k, v in state.items():
            d[k] = v
    if slotstate:
        for k, v in slotstate.items():
            setattr(inst, k, v)


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    return _loads(data)


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    return Unpickler(file).load()
