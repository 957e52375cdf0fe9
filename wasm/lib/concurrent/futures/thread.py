"""Implements ThreadPoolExecutor (the API of CPython's
concurrent/futures/thread.py).

Interleave: a worker thread runs work items while the queue has any and
exits when it runs dry; submit() starts a new worker when fewer than
max_workers are busy.  So no idle thread outlives the work, and the
interpreter's exit (which waits for non-daemon threads) waits exactly for
the submitted work, as CPython's atexit join does.  A new worker takes the
lowest free number, so names match CPython's ThreadPoolExecutor-N_M.
"""

import collections
import itertools
import threading
import types

from concurrent.futures import _base

__all__ = ('ThreadPoolExecutor', 'BrokenThreadPool')

# Default worker count when max_workers is None: CPython uses
# min(32, cpu_count + 4); green threads share one core, so a fixed 5.
_DEFAULT_MAX_WORKERS = 5


class _WorkItem(object):
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return

        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            # Break a reference cycle with the exception 'exc'
            self = None
        else:
            self.future.set_result(result)

    __class_getitem__ = classmethod(types.GenericAlias)


class BrokenThreadPool(_base.BrokenExecutor):
    """
    Raised when a worker thread in a ThreadPoolExecutor failed initializing.
    """


class ThreadPoolExecutor(_base.Executor):

    # Used to assign unique thread names when thread_name_prefix is not supplied.
    _counter = itertools.count().__next__

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        """Initializes a new ThreadPoolExecutor instance.

        Args:
            max_workers: The maximum number of threads that can be used to
                execute the given calls.
            thread_name_prefix: An optional name prefix to give our threads.
            initializer: A callable used to initialize worker threads.
            initargs: A tuple of arguments to pass to the initializer.
        """
        if max_workers is None:
            max_workers = _DEFAULT_MAX_WORKERS
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")

        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")

        self._max_workers = max_workers
        self._work_queue = collections.deque()
        self._threads = set()
        self._busy_numbers = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        self._thread_name_prefix = (thread_name_prefix or
                                    ("ThreadPoolExecutor-%d" % self._counter()))
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)

            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')

            f = _base.Future()
            w = _WorkItem(f, fn, args, kwargs)

            self._work_queue.append(w)
            if len(self._threads) < self._max_workers:
                self._start_worker()
            return f
    submit.__doc__ = _base.Executor.submit.__doc__

    def _start_worker(self):
        # Called with _shutdown_lock held.
        num = 0
        while num in self._busy_numbers:
            num += 1
        self._busy_numbers.add(num)
        t = threading.Thread(name='%s_%d' % (self._thread_name_prefix, num),
                             target=self._worker, args=(num,))
        self._threads.add(t)
        t.start()

    def _worker(self, num):
        me = threading.current_thread()
        if self._initializer is not None:
            try:
                self._initializer(*self._initargs)
            except BaseException:
                _base.LOGGER.critical('Exception in initializer:', exc_info=True)
                self._initializer_failed()
                with self._shutdown_lock:
                    self._threads.discard(me)
                    self._busy_numbers.discard(num)
                return
        while True:
            with self._shutdown_lock:
                if not self._work_queue:
                    self._threads.discard(me)
                    self._busy_numbers.discard(num)
                    return
                item = self._work_queue.popleft()
            item.run()
            del item

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool '
                            'is not usable anymore')
            # Drain work queue and mark pending futures failed
            while self._work_queue:
                work_item = self._work_queue.popleft()
                work_item.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                # Drain all work items from the queue, and then cancel their
                # associated futures.
                while self._work_queue:
                    self._work_queue.popleft().future.cancel()
            threads = list(self._threads)
        if wait:
            for t in threads:
                t.join()
    shutdown.__doc__ = _base.Executor.shutdown.__doc__
