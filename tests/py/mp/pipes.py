# Pipe: duplex and one-way, send/recv/poll, send_bytes/recv_bytes, EOFError.
import multiprocessing as mp


def duplex(conn):
    while (m := conn.recv()) is not None:
        conn.send(('echo', m))
    conn.send_bytes(b'raw bytes')
    conn.close()


def writer(w, n):
    for i in range(n):
        w.send(i)
    w.close()


if __name__ == '__main__':
    mp.set_start_method('spawn')
    a, b = mp.Pipe()
    print(a.poll(), a.readable, a.writable, a.closed)
    p = mp.Process(target=duplex, args=(b,))
    p.start()
    for m in [1, 'two', [3], {'four': 4}]:
        a.send(m)
        print(a.recv())
    a.send(None)
    print(a.poll(10), a.recv_bytes())
    p.join()
    b.close()
    print('poll after close', a.poll(0))
    try:
        a.recv()
    except EOFError:
        print('EOFError')
    a.close()
    print(a.closed)
    try:
        a.send(1)
    except OSError as e:
        print(type(e).__name__, e)
    r, w = mp.Pipe(duplex=False)
    print(r.readable, r.writable, w.readable, w.writable)
    try:
        r.send(1)
    except OSError as e:
        print(type(e).__name__, e)
    try:
        w.recv()
    except OSError as e:
        print(type(e).__name__, e)
    p = mp.Process(target=writer, args=(w, 4))
    p.start()
    w.close()
    got = []
    while True:
        try:
            got.append(r.recv())
        except EOFError:
            break
    p.join()
    print('one-way', got)
    x, y = mp.Pipe()
    x.send_bytes(b'0123456789', 2, 5)
    print(y.poll(), y.recv_bytes())
    x.send(('tuple', 1.5))
    print(y.recv())
