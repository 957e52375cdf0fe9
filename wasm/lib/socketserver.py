"""socketserver: CPython's framework for network servers, on the playground's
loopback sockets (see socket: TCP between the threads of one program).
TCPServer, ThreadingMixIn / ThreadingTCPServer, BaseRequestHandler and
StreamRequestHandler. Not provided: UDP servers, Unix-socket servers and
ForkingMixIn (there is no fork)."""

import socket
import sys
import threading

__all__ = ['BaseServer', 'TCPServer', 'ThreadingMixIn', 'ThreadingTCPServer', 'BaseRequestHandler',
           'StreamRequestHandler']


class BaseServer:
    """serve_forever() handles requests until shutdown() (from another thread)."""

    timeout = None

    def __init__(self, server_address, RequestHandlerClass):
        self.server_address = server_address
        self.RequestHandlerClass = RequestHandlerClass
        self.__is_shut_down = threading.Event()
        self.__shutdown_request = False

    def server_activate(self):
        pass

    def serve_forever(self, poll_interval=0.5):
        """Handles one request at a time until shutdown(); looks for a
        shutdown request every poll_interval seconds."""
        self.__is_shut_down.clear()
        try:
            while not self.__shutdown_request:
                ready = self._wait_for_request(poll_interval)
                if self.__shutdown_request:
                    break
                if ready:
                    self._handle_request_noblock()
                self.service_actions()
        finally:
            self.__shutdown_request = False
            self.__is_shut_down.set()

    def shutdown(self):
        """Stops serve_forever and waits until it has (call it from another thread)."""
        self.__shutdown_request = True
        self.__is_shut_down.wait()

    def service_actions(self):
        pass

    def handle_request(self):
        """Handles one request, waiting at most self.timeout."""
        timeout = self.socket.gettimeout() if self.timeout is None else self.timeout
        if self._wait_for_request(timeout):
            return self._handle_request_noblock()
        return self.handle_timeout()

    def _handle_request_noblock(self):
        try:
            request, client_address = self.get_request()
        except OSError:
            return
        if self.verify_request(request, client_address):
            try:
                self.process_request(request, client_address)
            except Exception:
                self.handle_error(request, client_address)
                self.shutdown_request(request)
            except BaseException:
                self.shutdown_request(request)
                raise
        else:
            self.shutdown_request(request)

    def handle_timeout(self):
        pass

    def verify_request(self, request, client_address):
        return True

    def process_request(self, request, client_address):
        self.finish_request(request, client_address)
        self.shutdown_request(request)

    def server_close(self):
        pass

    def finish_request(self, request, client_address):
        self.RequestHandlerClass(request, client_address, self)

    def shutdown_request(self, request):
        self.close_request(request)

    def close_request(self, request):
        pass

    def handle_error(self, request, client_address):
        print('-' * 40, file=sys.stderr)
        print('Exception occurred during processing of request from', client_address, file=sys.stderr)
        import traceback
        traceback.print_exc()
        print('-' * 40, file=sys.stderr)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.server_close()


class TCPServer(BaseServer):
    """A server on a loopback TCP socket."""

    address_family = socket.AF_INET
    socket_type = socket.SOCK_STREAM
    request_queue_size = 5
    allow_reuse_address = False
    allow_reuse_port = False

    def __init__(self, server_address, RequestHandlerClass, bind_and_activate=True):
        BaseServer.__init__(self, server_address, RequestHandlerClass)
        self.socket = socket.socket(self.address_family, self.socket_type)
        if bind_and_activate:
            try:
                self.server_bind()
                self.server_activate()
            except BaseException:
                self.server_close()
                raise

    def server_bind(self):
        self.socket.bind(self.server_address)
        self.server_address = self.socket.getsockname()

    def server_activate(self):
        self.socket.listen(self.request_queue_size)

    def server_close(self):
        self.socket.close()

    def fileno(self):
        return self.socket.fileno()

    def get_request(self):
        return self.socket.accept()

    def _wait_for_request(self, timeout):
        # The listening socket's accept, with a timeout: a request is ready
        # when one is queued (the loopback keeps them in the socket).
        sock = self.socket
        with sock._cond:
            if not sock._pending and not sock._closed:
                sock._cond.wait_for(lambda: sock._pending or sock._closed, timeout)
            return bool(sock._pending)

    def shutdown_request(self, request):
        try:
            request.shutdown(socket.SHUT_WR)
        except OSError:
            pass
        self.close_request(request)

    def close_request(self, request):
        request.close()


class ThreadingMixIn:
    """Each request in a thread of its own."""

    daemon_threads = False
    block_on_close = True
    _threads = None

    def process_request_thread(self, request, client_address):
        try:
            self.finish_request(request, client_address)
        except Exception:
            self.handle_error(request, client_address)
        finally:
            self.shutdown_request(request)

    def process_request(self, request, client_address):
        if self.block_on_close and self._threads is None:
            self._threads = []
        t = threading.Thread(target=self.process_request_thread, args=(request, client_address))
        t.daemon = self.daemon_threads
        if self._threads is not None:
            self._threads.append(t)
        t.start()

    def server_close(self):
        super().server_close()
        threads, self._threads = self._threads or [], None
        for t in threads:
            t.join()


class ThreadingTCPServer(ThreadingMixIn, TCPServer):
    pass


class BaseRequestHandler:
    """One per request: setup(), handle(), finish(), all in __init__."""

    def __init__(self, request, client_address, server):
        self.request = request
        self.client_address = client_address
        self.server = server
        self.setup()
        try:
            self.handle()
        finally:
            self.finish()

    def setup(self):
        pass

    def handle(self):
        pass

    def finish(self):
        pass


class StreamRequestHandler(BaseRequestHandler):
    """handle() reads self.rfile and writes self.wfile (binary files on the connection)."""

    rbufsize = -1
    wbufsize = 0
    timeout = None
    disable_nagle_algorithm = False

    def setup(self):
        self.connection = self.request
        if self.timeout is not None:
            self.connection.settimeout(self.timeout)
        self.rfile = self.connection.makefile('rb', self.rbufsize)
        self.wfile = self.connection.makefile('wb', self.wbufsize)

    def finish(self):
        if not self.wfile.closed:
            try:
                self.wfile.flush()
            except OSError:
                pass
        self.wfile.close()
        self.rfile.close()
