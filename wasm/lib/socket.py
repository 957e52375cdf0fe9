"""socket for the playground: the names programs import, without a network.

Interleave runs in a browser sandbox: sockets can be created (so libraries
that import socket load), but connect(), bind() and name lookups raise
OSError saying so. urllib.request serves http://sim.test/... from a
simulated web instead.
"""

__all__ = ['socket', 'create_connection', 'gethostname', 'gethostbyname',
           'getaddrinfo', 'getdefaulttimeout', 'setdefaulttimeout', 'error',
           'timeout', 'gaierror', 'herror', 'AF_INET', 'AF_INET6', 'AF_UNIX',
           'SOCK_STREAM', 'SOCK_DGRAM', 'SOL_SOCKET', 'SO_REUSEADDR',
           'IPPROTO_TCP', 'TCP_NODELAY', 'has_ipv6']

NO_NETWORK = ('Interleave has no network: sockets cannot connect in the playground '
              '(urllib.request serves http://sim.test/... URLs instead)')
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


class socket:
    """socket(family=AF_INET, type=SOCK_STREAM, proto=0, fileno=None)"""

    def __init__(self, family=AF_INET, type=SOCK_STREAM, proto=0, fileno=None):
        self.family = family
        self.type = type
        self.proto = proto
        self._timeout = _default_timeout
        self._closed = False

    def __repr__(self):
        return '<socket.socket fd=-1, family=%d, type=%d, proto=%d%s>' % (
            self.family, self.type, self.proto, ' [closed]' if self._closed else '')

    def connect(self, address):
        raise _no_network()

    def connect_ex(self, address):
        return ENETUNREACH

    def bind(self, address):
        raise _no_network()

    def listen(self, backlog=0):
        raise _no_network()

    def accept(self):
        raise _no_network()

    def _not_connected(self, *args, **kwargs):
        raise OSError(107, 'Transport endpoint is not connected')

    send = sendall = sendto = recv = recv_into = recvfrom = _not_connected
    getpeername = _not_connected

    def getsockname(self):
        return ('0.0.0.0', 0)

    def settimeout(self, value):
        self._timeout = value

    def gettimeout(self):
        return self._timeout

    def setblocking(self, flag):
        self._timeout = None if flag else 0.0

    def setsockopt(self, *args):
        pass

    def getsockopt(self, *args):
        return 0

    def fileno(self):
        return -1

    def shutdown(self, how):
        pass

    def close(self):
        self._closed = True

    def detach(self):
        self._closed = True
        return -1

    def makefile(self, *args, **kwargs):
        raise _no_network()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


SocketType = socket


def create_connection(address, timeout=None, source_address=None, *, all_errors=False):
    raise _no_network()


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False, dualstack_ipv6=False):
    raise _no_network()


def socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0):
    raise _no_network()


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
