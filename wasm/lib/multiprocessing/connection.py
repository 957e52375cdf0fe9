# multiprocessing.connection — Pipe() and Connection objects over native
# byte channels (one per direction). Pickling a Connection passes its
# handles; each process's copy counts as an open end until closed (or until
# that process exits), so recv() raises EOFError once no writer is left and
# send() BrokenPipeError once no reader is, as with CPython's pipes.
import os
import pickle
import time
import _interleave_mp as _mp
from .reduction import ForkingPickler

__all__ = ['Client', 'Connection', 'Listener', 'Pipe', 'wait']


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


# ============================================================================
# Listener and Client: connections by address between the run's processes
# ============================================================================
# There is no network: an address names a Listener's queue of connection
# requests in the run's table of names. Client() makes a duplex pipe and
# queues the listener's ends (held open meanwhile, so it may write before
# accept()); accept() takes them. With an authkey on either side, accept()
# compares the keys and tells the client, as CPython's challenge does.

from .context import AuthenticationError  # noqa: E402

_WELCOME = b'#WELCOME#'
_FAILURE = b'#FAILURE#'
_next_listener = [0]


def _address_key(address):
    if isinstance(address, tuple):
        host, port = address
        if host in ('', 'localhost', '0.0.0.0'):
            host = '127.0.0.1'
        return 'addr:%s:%d' % (host, port)
    return 'addr:' + str(address)


def _canonical(address):
    if isinstance(address, tuple) and address[0] in ('', 'localhost', '0.0.0.0'):
        return ('127.0.0.1', address[1])
    return address


class Listener(object):
    '''Accepts connections from Client(address) in any process of the run.'''

    def __init__(self, address=None, family=None, backlog=1, authkey=None):
        if authkey is not None and not isinstance(authkey, bytes):
            raise TypeError('authkey should be a byte string')
        if address is None:
            if family == 'AF_INET':
                address = ('127.0.0.1', 0)
            else:
                _next_listener[0] += 1
                address = '/tmp/pymp-interleave/listener-%d-%d' % (os.getpid(), _next_listener[0])
        if isinstance(address, tuple) and address[1] == 0:  # any free port
            port = 40000
            while _mp.name_lookup(_address_key((address[0], port))) is not None:
                port += 1
            address = (address[0], port)
        self._address = _canonical(address)
        self._key = _address_key(address)
        self._authkey = authkey
        self._h = _mp.chan_new(0, True)
        # Both ends: clients' requests come in, and no request is an end of input.
        _mp.chan_attach(self._h, True)
        _mp.chan_attach(self._h)
        if not _mp.name_bind(self._key, self._h):
            self._detach()
            raise OSError(98, 'Address already in use')
        self._closed = False
        self._last_accepted = None

    def accept(self):
        if self._closed:
            raise OSError('listener is closed')
        while True:
            r = _mp.chan_get(self._h, True, None)
            if r is not None and r is not False:
                break
        rh, wh, client_key, client_address = pickle.loads(r)
        _mp.chan_adopt(rh, True)
        _mp.chan_adopt(wh)
        conn = Connection(rh, wh, held=True)
        self._last_accepted = client_address
        if self._authkey is not None or client_key is not None:
            ok = self._authkey == client_key
            conn._send(_WELCOME if ok else _FAILURE)
            if not ok:
                conn.close()
                raise AuthenticationError('digest received was wrong')
        return conn

    def _detach(self):
        _mp.chan_detach(self._h)
        _mp.chan_detach(self._h, True)

    def close(self):
        if not self._closed:
            self._closed = True
            _mp.name_unbind(self._key)
            self._detach()

    @property
    def address(self):
        return self._address

    @property
    def last_accepted(self):
        return self._last_accepted

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def Client(address, family=None, authkey=None):
    '''A connection to the Listener at that address.'''
    h = _mp.name_lookup(_address_key(address))
    if h is None:
        if isinstance(address, tuple):
            raise ConnectionRefusedError(111, 'Connection refused')
        raise FileNotFoundError(2, 'No such file or directory')
    to_server = _mp.chan_new(0, True)
    to_client = _mp.chan_new(0, True)
    # The listener's ends, open while they wait in its queue.
    _mp.chan_open_unowned(to_server, True)
    _mp.chan_open_unowned(to_client)
    conn = Connection(to_client, to_server)
    _next_listener[0] += 1
    client_address = ('127.0.0.1', 50000 + _next_listener[0]) if isinstance(address, tuple) else ''
    _mp.chan_put(h, pickle.dumps((to_server, to_client, authkey, client_address)), True, None)
    if authkey is not None:
        if conn._recv() != _WELCOME:
            conn.close()
            raise AuthenticationError('digest sent was rejected')
    return conn


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
