# multiprocessing.queues — Queue, JoinableQueue and SimpleQueue over a
# native byte channel shared by every process (items are pickled on put).
import pickle
import time
from queue import Empty, Full
import _interleave_mp as _mp
from .reduction import _dumps
_forking_dumps = _mp.forking_dumps   # ForkingPickler.dumps without the method call: every put
from . import context

__all__ = ['Queue', 'SimpleQueue', 'JoinableQueue']


class Queue(object):
    def __init__(self, maxsize=0, *, ctx=None):
        if maxsize <= 0:
            from .synchronize import SEM_VALUE_MAX
            maxsize = SEM_VALUE_MAX
        self._maxsize = maxsize
        self._h = _mp.chan_new(maxsize, False)
        self._closed = False

    def __getstate__(self):
        context.assert_spawning(self, self._h)
        return (self._maxsize, self._h)

    def __setstate__(self, state):
        self._maxsize, self._h = state
        self._closed = False

    def _check_closed(self):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")

    def put(self, obj, block=True, timeout=None):
        self._check_closed()
        try:
            data = _forking_dumps(_dumps, obj, None)
        except Exception:
            # CPython pickles in the queue's feeder thread, which prints the
            # error and drops the item; put() itself returns normally.
            import traceback
            traceback.print_exc()
            return
        if not block:
            timeout = 0
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            left = None if deadline is None else max(0.0, deadline - time.monotonic())
            r = _mp.chan_put(self._h, data, left != 0, left)
            if r is True:
                return
            if r is False:
                raise Full

    def get(self, block=True, timeout=None):
        self._check_closed()
        if not block:
            timeout = 0
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            left = None if deadline is None else max(0.0, deadline - time.monotonic())
            r = _mp.chan_get(self._h, left != 0, left)
            if r is False:
                raise Empty
            if r is not None:
                return pickle.loads(r)

    def qsize(self):
        return _mp.chan_qsize(self._h)

    def empty(self):
        return _mp.chan_qsize(self._h) == 0

    def full(self):
        return _mp.chan_full(self._h)

    def get_nowait(self):
        return self.get(False)

    def put_nowait(self, obj):
        return self.put(obj, False)

    def close(self):
        self._closed = True

    def join_thread(self):
        assert self._closed, "Queue {0!r} not closed".format(self)

    def cancel_join_thread(self):
        pass


class JoinableQueue(Queue):
    def task_done(self):
        _mp.chan_task_done(self._h)

    def join(self):
        while _mp.chan_join(self._h) is not True:
            pass


class SimpleQueue(object):
    def __init__(self, *, ctx=None):
        self._h = _mp.chan_new(0, False)

    def __getstate__(self):
        context.assert_spawning(self, self._h)
        return self._h

    def __setstate__(self, state):
        self._h = state

    def empty(self):
        return _mp.chan_qsize(self._h) == 0

    def get(self):
        while True:
            r = _mp.chan_get(self._h, True, None)
            if r is not None and r is not False:
                return pickle.loads(r)

    def put(self, obj):
        _mp.chan_put(self._h, _forking_dumps(_dumps, obj, None), True, None)

    def close(self):
        pass

    __class_getitem__ = classmethod(lambda cls, item: cls)
