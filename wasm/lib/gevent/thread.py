"""gevent.thread: a greenlet-based replacement for _thread (installed by
monkey.patch_thread()): "threads" become Greenlets, locks become gevent
semaphores, and the ident of a thread is the id of its greenlet."""

import _thread as _native
from greenlet import getcurrent, GreenletExit
from gevent.hub import sleep, get_hub
from gevent.greenlet import Greenlet
from gevent.lock import BoundedSemaphore, RLock as _GRLock
from gevent.local import local as _local

__implements__ = ['allocate_lock', 'get_ident', 'exit', 'LockType',
                  'stack_size', 'start_new_thread', '_local', 'RLock']

# Saved before patch_thread() replaces them on the _thread module itself.
_native_stack_size = _native.stack_size
_native_print_exception = _native._print_exception

error = _native.error
TIMEOUT_MAX = _native.TIMEOUT_MAX
_local = _local


def get_ident(gr=None):
    if gr is None:
        gr = getcurrent()
    return id(gr)


get_native_id = get_ident


class LockType(BoundedSemaphore):
    """A lock that blocks only the calling greenlet."""

    _OVER_RELEASE_ERROR = RuntimeError

    def __init__(self):
        BoundedSemaphore.__init__(self, 1)

    def acquire(self, blocking=True, timeout=-1):
        if timeout == -1:
            timeout = None
        if not blocking and timeout is not None:
            raise ValueError("can't specify a timeout for a non-blocking call")
        if timeout is not None and timeout < 0:
            raise ValueError("timeout value must be strictly positive")
        return BoundedSemaphore.acquire(self, blocking, timeout)

    acquire_lock = acquire

    def release(self):
        if self.counter >= self._initial_value:
            raise RuntimeError("release unlocked lock")
        return BoundedSemaphore.release(self)

    release_lock = release

    def __enter__(self):
        return self.acquire()

    def locked_lock(self):
        return self.locked()

    def __repr__(self):
        return '<%s %s.%s object at %s>' % ('locked' if self.locked() else 'unlocked',
                                           __name__, type(self).__name__, hex(id(self)))

    __str__ = __repr__


allocate_lock = LockType
allocate = LockType
RLock = _GRLock

# ident -> Greenlet running a "thread"; ident -> threading.Thread object
_greenlets = {}
_thread_objects = {}
_names = {}


def _forget(g):
    _greenlets.pop(get_ident(g), None)


def start_new_thread(function, args=(), kwargs=None):
    if kwargs is not None:
        greenlet = Greenlet.spawn(function, *args, **kwargs)
    else:
        greenlet = Greenlet.spawn(function, *args)
    ident = get_ident(greenlet)
    _greenlets[ident] = greenlet
    greenlet.rawlink(_forget)
    return ident


start_new = start_new_thread


def exit():
    raise GreenletExit


exit_thread = exit


def stack_size(size=None):
    if size is None or size == 0:
        return 0
    return _native_stack_size(size)


def _count():
    return len(_greenlets)


# --- what Interleave's threading.py asks of _thread ----------------------------

def _set_name(name, ident=None):
    _names[get_ident() if ident is None else ident] = name


def _set_thread_object(obj, ident=None):
    _thread_objects[get_ident() if ident is None else ident] = obj


def _current_thread_object():
    return _thread_objects.get(get_ident())


def _join_ident(ident, timeout=None):
    g = _greenlets.get(ident)
    if g is not None:
        g.join(timeout)


def _is_alive_ident(ident):
    g = _greenlets.get(ident)
    return g is not None and not g.dead


_print_exception = _native_print_exception
