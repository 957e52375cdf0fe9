"""AbstractLinkable: the wait/notify core of Event, AsyncResult and
Semaphore. Waiters rawlink their greenlet's switch; when the object becomes
ready the hub calls the links in order (all of them, or for a semaphore only
while it stays ready)."""

import sys

from greenlet import getcurrent
from gevent.hub import get_hub
from gevent.timeout import Timeout
from gevent.exceptions import InvalidSwitchError

__all__ = ['AbstractLinkable']


class AbstractLinkable:

    def __init__(self, hub=None):
        self._links = []
        self._notifier = None
        self._notify_all = True
        self.hub = hub

    def linkcount(self):
        return len(self._links)

    def ready(self):
        raise NotImplementedError

    def rawlink(self, callback):
        """Call callback(self) in the hub when this object is ready."""
        if not callable(callback):
            raise TypeError('Expected callable: %r' % (callback, ))
        self._links.append(callback)
        self._check_and_notify()

    def unlink(self, callback):
        try:
            self._links.remove(callback)
        except ValueError:
            pass
        if not self._links and self._notifier is not None and self._notifier.pending:
            self._notifier.stop()
            self._notifier = None

    def _capture_hub(self, create):
        if self.hub is None:
            self.hub = get_hub()
        return self.hub

    def _check_and_notify(self):
        if self.ready() and self._links and not self._notifier:
            hub = self._capture_hub(True)
            self._notifier = hub.loop.run_callback(self._notify_links)

    def _notify_links(self):
        try:
            links = self._links
            if links:
                only_while_ready = not self._notify_all
                final_link = links[-1]
                done = set()
                while links:
                    if only_while_ready and not self.ready():
                        break
                    link = links.pop(0)
                    if id(link) not in done:
                        done.add(id(link))
                        try:
                            link(self)
                        except:  # noqa: E722
                            self.hub.handle_error((link, self), *sys.exc_info())
                    if link is final_link:
                        break
        finally:
            self._notifier = None
        self._check_and_notify()

    def _switch_to_hub(self, the_hub):
        result = the_hub.switch()
        if result is not self:
            raise InvalidSwitchError('Invalid switch into %s.wait(): %r'
                                     % (self.__class__.__name__, result))

    def _wait_core(self, timeout, catch=Timeout):
        with Timeout._start_new_or_dummy(timeout) as timer:
            switch = getcurrent().switch
            self.rawlink(switch)
            try:
                self._switch_to_hub(self.hub)
                return True
            except catch as ex:
                self.unlink(switch)
                if ex is not timer:
                    raise
                return False
            except:  # noqa: E722
                self.unlink(switch)
                raise

    def _wait_return_value(self, waited, wait_success):
        return None

    def _wait(self, timeout=None):
        self._capture_hub(True)
        if self.ready():
            return self._wait_return_value(False, False)
        gotit = self._wait_core(timeout)
        return self._wait_return_value(True, gotit)
