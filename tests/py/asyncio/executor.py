# concurrent.futures.ThreadPoolExecutor (what loop.run_in_executor uses):
# submit, result, exception, map, wait, as_completed, shutdown, thread names.
import threading
import time
from concurrent.futures import (ThreadPoolExecutor, wait, as_completed,
                                FIRST_COMPLETED, ALL_COMPLETED, Future,
                                CancelledError)


def square(n):
    time.sleep(0.001 * (5 - n % 5))
    return n * n


def fail(msg):
    raise ValueError(msg)


with ThreadPoolExecutor(max_workers=3) as pool:
    f = pool.submit(square, 4)
    print(f.result(), f.done(), f.exception())
    e = pool.submit(fail, "boom")
    try:
        e.result()
    except ValueError as exc:
        print("ValueError:", exc)
    print(repr(e.exception()))
    print(list(pool.map(square, range(8))))
    futs = [pool.submit(square, n) for n in range(5)]
    done, not_done = wait(futs, return_when=ALL_COMPLETED)
    print(len(done), len(not_done))
    print(sorted(f.result() for f in as_completed(futs)))
    names = set(pool.map(lambda _: threading.current_thread().name, range(6)))
    print(all(n.startswith("ThreadPoolExecutor-") for n in names), len(names) <= 3)

pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="worker")
print(pool.submit(lambda: threading.current_thread().name).result())
slow = pool.submit(time.sleep, 0.5)  # wide margin: the test machine may be loaded
queued = pool.submit(square, 2)
print("cancel queued:", queued.cancel(), queued.cancelled())
try:
    queued.result()
except CancelledError:
    print("CancelledError")
done, not_done = wait([slow], timeout=0.001, return_when=FIRST_COMPLETED)
print(len(done), len(not_done))
pool.shutdown(wait=True)
print("slow done:", slow.done())
try:
    pool.submit(square, 1)
except RuntimeError as exc:
    print("RuntimeError:", exc)

f = Future()
f.add_done_callback(lambda fut: print("callback:", fut.result()))
f.set_result("set by hand")
print(repr(ThreadPoolExecutor(max_workers=2).submit(int, "7").result()))
try:
    ThreadPoolExecutor(max_workers=0)
except ValueError as exc:
    print("ValueError:", exc)
