# Two greenlets switching: each is a task with its own track in --trace.
from greenlet import greenlet


def ping():
    print('ping')
    g_pong.switch()
    print('ping again')


def pong():
    print('pong')
    g_ping.switch()


g_ping = greenlet(ping)
g_pong = greenlet(pong)
g_ping.switch()
