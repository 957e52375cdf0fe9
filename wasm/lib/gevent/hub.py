"""The hub: one greenlet per thread that runs the event loop.

Interleave has no libev: the loop here is a plain timer heap plus a FIFO of
ready callbacks. Every greenlet that waits switches to the hub; the hub runs
ready callbacks, then fires expired timers, and when nothing is ready it
blocks in the runtime's ORIGINAL time.sleep (saved below, before any monkey
patching), which parks this OS-level task in Interleave's scheduler so that
real Python threads keep running while the greenlets wait.
"""

import sys
import time as _time

from greenlet import greenlet, getcurrent, GreenletExit
from gevent.exceptions import LoopExit, BlockingSwitchOutError, InvalidSwitchError, \
    ConcurrentObjectUseError

__all__ = ['getcurrent', 'GreenletExit', 'spawn_raw', 'sleep', 'kill', 'signal',
           'reinit', 'get_hub', 'Hub', 'Waiter', 'idle', 'wait', 'iwait']

# Saved at import, before monkey.patch_time() can replace time.sleep: the hub
# must really block (park the task), never switch to itself.
_original_sleep = _time.sleep
_now = _time.monotonic

# Callbacks run in one pass before timers get a turn; after this many the
# pass checks whether it has used up the switch interval (as gevent does).
CALLBACK_CHECK_COUNT = 50
SWITCH_INTERVAL = 0.005

_NONE = object()

# What counts as a system error: raised into the main greenlet instead of
# being printed by the hub.
SYSTEM_ERROR = (KeyboardInterrupt, SystemExit, SystemError)


# ---------------------------------------------------------------------------
# Watchers
# ---------------------------------------------------------------------------

class _Callback:
    """A function queued to run in the hub on the next loop pass."""

    __slots__ = ('callback', 'args')

    def __init__(self, callback, args):
        self.callback = callback
        self.args = args

    def stop(self):
        self.callback = None
        self.args = None

    close = stop

    @property
    def pending(self):
        return self.callback is not None

    def __bool__(self):
        # True until it has run or been stopped (`if not obj._notifier`).
        return self.args is not None

    def __repr__(self):
        return '<callback at %s %r args=%r>' % (hex(id(self)), self.callback, self.args)


class _Timer:
    """A one-shot (or repeating) timer watcher: loop.timer(after, repeat)."""

    def __init__(self, loop, after, repeat=0.0, ref=True):
        if after < 0:
            after = 0.0
        self.loop = loop
        self.after = after
        self.repeat = repeat
        self.ref = ref
        self.callback = None
        self.args = ()
        self._entry = None   # the live heap entry, or None when stopped

    @property
    def active(self):
        return self._entry is not None

    @property
    def pending(self):
        return False

    def start(self, callback, *args, **kw):
        # kw may hold update=...: the clock here is always current.
        if self._entry is not None:
            self.loop._cancel_timer(self)
        self.callback = callback
        self.args = args
        self.loop._add_timer(self, self.after)

    def again(self, callback, *args, **kw):
        self.start(callback, *args)

    def stop(self):
        if self._entry is not None:
            self.loop._cancel_timer(self)
        self.callback = None
        self.args = ()

    close = stop

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        self.close()

    def __repr__(self):
        return '<timer at %s after=%r%s>' % (hex(id(self)), self.after, ' active' if self.active else '')


class _Idle:
    """Runs its callback when the loop has nothing else ready."""

    def __init__(self, loop, ref=True):
        self.loop = loop
        self.ref = ref
        self.callback = None
        self.args = ()

    @property
    def active(self):
        return self in self.loop._idles

    pending = False

    def start(self, callback, *args):
        self.callback = callback
        self.args = args
        if self not in self.loop._idles:
            self.loop._idles.append(self)

    def stop(self):
        if self in self.loop._idles:
            self.loop._idles.remove(self)
        self.callback = None
        self.args = ()

    close = stop

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        self.close()


# ---------------------------------------------------------------------------
# The loop
# ---------------------------------------------------------------------------

def _heappush(heap, item):
    heap.append(item)
    pos = len(heap) - 1
    while pos > 0:
        parent = (pos - 1) >> 1
        if heap[parent] <= item:
            break
        heap[pos] = heap[parent]
        pos = parent
    heap[pos] = item


def _heappop(heap):
    last = heap.pop()
    if not heap:
        return last
    top = heap[0]
    n = len(heap)
    pos = 0
    while True:
        child = 2 * pos + 1
        if child >= n:
            break
        if child + 1 < n and heap[child + 1] < heap[child]:
            child += 1
        if last <= heap[child]:
            break
        heap[pos] = heap[child]
        pos = child
    heap[pos] = last
    return top


class Loop:
    """Timers, ready callbacks and idle watchers of one hub."""

    def __init__(self, hub):
        self.hub = hub
        self._callbacks = []     # FIFO of _Callback, consumed from _cb_head
        self._cb_head = 0
        self._timers = []        # heap of [deadline, seq, timer]
        self._seq = 0
        self._ref_timers = 0     # active timers that keep the loop alive
        self._idles = []
        self._now = _now()

    # --- clock ------------------------------------------------------------
    def now(self):
        return self._now

    def update_now(self):
        self._now = _now()

    update = update_now

    # --- watchers ---------------------------------------------------------
    def timer(self, after, repeat=0.0, ref=True, priority=None):
        return _Timer(self, after, repeat, ref)

    def idle(self, ref=True, priority=None):
        return _Idle(self, ref)

    def run_callback(self, func, *args):
        cb = _Callback(func, args)
        self._callbacks.append(cb)
        return cb

    run_callback_threadsafe = run_callback

    def _add_timer(self, timer, after):
        # As libev: relative to the loop's cached time (updated once per
        # iteration), so timers started together keep their order however
        # slowly the code starting them runs.
        self._seq += 1
        entry = [self._now + after, self._seq, timer]
        timer._entry = entry
        if timer.ref:
            self._ref_timers += 1
        _heappush(self._timers, entry)

    def _cancel_timer(self, timer):
        entry = timer._entry
        timer._entry = None
        entry[2] = None          # lazily dropped from the heap
        if timer.ref:
            self._ref_timers -= 1

    def _has_callbacks(self):
        return self._cb_head < len(self._callbacks)

    @property
    def pendingcnt(self):
        return len(self._callbacks) - self._cb_head

    # --- running ----------------------------------------------------------
    def _run_callbacks(self):
        count = CALLBACK_CHECK_COUNT
        expiration = _now() + SWITCH_INTERVAL
        cbs = self._callbacks
        while self._cb_head < len(cbs):
            cb = cbs[self._cb_head]
            cbs[self._cb_head] = None
            self._cb_head += 1
            func = cb.callback
            if func is not None:
                args = cb.args
                cb.callback = None
                cb.args = None
                try:
                    func(*args)
                except:  # noqa: E722 - the hub reports every error
                    self.hub.handle_error(func, *sys.exc_info())
            count -= 1
            if count == 0:
                count = CALLBACK_CHECK_COUNT
                if _now() >= expiration:
                    break
        if self._cb_head >= len(cbs):
            del cbs[:]
            self._cb_head = 0
        elif self._cb_head > 1000:
            del cbs[:self._cb_head]
            self._cb_head = 0

    def _next_deadline(self):
        timers = self._timers
        while timers and timers[0][2] is None:
            _heappop(timers)
        return timers[0][0] if timers else None

    def _fire_timers(self):
        now = _now()
        self._now = now
        timers = self._timers
        expired = []
        while timers and (timers[0][2] is None or timers[0][0] <= now):
            entry = _heappop(timers)
            if entry[2] is not None:
                expired.append(entry)
        for entry in expired:
            timer = entry[2]
            if timer is None or timer._entry is not entry:
                continue         # stopped by an earlier callback of this pass
            func, args = timer.callback, timer.args
            if timer.repeat:
                timer._entry = None
                if timer.ref:
                    self._ref_timers -= 1
                self._add_timer(timer, timer.repeat)
            else:
                timer._entry = None
                if timer.ref:
                    self._ref_timers -= 1
            try:
                func(*args)
            except:  # noqa: E722
                self.hub.handle_error(timer, *sys.exc_info())

    def _alive(self):
        return self._has_callbacks() or self._ref_timers > 0 or \
            any(i.ref for i in self._idles)

    def run(self):
        """Run until no callback, referenced timer or idle watcher is left."""
        while True:
            self._now = _now()
            self._run_callbacks()
            if self._has_callbacks():
                self._fire_timers()
                continue
            deadline = self._next_deadline()
            if self._idles and (deadline is None or deadline > _now()):
                for idle in list(self._idles):
                    if idle.callback is not None and idle in self._idles:
                        func, args = idle.callback, idle.args
                        idle.stop()
                        try:
                            func(*args)
                        except:  # noqa: E722
                            self.hub.handle_error(idle, *sys.exc_info())
                continue
            if not self._alive():
                return
            if deadline is not None:
                delay = deadline - _now()
                if delay > 0:
                    _original_sleep(delay)   # parks this task: threads run
                self._fire_timers()


# ---------------------------------------------------------------------------
# The hub
# ---------------------------------------------------------------------------

def _gmctime():
    try:
        return _time.strftime('%Y-%m-%dT%H:%M:%SZ', _time.gmtime())
    except Exception:
        return ''


class Hub(greenlet):
    """The greenlet that runs the event loop of one thread."""

    SYSTEM_ERROR = SYSTEM_ERROR
    NOT_ERROR = (GreenletExit, SystemExit)

    def __init__(self, loop=None, default=None):
        # `run` is passed as an instance attribute: Interleave's greenlet
        # bootstrap does `del g.run`, which fails for a run defined on the
        # class (reported; harmless with real greenlet too).
        greenlet.__init__(self, self._run_hub, None)
        self.loop = Loop(self)
        self.thread_ident = _thread_key()
        self.name = ''
        self.threadpool = None
        self.resolver = None

    def __repr__(self):
        return '<Hub %r at %s %s>' % (self.name, hex(id(self)), self.loop.__class__.__name__)

    @property
    def exception_stream(self):
        """Where errors are printed: sys.stderr unless assigned; a false
        value disables printing."""
        return self.__dict__.get('_exception_stream', sys.stderr)

    @exception_stream.setter
    def exception_stream(self, stream):
        self.__dict__['_exception_stream'] = stream

    @property
    def main_hub(self):
        return True

    def handle_error(self, context, type, value, tb):
        if type is None or not issubclass(type, self.NOT_ERROR):
            self.print_exception(context, type, value, tb)
        if context is None or issubclass(type, self.SYSTEM_ERROR):
            self.handle_system_error(type, value, tb)

    def handle_system_error(self, type, value, tb=None):
        current = getcurrent()
        if current is self or current is self.parent or self.loop is None:
            self.parent.throw(value)
        else:
            self.loop.run_callback(self.parent.throw, value)

    def print_exception(self, context, type, value, tb):
        errstream = self.exception_stream
        if not errstream:
            return
        if value is None:
            errstream.write('%s\n' % type.__name__)
        else:
            import traceback
            traceback.print_exception(type, value, tb, file=errstream)
        errstream.write(_gmctime())
        errstream.write(' ' if context is not None else '\n')
        if context is not None:
            if not isinstance(context, str):
                try:
                    context = self.format_context(context)
                except Exception:
                    context = repr(context)
            errstream.write('%s failed with %s\n\n' % (context, getattr(type, '__name__', 'exception')))
        try:
            errstream.flush()
        except Exception:
            pass

    def format_context(self, context):
        return repr(context)

    def switch(self):
        if getcurrent() is self:
            raise BlockingSwitchOutError('Impossible to call blocking function in the event loop callback')
        return greenlet.switch(self)

    def switch_out(self):
        raise BlockingSwitchOutError('Impossible to call blocking function in the event loop callback')

    def wait(self, watcher):
        """Wait until *watcher* fires (it is started with a Waiter's switch)."""
        waiter = Waiter(self)
        watcher.start(waiter.switch, waiter)
        try:
            result = waiter.get()
            if result is not waiter:
                raise InvalidSwitchError('Invalid switch into %s: got %r (expected %r; waiting on %r with %r)'
                                         % (getcurrent(), result, waiter, self, watcher))
        finally:
            watcher.stop()

    def cancel_wait(self, watcher, error, close_watcher=False):
        if watcher.callback is not None:
            self.loop.run_callback(self._cancel_wait, watcher, error, close_watcher)

    def _cancel_wait(self, watcher, error, close_watcher):
        active = watcher.active
        cb = watcher.callback
        if close_watcher:
            watcher.close()
        if active:
            glet = getattr(cb, '__self__', None)
            if glet is not None:
                glet.throw(error)

    def _run_hub(self):
        loop = self.loop
        while True:
            loop.run()
            # Nothing left to run while someone waits: that wait is forever.
            self.parent.throw(LoopExit('This operation would block forever', self))

    def join(self, timeout=None):
        """Wait (in the main greenlet) until the loop has nothing left to do."""
        if self.dead:
            return True
        waiter = Waiter(self)
        if timeout is not None:
            timer = self.loop.timer(timeout, ref=False)
            timer.start(waiter.switch, None)
        try:
            try:
                waiter.get()
            except LoopExit:
                return True
        finally:
            if timeout is not None:
                timer.stop()
        return False

    def destroy(self, destroy_loop=None):
        key = self.thread_ident
        if _hubs.get(key) is self:
            del _hubs[key]


# ---------------------------------------------------------------------------
# One hub per thread
# ---------------------------------------------------------------------------

_hubs = {}          # thread key -> Hub
_hub_type = Hub


def _thread_key():
    # A greenlet's thread is the main greenlet at the root of its parent
    # chain (a spawned Greenlet -> its hub -> the thread's main greenlet).
    g = getcurrent()
    while True:
        p = g.parent
        if p is None:
            return id(g)
        g = p


def get_hub(*args, **kwargs):
    """Return the hub of the current thread, creating it if needed."""
    key = _thread_key()
    hub = _hubs.get(key)
    if hub is None:
        hub = _hubs[key] = _hub_type()
    return hub


def get_hub_if_exists():
    return _hubs.get(_thread_key())


def set_hub(hub):
    _hubs[_thread_key()] = hub


def get_hub_class():
    return _hub_type


def set_default_hub_class(hubtype):
    global _hub_type
    _hub_type = hubtype


def _get_hub_noargs():
    return get_hub()


def reinit(hub=None):
    """Nothing to reinitialise: there is no fork in the playground."""


# ---------------------------------------------------------------------------
# Waiter
# ---------------------------------------------------------------------------

class Waiter:
    """A one-time channel between a greenlet and the hub: the greenlet calls
    get() (switching to the hub), the hub later calls switch(value) or
    throw(...) to resume it. Works in either order."""

    __slots__ = ('hub', 'greenlet', 'value', '_exception')

    def __init__(self, hub=None):
        self.hub = get_hub() if hub is None else hub
        self.greenlet = None
        self.value = None
        self._exception = _NONE

    def clear(self):
        self.greenlet = None
        self.value = None
        self._exception = _NONE

    def __str__(self):
        if self._exception is _NONE:
            return '<%s greenlet=%s>' % (type(self).__name__, self.greenlet)
        if self._exception is None:
            return '<%s greenlet=%s value=%r>' % (type(self).__name__, self.greenlet, self.value)
        return '<%s greenlet=%s exc_info=%r>' % (type(self).__name__, self.greenlet, self.exc_info)

    __repr__ = __str__

    def ready(self):
        return self._exception is not _NONE

    def successful(self):
        if self.ready():
            return self._exception is None
        return None

    @property
    def exc_info(self):
        if self._exception is not _NONE:
            return self._exception
        return None

    def switch(self, value):
        """Switch to the greenlet if one is waiting, else store the value."""
        greenlet_ = self.greenlet
        if greenlet_ is None:
            self.value = value
            self._exception = None
        else:
            if getcurrent() is not self.hub:
                raise AssertionError('Can only use Waiter.switch method from the Hub greenlet')
            try:
                greenlet_.switch(value)
            except:  # noqa: E722
                self.hub.handle_error(greenlet_.switch, *sys.exc_info())

    def switch_args(self, *args):
        return self.switch(args)

    def throw(self, *throw_args):
        greenlet_ = self.greenlet
        if greenlet_ is None:
            self._exception = throw_args
        else:
            if getcurrent() is not self.hub:
                raise AssertionError('Can only use Waiter.switch method from the Hub greenlet')
            try:
                greenlet_.throw(*throw_args)
            except:  # noqa: E722
                self.hub.handle_error(greenlet_.throw, *sys.exc_info())

    def get(self):
        """Wait for the value (or exception) and return (or raise) it."""
        if self._exception is not _NONE:
            if self._exception is None:
                return self.value
            getcurrent().throw(*self._exception)
        else:
            if self.greenlet is not None:
                raise ConcurrentObjectUseError('This Waiter is already used by %r' % (self.greenlet, ))
            self.greenlet = getcurrent()
            try:
                return self.hub.switch()
            finally:
                self.greenlet = None

    def __call__(self, source):
        if source.exception is None:
            self.switch(source.value)
        else:
            self.throw(source.exception)


class MultipleWaiter(Waiter):
    """A Waiter that keeps every value it is switched with (for iwait)."""

    __slots__ = ('_values',)

    def __init__(self, hub=None):
        Waiter.__init__(self, hub)
        self._values = []

    def switch(self, value):
        self._values.append(value)
        Waiter.switch(self, True)

    def get(self):
        if not self._values:
            Waiter.get(self)
            Waiter.clear(self)
        return self._values.pop(0)


# ---------------------------------------------------------------------------
# Module functions
# ---------------------------------------------------------------------------

def sleep(seconds=0, ref=True):
    """Put the current greenlet to sleep for at least *seconds*; sleep(0)
    only yields to the other greenlets that are ready to run."""
    hub = get_hub()
    loop = hub.loop
    if seconds <= 0:
        waiter = Waiter(hub)
        loop.run_callback(waiter.switch, None)
        waiter.get()
    else:
        with loop.timer(seconds, ref=ref) as t:
            loop.update_now()
            hub.wait(t)


def idle(priority=0):
    """Wait until the event loop has nothing else to do."""
    hub = get_hub()
    watcher = hub.loop.idle()
    hub.wait(watcher)


def kill(greenlet, exception=GreenletExit):
    """Kill *greenlet* asynchronously (the current greenlet keeps running)."""
    if not greenlet.dead:
        if hasattr(greenlet, 'kill'):
            greenlet.kill(exception=exception, block=False)
        else:
            get_hub().loop.run_callback(greenlet.throw, exception)


def spawn_raw(function, *args, **kwargs):
    """Start a raw greenlet (no Greenlet bookkeeping) running function."""
    if not callable(function):
        raise TypeError("function must be callable")
    hub = get_hub()
    if kwargs:
        def run():
            return function(*args, **kwargs)
        g = greenlet(run, hub)
        hub.loop.run_callback(g.switch)
    else:
        g = greenlet(function, hub)
        hub.loop.run_callback(g.switch, *args)
    return g


class signal:
    """Signals do not exist in the playground; kept for API shape."""

    def __init__(self, signalnum, handler, *args, **kwargs):
        raise NotImplementedError('signals are not available in the playground')


def signal_handler(signalnum, handler, *args, **kwargs):
    return signal(signalnum, handler, *args, **kwargs)


# ---------------------------------------------------------------------------
# wait / iwait
# ---------------------------------------------------------------------------

class _WaitIterator:

    def __init__(self, objects, hub, timeout, count):
        self._hub = hub
        self._waiter = MultipleWaiter(hub)
        self._switch = self._waiter.switch
        self._timeout = timeout
        self._objects = objects
        self._timer = None
        self._begun = False
        self._count = len(objects) if count is None else min(count, len(objects))

    def _begin(self):
        if self._begun:
            return
        self._begun = True
        for obj in self._objects:
            obj.rawlink(self._switch)
        if self._timeout is not None:
            self._timer = self._hub.loop.timer(self._timeout)
            self._timer.start(self._switch, self)

    def __iter__(self):
        return self

    def __next__(self):
        self._begin()
        if self._count == 0:
            self._cleanup()
            raise StopIteration()
        self._count -= 1
        try:
            item = self._waiter.get()
            self._waiter.clear()
            if item is self:
                self._cleanup()
                raise StopIteration()
            return item
        except:  # noqa: E722
            self._cleanup()
            raise

    next = __next__

    def _cleanup(self):
        if self._timer is not None:
            self._timer.close()
            self._timer = None
        objs = self._objects
        self._objects = ()
        for obj in objs:
            unlink = getattr(obj, 'unlink', None)
            if unlink is not None:
                try:
                    unlink(self._switch)
                except Exception:
                    pass

    def __enter__(self):
        return self

    def __exit__(self, typ, value, tb):
        self._cleanup()


def iwait(objects, timeout=None, count=None):
    """Yield *objects* as they become ready (until *count* or *timeout*)."""
    hub = get_hub()
    if objects is None:
        return [hub.join(timeout=timeout)]
    return _WaitIterator(objects, hub, timeout, count)


def wait(objects=None, timeout=None, count=None):
    """Wait for *objects* (or, with None, for the loop to finish); return the
    ready ones in the order they became ready."""
    if objects is None:
        return get_hub().join(timeout=timeout)
    return list(iwait(objects, timeout, count))
