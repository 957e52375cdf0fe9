# Sockets between threads: an echo server thread and clients, end of input,
# timeouts, makefile, socketpair, and the errors of a closed or refused socket.
import socket
import threading


def echo_server(srv):
    for _ in range(2):  # two clients, one after the other
        conn, addr = srv.accept()
        with conn:
            print('server: connection from a', type(addr).__name__, flush=True)
            while True:
                data = conn.recv(1024)
                if not data:
                    break
                conn.sendall(data.upper())


srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 50007))
srv.listen()
print('listening on', srv.getsockname())
t = threading.Thread(target=echo_server, args=(srv,))
t.start()

with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
    s.connect(('localhost', 50007))
    s.sendall(b'Hello, world')
    print('client got', s.recv(1024))
    print('peer', s.getpeername())

c = socket.create_connection(('127.0.0.1', 50007))
f = c.makefile('rw')
f.write('line one\nline two\n')
f.flush()
print(repr(f.readline()), repr(f.readline()))
c.shutdown(socket.SHUT_WR)
print('after shutdown:', c.recv(10))
c.close()
t.join()

a, b = socket.socketpair()
a.sendall(b'ping')
print(b.recv(4))
b.settimeout(0.05)
try:
    b.recv(4)
except socket.timeout as e:
    print('timeout:', e, isinstance(e, TimeoutError))
b.setblocking(False)
try:
    b.recv(4)
except BlockingIOError as e:
    print('BlockingIOError', e.errno)
a.close()
print('EOF:', b.recv(4))
try:
    b.send(b'x')
except BrokenPipeError as e:
    print('BrokenPipeError', e.errno)
b.close()
try:
    b.recv(1)
except OSError as e:
    print('OSError', e.errno)

try:
    socket.create_connection(('127.0.0.1', 50008))
except ConnectionRefusedError as e:
    print('ConnectionRefusedError', e.errno)
srv2 = socket.create_server(('127.0.0.1', 50009))
try:
    socket.create_server(('127.0.0.1', 50009))
except OSError as e:
    print('OSError', e.errno, e.strerror)
srv2.close()
srv.close()
