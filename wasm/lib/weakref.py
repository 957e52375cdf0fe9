"""Weak references: a fallback that holds STRONG references.

Interleave's collector (mark-and-sweep, see docs/architecture.md) has no weak
references yet, so every "weak" reference here keeps its referent alive:
ref(obj)() always returns obj, callbacks never run, WeakValueDictionary /
WeakKeyDictionary / WeakSet behave like dict / dict / set, and finalize
runs its callback only when called explicitly (or at exit, if atexit is
available).  Programs that use weak references as caches or registries run
correctly; they just keep the objects alive.
"""

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]


class ref:
    """A reference to an object (strong here: see the module docstring)."""
    __slots__ = ('_obj', '__callback__')

    def __init__(self, obj, callback=None, /):
        self._obj = obj
        self.__callback__ = callback

    def __call__(self):
        return self._obj

    def __hash__(self):
        return hash(self._obj)

    def __eq__(self, other):
        if not isinstance(other, ref):
            return NotImplemented
        return self._obj == other._obj

    def __ne__(self, other):
        if not isinstance(other, ref):
            return NotImplemented
        return self._obj != other._obj

    def __repr__(self):
        obj = self._obj
        name = getattr(type(obj), '__name__', '?')
        return '<weakref at %#x; to %r at %#x>' % (id(self), name, id(obj))

    __class_getitem__ = classmethod(type(list[int]))

ReferenceType = ref


class WeakMethod(ref):
    """A (strong, here) reference to a bound method."""
    __slots__ = ()

    def __init__(self, meth, callback=None):
        try:
            meth.__self__
            meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}".format(type(meth))) from None
        ref.__init__(self, meth, callback)


def proxy(obj, callback=None, /):
    """Return the object itself (a proxy that never dies)."""
    return obj

ProxyType = CallableProxyType = type(None)   # no proxy objects exist here
ProxyTypes = (ProxyType, CallableProxyType)


def getweakrefcount(obj, /):
    """Return the number of weak references to 'object' (always 0 here)."""
    return 0


def getweakrefs(obj, /):
    """Return a list of all weak reference objects pointing to 'object' (none here)."""
    return []


class WeakValueDictionary(dict):
    """Mapping class that references values weakly (strongly, here)."""

    def __repr__(self):
        return '<%s at %#x>' % (type(self).__name__, id(self))

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def itervaluerefs(self):
        return (ref(v) for v in self.values())

    def valuerefs(self):
        return [ref(v) for v in self.values()]


class WeakKeyDictionary(dict):
    """Mapping class that references keys weakly (strongly, here)."""

    def __repr__(self):
        return '<%s at %#x>' % (type(self).__name__, id(self))

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def keyrefs(self):
        return [ref(k) for k in self.keys()]


class WeakSet(set):
    """A set of weakly (strongly, here) referenced objects."""

    def __repr__(self):
        return '{}({!r})'.format(type(self).__name__, set(self))


class finalize:
    """Class for finalization of weakrefable objects.

    The callback runs when the finalize object is called (at most once);
    objects are never collected here, so it does not run on its own.
    """
    __slots__ = ('_obj', '_func', '_args', '_kwargs', '_alive', 'atexit')

    def __init__(self, obj, func, /, *args, **kwargs):
        self._obj = obj
        self._func = func
        self._args = args
        self._kwargs = kwargs
        self._alive = True
        self.atexit = True

    def __call__(self, _=None):
        """If alive then mark as dead and return func(*args, **kwargs);
        otherwise return None"""
        if self._alive:
            self._alive = False
            return self._func(*self._args, **self._kwargs)

    def detach(self):
        """If alive then mark as dead and return (obj, func, args, kwargs);
        otherwise return None"""
        if self._alive:
            self._alive = False
            return (self._obj, self._func, self._args, self._kwargs)

    def peek(self):
        """If alive then return (obj, func, args, kwargs);
        otherwise return None"""
        if self._alive:
            return (self._obj, self._func, self._args, self._kwargs)

    @property
    def alive(self):
        """Whether finalizer is alive"""
        return self._alive

    def __repr__(self):
        obj = self._obj
        return '<%s object at %#x; for %r at %#x>' % (type(self).__name__, id(self), type(obj).__name__, id(obj))
