"""gevent.event: Event (a flag greenlets wait on) and AsyncResult (a
one-time value or exception delivered to waiting greenlets)."""

import sys

from gevent._abstract_linkable import AbstractLinkable
from gevent.timeout import Timeout

__all__ = ['Event', 'AsyncResult']


class Event(AbstractLinkable):
    """A synchronization primitive that allows one greenlet to wake up one
    or more others. It has the same interface as threading.Event."""

    def __init__(self):
        AbstractLinkable.__init__(self)
        self._flag = False

    def __str__(self):
        return '<%s %s _links[%s]>' % (self.__class__.__name__, 'set' if self._flag else 'clear', self.linkcount())

    def is_set(self):
        return self._flag

    isSet = is_set

    def ready(self):
        return self._flag

    def set(self):
        """Set the flag and wake every waiting greenlet (in the hub)."""
        self._flag = True
        self._check_and_notify()

    def clear(self):
        self._flag = False

    def _wait_return_value(self, waited, wait_success):
        if not waited:
            flag = self._flag
            assert flag, "if we didn't wait we should already be set"
            return flag
        return wait_success

    def wait(self, timeout=None):
        """Block until the flag is true (or *timeout* passes); return it."""
        return self._wait(timeout)

    def _reset_internal_locks(self):
        pass


class AsyncResult(AbstractLinkable):
    """A one-time event that stores a value or an exception."""

    def __init__(self):
        AbstractLinkable.__init__(self)
        self._value = _NONE
        self._exc_info = ()

    @property
    def _exception(self):
        return self._exc_info[1] if self._exc_info else _NONE

    @property
    def value(self):
        """The value passed to set(), else None."""
        return self._value if self._value is not _NONE else None

    def __str__(self):
        result = '<%s ' % (self.__class__.__name__, )
        if self.value is not None or self._exception is not _NONE:
            result += 'value=%r ' % self.value
        if self._exception is not None and self._exception is not _NONE:
            result += 'exception=%r ' % self._exception
        if self._exception is _NONE:
            result += 'unset '
        return result + ' _links[%s]>' % self.linkcount()

    def ready(self):
        """Return true if and only if it holds a value or an exception."""
        return bool(self._exc_info) or self._value is not _NONE

    def successful(self):
        """Return true if and only if it is ready and holds a value."""
        return self._value is not _NONE

    @property
    def exception(self):
        """The stored exception, or None."""
        if self._exc_info:
            return self._exc_info[1]
        return None

    @property
    def exc_info(self):
        if self._exc_info:
            return self._exc_info
        return ()

    def set(self, value=None):
        """Store the value and wake every waiter."""
        self._value = value
        self._check_and_notify()

    def set_exception(self, exception, exc_info=None):
        """Store the exception and wake every waiter."""
        if exc_info:
            self._exc_info = (exc_info[0], exc_info[1], exc_info[2])
        else:
            self._exc_info = (type(exception), exception, None)
        self._check_and_notify()

    def _raise_exception(self):
        ei = self._exc_info
        raise ei[1].with_traceback(ei[2])

    def get(self, block=True, timeout=None):
        """Return the stored value or raise the stored exception; wait for
        one with block (Timeout after *timeout*)."""
        if self.ready():
            return self._value_or_raise()
        if not block:
            raise Timeout()
        self._capture_hub(True)
        self._wait_core(timeout, ())
        return self._value_or_raise()

    def _value_or_raise(self):
        if self._exc_info:
            self._raise_exception()
        return self.value

    def get_nowait(self):
        return self.get(block=False)

    def wait(self, timeout=None):
        """Block until ready (or *timeout*); return the value (no raise)."""
        self._wait(timeout)
        return self.value

    def _wait_return_value(self, waited, wait_success):
        return self.value

    # A greenlet can be linked straight to an AsyncResult.
    def __call__(self, source):
        if source.successful():
            self.set(source.value)
        else:
            self.set_exception(source.exception, getattr(source, 'exc_info', None))

    def result(self, timeout=None):
        return self.get(timeout=timeout)

    set_result = set

    def done(self):
        return self.ready()

    def cancel(self):
        return False

    def cancelled(self):
        return False


_NONE = object()
