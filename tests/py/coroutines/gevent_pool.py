# gevent.pool (Group, Pool) and gevent.queue (Queue, JoinableQueue,
# PriorityQueue, LifoQueue, Channel).
# Expected output recorded from the real gevent 22.10.2 (greenlet 2.0.2)
# under CPython 3.11.
import gevent
from gevent.pool import Pool, Group
from gevent.queue import Queue, JoinableQueue, PriorityQueue, LifoQueue, Empty, Full


def square(x):
    gevent.sleep(0.01 * (4 - x))
    return x * x


pool = Pool(2)
print('size', pool.size, 'free', pool.free_count(), 'full', pool.full(), len(pool))
print('map', pool.map(square, range(4)))
print('imap', list(pool.imap(square, range(4))))
print('imap_unordered', sorted(pool.imap_unordered(square, range(4))))
print('apply', pool.apply(square, (3,)))
running = []


def job(i):
    running.append(i)
    gevent.sleep(0.02)
    return i


gs = [pool.spawn(job, i) for i in range(2)]
print('after 2 spawns: free', pool.free_count(), 'full', pool.full(), len(pool))
g3 = pool.spawn(job, 2)          # waits for a free slot
print('third spawned once a slot freed; running', running)
print('join', pool.join(), 'free', pool.free_count(), len(pool))
print('wait_available', pool.wait_available())
pool.spawn(gevent.sleep, 1)
pool.spawn(gevent.sleep, 1)
print('join timeout', pool.join(timeout=0.01))
pool.kill()
print('after kill', len(pool), pool.free_count())

order = []


def finish(i):
    gevent.sleep(0.1 * i)  # wide margins: the test machine may be loaded
    order.append(i)
    return i


p = Pool(3)
print('unordered arrival', list(p.imap_unordered(finish, [3, 1, 2])))
print('ordered', list(p.imap(finish, [3, 1, 2])))

group = Group()
a = group.spawn(square, 1)
b = group.spawn(square, 2)
print('group len', len(group), a in group)
group.join()
print('group done', len(group), a.value, b.value)
print('group map', group.map(square, [1, 2, 3]))
try:
    Pool(-1)
except ValueError as e:
    print('ValueError', e)


def bad(x):
    raise KeyError(x)


gevent.get_hub().exception_stream = None
try:
    list(Pool(2).imap_unordered(bad, [1]))
except KeyError as e:
    print('imap raised', repr(e))

# Queue
q = Queue()
print(q, q.qsize(), q.empty(), q.full(), q.maxsize)


def producer(n):
    for i in range(n):
        q.put(i)
        print('put', i)
        gevent.sleep(0)
    q.put(StopIteration)


def consumer():
    for item in q:
        print('got', item)


gevent.joinall([gevent.spawn(producer, 3), gevent.spawn(consumer)])
try:
    q.get(block=False)
except Empty:
    print('Empty nowait')
try:
    q.get(timeout=0.01)
except Empty:
    print('Empty timeout')
b = Queue(1)
b.put('x')
print(b, b.full())
try:
    b.put('y', block=False)
except Full:
    print('Full nowait')
try:
    b.put('y', timeout=0.01)
except Full:
    print('Full timeout')


def late_get():
    gevent.sleep(0.01)
    print('late got', b.get())


gevent.spawn(late_get)
b.put('z')     # blocks until late_get frees a slot
print('put z done', b.get())

jq = JoinableQueue()
for i in range(3):
    jq.put(i)


def worker():
    while True:
        item = jq.get()
        gevent.sleep(0.01)
        print('done', item)
        jq.task_done()


w = gevent.spawn(worker)
print('join', jq.join(), jq.unfinished_tasks)
w.kill()
try:
    jq.task_done()
except ValueError as e:
    print('ValueError', e)

pq = PriorityQueue()
for x in (3, 1, 2):
    pq.put(x)
print('priority', [pq.get() for _ in range(3)])
lq = LifoQueue()
for x in (3, 1, 2):
    lq.put(x)
print('lifo', [lq.get() for _ in range(3)], lq.empty())
q = Queue()
q.put(1)
print('peek', q.peek(), q.qsize(), q.get_nowait())
