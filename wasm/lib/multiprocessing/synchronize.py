# multiprocessing.synchronize — Lock, RLock, Semaphore, BoundedSemaphore,
# Condition, Event and Barrier for processes, built (as CPython builds them)
# on SemLock: a native semaphore shared by every process, whose waiters may
# be tasks of many interpreters. Waiting parks only the waiting task.
import threading
import time
import _interleave_mp as _mp
from . import context

__all__ = ['Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Condition', 'Event', 'Barrier']

RECURSIVE_MUTEX, SEMAPHORE = list(range(2))
SEM_VALUE_MAX = _mp.SEM_VALUE_MAX


class SemLock(object):
    def __init__(self, kind, value, maxvalue, *, ctx=None):
        self._h = _mp.sem_new(kind, value, maxvalue)
        self._kind = kind
        self._maxvalue = maxvalue

    def __getstate__(self):
        context.assert_spawning(self, self._h)
        return (self._h, self._kind, self._maxvalue)

    def __setstate__(self, state):
        self._h, self._kind, self._maxvalue = state

    def acquire(self, block=True, timeout=None):
        if not block:
            return _mp.sem_acquire(self._h, False, None)
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            left = None if deadline is None else max(0.0, deadline - time.monotonic())
            r = _mp.sem_acquire(self._h, True, left)
            if r is not None:
                return r

    def release(self):
        _mp.sem_release(self._h)

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        return self.release()

    def _get_value(self):
        return _mp.sem_info(self._h)[0]

    def _is_zero(self):
        return _mp.sem_info(self._h)[0] == 0

    def _is_mine(self):
        return _mp.sem_info(self._h)[2]

    def _count(self):
        return _mp.sem_info(self._h)[1]

    def get_value(self):
        return self._get_value()


class Semaphore(SemLock):
    def __init__(self, value=1, *, ctx=None):
        SemLock.__init__(self, SEMAPHORE, value, SEM_VALUE_MAX)

    def __repr__(self):
        return '<%s(value=%s)>' % (self.__class__.__name__, self._get_value())


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1, *, ctx=None):
        SemLock.__init__(self, SEMAPHORE, value, value)

    def __repr__(self):
        return '<%s(value=%s, maxvalue=%s)>' % (self.__class__.__name__, self._get_value(), self._maxvalue)


def _owner_name(pid, tid):
    from .process import current_process
    name = current_process().name if pid == _mp.self_info()[0] else 'SomeOtherProcess'
    if pid == _mp.self_info()[0] and tid != threading.main_thread().ident:
        name += '|' + threading.current_thread().name
    return name


class Lock(SemLock):
    def __init__(self, *, ctx=None):
        SemLock.__init__(self, SEMAPHORE, 1, 1)

    def __repr__(self):
        value, count, mine, pid, tid = _mp.sem_info(self._h)
        if mine:
            name = _owner_name(pid, tid)
        elif value == 1:
            name = 'None'
        elif count > 0:
            name = 'SomeOtherThread' if pid == _mp.self_info()[0] else 'SomeOtherProcess'
        else:
            name = 'SomeOtherProcess'
        return '<%s(owner=%s)>' % (self.__class__.__name__, name)


class RLock(SemLock):
    def __init__(self, *, ctx=None):
        SemLock.__init__(self, RECURSIVE_MUTEX, 1, 1)

    def __repr__(self):
        value, count, mine, pid, tid = _mp.sem_info(self._h)
        if mine:
            name = _owner_name(pid, tid)
        elif count == 0:
            name = 'None'
        elif pid == _mp.self_info()[0]:
            name = 'SomeOtherThread'
        else:
            name = 'SomeOtherProcess'
        return '<%s(%s, %s)>' % (self.__class__.__name__, name, count)


class Condition(object):
    def __init__(self, lock=None, *, ctx=None):
        self._lock = lock or RLock()
        self._sleeping_count = Semaphore(0)
        self._woken_count = Semaphore(0)
        self._wait_semaphore = Semaphore(0)
        self._make_methods()

    def __getstate__(self):
        context.assert_spawning(self, self._wait_semaphore._h)
        return (self._lock, self._sleeping_count, self._woken_count, self._wait_semaphore)

    def __setstate__(self, state):
        (self._lock, self._sleeping_count, self._woken_count, self._wait_semaphore) = state
        self._make_methods()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def _make_methods(self):
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __repr__(self):
        try:
            num_waiters = (self._sleeping_count._get_value() - self._woken_count._get_value())
        except Exception:
            num_waiters = 'unknown'
        return '<%s(%s, %s)>' % (self.__class__.__name__, self._lock, num_waiters)

    def wait(self, timeout=None):
        assert self._lock._is_mine(), 'must acquire() condition before using wait()'
        self._sleeping_count.release()
        count = self._lock._count() if isinstance(self._lock, RLock) else 1
        for i in range(count):
            self._lock.release()
        try:
            return self._wait_semaphore.acquire(True, timeout)
        finally:
            self._woken_count.release()
            for i in range(count):
                self._lock.acquire()

    def notify(self, n=1):
        assert self._lock._is_mine(), 'lock is not owned'
        assert not self._wait_semaphore.acquire(False)
        while self._woken_count.acquire(False):
            res = self._sleeping_count.acquire(False)
            assert res, ('notify: Bug in sleeping_count.acquire' + '- res should not be False')
        sleepers = 0
        while sleepers < n and self._sleeping_count.acquire(False):
            self._wait_semaphore.release()
            sleepers += 1
        if sleepers:
            for i in range(sleepers):
                self._woken_count.acquire()
            while self._wait_semaphore.acquire(False):
                pass

    def notify_all(self):
        self.notify(n=SEM_VALUE_MAX)

    notifyAll = notify_all

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if result:
            return result
        if timeout is not None:
            endtime = time.monotonic() + timeout
        else:
            endtime = None
            waittime = None
        while not result:
            if endtime is not None:
                waittime = endtime - time.monotonic()
                if waittime <= 0:
                    break
            self.wait(waittime)
            result = predicate()
        return result


class Event(object):
    def __init__(self, *, ctx=None):
        self._cond = Condition(Lock())
        self._flag = Semaphore(0)

    def is_set(self):
        with self._cond:
            if self._flag.acquire(False):
                self._flag.release()
                return True
            return False

    def set(self):
        with self._cond:
            self._flag.acquire(False)
            self._flag.release()
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag.acquire(False)

    def wait(self, timeout=None):
        with self._cond:
            if self._flag.acquire(False):
                self._flag.release()
            else:
                self._cond.wait(timeout)
            if self._flag.acquire(False):
                self._flag.release()
                return True
            return False

    def __repr__(self):
        set_status = 'set' if self.is_set() else 'unset'
        return f"<{type(self).__qualname__} at {id(self):#x} {set_status}>"


class Barrier(threading.Barrier):
    def __init__(self, parties, action=None, timeout=None, *, ctx=None):
        from .sharedctypes import RawArray
        self._cond = Condition()
        self._array = RawArray('i', 2)
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = 0
        self._count = 0

    def __getstate__(self):
        return (self._parties, self._action, self._timeout, self._cond, self._array)

    def __setstate__(self, state):
        (self._parties, self._action, self._timeout, self._cond, self._array) = state

    @property
    def _state(self):
        return self._array[0]

    @_state.setter
    def _state(self, value):
        self._array[0] = value

    @property
    def _count(self):
        return self._array[1]

    @_count.setter
    def _count(self, value):
        self._array[1] = value
