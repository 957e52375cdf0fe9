"""socket for the playground: TCP between the threads of one program over a
loopback (localhost / 127.0.0.1 / ''), without a network.

Interleave runs in a browser sandbox: a server socket bound to a local
address accepts connections from the program's own threads; any other host,
UDP, and other processes raise OSError saying there is no network.
urllib.request serves http://sim.test/... from a simulated web instead.
"""

__all__ = ['socket', 'create_connection', 'gethostname', 'gethostbyname',
           'getaddrinfo', 'getdefaulttimeout', 'setdefaulttimeout', 'error',
           'timeout', 'gaierror', 'herror', 'AF_INET', 'AF_INET6', 'AF_UNIX',
           'SOCK_STREAM', 'SOCK_DGRAM', 'SOL_SOCKET', 'SO_REUSEADDR',
           'IPPROTO_TCP', 'TCP_NODELAY', 'has_ipv6']

NO_NETWORK = ('Interleave has no network: sockets connect only to localhost, between '
              'threads of the program (urllib.request serves http://sim.test/... URLs)')
ENETUNREACH = 101

AF_UNIX = 1
AF_INET = 2
AF_INET6 = 10
SOCK_STREAM = 1
SOCK_DGRAM = 2
SOL_SOCKET = 1
SO_REUSEADDR = 2
IPPROTO_TCP = 6
TCP_NODELAY = 1
SHUT_RD, SHUT_WR, SHUT_RDWR = 0, 1, 2
has_ipv6 = False

error = OSError
timeout = TimeoutError


class herror(OSError):
    pass


class gaierror(OSError):
    pass


_default_timeout = None


def getdefaulttimeout():
    return _default_timeout


def setdefaulttimeout(t):
    global _default_timeout
    _default_timeout = t


def _no_network():
    return OSError(ENETUNREACH, NO_NETWORK)


# ============================================================================
# The loopback: TCP between the threads of this program
# ============================================================================
# A listening socket is an entry in this interpreter's table of addresses;
# connect() to it makes two one-way byte pipes, and accept() hands the server
# its end. Blocking calls wait like any other thread (other threads run).
# Anything else (other hosts, UDP, other processes) has no network.

_listeners = {}       # (host, port) -> listening socket
_next_port = [40000]  # ports for bind(('', 0)) and for clients


def _canonical(address):
    if not isinstance(address, tuple) or len(address) != 2:
        raise TypeError('AF_INET address must be a pair (host, port)')
    host, port = address
    if host in ('', 'localhost', '0.0.0.0', '127.0.0.1'):
        return ('127.0.0.1', int(port))
    raise _no_network()


def _free_port():
    while True:
        _next_port[0] += 1
        if ('127.0.0.1', _next_port[0]) not in _listeners:
            return _next_port[0]


class _Pipe:
    """Bytes one way, with end of input."""

    def __init__(self, cond):
        self.buf = bytearray()
        self.closed = False
        self.cond = cond


class socket:
    """socket(family=AF_INET, type=SOCK_STREAM, proto=0, fileno=None)"""

    def __init__(self, family=AF_INET, type=SOCK_STREAM, proto=0, fileno=None):
        import threading
        self.family = family
        self.type = type
        self.proto = proto
        self._timeout = _default_timeout
        self._closed = False
        self._cond = threading.Condition()
        self._local = None       # bound or connected address
        self._peer = None
        self._rx = self._tx = None
        self._pending = None     # listening: connections not yet accepted
        self._backlog = 0
        self._io_refs = 0        # open files from makefile()
        self._really_closed = False

    def __repr__(self):
        if self._closed:
            return '<socket.socket [closed] fd=-1, family=%d, type=%d, proto=%d>' % (self.family, self.type, self.proto)
        extra = ''
        if self._local:
            extra += ', laddr=%r' % (self._local,)
        if self._peer:
            extra += ', raddr=%r' % (self._peer,)
        return '<socket.socket fd=-1, family=%d, type=%d, proto=%d%s>' % (self.family, self.type, self.proto, extra)

    def _check_stream(self):
        if self._closed:
            raise OSError(9, 'Bad file descriptor')
        if self.family != AF_INET or self.type != SOCK_STREAM:
            raise _no_network()

    def _wait(self, ready, what):
        """Waits (with the socket's timeout) until ready() holds, holding the condition."""
        if ready():
            return
        if self._timeout == 0.0:
            raise BlockingIOError(11, 'Resource temporarily unavailable')
        if not self._cond.wait_for(ready, self._timeout):
            raise timeout('timed out')

    # --- server side --------------------------------------------------------

    def bind(self, address):
        self._check_stream()
        host, port = _canonical(address)
        if port == 0:
            port = _free_port()
        if (host, port) in _listeners:
            raise OSError(98, 'Address already in use')
        self._local = (host, port)

    def listen(self, backlog=0):
        self._check_stream()
        if self._local is None:
            self.bind(('', 0))
        if _listeners.get(self._local, self) is not self:
            raise OSError(98, 'Address already in use')
        _listeners[self._local] = self
        self._pending = []
        self._backlog = backlog

    def accept(self):
        self._check_stream()
        if self._pending is None:
            raise OSError(22, 'Invalid argument')
        with self._cond:
            self._wait(lambda: self._pending or self._closed, 'accept')
            if self._closed:
                raise OSError(9, 'Bad file descriptor')
            conn = self._pending.pop(0)
        return conn, conn._peer

    # --- client side --------------------------------------------------------

    def connect(self, address):
        self._check_stream()
        target = _canonical(address)
        server = _listeners.get(target)
        if server is None or server._closed:
            raise ConnectionRefusedError(111, 'Connection refused')
        if self._local is None:
            self._local = ('127.0.0.1', _free_port())
        peer = socket(self.family, self.type, self.proto)
        _connect_pair(self, peer)
        peer._local, peer._peer, self._peer = target, self._local, target
        peer._timeout = _default_timeout
        with server._cond:
            server._pending.append(peer)
            server._cond.notify_all()

    def connect_ex(self, address):
        try:
            self.connect(address)
        except OSError as e:
            return e.errno or ENETUNREACH
        return 0

    # --- data -----------------------------------------------------------------

    def _connected(self):
        if self._closed:
            raise OSError(9, 'Bad file descriptor')
        if self._rx is None:
            raise OSError(107, 'Transport endpoint is not connected')

    def send(self, data, flags=0):
        self._connected()
        data = bytes(data)
        tx = self._tx
        with tx.cond:
            if tx.closed:
                raise BrokenPipeError(32, 'Broken pipe')
            tx.buf += data
            tx.cond.notify_all()
        return len(data)

    def sendall(self, data, flags=0):
        self.send(data, flags)

    def recv(self, bufsize, flags=0):
        self._connected()
        if bufsize < 0:
            raise ValueError('negative buffersize in recv')
        rx = self._rx
        with rx.cond:
            self._wait(lambda: rx.buf or rx.closed, 'recv')
            data = bytes(rx.buf[:bufsize])
            del rx.buf[:bufsize]
        return data

    def recv_into(self, buffer, nbytes=0, flags=0):
        data = self.recv(nbytes or len(buffer), flags)
        buffer[:len(data)] = data
        return len(data)

    def sendto(self, *args):
        raise _no_network()

    def recvfrom(self, *args):
        raise _no_network()

    def getpeername(self):
        if self._peer is None:
            raise OSError(107, 'Transport endpoint is not connected')
        return self._peer

    def getsockname(self):
        return self._local or ('0.0.0.0', 0)

    def settimeout(self, value):
        if value is not None and value < 0:
            raise ValueError('Timeout value out of range')
        self._timeout = value

    def gettimeout(self):
        return self._timeout

    def setblocking(self, flag):
        self._timeout = None if flag else 0.0

    def getblocking(self):
        return self._timeout != 0.0

    def setsockopt(self, *args):
        pass

    def getsockopt(self, *args):
        return 0

    def fileno(self):
        return -1

    def shutdown(self, how):
        self._connected()
        if how in (SHUT_WR, SHUT_RDWR):
            _close_pipe(self._tx)
        if how in (SHUT_RD, SHUT_RDWR):
            _close_pipe(self._rx)

    def close(self):
        # As CPython's: the connection stays open while files made by
        # makefile() are (their close() finishes the job).
        self._closed = True
        if self._io_refs <= 0:
            self._real_close()

    def _decref_socketios(self):
        self._io_refs -= 1
        if self._closed and self._io_refs <= 0:
            self._real_close()

    def _real_close(self):
        if self._really_closed:
            return
        self._really_closed = True
        if self._pending is not None:
            if _listeners.get(self._local) is self:
                del _listeners[self._local]
            with self._cond:
                self._cond.notify_all()
        if self._tx is not None:
            _close_pipe(self._tx)
            _close_pipe(self._rx)

    def detach(self):
        self.close()
        return -1

    def makefile(self, mode='r', buffering=None, *, encoding=None, errors=None, newline=None):
        """A file on the connection: read/readline/iteration and write/flush,
        binary with 'b' in mode, else text (UTF-8)."""
        self._io_refs += 1
        return _SocketFile(self, 'b' in mode, encoding or 'utf-8', errors or 'strict')

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


SocketType = socket


def _connect_pair(a, b):
    import threading
    one, two = _Pipe(threading.Condition()), _Pipe(threading.Condition())
    a._rx, a._tx = one, two
    b._rx, b._tx = two, one
    a._cond, b._cond = one.cond, two.cond


def _close_pipe(pipe):
    with pipe.cond:
        pipe.closed = True
        pipe.cond.notify_all()


class _SocketFile:
    """What socket.makefile() returns: reads are buffered by line, writes go
    out at once."""

    def __init__(self, sock, binary, encoding, errors):
        self._sock = sock
        self._binary = binary
        self._encoding = encoding
        self._errors = errors
        self._buf = bytearray()
        self._eof = False
        self.closed = False

    def _fill(self):
        data = self._sock.recv(8192)
        if data:
            self._buf += data
        else:
            self._eof = True

    def _out(self, data):
        return bytes(data) if self._binary else bytes(data).decode(self._encoding, self._errors)

    def readline(self, size=-1):
        while b'\n' not in self._buf and not self._eof and (size < 0 or len(self._buf) < size):
            self._fill()
        end = self._buf.find(b'\n') + 1 or len(self._buf)
        if size >= 0:
            end = min(end, size)
        line = self._buf[:end]
        del self._buf[:end]
        return self._out(line)

    def read(self, size=-1):
        while not self._eof and (size < 0 or len(self._buf) < size):
            self._fill()
        end = len(self._buf) if size < 0 else size
        data = self._buf[:end]
        del self._buf[:end]
        return self._out(data)

    def readlines(self):
        return list(self)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, data):
        if not self._binary:
            data = data.encode(self._encoding, self._errors)
        self._sock.sendall(data)
        return len(data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        pass

    def close(self):
        if not self.closed:
            self.closed = True
            self._sock._decref_socketios()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def create_connection(address, timeout=None, source_address=None, *, all_errors=False):
    sock = socket()
    if timeout is not None:
        sock.settimeout(timeout)
    sock.connect(address)
    return sock


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False, dualstack_ipv6=False):
    sock = socket(family)
    try:
        sock.bind(address)
    except OSError as err:
        sock.close()
        raise OSError(err.errno, '%s (while attempting to bind on address %r)' % (err.strerror, address)) from None
    sock.listen(backlog or 0)
    return sock


def socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0):
    a, b = socket(AF_INET, type, proto), socket(AF_INET, type, proto)
    _connect_pair(a, b)
    a.family = b.family = family
    return a, b


def gethostname():
    return 'localhost'


def getfqdn(name=''):
    return name or 'localhost'


def _lookup(host):
    if host in ('localhost', '127.0.0.1', ''):
        return '127.0.0.1'
    raise gaierror(-3, 'Temporary failure in name resolution (%s)' % NO_NETWORK)


def gethostbyname(hostname):
    return _lookup(hostname)


def gethostbyname_ex(hostname):
    return (hostname, [], [_lookup(hostname)])


def gethostbyaddr(ip_address):
    raise herror(1, 'Unknown host')


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    return [(AF_INET, type or SOCK_STREAM, proto or 6, '', (_lookup(host), port))]


def inet_aton(ip_string):
    parts = ip_string.split('.')
    if len(parts) != 4:
        raise OSError('illegal IP address string passed to inet_aton')
    return bytes(int(p) for p in parts)


def inet_ntoa(packed_ip):
    return '.'.join(str(b) for b in packed_ip)


def htons(x):
    return ((x & 0xff) << 8) | ((x >> 8) & 0xff)


ntohs = htons


def htonl(x):
    return int.from_bytes(x.to_bytes(4, 'little'), 'big')


ntohl = htonl
