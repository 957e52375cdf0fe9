# gevent greenlets: spawn, sleep(0) switching, join/get/value, links, kill.
# Expected output recorded from the real gevent 22.10.2 (greenlet 2.0.2)
# under CPython 3.11; addresses are masked so the output is deterministic.
import re
import gevent
from gevent import Greenlet, GreenletExit

# Failing greenlets would print a timestamped report to stderr.
gevent.get_hub().exception_stream = None


def mask(s):
    return re.sub(r'0x[0-9a-f]+', '0x?', str(s))


def worker(name, n):
    for i in range(n):
        print(name, i)
        gevent.sleep(0)
    return name.upper()


gs = [gevent.spawn(worker, 'a', 3), gevent.spawn(worker, 'b', 2)]
print(mask(gs[0]))
done = gevent.joinall(gs)
print(len(done), [g.value for g in gs], [g.successful() for g in gs])
print(gs[0].ready(), gs[0].dead, bool(gs[0]), gs[0].exception)

# started/ready before running
g = Greenlet(worker, 'c', 1)
print('before start', g.started, g.ready(), g.dead, bool(g))
g.start()
print('after start', g.started, g.ready(), g.dead)
print('get', g.get())


def fails():
    gevent.sleep(0)
    raise ValueError('boom')


g = gevent.spawn(fails)
g.join()
print('failed', g.ready(), g.successful(), repr(g.exception), g.value)
try:
    g.get()
except ValueError as e:
    print('get raised', repr(e))

# spawn_later order
order = []
gevent.joinall([gevent.spawn_later(0.03, order.append, 3),
                gevent.spawn_later(0.01, order.append, 1),
                gevent.spawn_later(0.02, order.append, 2)])
print('spawn_later', order)

# sleep with timers: wake order follows the deadlines
order = []


def sleeper(t):
    gevent.sleep(t)
    order.append(t)


gevent.joinall([gevent.spawn(sleeper, t) for t in (0.05, 0.01, 0.03)])
print('sleep order', order)

# links
events = []
g = gevent.spawn(lambda: 42)
g.link(lambda src: events.append(('link', src.value)))
g.link_value(lambda src: events.append(('value', src.value)))
g.link_exception(lambda src: events.append(('exception', src.value)))
g.join()
gevent.sleep(0.01)
print('links', events)
events = []
g = gevent.spawn(fails)
g.link_exception(lambda src: events.append(('exception', repr(src.exception))))
g.link_value(lambda src: events.append(('value',)))
g.rawlink(lambda src: events.append(('raw', src.dead)))
g.join()
gevent.sleep(0.01)
print('links', events)

# kill
def forever():
    try:
        while True:
            gevent.sleep(0.01)
    except GreenletExit:
        print('got GreenletExit')
        raise

g = gevent.spawn(forever)
gevent.sleep(0.02)
g.kill()
print('killed', g.dead, g.successful(), type(g.value).__name__, g.exception)

g = gevent.spawn(forever)
g.kill()   # before it ever ran
print('killed early', g.dead, g.successful(), type(g.value).__name__)

class MyExc(Exception):
    pass

g = gevent.spawn(forever)
gevent.sleep(0)
g.kill(MyExc, block=True)
print('killed MyExc', g.dead, repr(g.exception))

gs = [gevent.spawn(forever) for _ in range(3)]
gevent.sleep(0)
gevent.killall(gs)
print('killall', [g.dead for g in gs])

# joinall with timeout and raise_error
slow = gevent.spawn(gevent.sleep, 1)
fast = gevent.spawn(gevent.sleep, 0.01)
done = gevent.joinall([slow, fast], timeout=0.05)
print('joinall timeout', len(done), done[0] is fast)
slow.kill()
try:
    gevent.joinall([gevent.spawn(fails), gevent.spawn(gevent.sleep, 0.01)], raise_error=True)
except ValueError as e:
    print('raise_error', repr(e))

# get with timeout / block=False
g = gevent.spawn(gevent.sleep, 1)
try:
    g.get(timeout=0.01)
except gevent.Timeout as e:
    print('get timeout', type(e).__name__, str(e))
try:
    g.get(block=False)
except gevent.Timeout as e:
    print('get nonblock', type(e).__name__, repr(str(e)))
g.kill()

# names, idents and reprs
g = Greenlet(worker, 'x', 0)
print(mask(repr(g)))
g.name = 'custom'
print(mask(repr(g)), g.name)
h = Greenlet(lambda: None)
print(h.name.startswith('Greenlet-'), isinstance(h.minimal_ident, int))
print(mask(repr(gevent.spawn(worker, 'y', 0, ))).replace(h.name, 'N'))
g2 = Greenlet.spawn(sorted, [3, 1, 2], reverse=True)
print(mask(g2), g2.get())

# getcurrent in a greenlet
def who():
    return gevent.getcurrent()
g = gevent.spawn(who)
print('getcurrent is self', g.get() is g)
print('main is not a Greenlet', not isinstance(gevent.getcurrent(), Greenlet))
print('hub type', type(gevent.get_hub()).__name__, gevent.get_hub() is gevent.get_hub())
