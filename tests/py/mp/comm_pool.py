# Queue, Pipe, Lock, Value/Array, Manager, Pool and concurrent.futures across processes.
import multiprocessing as mp
import queue
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor, as_completed


def producer(q, n):
    for i in range(n):
        q.put(i * i)
    q.put(None)


def pinger(conn):
    while True:
        m = conn.recv()
        if m is None:
            break
        conn.send(m.upper())
    conn.close()


def add(v, arr, lock, times):
    for _ in range(times):
        with lock:
            v.value += 1
    for i in range(len(arr)):
        arr[i] = -arr[i]


def fill(d, l, i):
    d[i] = i * 10
    l.append(i)


def square(x):
    return x * x


def mul(a, b):
    return a * b


def bad(x):
    raise KeyError(x)


if __name__ == '__main__':
    q = mp.Queue()
    p = mp.Process(target=producer, args=(q, 5))
    p.start()
    got = []
    while (x := q.get()) is not None:
        got.append(x)
    p.join()
    print('queue', got)
    try:
        q.get(timeout=0.01)
    except queue.Empty:
        print('empty')
    a, b = mp.Pipe()
    p = mp.Process(target=pinger, args=(b,))
    p.start()
    for w in ['x', 'yz']:
        a.send(w)
        print('pipe', a.recv())
    a.send(None)
    p.join()
    b.close()
    try:
        a.recv()
    except EOFError:
        print('EOFError')
    v = mp.Value('i', 0)
    arr = mp.Array('d', [1.5, -2.0, 3.0])
    lock = mp.Lock()
    ps = [mp.Process(target=add, args=(v, arr, lock, 200)) for _ in range(2)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print('value', v.value, arr[:], len(arr))
    with mp.Manager() as m:
        d = m.dict()
        l = m.list()
        ps = [mp.Process(target=fill, args=(d, l, i)) for i in range(3)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print('manager', sorted(d.items()), sorted(l), len(d))
    with mp.Pool(2) as pool:
        print('map', pool.map(square, range(10)))
        print('starmap', pool.starmap(mul, [(1, 2), (3, 4)]))
        print('imap', list(pool.imap(square, range(5))))
        print('unordered', sorted(pool.imap_unordered(square, range(5))))
        print('apply', pool.apply(mul, (6, 7)))
        r = pool.apply_async(square, (9,), callback=lambda x: print('callback', x))
        print('async', r.get(timeout=10), r.ready(), r.successful())
        try:
            pool.apply(bad, ('k',))
        except KeyError as e:
            print('KeyError', e)
    with ProcessPoolExecutor(2) as ex:
        fs = [ex.submit(square, i) for i in range(4)]
        print('futures', sorted(f.result() for f in as_completed(fs)))
        print('ex.map', list(ex.map(square, [5, 6])))
    with ThreadPoolExecutor(3) as ex:
        print('threads', list(ex.map(square, range(4))))
