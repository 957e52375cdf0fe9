# multiprocessing.connection's Listener and Client: connections by address
# between processes (and threads), authkeys, address errors.
from multiprocessing.connection import Listener, Client
from multiprocessing import Process
import multiprocessing.connection as mc

def client(address, key):
    with Client(address, authkey=key) as conn:
        conn.send(['a', 2.5, None, (1, 2)])
        conn.send_bytes(b'hello')
        print('client got', conn.recv(), flush=True)

if __name__ == '__main__':
    address = ('localhost', 6012)
    with Listener(address, authkey=b'secret password') as listener:
        print(listener.address)
        p = Process(target=client, args=(address, b'secret password'))
        p.start()
        with listener.accept() as conn:
            print('connection accepted', type(listener.last_accepted).__name__)
            print(conn.recv())
            print(conn.recv_bytes())
            conn.send('thanks')
            p.join()
            try:
                conn.recv()
            except EOFError:
                print('EOFError after the client closed')
        try:
            Listener(address)
        except OSError as e:
            print(type(e).__name__, e.errno, e.strerror)
        p = Process(target=client, args=(address, b'wrong'))
        p.start()
        try:
            listener.accept()
        except mc.AuthenticationError as e:
            print('AuthenticationError', e)
        p.join()
        print('client exitcode', p.exitcode)
    try:
        Client(('localhost', 6013))
    except ConnectionRefusedError as e:
        print('ConnectionRefusedError', e.errno, e.strerror)
    with Listener() as l:
        print(type(l.address).__name__, l.address[0])
    # Threads of one process, the client writing before the server accepts.
    import threading, time
    with Listener(('127.0.0.1', 6020)) as listener:
        def early_client():
            c = Client(('localhost', 6020))
            c.send('sent before accept')
            c.close()
        t = threading.Thread(target=early_client)
        t.start()
        t.join()
        time.sleep(0.05)
        with listener.accept() as conn:
            print(conn.recv())
            print(conn.poll(0.01))
