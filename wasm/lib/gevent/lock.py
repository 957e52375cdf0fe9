"""gevent.lock: Semaphore, BoundedSemaphore, DummySemaphore and RLock that
block only the calling greenlet (the others keep running)."""

from greenlet import getcurrent
from gevent._abstract_linkable import AbstractLinkable
from gevent.exceptions import LoopExit

__all__ = ['Semaphore', 'BoundedSemaphore', 'DummySemaphore', 'RLock']


class Semaphore(AbstractLinkable):
    """Semaphore(value=1): acquire() decrements the counter, waiting while it
    is zero; release() increments it and wakes one waiter."""

    def __init__(self, value=1, hub=None):
        if value is None:
            value = 1
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        AbstractLinkable.__init__(self, hub)
        self.counter = value
        self._notify_all = False   # wake waiters only while a unit is free

    def __str__(self):
        return '<%s at 0x%x counter=%s _links[%s]>' % (
            self.__class__.__name__, id(self), self.counter, self.linkcount())

    __repr__ = __str__

    def locked(self):
        """True if acquire() would block."""
        return self.counter <= 0

    def ready(self):
        return self.counter > 0

    def release(self):
        """Release one unit and notify a waiter; return the new counter."""
        self.counter += 1
        self._check_and_notify()
        return self.counter

    def _start_notify(self):
        self._check_and_notify()

    def _wait_return_value(self, waited, wait_success):
        if waited:
            return wait_success
        return True

    def wait(self, timeout=None):
        """Wait until the semaphore can be acquired; return the counter."""
        if self.counter > 0:
            return self.counter
        self._wait(timeout)
        return self.counter

    def acquire(self, blocking=True, timeout=None):
        """Acquire a unit; False if not blocking (or timed out) and none
        was free."""
        if self.counter > 0:
            self.counter -= 1
            return True
        if not blocking:
            return False
        try:
            success = self._wait(timeout)
        except LoopExit:
            if self.counter:
                success = True
            else:
                raise
        if not success:
            return False
        self.counter -= 1
        return True

    def __enter__(self):
        self.acquire()

    def __exit__(self, t, v, tb):
        self.release()

    # threading.Condition calls these on the lock it wraps.
    def _set_kind(self, kind):
        pass

    def _at_fork_reinit(self):
        pass


class BoundedSemaphore(Semaphore):
    """A Semaphore that raises ValueError when released too many times."""

    _OVER_RELEASE_ERROR = ValueError

    def __init__(self, *args, **kwargs):
        Semaphore.__init__(self, *args, **kwargs)
        self._initial_value = self.counter

    def release(self):
        if self.counter >= self._initial_value:
            raise self._OVER_RELEASE_ERROR("Semaphore released too many times")
        return Semaphore.release(self)


class DummySemaphore:
    """A Semaphore-like object that never blocks."""

    def __init__(self, value=None):
        self.value = value

    def inc_semaphore(self, value):
        pass

    def __str__(self):
        return '<%s>' % self.__class__.__name__

    def locked(self):
        return False

    def ready(self):
        return True

    def release(self):
        pass

    def rawlink(self, callback):
        pass

    def unlink(self, callback):
        pass

    def wait(self, timeout=None):
        return 1

    def acquire(self, blocking=True, timeout=None):
        return True

    def __enter__(self):
        pass

    def __exit__(self, typ, val, tb):
        pass


class RLock:
    """A reentrant lock owned by a greenlet."""

    def __init__(self, hub=None):
        self._block = Semaphore(1, hub)
        self._owner = None
        self._count = 0

    def __repr__(self):
        return "<%s at 0x%x _block=%s _count=%r _owner=%r)>" % (
            self.__class__.__name__, id(self), self._block, self._count, self._owner)

    def acquire(self, blocking=True, timeout=None):
        me = getcurrent()
        if self._owner is me:
            self._count = self._count + 1
            return 1
        rc = self._block.acquire(blocking, timeout)
        if rc:
            self._owner = me
            self._count = 1
        return rc

    def __enter__(self):
        return self.acquire()

    def release(self):
        if self._owner is not getcurrent():
            raise RuntimeError("cannot release un-acquired lock. Owner: %r Current: %r" % (
                self._owner, getcurrent()))
        self._count = count = self._count - 1
        if not count:
            self._owner = None
            self._block.release()

    def __exit__(self, typ, value, tb):
        self.release()

    def locked(self):
        return self._block.locked()

    # threading.Condition's protocol for reentrant locks.
    def _acquire_restore(self, count_owner):
        count, owner = count_owner
        self._block.acquire()
        self._count = count
        self._owner = owner

    def _release_save(self):
        count = self._count
        self._count = 0
        owner = self._owner
        self._owner = None
        self._block.release()
        return (count, owner)

    def _set_count(self, state):
        # Interleave's threading.Condition restores with acquire() then
        # _set_count(state), where state is what _release_save returned.
        count, owner = state
        self._count = count
        self._owner = owner

    def _is_owned(self):
        return self._owner is getcurrent()

    def _set_kind(self, kind):
        pass

    def _at_fork_reinit(self):
        pass
