# Queue throughput between two processes: the parent puts M small messages
# (ints) on a multiprocessing.Queue, a child gets them all and answers on a
# second queue.  Timed from the first put to the answer, with the child
# already running.  Prints the checksum and one machine-readable line:
#   metric msgs_per_s=... ms=...
#
#   python3 bench/mp_queue.py [START_METHOD] [M]     (default: spawn 50000)
import multiprocessing as mp
import sys
import time


def consumer(q, done):
    done.put('ready')
    total = 0
    while True:
        x = q.get()
        if x is None:
            break
        total += x
    done.put(total)


if __name__ == '__main__':
    method = sys.argv[1] if len(sys.argv) > 1 else 'spawn'
    m = int(sys.argv[2]) if len(sys.argv) > 2 else 50000
    ctx = mp.get_context(method)
    q, done = ctx.Queue(), ctx.Queue()
    p = ctx.Process(target=consumer, args=(q, done))
    p.start()
    assert done.get() == 'ready'
    t0 = time.perf_counter()
    for i in range(m):
        q.put(i)
    q.put(None)
    total = done.get()
    t1 = time.perf_counter()
    p.join()
    print('total:', total)
    print(f'metric msgs_per_s={m / (t1 - t0):.0f} ms={(t1 - t0) * 1000:.1f}')
