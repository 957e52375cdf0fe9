"""Exceptions raised by gevent (the names and messages of gevent 22.10)."""

from greenlet import GreenletExit

__all__ = ['LoopExit', 'BlockingSwitchOutError', 'InvalidSwitchError',
           'ConcurrentObjectUseError', 'InvalidThreadUseError',
           'HubDestroyed', 'GreenletExit']


class LoopExit(Exception):
    """Raised when the event loop has nothing left to run while a greenlet
    still waits: the wait could never end ("would block forever")."""

    hub = property(lambda self: self.args[1] if len(self.args) > 1 else None)

    def __repr__(self):
        return Exception.__repr__(self)

    def __str__(self):
        return str(self.args[0]) if self.args else ''


class BlockingSwitchOutError(AssertionError):
    """A blocking call was made from the hub itself."""


class InvalidSwitchError(AssertionError):
    """A greenlet was switched to with an unexpected value."""


class ConcurrentObjectUseError(AssertionError):
    """Two greenlets wait on the same single-waiter object."""


class InvalidThreadUseError(RuntimeError):
    """An object was used from a thread other than its hub's."""


class HubDestroyed(GreenletExit):
    """The hub was destroyed while greenlets waited on it."""

    def __init__(self, destroy_loop):
        GreenletExit.__init__(self, destroy_loop)
        self.destroy_loop = destroy_loop
