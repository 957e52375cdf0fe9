# multiprocessing.connection — Pipe() and Connection objects over native
# byte channels (one per direction). Pickling a Connection passes its
# handles; each process's copy counts as an open end until closed (or until
# that process exits), so recv() raises EOFError once no writer is left and
# send() BrokenPipeError once no reader is, as with CPython's pipes.
import pickle
import time
import _interleave_mp as _mp
from .reduction import ForkingPickler

__all__ = ['Connection', 'Pipe', 'wait']


class Connection(object):
    def __init__(self, rh, wh, readable=True, writable=True, held=False):
        self._rh = rh
        self._wh = wh
        self._readable = readable
        self._writable = writable
        self._closed = False
        if held:  # this process was started with them: they are open for it already
            return
        if writable:
            _mp.chan_attach(wh)
        if readable:
            _mp.chan_attach(rh, True)

    def __reduce__(self):
        self._check_closed()
        # Pickled by Process.start(): the new child holds its ends from now.
        held = False
        if self._writable:
            held = _mp.chan_hold_for_child(self._wh)
        if self._readable:
            held = _mp.chan_hold_for_child(self._rh, True)
        return (_rebuild_connection, (self._rh, self._wh, self._readable, self._writable, held))

    def _check_closed(self):
        if self._closed:
            raise OSError("handle is closed")

    def _check_readable(self):
        if not self._readable:
            raise OSError("connection is write-only")

    def _check_writable(self):
        if not self._writable:
            raise OSError("connection is read-only")

    @property
    def closed(self):
        return self._closed

    @property
    def readable(self):
        return self._readable

    @property
    def writable(self):
        return self._writable

    def fileno(self):
        self._check_closed()
        return self._rh if self._readable else self._wh

    def close(self):
        if not self._closed:
            self._closed = True
            if self._writable:
                _mp.chan_detach(self._wh)
            if self._readable:
                _mp.chan_detach(self._rh, True)

    def send_bytes(self, buf, offset=0, size=None):
        self._check_closed()
        self._check_writable()
        m = bytes(buf)
        if size is None:
            size = len(m) - offset
        self._send(m[offset:offset + size])

    def send(self, obj):
        self._check_closed()
        self._check_writable()
        self._send(ForkingPickler.dumps(obj))

    def _send(self, data):
        _mp.chan_put(self._wh, data, True, None)

    def _recv(self):
        while True:
            r = _mp.chan_get(self._rh, True, None)
            if r is not None and r is not False:
                return r

    def recv_bytes(self, maxlength=None):
        self._check_closed()
        self._check_readable()
        return self._recv()

    def recv(self):
        self._check_closed()
        self._check_readable()
        return pickle.loads(self._recv())

    def poll(self, timeout=0.0):
        self._check_closed()
        self._check_readable()
        if timeout is not None:
            deadline = time.monotonic() + timeout
        while True:
            left = None if timeout is None else max(0.0, deadline - time.monotonic())
            r = _mp.chan_poll(self._rh, left)
            if r is not None:
                return r

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def _rebuild_connection(rh, wh, readable, writable, held=False):
    return Connection(rh, wh, readable, writable, held)


def Pipe(duplex=True):
    '''Returns pair of connection objects at either end of a pipe.'''
    a = _mp.chan_new(0, True)
    if duplex:
        b = _mp.chan_new(0, True)
        return Connection(a, b), Connection(b, a)
    return Connection(a, a, True, False), Connection(a, a, False, True)


def wait(object_list, timeout=None):
    deadline = None if timeout is None else time.monotonic() + timeout
    while True:
        ready = [c for c in object_list if isinstance(c, Connection) and c.poll(0)]
        if ready or (deadline is not None and time.monotonic() >= deadline):
            return ready
        time.sleep(0.001)
