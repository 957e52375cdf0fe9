# greenlet: two greenlets switching to each other, passing a value both
# ways; 400,000 switches in all.  (CPython needs the greenlet package; see
# bench/compare.py for how a missing one is reported.)
from greenlet import greenlet

N = 200_000


def ping():
    v = 0
    for _ in range(N):
        v = g_pong.switch(v + 1)
    return v


def pong(v):
    while True:
        v = g_ping.switch(v * 3 % 1000003)


g_ping = greenlet(ping)
g_pong = greenlet(pong)
print(g_ping.switch())
