# multiprocessing.managers — Manager(): shared dict, list, Namespace, Value
# ... held by a server thread of the process that created the manager;
# proxies (picklable, usable in any process) send each method call to it
# over a native channel and wait for the pickled reply. Queues and locks
# from a manager are the native cross-process ones.
import itertools
import pickle
import threading
import _interleave_mp as _mp
from .reduction import ForkingPickler

__all__ = ['BaseManager', 'SyncManager', 'BaseProxy', 'Namespace', 'Value', 'Array']


class RemoteError(Exception):
    pass


class Namespace(object):
    def __init__(self, **kwds):
        self.__dict__.update(kwds)

    def __repr__(self):
        items = list(self.__dict__.items())
        temp = []
        for name, value in items:
            if not name.startswith('_'):
                temp.append('%s=%r' % (name, value))
        temp.sort()
        return '%s(%s)' % (self.__class__.__name__, ', '.join(temp))


class Value(object):
    def __init__(self, typecode, value, lock=True):
        self._typecode = typecode
        self._value = value

    def get(self):
        return self._value

    def set(self, value):
        self._value = value

    def __repr__(self):
        return '%s(%r, %r)' % (type(self).__name__, self._typecode, self._value)


def Array(typecode, sequence, lock=True):
    return list(sequence)


def _call_on(obj, name, args, kwds):
    if name == '#getattr':
        return getattr(obj, args[0])
    if name == '#setattr':
        return setattr(obj, args[0], args[1])
    if name == '#delattr':
        return delattr(obj, args[0])
    result = getattr(obj, name)(*args, **kwds)
    if name in ('keys', 'values', 'items'):
        result = list(result)
    return result


class _Server(object):
    def __init__(self):
        self.requests = _mp.chan_new(0, False)
        self.objects = {}
        self.ids = itertools.count(1)
        self.thread = threading.Thread(target=self.serve, daemon=True, name='ManagerServer')
        self.thread.start()

    def serve(self):
        while True:
            r = _mp.chan_get(self.requests, True, None)
            if r is None or r is False:
                continue
            reply, ident, name, args, kwds = pickle.loads(r)
            if ident is None and name == '#shutdown':
                _mp.chan_put(reply, ForkingPickler.dumps((True, None)), True, None)
                return
            try:
                if ident is None:   # create
                    obj = args[0]
                    ident = next(self.ids)
                    self.objects[ident] = obj
                    result = (True, ident)
                else:
                    result = (True, _call_on(self.objects[ident], name, args, kwds))
            except BaseException as e:
                result = (False, e)
            try:
                data = ForkingPickler.dumps(result)
            except Exception as e:
                data = ForkingPickler.dumps((False, RemoteError(repr(e))))
            _mp.chan_put(reply, data, True, None)


def _request(requests, ident, name, args=(), kwds={}):
    reply = _mp.chan_new(0, False)
    try:
        _mp.chan_put(requests, ForkingPickler.dumps((reply, ident, name, args, kwds)), True, None)
        while True:
            r = _mp.chan_get(reply, True, None)
            if r is not None and r is not False:
                break
    finally:
        _mp.chan_free(reply)
    ok, value = pickle.loads(r)
    if ok:
        return value
    raise value


class BaseProxy(object):
    _exposed_ = ()

    def __init__(self, requests, ident, typeid):
        self._requests = requests
        self._id = ident
        self._typeid = typeid

    def __reduce__(self):
        return (type(self), (self._requests, self._id, self._typeid))

    def _callmethod(self, methodname, args=(), kwds={}):
        return _request(self._requests, self._id, methodname, tuple(args), dict(kwds))

    def _getvalue(self):
        return self._callmethod('copy') if self._typeid in ('dict', 'list') else self._callmethod('#getattr', ('__dict__',))

    def __repr__(self):
        return '<%s object, typeid %r at %#x>' % (type(self).__name__, self._typeid, id(self))

    def __str__(self):
        try:
            return self._callmethod('__repr__')
        except Exception:
            return repr(self)[:-1] + "; '__str__()' failed>"


def _make_method(name):
    def method(self, *args, **kwds):
        return self._callmethod(name, args, kwds)
    method.__name__ = name
    return method


def MakeProxyType(name, exposed):
    dic = {}
    for meth in exposed:
        dic[meth] = _make_method(meth)
    ProxyType = type(name, (BaseProxy,), dic)
    ProxyType._exposed_ = exposed
    return ProxyType


_dict_methods = ('__contains__', '__delitem__', '__getitem__', '__iter__', '__len__', '__setitem__',
                 'clear', 'copy', 'get', 'items', 'keys', 'pop', 'popitem', 'setdefault', 'update', 'values')
_list_methods = ('__add__', '__contains__', '__delitem__', '__getitem__', '__len__', '__mul__', '__reversed__',
                 '__rmul__', '__setitem__', 'append', 'count', 'extend', 'index', 'insert', 'pop', 'remove',
                 'reverse', 'sort', '__imul__', 'copy', 'clear')

DictProxy = MakeProxyType('DictProxy', _dict_methods)
DictProxy.__iter__ = lambda self: iter(self._callmethod('keys'))
ListProxy = MakeProxyType('ListProxy', _list_methods)
ListProxy.__iter__ = lambda self: iter(self._callmethod('copy'))


def _list_iadd(self, value):
    self._callmethod('extend', (value,))
    return self


ListProxy.__iadd__ = _list_iadd


class NamespaceProxy(BaseProxy):
    def __getattr__(self, key):
        if key[0] == '_':
            return object.__getattribute__(self, key)
        return self._callmethod('#getattr', (key,))

    def __setattr__(self, key, value):
        if key[0] == '_':
            return object.__setattr__(self, key, value)
        return self._callmethod('#setattr', (key, value))

    def __delattr__(self, key):
        if key[0] == '_':
            return object.__delattr__(self, key)
        return self._callmethod('#delattr', (key,))


class ValueProxy(BaseProxy):
    def get(self):
        return self._callmethod('get')

    def set(self, value):
        return self._callmethod('set', (value,))

    value = property(get, set)


class BaseManager(object):
    def __init__(self, address=None, authkey=None, serializer='pickle', ctx=None):
        self._server = None

    def start(self, initializer=None, initargs=()):
        self._server = _Server()
        if initializer is not None:
            initializer(*initargs)

    def _create(self, typeid, obj, proxytype):
        ident = _request(self._server.requests, None, '#create', (obj,))
        return proxytype(self._server.requests, ident, typeid)

    def shutdown(self):
        if self._server is not None:
            _request(self._server.requests, None, '#shutdown')
            self._server.thread.join()
            self._server = None

    def __enter__(self):
        if self._server is None:
            self.start()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown()


def _pickles_anywhere(obj):
    '''Marks a manager's lock, queue, event ... as picklable to any process
    (CPython's manager hands out proxies, which pickle anywhere; ours are the
    native objects, so their handles carry the permission).'''
    from .synchronize import SemLock
    if isinstance(obj, SemLock) or hasattr(obj, '_h'):
        _mp.pickles_anywhere(obj._h)
    else:  # Condition, Event, Barrier: made of semaphores
        for part in vars(obj).values():
            if hasattr(part, '_h') or hasattr(part, '_wait_semaphore'):
                _pickles_anywhere(part)
    return obj


class SyncManager(BaseManager):
    def dict(self, *args, **kwds):
        return self._create('dict', dict(*args, **kwds), DictProxy)

    def list(self, sequence=()):
        return self._create('list', list(sequence), ListProxy)

    def Namespace(self, **kwds):
        return self._create('Namespace', Namespace(**kwds), NamespaceProxy)

    def Value(self, typecode, value, lock=True):
        return self._create('Value', Value(typecode, value), ValueProxy)

    def Array(self, typecode, sequence, lock=True):
        return self._create('Array', list(sequence), ListProxy)

    def Queue(self, maxsize=0):
        from .queues import Queue
        return _pickles_anywhere(Queue(maxsize))

    JoinableQueue = Queue

    def Lock(self):
        from .synchronize import Lock
        return _pickles_anywhere(Lock())

    def RLock(self):
        from .synchronize import RLock
        return _pickles_anywhere(RLock())

    def Semaphore(self, value=1):
        from .synchronize import Semaphore
        return _pickles_anywhere(Semaphore(value))

    def BoundedSemaphore(self, value=1):
        from .synchronize import BoundedSemaphore
        return _pickles_anywhere(BoundedSemaphore(value))

    def Condition(self, lock=None):
        from .synchronize import Condition
        return _pickles_anywhere(Condition(lock))

    def Event(self):
        from .synchronize import Event
        return _pickles_anywhere(Event())

    def Barrier(self, parties, action=None, timeout=None):
        from .synchronize import Barrier
        return _pickles_anywhere(Barrier(parties, action, timeout))

    def Pool(self, processes=None, initializer=None, initargs=()):
        from .pool import Pool
        return Pool(processes, initializer, initargs)
