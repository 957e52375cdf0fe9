# multiprocessing.pool — Pool: worker processes (reused) fed from one shared
# task queue; a result-handler thread in the parent delivers results to
# AsyncResult objects and runs callbacks, as CPython's Pool does.
import itertools
import os
import threading
from .context import TimeoutError, _default_context
from .queues import SimpleQueue

__all__ = ['Pool', 'ThreadPool', 'AsyncResult', 'MapResult', 'IMapIterator']

INIT, RUN, CLOSE, TERMINATE = 'INIT', 'RUN', 'CLOSE', 'TERMINATE'

job_counter = itertools.count()


def mapstar(args):
    return list(map(*args))


def starmapstar(args):
    return list(itertools.starmap(args[0], args[1]))


class MaybeEncodingError(Exception):
    def __init__(self, exc, value):
        self.exc = repr(exc)
        self.value = repr(value)
        super().__init__(self.exc, self.value)

    def __str__(self):
        return "Error sending result: '%s'. Reason: '%s'" % (self.value, self.exc)


def worker(inqueue, outqueue, initializer=None, initargs=(), maxtasks=None, wrap_exception=False):
    if initializer is not None:
        initializer(*initargs)
    completed = 0
    while maxtasks is None or completed < maxtasks:
        task = inqueue.get()
        if task is None:
            return
        job, i, func, args, kwds = task
        try:
            result = (True, func(*args, **kwds))
        except Exception as e:
            result = (False, e)
        try:
            outqueue.put((job, i, result))
        except Exception as e:
            outqueue.put((job, i, (False, MaybeEncodingError(e, result[1]))))
        completed += 1
    outqueue.put(('exit', os.getpid(), None))


class Pool(object):
    _wrap_exception = True

    @staticmethod
    def Process(ctx, *args, **kwds):
        return ctx.Process(*args, **kwds)

    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None, context=None):
        self._state = INIT
        self._ctx = context or _default_context
        self._inqueue = SimpleQueue()
        self._outqueue = SimpleQueue()
        self._cache = {}
        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if maxtasksperchild is not None:
            if not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0:
                raise ValueError("maxtasksperchild must be a positive int or None")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._processes = processes
        self._initializer = initializer
        self._initargs = initargs
        self._maxtasksperchild = maxtasksperchild
        self._pool = []
        for _ in range(processes):
            self._add_worker()
        self._result_handler = threading.Thread(target=self._handle_results, daemon=True)
        self._result_handler.start()
        self._state = RUN

    def _add_worker(self):
        w = self.Process(self._ctx, target=worker,
                         args=(self._inqueue, self._outqueue, self._initializer, self._initargs,
                               self._maxtasksperchild))
        w.name = w.name.replace('Process', 'SpawnPoolWorker')
        w.daemon = True
        w.start()
        self._pool.append(w)

    def _handle_results(self):
        while True:
            task = self._outqueue.get()
            if task is None:
                return
            job, i, obj = task
            if job == 'exit':
                for w in self._pool:
                    if w.pid == i:
                        w.join()
                        self._pool.remove(w)
                        break
                if self._state == RUN:
                    self._add_worker()
                continue
            r = self._cache.get(job)
            if r is not None:
                r._set(i, obj)

    def __repr__(self):
        return '<%s.%s state=%s pool_size=%s>' % (type(self).__module__, type(self).__qualname__,
                                                   self._state, len(self._pool))

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")

    def _submit(self, job, i, func, args, kwds):
        self._inqueue.put((job, i, func, args, kwds))

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check_running()
        result = ApplyResult(self, callback, error_callback)
        self._submit(result._job, 0, func, tuple(args), dict(kwds))
        return result

    def map(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, mapstar, chunksize).get()

    def starmap(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, starmapstar, chunksize).get()

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, starmapstar, chunksize, callback, error_callback)

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, mapstar, chunksize, callback, error_callback)

    def _map_async(self, func, iterable, mapper, chunksize=None, callback=None, error_callback=None):
        self._check_running()
        if not hasattr(iterable, '__len__'):
            iterable = list(iterable)
        if chunksize is None:
            chunksize, extra = divmod(len(iterable), len(self._pool) * 4)
            if extra:
                chunksize += 1
        if len(iterable) == 0:
            chunksize = 0
        task_batches = Pool._get_tasks(func, iterable, chunksize)
        result = MapResult(self, chunksize, len(iterable), callback, error_callback=error_callback)
        for i, batch in enumerate(task_batches):
            self._submit(result._job, i, mapper, (batch,), {})
        return result

    @staticmethod
    def _get_tasks(func, it, size):
        it = iter(it)
        while 1:
            x = tuple(itertools.islice(it, size))
            if not x:
                return
            yield (func, x)

    def imap(self, func, iterable, chunksize=1):
        self._check_running()
        result = IMapIterator(self)
        n = 0
        for i, batch in enumerate(Pool._get_tasks(func, iterable, chunksize)):
            self._submit(result._job, i, mapstar, (batch,), {})
            n += 1
        result._set_length(n)
        return (item for chunk in result for item in chunk)

    def imap_unordered(self, func, iterable, chunksize=1):
        self._check_running()
        result = IMapUnorderedIterator(self)
        n = 0
        for i, batch in enumerate(Pool._get_tasks(func, iterable, chunksize)):
            self._submit(result._job, i, mapstar, (batch,), {})
            n += 1
        result._set_length(n)
        return (item for chunk in result for item in chunk)

    def close(self):
        if self._state == RUN:
            self._state = CLOSE
            for _ in self._pool:
                self._inqueue.put(None)

    def terminate(self):
        if self._state != TERMINATE:
            self._state = TERMINATE
            for w in self._pool:
                w.terminate()
            for w in self._pool:
                w.join()
            self._outqueue.put(None)

    def join(self):
        if self._state == RUN:
            raise ValueError("Pool is still running")
        elif self._state not in (CLOSE, TERMINATE):
            raise ValueError("In unknown state")
        for w in list(self._pool):
            w.join()
        if self._state == CLOSE:
            # Every worker exited, so every result has been queued before this.
            self._outqueue.put(None)
        self._result_handler.join()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()


class ApplyResult(object):
    def __init__(self, pool, callback, error_callback):
        self._pool = pool
        self._event = threading.Event()
        self._job = next(job_counter)
        self._cache = pool._cache
        self._callback = callback
        self._error_callback = error_callback
        self._cache[self._job] = self

    def ready(self):
        return self._event.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._success

    def wait(self, timeout=None):
        self._event.wait(timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            raise TimeoutError
        if self._success:
            return self._value
        raise self._value

    def _set(self, i, obj):
        self._success, self._value = obj
        if self._callback and self._success:
            self._callback(self._value)
        if self._error_callback and not self._success:
            self._error_callback(self._value)
        self._event.set()
        del self._cache[self._job]

    __class_getitem__ = classmethod(lambda cls, item: cls)


AsyncResult = ApplyResult


class MapResult(ApplyResult):
    def __init__(self, pool, chunksize, length, callback, error_callback):
        ApplyResult.__init__(self, pool, callback, error_callback=error_callback)
        self._success = True
        self._value = [None] * length
        self._chunksize = chunksize
        if chunksize <= 0:
            self._number_left = 0
            self._event.set()
            del self._cache[self._job]
        else:
            self._number_left = length // chunksize + bool(length % chunksize)

    def _set(self, i, success_result):
        self._number_left -= 1
        success, result = success_result
        if success and self._success:
            self._value[i * self._chunksize:(i + 1) * self._chunksize] = result
            if self._number_left == 0:
                if self._callback:
                    self._callback(self._value)
                del self._cache[self._job]
                self._event.set()
        else:
            if not success and self._success:
                self._success = False
                self._value = result
            if self._number_left == 0:
                if self._error_callback:
                    self._error_callback(self._value)
                del self._cache[self._job]
                self._event.set()


class IMapIterator(object):
    def __init__(self, pool):
        self._pool = pool
        self._cond = threading.Condition(threading.Lock())
        self._job = next(job_counter)
        self._cache = pool._cache
        self._items = {}
        self._unordered = []
        self._index = 0
        self._length = None
        self._cache[self._job] = self

    def __iter__(self):
        return self

    def _set_length(self, n):
        with self._cond:
            self._length = n
            self._cond.notify_all()
            if self._index == n or self._length == 0:
                self._cache.pop(self._job, None)

    def _set(self, i, obj):
        with self._cond:
            self._items[i] = obj
            self._cond.notify_all()

    def _take(self):
        return self._items.pop(self._index, None)

    def next(self, timeout=None):
        with self._cond:
            while True:
                if self._length is not None and self._index >= self._length:
                    self._cache.pop(self._job, None)
                    raise StopIteration from None
                item = self._take()
                if item is not None:
                    break
                if not self._cond.wait(timeout) and timeout is not None:
                    raise TimeoutError from None
            self._index += 1
        success, value = item
        if success:
            return value
        raise value

    __next__ = next


class IMapUnorderedIterator(IMapIterator):
    def _take(self):
        if self._items:
            k = next(iter(self._items))
            return self._items.pop(k)
        return None


class ThreadPool(Pool):
    pass
