"""Streams over the playground's loopback: asyncio.start_server and
asyncio.open_connection connect coroutines of one program, as a TCP echo
server and its clients do. There is no network: an address names a server
in this interpreter's table, and the bytes a StreamWriter writes reach the
peer's StreamReader through the event loop. Not provided: Unix sockets,
SSL, and connections between processes or to the outside world."""

__all__ = ('StreamReader', 'StreamWriter', 'open_connection', 'start_server')

import collections

from . import coroutines
from . import events
from . import exceptions
from . import tasks

_DEFAULT_LIMIT = 2 ** 16  # 64 KiB, as CPython's
_servers = {}             # (host, port) -> Server listening there
_next_port = [50000]      # clients' own ports (getpeername on the server side)


def _address(host, port):
    if host in (None, '', '0.0.0.0', 'localhost', '::', '::1'):
        host = '127.0.0.1'
    return (host, int(port))


# ============================================================================
# The loopback connection
# ============================================================================

class _LoopbackTransport(object):
    """One side of a connection: what it writes goes to the peer's reader on
    the next loop iteration; closing it is the peer's end of input."""

    def __init__(self, loop, sockname, peername):
        self._loop = loop
        self._peer_reader = None
        self._closing = False
        self._extra = {'sockname': sockname, 'peername': peername, 'socket': _FakeSocket(sockname, peername)}
        self._closed_waiter = loop.create_future()

    def write(self, data):
        if self._closing:
            return
        if data:
            self._loop.call_soon(self._peer_reader.feed_data, bytes(data))

    def write_eof(self):
        if not self._closing:
            self._loop.call_soon(self._peer_reader.feed_eof)

    def can_write_eof(self):
        return True

    def is_closing(self):
        return self._closing

    def close(self):
        if self._closing:
            return
        self._closing = True
        self._loop.call_soon(self._peer_reader.feed_eof)
        self._loop.call_soon(self._finish_close)

    def _finish_close(self):
        if not self._closed_waiter.done():
            self._closed_waiter.set_result(None)

    def abort(self):
        self.close()

    def get_extra_info(self, name, default=None):
        return self._extra.get(name, default)

    def get_write_buffer_size(self):
        return 0


class _FakeSocket(object):
    """What server.sockets and get_extra_info('socket') give: the addresses."""

    def __init__(self, sockname, peername=None):
        self._sockname = sockname
        self._peername = peername

    def getsockname(self):
        return self._sockname

    def getpeername(self):
        if self._peername is None:
            raise OSError(107, 'Transport endpoint is not connected')
        return self._peername

    def fileno(self):
        return -1

    def __repr__(self):
        return '<asyncio.TransportSocket fd=-1, family=2, type=1, proto=6, laddr=%r>' % (self._sockname,)


# ============================================================================
# StreamReader and StreamWriter
# ============================================================================

class StreamReader(object):
    """Bytes arriving from the peer, read with coroutines."""

    def __init__(self, limit=_DEFAULT_LIMIT, loop=None):
        if limit <= 0:
            raise ValueError('Limit cannot be <= 0')
        self._limit = limit
        self._loop = events.get_event_loop() if loop is None else loop
        self._buffer = bytearray()
        self._eof = False
        self._waiter = None
        self._exception = None

    def __repr__(self):
        info = ['StreamReader']
        if self._buffer:
            info.append(f'{len(self._buffer)} bytes')
        if self._eof:
            info.append('eof')
        return '<{}>'.format(' '.join(info))

    def exception(self):
        return self._exception

    def set_exception(self, exc):
        self._exception = exc
        self._wake(exc)

    def _wake(self, exc=None):
        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            if not waiter.done():
                if exc is None:
                    waiter.set_result(None)
                else:
                    waiter.set_exception(exc)

    def feed_eof(self):
        self._eof = True
        self._wake()

    def at_eof(self):
        return self._eof and not self._buffer

    def feed_data(self, data):
        if not data:
            return
        self._buffer.extend(data)
        self._wake()

    async def _wait_for_data(self, func_name):
        if self._waiter is not None:
            raise RuntimeError(f'{func_name}() called while another coroutine is already waiting for incoming data')
        self._waiter = self._loop.create_future()
        try:
            await self._waiter
        finally:
            self._waiter = None

    async def readline(self):
        sep = b'\n'
        try:
            line = await self.readuntil(sep)
        except exceptions.IncompleteReadError as e:
            return e.partial
        except exceptions.LimitOverrunError as e:
            if self._buffer.startswith(sep, e.consumed):
                del self._buffer[:e.consumed + len(sep)]
            else:
                self._buffer.clear()
            raise ValueError(e.args[0])
        return line

    async def readuntil(self, separator=b'\n'):
        seplen = len(separator)
        if seplen == 0:
            raise ValueError('Separator should be at least one-byte string')
        if self._exception is not None:
            raise self._exception
        offset = 0
        while True:
            buflen = len(self._buffer)
            if buflen - offset >= seplen:
                isep = self._buffer.find(separator, offset)
                if isep != -1:
                    break
                offset = buflen + 1 - seplen
                if offset > self._limit:
                    raise exceptions.LimitOverrunError('Separator is not found, and chunk exceed the limit', offset)
            if self._eof:
                chunk = bytes(self._buffer)
                self._buffer.clear()
                raise exceptions.IncompleteReadError(chunk, None)
            await self._wait_for_data('readuntil')
        if isep > self._limit:
            raise exceptions.LimitOverrunError('Separator is found, but chunk is longer than limit', isep)
        chunk = self._buffer[:isep + seplen]
        del self._buffer[:isep + seplen]
        return bytes(chunk)

    async def read(self, n=-1):
        if self._exception is not None:
            raise self._exception
        if n == 0:
            return b''
        if n < 0:
            blocks = []
            while True:
                block = await self.read(self._limit)
                if not block:
                    break
                blocks.append(block)
            return b''.join(blocks)
        if not self._buffer and not self._eof:
            await self._wait_for_data('read')
        data = bytes(self._buffer[:n])
        del self._buffer[:n]
        return data

    async def readexactly(self, n):
        if n < 0:
            raise ValueError('readexactly size can not be less than zero')
        if self._exception is not None:
            raise self._exception
        if n == 0:
            return b''
        while len(self._buffer) < n:
            if self._eof:
                incomplete = bytes(self._buffer)
                self._buffer.clear()
                raise exceptions.IncompleteReadError(incomplete, n)
            await self._wait_for_data('readexactly')
        data = bytes(self._buffer[:n])
        del self._buffer[:n]
        return data

    def __aiter__(self):
        return self

    async def __anext__(self):
        val = await self.readline()
        if val == b'':
            raise StopAsyncIteration
        return val


class StreamWriter(object):
    """Writes to the peer: write() at once, drain() to let it catch up."""

    def __init__(self, transport, protocol, reader, loop):
        self._transport = transport
        self._protocol = protocol
        self._reader = reader
        self._loop = loop

    def __repr__(self):
        return f'<StreamWriter transport={self._transport!r} reader={self._reader!r}>'

    @property
    def transport(self):
        return self._transport

    def write(self, data):
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError(f"data argument must be a bytes-like object, not '{type(data).__name__}'")
        self._transport.write(data)

    def writelines(self, data):
        for line in data:
            self.write(line)

    def write_eof(self):
        return self._transport.write_eof()

    def can_write_eof(self):
        return self._transport.can_write_eof()

    def close(self):
        return self._transport.close()

    def is_closing(self):
        return self._transport.is_closing()

    async def wait_closed(self):
        await self._transport._closed_waiter

    def get_extra_info(self, name, default=None):
        return self._transport.get_extra_info(name, default)

    async def drain(self):
        if self._reader is not None and self._reader.exception() is not None:
            raise self._reader.exception()
        if self._transport.is_closing():
            await tasks.sleep(0)
        # The peer's reader takes everything: yield once, so it runs.
        await tasks.sleep(0)

    async def start_tls(self, *args, **kwargs):
        raise NotImplementedError('no TLS in the playground')


# ============================================================================
# Servers and connections
# ============================================================================

class Server(object):
    """What start_server returns: close(), wait_closed(), serve_forever(),
    an async context manager."""

    def __init__(self, loop, address, client_connected_cb, limit):
        self._loop = loop
        self._address = address
        self._cb = client_connected_cb
        self._limit = limit
        self._serving = True
        self._closed = loop.create_future()
        self._serving_forever_fut = None
        self.sockets = (_FakeSocket(address),)

    def __repr__(self):
        return f'<Server sockets={self.sockets!r}>'

    def get_loop(self):
        return self._loop

    def is_serving(self):
        return self._serving

    def close(self):
        if not self._serving:
            return
        self._serving = False
        if _servers.get(self._address) is self:
            del _servers[self._address]
        if self._serving_forever_fut is not None and not self._serving_forever_fut.done():
            self._serving_forever_fut.cancel()
        if not self._closed.done():
            self._closed.set_result(None)

    async def start_serving(self):
        pass

    async def serve_forever(self):
        if self._serving_forever_fut is not None:
            raise RuntimeError(f'server {self!r} is already being awaited on serve_forever()')
        if not self._serving:
            raise RuntimeError(f'server {self!r} is closed')
        self._serving_forever_fut = self._loop.create_future()
        try:
            await self._serving_forever_fut
        except exceptions.CancelledError:
            try:
                self.close()
                await self.wait_closed()
            finally:
                raise
        finally:
            self._serving_forever_fut = None

    async def wait_closed(self):
        await self._closed

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()
        await self.wait_closed()

    def _connect(self, client_address):
        """A client connects: both ends of a new connection; the server's
        handler starts on the next loop iteration."""
        loop = self._loop
        client_reader = StreamReader(limit=self._limit, loop=loop)
        server_reader = StreamReader(limit=self._limit, loop=loop)
        client_side = _LoopbackTransport(loop, client_address, self._address)
        server_side = _LoopbackTransport(loop, self._address, client_address)
        client_side._peer_reader = server_reader
        server_side._peer_reader = client_reader
        server_writer = StreamWriter(server_side, None, server_reader, loop)
        result = self._cb(server_reader, server_writer)
        if coroutines.iscoroutine(result):
            loop.create_task(result)
        return client_reader, StreamWriter(client_side, None, client_reader, loop)


async def start_server(client_connected_cb, host=None, port=None, *, limit=_DEFAULT_LIMIT, **kwds):
    """A server at (host, port) on the loopback: client_connected_cb(reader,
    writer) runs for each connection (a coroutine function becomes a task)."""
    loop = events.get_running_loop()
    if port is None or port == 0:
        port = 8000
        while _address(host, port) in _servers:
            port += 1
    address = _address(host, port)
    if address in _servers:
        raise OSError(98, f'[Errno 98] error while attempting to bind on address {address!r}: address already in use')
    server = Server(loop, address, client_connected_cb, limit)
    _servers[address] = server
    return server


async def open_connection(host=None, port=None, *, limit=_DEFAULT_LIMIT, **kwds):
    """(reader, writer) of a connection to the server at (host, port), which
    must be one this program started (ConnectionRefusedError otherwise)."""
    events.get_running_loop()
    address = _address(host, port)
    server = _servers.get(address)
    if server is None or not server.is_serving():
        raise ConnectionRefusedError(111, f'Connect call failed {address!r}')
    _next_port[0] += 1
    await tasks.sleep(0)  # connecting takes a loop iteration
    return server._connect(('127.0.0.1', _next_port[0]))
