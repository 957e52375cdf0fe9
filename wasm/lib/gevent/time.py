"""gevent.time: the time module with a cooperative sleep()."""

from time import *  # noqa: F401,F403
from gevent.hub import sleep

__implements__ = ['sleep']
__all__ = __implements__
