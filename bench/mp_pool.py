# Pool.map of 10,000 tiny tasks on two worker processes.  Prints the result's
# checksum and one machine-readable line:
#   metric map_ms=... pool_ms=... tasks_per_s=...
# map_ms: the map call alone (workers already started); pool_ms: the whole
# `with Pool(2) as pool: pool.map(...)` including starting and stopping workers.
#
#   python3 bench/mp_pool.py [START_METHOD] [TASKS]     (default: spawn 10000)
import multiprocessing as mp
import sys
import time


def tiny(x):
    return x * x


if __name__ == '__main__':
    method = sys.argv[1] if len(sys.argv) > 1 else 'spawn'
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
    ctx = mp.get_context(method)
    t0 = time.perf_counter()
    with ctx.Pool(2) as pool:
        pool.map(tiny, range(10))          # workers up and running
        t1 = time.perf_counter()
        out = pool.map(tiny, range(n))
        t2 = time.perf_counter()
    t3 = time.perf_counter()
    print('sum:', sum(out))
    map_ms = (t2 - t1) * 1000
    print(f'metric map_ms={map_ms:.1f} pool_ms={(t3 - t0) * 1000:.1f} '
          f'tasks_per_s={n / (t2 - t1):.0f}')
