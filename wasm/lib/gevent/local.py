"""gevent.local.local: attributes private to each greenlet (what
threading.local becomes after monkey.patch_thread())."""

from greenlet import getcurrent

__all__ = ['local']


class local:
    """Greenlet-local data: each greenlet sees its own attributes."""

    def __new__(cls, *args, **kw):
        if (args or kw) and (cls.__init__ is object.__init__):
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        object.__setattr__(self, '_local__dicts', {})
        object.__setattr__(self, '_local__args', (args, kw))
        return self

    def __getattribute__(self, name):
        if name in ('_local__dicts', '_local__args', '__class__'):
            return object.__getattribute__(self, name)
        d = _local_dict(self)
        if name == '__dict__':
            return d
        if name in d:
            return d[name]
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError("%r object attribute '__dict__' is read-only" % self.__class__.__name__)
        _local_dict(self)[name] = value

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError("%r object attribute '__dict__' is read-only" % self.__class__.__name__)
        d = _local_dict(self)
        if name not in d:
            raise AttributeError(name)
        del d[name]


def _local_dict(self):
    dicts = object.__getattribute__(self, '_local__dicts')
    key = id(getcurrent())
    d = dicts.get(key)
    if d is None:
        d = {}
        dicts[key] = d
        cls = type(self)
        if cls.__init__ is not object.__init__:
            args, kw = object.__getattribute__(self, '_local__args')
            cls.__init__(self, *args, **kw)
    return d
