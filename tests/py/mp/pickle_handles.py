# Cross-process objects travel to children by handle; what can't be pickled fails at start().
import multiprocessing as mp
import threading


def use(q, lock, v, arr, ev, conn):
    with lock:
        v.value += 1
        arr[0] = 99
    q.put(('child', v.value, arr[:]))
    conn.send('via pipe')
    ev.set()


def echo(q, x):
    q.put(x)


def run_target(target, args):
    p = mp.Process(target=target, args=args)
    try:
        p.start()
    except Exception as e:
        print(type(e).__name__, str(e).split(' at 0x')[0])
        return
    p.join()
    print('started', p.exitcode)


if __name__ == '__main__':
    mp.set_start_method('spawn')
    q = mp.Queue()
    lock = mp.Lock()
    v = mp.Value('i', 41)
    arr = mp.Array('i', [1, 2, 3])
    ev = mp.Event()
    a, b = mp.Pipe()
    p = mp.Process(target=use, args=(q, lock, v, arr, ev, b))
    p.start()
    print(q.get(), a.recv(), ev.wait(5))
    p.join()
    print('parent', v.value, arr[:], p.exitcode)
    # objects sent through a queue keep their identity of values
    p = mp.Process(target=echo, args=(q, {'k': [1, (2, 3)], 's': {4}}))
    p.start()
    print(q.get())
    p.join()
    run_target(lambda: None, ())
    run_target(echo, (q, threading.Lock()))
    run_target(echo, (q, (x for x in [])))
