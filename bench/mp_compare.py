# The seeds' comparison job (examples/31_compare_normal_threads_processes.py)
# as a benchmark: the same sum three ways -- a plain loop, two threads, two
# processes -- each timed.  Prints the totals (so a wrong answer shows) and one
# machine-readable line:
#   metric normal_ms=... multithread_ms=... multicore_ms=... speedup=...
# where speedup = normal / multicore (the target: >= 1.7 on 2 cores).
#
#   python3 bench/mp_compare.py [START_METHOD] [N]     (default: spawn 1000000)
import multiprocessing as mp
import sys
import threading as td
import time

N = 1000000


def job(q, n):
    res = 0
    for i in range(n):
        res += i + i**2 + i**3
    q.put(res)


def normal(n):
    res = 0
    for _ in range(2):
        for i in range(n):
            res += i + i**2 + i**3
    return res


def multithread(ctx, n):
    q = ctx.Queue()
    ts = [td.Thread(target=job, args=(q, n)) for _ in range(2)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return q.get() + q.get()


def multicore(ctx, n):
    q = ctx.Queue()
    ps = [ctx.Process(target=job, args=(q, n)) for _ in range(2)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    return q.get() + q.get()


if __name__ == '__main__':
    method = sys.argv[1] if len(sys.argv) > 1 else 'spawn'
    n = int(sys.argv[2]) if len(sys.argv) > 2 else N
    ctx = mp.get_context(method)
    t0 = time.perf_counter()
    r1 = normal(n)
    t1 = time.perf_counter()
    r2 = multithread(ctx, n)
    t2 = time.perf_counter()
    r3 = multicore(ctx, n)
    t3 = time.perf_counter()
    print('normal:', r1)
    print('multithread:', r2)
    print('multicore:', r3)
    a, b, c = (t1 - t0) * 1000, (t2 - t1) * 1000, (t3 - t2) * 1000
    print(f'metric normal_ms={a:.1f} multithread_ms={b:.1f} multicore_ms={c:.1f} speedup={a / c:.2f}')
