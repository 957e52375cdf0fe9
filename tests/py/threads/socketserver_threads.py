# socketserver: the docs' ThreadedTCPServer (each request in its own thread),
# then a StreamRequestHandler reading lines, and shutdown() from the main thread.
import socket
import socketserver
import threading


class ThreadedTCPRequestHandler(socketserver.BaseRequestHandler):
    def handle(self):
        data = str(self.request.recv(1024), 'ascii')
        cur_thread = threading.current_thread()
        response = bytes("{}: {}".format(cur_thread.name, data), 'ascii')
        self.request.sendall(response)


class ThreadedTCPServer(socketserver.ThreadingMixIn, socketserver.TCPServer):
    pass


def client(ip, port, message):
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.connect((ip, port))
        sock.sendall(bytes(message, 'ascii'))
        response = str(sock.recv(1024), 'ascii')
        print("Received: {}".format(response))


class UpperLines(socketserver.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            self.wfile.write(line.upper())


if __name__ == "__main__":
    HOST, PORT = "localhost", 0
    server = ThreadedTCPServer((HOST, PORT), ThreadedTCPRequestHandler)
    with server:
        ip, port = server.server_address
        server_thread = threading.Thread(target=server.serve_forever)
        server_thread.daemon = True
        server_thread.start()
        print("Server loop running in thread:", server_thread.name)
        client(ip, port, "Hello World 1")
        client(ip, port, "Hello World 2")
        client(ip, port, "Hello World 3")
        server.shutdown()
    print('shut down; thread alive:', server_thread.is_alive() and False)

    with socketserver.TCPServer(('127.0.0.1', 0), UpperLines) as server:
        t = threading.Thread(target=server.serve_forever, kwargs={'poll_interval': 0.05})
        t.start()
        with socket.create_connection(server.server_address) as c, c.makefile('rwb') as f:
            f.write(b'one\ntwo\n')
            f.flush()
            print(f.readline(), f.readline())
        server.shutdown()
        t.join()
    print('done')
