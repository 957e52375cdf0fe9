"""gevent.pool: Group (a set of greenlets to join or kill together) and Pool
(a Group with a size limit: spawn() waits for a free slot)."""

from greenlet import getcurrent, GreenletExit
from gevent.greenlet import Greenlet, joinall, _kill
from gevent.timeout import Timeout
from gevent.event import Event
from gevent.lock import Semaphore, DummySemaphore
from gevent.queue import Full as QueueFull, Queue

__all__ = ['Group', 'Pool', 'PoolFull']


class _Failure:
    __slots__ = ('exc', 'raise_exception')

    def __init__(self, exc, raise_exception=None):
        self.exc = exc
        self.raise_exception = raise_exception

    def _raise(self):
        if self.raise_exception:
            self.raise_exception()
        raise self.exc


class IMapUnordered(Greenlet):
    """An iterator over func's results in the order they finish; the
    calls run in greenlets spawned by the group."""

    _zipped = False

    def __init__(self, func, iterable, spawn, maxsize=None, _zipped=False):
        Greenlet.__init__(self)
        self.spawn = spawn
        self._zipped = _zipped
        self.func = func
        self.iterable = iterable
        self.queue = Queue()
        self._result_semaphore = Semaphore(maxsize) if maxsize else DummySemaphore()
        self.count = 0
        self.finished = False
        self._index = 0
        self.rawlink(self._on_finish)

    def __iter__(self):
        return self

    def __next__(self):
        self._result_semaphore.release()
        value = self._inext()
        if isinstance(value, _Failure):
            value._raise()
        return value

    next = __next__

    def _inext(self):
        return self.queue.get()

    def _ispawn(self, func, item, item_index):
        self._result_semaphore.acquire()
        self.count += 1
        g = self.spawn(func, *item) if self._zipped else self.spawn(func, item)
        g._imap_index = item_index
        g.rawlink(self._on_result)
        return g

    def _run(self):
        try:
            func = self.func
            for item in self.iterable:
                self._ispawn(func, item, self._index)
                self._index += 1
        finally:
            del self.iterable

    def _put(self, index, value):
        self.queue.put(value)

    def _on_result(self, greenlet):
        self.count -= 1
        if greenlet.successful():
            self._put(greenlet._imap_index, greenlet.value)
        else:
            self._put(greenlet._imap_index,
                      _Failure(greenlet.exception, getattr(greenlet, '_raise_exception', None)))
        if self.ready() and self.count <= 0 and not self.finished:
            self._put(self._index, _Failure(StopIteration()))
            self.finished = True

    def _on_finish(self, _self):
        if self.finished:
            return
        if not self.successful():
            self._put(self._index, _Failure(self.exception, getattr(self, '_raise_exception', None)))
            self.finished = True
            return
        if self.count <= 0:
            self._put(self._index, _Failure(StopIteration()))
            self.finished = True


class IMap(IMapUnordered):
    """Like IMapUnordered, but results come in the order of the inputs."""

    def __init__(self, *args, **kwargs):
        self._results = {}
        self._next_index = 0
        IMapUnordered.__init__(self, *args, **kwargs)

    def _put(self, index, value):
        self.queue.put((index, value))

    def _inext(self):
        try:
            value = self._results.pop(self._next_index)
        except KeyError:
            while True:
                index, value = self.queue.get()
                if index == self._next_index:
                    break
                self._results[index] = value
        self._next_index += 1
        return value


class pass_value:
    __slots__ = ['callback']

    def __init__(self, callback):
        self.callback = callback

    def __call__(self, source):
        if source.successful():
            self.callback(source.value)

    def __hash__(self):
        return hash(self.callback)

    def __eq__(self, other):
        return self.callback == getattr(other, 'callback', other)

    def __str__(self):
        return str(self.callback)

    def __repr__(self):
        return repr(self.callback)


class GroupMappingMixin:
    """map/imap/apply for Group and Pool."""

    def apply_cb(self, func, args=None, kwds=None, callback=None):
        result = self.apply(func, args, kwds)
        if callback is not None:
            self._apply_async_cb_spawn(callback, result)
        return result

    def apply_async(self, func, args=None, kwds=None, callback=None):
        if args is None:
            args = ()
        if kwds is None:
            kwds = {}
        if self._apply_async_use_greenlet():
            return Greenlet.spawn(self.apply_cb, func, args, kwds, callback)
        greenlet = self.spawn(func, *args, **kwds)
        if callback is not None:
            greenlet.link(pass_value(callback))
        return greenlet

    def apply(self, func, args=None, kwds=None):
        """func(*args, **kwds) in a greenlet of the group; wait for it."""
        if args is None:
            args = ()
        if kwds is None:
            kwds = {}
        if self._apply_immediately():
            return func(*args, **kwds)
        return self.spawn(func, *args, **kwds).get()

    def __map(self, func, iterable):
        return [g.get() for g in [self.spawn(func, i) for i in iterable]]

    def map(self, func, iterable):
        """[func(x) for x in iterable], each call in its own greenlet."""
        g = Greenlet.spawn(self.__map, func, iterable)
        return g.get()

    def map_cb(self, func, iterable, callback=None):
        result = self.map(func, iterable)
        if callback is not None:
            callback(result)
        return result

    def map_async(self, func, iterable, callback=None):
        return Greenlet.spawn(self.map_cb, func, iterable, callback)

    def __imap(self, cls, func, *iterables, **kwargs):
        maxsize = kwargs.pop('maxsize', None)
        if kwargs:
            raise TypeError("Unsupported keyword arguments")
        return cls.spawn(func, zip(*iterables), spawn=self.spawn, _zipped=True, maxsize=maxsize)

    def imap(self, func, *iterables, **kwargs):
        """Results of func over the iterables, in order, computed concurrently."""
        return self.__imap(IMap, func, *iterables, **kwargs)

    def imap_unordered(self, func, *iterables, **kwargs):
        """Results of func over the iterables, as soon as each is ready."""
        return self.__imap(IMapUnordered, func, *iterables, **kwargs)


class Group(GroupMappingMixin):
    """A set of greenlets: join or kill them all at once."""

    greenlet_class = Greenlet

    def __init__(self, *args):
        assert len(args) <= 1, args
        self.greenlets = set(*args)
        if args:
            for greenlet in args[0]:
                greenlet.rawlink(self._discard)
        self.dying = set()
        self._empty_event = Event()
        self._empty_event.set()

    def __repr__(self):
        return '<%s at 0x%x %s>' % (self.__class__.__name__, id(self), self.greenlets)

    def __len__(self):
        return len(self.greenlets)

    def __contains__(self, item):
        return item in self.greenlets

    def __iter__(self):
        return iter(self.greenlets)

    def add(self, greenlet):
        rawlink = getattr(greenlet, 'rawlink', None)
        if rawlink is not None:
            rawlink(self._discard)
        self.greenlets.add(greenlet)
        self._empty_event.clear()

    def _discard(self, greenlet):
        self.greenlets.discard(greenlet)
        self.dying.discard(greenlet)
        if not self.greenlets:
            self._empty_event.set()

    def discard(self, greenlet):
        self._discard(greenlet)
        unlink = getattr(greenlet, 'unlink', None)
        if unlink is not None:
            unlink(self._discard)

    def start(self, greenlet):
        self.add(greenlet)
        greenlet.start()

    def spawn(self, *args, **kwargs):
        """Start a new greenlet in the group."""
        greenlet = self.greenlet_class(*args, **kwargs)
        self.start(greenlet)
        return greenlet

    def join(self, timeout=None, raise_error=False):
        """Wait for every greenlet of the group; True unless timed out."""
        greenlets = list(self.greenlets) if raise_error else ()
        result = self._empty_event.wait(timeout=timeout)
        for greenlet in greenlets:
            if greenlet.exception is not None:
                if hasattr(greenlet, '_raise_exception'):
                    greenlet._raise_exception()
                raise greenlet.exception
        return result

    def kill(self, exception=GreenletExit, block=True, timeout=None):
        """Kill every greenlet of the group."""
        timer = Timeout._start_new_or_dummy(timeout)
        try:
            while self.greenlets:
                for greenlet in list(self.greenlets):
                    if greenlet in self.dying:
                        continue
                    kill = getattr(greenlet, 'kill', None)
                    if kill is None:
                        _kill(greenlet, exception, None)
                    else:
                        kill(exception, block=False)
                    self.dying.add(greenlet)
                if not block:
                    break
                joinall(self.greenlets)
        except Timeout as ex:
            if ex is not timer:
                raise
        finally:
            timer.cancel()

    def killone(self, greenlet, exception=GreenletExit, block=True, timeout=None):
        if greenlet not in self.dying and greenlet in self.greenlets:
            greenlet.kill(exception, block=False)
            self.dying.add(greenlet)
            if block:
                greenlet.join(timeout)

    def full(self):
        return False

    def wait_available(self, timeout=None):
        """A Group is never full: returns at once."""

    def _apply_immediately(self):
        return getcurrent() in self

    def _apply_async_cb_spawn(self, callback, result):
        Greenlet.spawn(callback, result)

    def _apply_async_use_greenlet(self):
        return self.full()


class PoolFull(QueueFull):
    """Raised by Pool.add(blocking=False) when the pool is full."""


class Pool(Group):
    """Pool(size=None): a Group of at most *size* running greenlets."""

    def __init__(self, size=None, greenlet_class=None):
        if size is not None and size < 0:
            raise ValueError('size must not be negative: %r' % (size, ))
        Group.__init__(self)
        self.size = size
        if greenlet_class is not None:
            self.greenlet_class = greenlet_class
        self._semaphore = DummySemaphore(size) if size is None else Semaphore(size)

    def wait_available(self, timeout=None):
        """Wait until a slot is free; return the number of free slots."""
        return self._semaphore.wait(timeout=timeout)

    def full(self):
        return self.free_count() <= 0

    def free_count(self):
        if self.size is None:
            return 1
        return max(0, self.size - len(self))

    def start(self, greenlet, *args, **kwargs):
        self.add(greenlet, *args, **kwargs)
        greenlet.start()

    def add(self, greenlet, blocking=True, timeout=None):
        if not self._semaphore.acquire(blocking=blocking, timeout=timeout):
            raise PoolFull()
        try:
            Group.add(self, greenlet)
        except:  # noqa: E722
            self._semaphore.release()
            raise

    def _discard(self, greenlet):
        Group._discard(self, greenlet)
        self._semaphore.release()
