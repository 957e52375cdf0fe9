import _thread
import time

lock = _thread.allocate_lock()
done = []
def worker(name, n):
    for i in range(n):
        with lock:
            done.append((name, i))

_thread.start_new_thread(worker, ('a', 3))
_thread.start_new_thread(worker, ('b', 2))
while len(done) < 5:
    time.sleep(0.01)
print(sorted(done))
print(type(_thread.get_ident()).__name__, lock.locked())
