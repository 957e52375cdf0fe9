"""gevent for Interleave: coroutine-based concurrency on our greenlet.

A Hub greenlet per thread runs the event loop (gevent/hub.py); spawned
Greenlets run when the hub switches to them and switch back whenever they
wait (sleep, join, queues, events, locks, and after monkey.patch_all() also
time.sleep, threading and urllib's simulated network). When nothing is
ready the hub parks its task in the interpreter's scheduler, so real threads
keep running.
"""

__version__ = '22.10.2'
version_info = (22, 10, 2, 'final', 0)

__all__ = ['Greenlet', 'GreenletExit', 'Timeout', 'config', 'fork', 'get_hub',
           'getcurrent', 'getswitchinterval', 'idle', 'iwait', 'joinall',
           'kill', 'killall', 'reinit', 'setswitchinterval', 'signal_handler',
           'sleep', 'spawn', 'spawn_later', 'spawn_raw', 'wait',
           'with_timeout']

from greenlet import getcurrent, GreenletExit
from gevent.hub import get_hub, iwait, wait, sleep, idle, kill, reinit, \
    spawn_raw, signal_handler
from gevent.greenlet import Greenlet, joinall, killall
from gevent.timeout import Timeout, with_timeout

spawn = Greenlet.spawn
spawn_later = Greenlet.spawn_later

_switch_interval = 0.005


def getswitchinterval():
    return _switch_interval


def setswitchinterval(interval):
    global _switch_interval
    if interval > 0:
        _switch_interval = interval


def fork(*args, **kwargs):
    raise OSError('fork() is not available in the playground')


config = None
