"""contextvars: context-local state (CPython's API). Each thread has its own
current context (a new thread starts with an empty one); Context.run enters
another. Once this module is imported, each asyncio Task runs in its own copy
of the context it was created in (modules/asyncio_task.cpp), so a ContextVar
set in one task is not seen by the others. Greenlets share their thread's
context."""

import _thread

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

_MISSING = object()
_current = {}   # thread ident -> its current Context (idents are never reused here)


def _get_context():
    key = _thread.get_ident()
    ctx = _current.get(key)
    if ctx is None:
        ctx = _current[key] = Context()
    return ctx


def copy_context():
    """A copy of the current context (values are shared, later sets are not)."""
    return _get_context().copy()


class Context(object):
    """A mapping of ContextVars to values; changes made while it is entered
    (Context.run) stay in it."""

    __slots__ = ('_data', '_prev', '_entered')

    def __init__(self):
        self._data = {}      # replaced, never changed in place: copies share it safely
        self._prev = None
        self._entered = False

    def run(self, callable, /, *args, **kwargs):
        if self._entered:
            raise RuntimeError(f'cannot enter context: {self} is already entered')
        key = _thread.get_ident()
        self._prev = _current.get(key)
        self._entered = True
        _current[key] = self
        try:
            return callable(*args, **kwargs)
        finally:
            if self._prev is None:
                _current.pop(key, None)
            else:
                _current[key] = self._prev
            self._prev = None
            self._entered = False

    def copy(self):
        new = Context()
        new._data = self._data
        return new

    def _check(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f'a ContextVar key was expected, got {var!r}')

    def __getitem__(self, var):
        self._check(var)
        return self._data[var]

    def get(self, var, default=None):
        self._check(var)
        return self._data.get(var, default)

    def __contains__(self, var):
        self._check(var)
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    __hash__ = None


class ContextVar(object):
    """A variable whose value depends on the current context."""

    __slots__ = ('_name', '_default', '__weakref__')

    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError('context variable name must be a str')
        self._name = name
        self._default = default

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'ContextVar' is not an acceptable base type")

    @property
    def name(self):
        return self._name

    def get(self, *args):
        if len(args) > 1:
            raise TypeError(f'get expected at most 1 argument, got {len(args)}')
        data = _get_context()._data
        if self in data:
            return data[self]
        if args:
            return args[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        ctx = _get_context()
        old = ctx._data.get(self, Token.MISSING)
        data = dict(ctx._data)
        data[self] = value
        ctx._data = data
        return Token(ctx, self, old)

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError(f'expected an instance of Token, got {token!r}')
        if token._used:
            raise RuntimeError(f'{token!r} has already been used once')
        if token._var is not self:
            raise ValueError(f'{token!r} was created by a different ContextVar')
        ctx = _get_context()
        if token._ctx is not ctx:
            raise ValueError(f'{token!r} was created in a different Context')
        data = dict(ctx._data)
        if token._old is Token.MISSING:
            data.pop(self, None)
        else:
            data[self] = token._old
        ctx._data = data
        token._used = True

    def __class_getitem__(cls, item):
        return cls

    def __repr__(self):
        default = '' if self._default is _MISSING else f' default={self._default!r}'
        return f'<ContextVar name={self._name!r}{default} at {id(self):#x}>'


class _MissingType(object):
    def __repr__(self):
        return '<Token.MISSING>'


class Token(object):
    """What ContextVar.set returns: ContextVar.reset(token) undoes that set."""

    __slots__ = ('_ctx', '_var', '_old', '_used')
    MISSING = _MissingType()

    def __init__(self, ctx, var, old):
        self._ctx = ctx
        self._var = var
        self._old = old
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    def __class_getitem__(cls, item):
        return cls

    def __repr__(self):
        used = ' used' if self._used else ''
        return f'<Token{used} var={self._var!r} at {id(self):#x}>'
