import queue
import threading

q = queue.Queue()
results = []
def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        results.append(item * 2)
        q.task_done()

ts = [threading.Thread(target=worker) for _ in range(3)]
for t in ts: t.start()
for i in range(10):
    q.put(i)
for _ in ts:
    q.put(None)
q.join()
for t in ts: t.join()
print(sorted(results), q.qsize(), q.empty())

lq = queue.LifoQueue()
for i in range(3): lq.put(i)
print([lq.get() for _ in range(3)])
pq = queue.PriorityQueue()
for x in [(3, 'c'), (1, 'a'), (2, 'b')]: pq.put(x)
print([pq.get() for _ in range(3)])
sq = queue.SimpleQueue()
sq.put(1); print(sq.get(), sq.empty())
bq = queue.Queue(maxsize=1)
bq.put('x')
print(bq.full())
try:
    bq.put_nowait('y')
except queue.Full:
    print('Full')
print(bq.get_nowait())
try:
    bq.get(timeout=0.01)
except queue.Empty:
    print('Empty')
