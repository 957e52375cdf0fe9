# gevent.monkey.patch_all(): time.sleep, threading and queue become
# cooperative; threads are greenlets.
# Expected output recorded from the real gevent 22.10.2 (greenlet 2.0.2)
# under CPython 3.11.
from gevent import monkey
print('patch_all', monkey.patch_all())
print('again', monkey.patch_all())
import time
import threading
import queue
import gevent

print('time patched', monkey.is_module_patched('time'), time.sleep is gevent.sleep)
print('original sleep is not gevent', monkey.get_original('time', 'sleep') is not gevent.sleep)
print('threading patched', monkey.is_module_patched('threading'), monkey.is_object_patched('threading', 'Event'))


def eat(name):
    print('%s eat 1' % name)
    time.sleep(0.3)
    print('%s eat 2' % name)


def play(name):
    print('%s play 1' % name)
    time.sleep(0.3)
    print('%s play 2' % name)


start = time.time()
g1 = gevent.spawn(eat, 'egon')
g2 = gevent.spawn(play, 'alex')
gevent.joinall([g1, g2])
# One after the other they would take 0.6 s; overlapped, about 0.3 s.
print('overlapped', time.time() - start < 0.55)

# threading.Thread runs as a greenlet
log = []


def task(n):
    log.append(('start', n, threading.current_thread().name))
    time.sleep(0.1 * n)  # wide margins: the test machine may be loaded
    log.append(('end', n))


threads = [threading.Thread(target=task, args=(n,), name='T%d' % n) for n in (2, 1)]
for t in threads:
    t.start()
print('alive', [t.is_alive() for t in threads])
for t in threads:
    t.join()
print(log)
print('alive', [t.is_alive() for t in threads])
print('main', threading.current_thread().name, threading.current_thread() is threading.main_thread())

# Lock, Event and queue.Queue wait cooperatively
lock = threading.Lock()
ev = threading.Event()
q = queue.Queue()
out = []


def guarded(i):
    with lock:
        out.append(('in', i))
        time.sleep(0.01)
        out.append(('out', i))


def waiter():
    ev.wait()
    out.append('event seen')
    q.put('from waiter')


ts = [threading.Thread(target=guarded, args=(i,)) for i in range(2)]
tw = threading.Thread(target=waiter)
for t in ts + [tw]:
    t.start()
time.sleep(0.3)  # after both guarded() sleeps, with room for a loaded machine
ev.set()
print('queue got', q.get(timeout=1))
for t in ts + [tw]:
    t.join()
print(out)
print('lock type is gevent', type(lock).__module__.startswith('gevent'))
sem = threading.Semaphore(1)
cond = threading.Condition()
got = []


def cwait():
    with cond:
        cond.wait_for(lambda: got)
        got.append('notified')


t = threading.Thread(target=cwait)
t.start()
time.sleep(0.01)
with cond:
    got.append('x')
    cond.notify_all()
t.join()
print(got)
print('Timer')
fired = []
tm = threading.Timer(0.01, lambda: fired.append(1))
tm.start()
tm.join()
print(fired)
