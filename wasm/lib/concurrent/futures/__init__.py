# concurrent.futures — Future, ThreadPoolExecutor, ProcessPoolExecutor,
# as_completed and wait. The process pool runs on multiprocessing.Pool
# (worker processes really run in parallel); the thread pool on threading.
import collections
import itertools
import queue
import threading
import time

__all__ = ['FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError', 'TimeoutError',
           'BrokenExecutor', 'Future', 'Executor', 'wait', 'as_completed', 'ProcessPoolExecutor',
           'ThreadPoolExecutor']

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
PENDING, RUNNING, CANCELLED, FINISHED = 'PENDING', 'RUNNING', 'CANCELLED', 'FINISHED'


class Error(Exception):
    pass


class CancelledError(Error):
    pass


TimeoutError = TimeoutError


class BrokenExecutor(RuntimeError):
    pass


class InvalidStateError(Error):
    pass


for _c in (Error, CancelledError, BrokenExecutor, InvalidStateError):
    _c.__module__ = 'concurrent.futures._base'


class Future(object):
    def __init__(self):
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._done_callbacks = []

    def __repr__(self):
        with self._condition:
            if self._state == FINISHED:
                if self._exception:
                    return '<%s at %#x state=%s raised %s>' % (self.__class__.__name__, id(self),
                                                              self._state.lower(),
                                                              self._exception.__class__.__name__)
                return '<%s at %#x state=%s returned %s>' % (self.__class__.__name__, id(self),
                                                            self._state.lower(),
                                                            self._result.__class__.__name__)
            return '<%s at %#x state=%s>' % (self.__class__.__name__, id(self), self._state.lower())

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                import traceback
                traceback.print_exc()

    def cancel(self):
        with self._condition:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state == CANCELLED:
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        return self._state == CANCELLED

    def running(self):
        return self._state == RUNNING

    def done(self):
        return self._state in (CANCELLED, FINISHED)

    def __get_result(self):
        if self._exception:
            raise self._exception
        return self._result

    def add_done_callback(self, fn):
        with self._condition:
            if self._state not in (CANCELLED, FINISHED):
                self._done_callbacks.append(fn)
                return
        fn(self)

    def result(self, timeout=None):
        with self._condition:
            if self._state == CANCELLED:
                raise CancelledError()
            if self._state == FINISHED:
                return self.__get_result()
            self._condition.wait(timeout)
            if self._state == CANCELLED:
                raise CancelledError()
            if self._state == FINISHED:
                return self.__get_result()
            raise TimeoutError()

    def exception(self, timeout=None):
        with self._condition:
            if self._state == CANCELLED:
                raise CancelledError()
            if self._state == FINISHED:
                return self._exception
            self._condition.wait(timeout)
            if self._state == CANCELLED:
                raise CancelledError()
            if self._state == FINISHED:
                return self._exception
            raise TimeoutError()

    def set_running_or_notify_cancel(self):
        with self._condition:
            if self._state == CANCELLED:
                return False
            self._state = RUNNING
            return True

    def set_result(self, result):
        with self._condition:
            if self._state in (CANCELLED, FINISHED):
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._state = FINISHED
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_exception(self, exception):
        with self._condition:
            if self._state in (CANCELLED, FINISHED):
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._exception = exception
            self._state = FINISHED
            self._condition.notify_all()
        self._invoke_callbacks()


def as_completed(fs, timeout=None):
    fs = list(dict.fromkeys(fs))
    deadline = None if timeout is None else time.monotonic() + timeout
    done_q = queue.SimpleQueue() if hasattr(queue, 'SimpleQueue') else queue.Queue()
    for f in fs:
        f.add_done_callback(done_q.put)
    left = len(fs)
    while left:
        wait_s = None if deadline is None else deadline - time.monotonic()
        if wait_s is not None and wait_s <= 0:
            raise TimeoutError('%d (of %d) futures unfinished' % (left, len(fs)))
        try:
            f = done_q.get(timeout=wait_s)
        except queue.Empty:
            raise TimeoutError('%d (of %d) futures unfinished' % (left, len(fs))) from None
        left -= 1
        yield f


DoneAndNotDoneFutures = collections.namedtuple('DoneAndNotDoneFutures', 'done not_done')


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    fs = set(fs)
    event = threading.Event()
    lock = threading.Lock()

    def check(_=None):
        with lock:
            done = [f for f in fs if f.done()]
            if return_when == FIRST_COMPLETED and done:
                event.set()
            elif return_when == FIRST_EXCEPTION and any(
                    not f.cancelled() and f.exception() is not None for f in done):
                event.set()
            if len(done) == len(fs):
                event.set()

    for f in fs:
        f.add_done_callback(check)
    check()
    event.wait(timeout)
    done = set(f for f in fs if f.done())
    return DoneAndNotDoneFutures(done, fs - done)


class Executor(object):
    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        end_time = None if timeout is None else timeout + time.monotonic()
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            try:
                fs.reverse()
                while fs:
                    if end_time is None:
                        yield fs.pop().result()
                    else:
                        yield fs.pop().result(end_time - time.monotonic())
            finally:
                for future in fs:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


class ThreadPoolExecutor(Executor):
    _counter = itertools.count().__next__

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        import os
        if max_workers is None:
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        self._max_workers = max_workers
        self._work_queue = queue.Queue()
        self._threads = set()
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        self._idle = 0
        self._thread_name_prefix = thread_name_prefix or ("ThreadPoolExecutor-%d" % self._counter())
        self._initializer = initializer
        self._initargs = initargs

    def _worker(self):
        if self._initializer is not None:
            self._initializer(*self._initargs)
        while True:
            item = self._work_queue.get()
            if item is None:
                self._work_queue.put(None)
                return
            f, fn, args, kwargs = item
            if not f.set_running_or_notify_cancel():
                continue
            try:
                result = fn(*args, **kwargs)
            except BaseException as exc:
                f.set_exception(exc)
            else:
                f.set_result(result)

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            f = Future()
            self._work_queue.put((f, fn, args, kwargs))
            if len(self._threads) < self._max_workers:
                t = threading.Thread(name='%s_%d' % (self._thread_name_prefix, len(self._threads)),
                                     target=self._worker, daemon=True)
                t.start()
                self._threads.add(t)
            return f

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                while True:
                    try:
                        item = self._work_queue.get_nowait()
                    except queue.Empty:
                        break
                    if item is not None:
                        item[0].cancel()
            self._work_queue.put(None)
        if wait:
            for t in self._threads:
                t.join()


class ProcessPoolExecutor(Executor):
    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *,
                 max_tasks_per_child=None):
        import os
        from multiprocessing.pool import Pool
        if max_workers is None:
            max_workers = os.cpu_count() or 1
        elif max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        self._pool = Pool(max_workers, initializer, initargs, max_tasks_per_child)
        self._shutdown_flag = False

    def submit(self, fn, /, *args, **kwargs):
        if self._shutdown_flag:
            raise RuntimeError('cannot schedule new futures after shutdown')
        f = Future()
        f.set_running_or_notify_cancel()
        self._pool.apply_async(fn, args, kwargs, callback=f.set_result, error_callback=f.set_exception)
        return f

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        return super().map(fn, *iterables, timeout=timeout)

    def shutdown(self, wait=True, *, cancel_futures=False):
        if self._shutdown_flag:
            return
        self._shutdown_flag = True
        self._pool.close()
        if wait:
            self._pool.join()
