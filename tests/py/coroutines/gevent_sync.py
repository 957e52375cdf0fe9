# gevent synchronisation: Event, AsyncResult, Semaphore, BoundedSemaphore,
# RLock, Timeout, with_timeout, wait/iwait.
# Expected output recorded from the real gevent 22.10.2 (greenlet 2.0.2)
# under CPython 3.11; addresses are masked so the output is deterministic.
import re
import gevent
from gevent.event import Event, AsyncResult
from gevent.lock import Semaphore, BoundedSemaphore, RLock


def mask(s):
    return re.sub(r'0x[0-9a-f]+', '0x?', str(s))


# Event
ev = Event()
print(mask(ev), ev.is_set(), ev.ready())


def waiter(name):
    print(name, 'waits')
    r = ev.wait()
    print(name, 'woke', r)


gs = [gevent.spawn(waiter, n) for n in ('w1', 'w2')]
gevent.sleep(0)
print('setting')
ev.set()
gevent.joinall(gs)
print(mask(ev), ev.wait(), ev.wait(0))
ev.clear()
print('wait timeout', ev.wait(0.01))

# AsyncResult
ar = AsyncResult()
print(mask(ar), ar.ready(), ar.successful(), ar.exception)


def setter():
    gevent.sleep(0.01)
    ar.set('hello')


gevent.spawn(setter)
print('get', ar.get())
print(mask(ar), ar.ready(), ar.successful(), ar.value)
ar2 = AsyncResult()
gevent.spawn_later(0.01, ar2.set_exception, KeyError('k'))
try:
    ar2.get()
except KeyError as e:
    print('raised', repr(e), ar2.successful(), repr(ar2.exception))
ar3 = AsyncResult()
try:
    ar3.get(timeout=0.01)
except gevent.Timeout as e:
    print('ar timeout', str(e))
try:
    ar3.get(block=False)
except gevent.Timeout:
    print('ar nonblock Timeout')
print('ar wait', ar3.wait(0.01))
g = gevent.spawn(lambda: 7)
ar4 = AsyncResult()
g.link(ar4)
print('linked result', ar4.get())

# Semaphore limits concurrency
sem = Semaphore(2)
print(mask(sem), sem.counter, sem.locked())
active = []
peak = [0]


def limited(i):
    with sem:
        active.append(i)
        peak[0] = max(peak[0], len(active))
        gevent.sleep(0.01)
        active.remove(i)
    return i


gevent.joinall([gevent.spawn(limited, i) for i in range(5)])
print('peak', peak[0], 'counter', sem.counter)
print('acquire nonblock', sem.acquire(), sem.acquire(), sem.acquire(blocking=False), sem.locked())
print('acquire timeout', sem.acquire(timeout=0.01))
sem.release()
sem.release()

bs = BoundedSemaphore(1)
print(mask(bs))
bs.acquire()
bs.release()
try:
    bs.release()
except ValueError as e:
    print('ValueError', e)
try:
    Semaphore(-1)
except ValueError as e:
    print('ValueError', e)

# RLock is reentrant for its greenlet, exclusive for others
lock = RLock()
log = []


def locker(name):
    with lock:
        with lock:
            log.append(name + ' in')
            gevent.sleep(0.01)
            log.append(name + ' out')


gevent.joinall([gevent.spawn(locker, 'A'), gevent.spawn(locker, 'B')])
print(log)
print(mask(lock))
try:
    lock.release()
except RuntimeError as e:
    print('RuntimeError', mask(e)[:37])

# Timeout
t = gevent.Timeout(0.01)
print(mask(repr(t)), str(t), t.pending)
t.start()
print('pending', t.pending)
try:
    gevent.sleep(1)
except gevent.Timeout as e:
    print('caught own', e is t)
t.cancel()
print('pending', t.pending)
with gevent.Timeout(0.01, False):
    gevent.sleep(1)
    print('not printed')
print('silent timeout passed')
try:
    with gevent.Timeout(0.01, ValueError('custom')):
        gevent.sleep(1)
except ValueError as e:
    print('custom', repr(e))
with gevent.Timeout(1):
    gevent.sleep(0.01)
print('no timeout')
print(str(gevent.Timeout(1)), str(gevent.Timeout(2, False)), str(gevent.Timeout(2, 'msg')), repr(str(gevent.Timeout())))
t = gevent.Timeout.start_new(0.01)
try:
    gevent.sleep(1)
except gevent.Timeout as e:
    print('start_new', e is t)
print('with_timeout', gevent.with_timeout(0.01, gevent.sleep, 1, timeout_value='default'))
try:
    gevent.with_timeout(0.01, gevent.sleep, 1)
except gevent.Timeout as e:
    print('with_timeout raised', str(e))
print('isinstance', issubclass(gevent.Timeout, BaseException), issubclass(gevent.Timeout, Exception))

# wait / iwait
gs = [gevent.spawn(gevent.sleep, t) for t in (0.03, 0.01, 0.02)]
print('iwait', [gs.index(g) for g in gevent.iwait(gs)])
gs = [gevent.spawn(gevent.sleep, t) for t in (0.03, 0.01, 0.02)]
print('wait count', [gs.index(g) for g in gevent.wait(gs, count=2)])
gevent.joinall(gs)
evs = [Event(), Event()]
gevent.spawn_later(0.01, evs[1].set)
print('wait events', gevent.wait(evs, timeout=0.05) == [evs[1]])
print('idle', gevent.idle())
