# Process start + join: how long one trivial child process takes from
# Process(...).start() to join() returning.  Prints one machine-readable line:
#   metric start_join_ms=<median of K> first_ms=<the first, cold one>
#
#   python3 bench/mp_start.py [START_METHOD] [K]     (default: spawn 20)
#
# With spawn, each child runs this file again as __mp_main__, so it imports
# only what it needs (no `statistics`): what is timed is the start itself.
import multiprocessing as mp
import sys
import time


def child():
    pass


if __name__ == '__main__':
    method = sys.argv[1] if len(sys.argv) > 1 else 'spawn'
    k = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    ctx = mp.get_context(method)
    times = []
    for _ in range(k):
        t0 = time.perf_counter()
        p = ctx.Process(target=child)
        p.start()
        p.join()
        times.append((time.perf_counter() - t0) * 1000)
        assert p.exitcode == 0, p.exitcode
    print('processes:', k)
    print(f'metric start_join_ms={sorted(times)[len(times) // 2]:.2f} first_ms={times[0]:.2f}')
