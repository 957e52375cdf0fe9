"""gevent.Greenlet: a greenlet scheduled by the hub, with a result, links
and kill/join/get (the behaviour and reprs of gevent 22.10)."""

import sys

from greenlet import greenlet, getcurrent, GreenletExit
from gevent.hub import get_hub, Waiter, iwait, wait, _NONE
from gevent.timeout import Timeout
from gevent.exceptions import InvalidSwitchError

__all__ = ['Greenlet', 'joinall', 'killall']


class _DummyEvent:
    __slots__ = ('pending', 'active')

    def __init__(self):
        self.pending = self.active = False

    def stop(self):
        pass

    def start(self, cb):
        raise AssertionError("Cannot start the dummy event")

    def close(self):
        pass


_cancelled_start_event = _DummyEvent()
_start_completed_event = _DummyEvent()


class SpawnedLink:
    """A link callback run in a greenlet of its own (Greenlet.link)."""

    __slots__ = ['callback']

    def __init__(self, callback):
        if not callable(callback):
            raise TypeError("Expected callable: %r" % (callback, ))
        self.callback = callback

    def __call__(self, source):
        g = greenlet(self.callback, get_hub())
        g.switch(source)

    def __hash__(self):
        return hash(self.callback)

    def __eq__(self, other):
        return self.callback == getattr(other, 'callback', other)

    def __str__(self):
        return str(self.callback)

    def __repr__(self):
        return repr(self.callback)


class SuccessSpawnedLink(SpawnedLink):
    __slots__ = []

    def __call__(self, source):
        if source.successful():
            return SpawnedLink.__call__(self, source)


class FailureSpawnedLink(SpawnedLink):
    __slots__ = []

    def __call__(self, source):
        if not source.successful():
            return SpawnedLink.__call__(self, source)


# Small integers that name greenlets ("Greenlet-0"), handed out in order.
_next_minimal_ident = [0]


class Greenlet(greenlet):
    """A light-weight cooperatively-scheduled execution unit."""

    spawning_greenlet = None
    spawn_tree_locals = None
    _spawn_callbacks = None

    def __init__(self, run=None, *args, **kwargs):
        # `run` is passed as an instance attribute: Interleave's greenlet
        # bootstrap does `del g.run`, which fails for a run defined on the
        # class (reported; harmless with real greenlet too).
        greenlet.__init__(self, self._Greenlet__run, get_hub())
        if run is not None:
            self._run = run
        if not callable(self._run):
            raise TypeError("The run argument or self._run must be callable")
        self.args = args
        self.kwargs = kwargs
        self.value = None
        self._start_event = None
        self._notifier = None
        self._formatted_info = None
        self._links = []
        self._ident = None
        self._exc_info = None
        self.spawning_greenlet = getcurrent()

    # --- identity -----------------------------------------------------------
    @property
    def minimal_ident(self):
        if self._ident is None:
            self._ident = _next_minimal_ident[0]
            _next_minimal_ident[0] += 1
        return self._ident

    @property
    def name(self):
        return self.__dict__.get('name') or 'Greenlet-%d' % (self.minimal_ident, )

    @name.setter
    def name(self, value):
        self.__dict__['name'] = value

    @property
    def loop(self):
        return self.parent.loop

    def __repr__(self):
        classname = self.__class__.__name__
        if 'name' not in self.__dict__ and self._ident is None:
            name = ' '
        else:
            name = ' "%s" ' % (self.name, )
        result = '<%s%sat %s' % (classname, name, hex(id(self)))
        formatted = self._formatinfo()
        if formatted:
            result += ': ' + formatted
        return result + '>'

    __str__ = __repr__

    def _formatinfo(self):
        info = self._formatted_info
        if info is not None:
            return info
        func = self._run
        im_self = getattr(func, '__self__', None)
        if im_self is self:
            funcname = '_run'
        elif im_self is not None:
            funcname = repr(func)
        else:
            funcname = getattr(func, '__name__', '') or repr(func)
        result = funcname
        args = []
        if self.args:
            args = [repr(x)[:50] for x in self.args]
        if self.kwargs:
            args.extend(['%s=%s' % (key, repr(value)[:50]) for (key, value) in self.kwargs.items()])
        if args:
            result += '(' + ', '.join(args) + ')'
        self._formatted_info = result
        return result

    # --- state ---------------------------------------------------------------
    def __bool__(self):
        return self._start_event is not None and self._exc_info is None

    @property
    def dead(self):
        """True if it ran and finished, or was killed before it could run."""
        return (self.__start_cancelled_by_kill()
                or self.__started_but_aborted()
                or greenlet.dead.__get__(self, type(self)))

    def __start_pending(self):
        ev = self._start_event
        return ev is not None and (ev.pending or getattr(ev, 'active', False))

    def __start_cancelled_by_kill(self):
        return self._start_event is _cancelled_start_event

    def __started_but_aborted(self):
        ev = self._start_event
        return (ev is not None and ev is not _cancelled_start_event
                and ev is not _start_completed_event and not self.__start_pending())

    @property
    def started(self):
        return bool(self)

    def ready(self):
        """Return true if and only if it is ready (has a result or exception)."""
        return self._exc_info is not None

    def successful(self):
        """Return true if it finished without raising an error."""
        return self._exc_info is not None and self._exc_info[1] is None

    @property
    def exception(self):
        """The exception it raised (None if it succeeded or is not done)."""
        return self._exc_info[1] if self._exc_info is not None else None

    @property
    def exc_info(self):
        ei = self._exc_info
        if ei is not None and ei[0] is not None:
            return (ei[0], ei[1], ei[2])
        return None

    def _raise_exception(self):
        ei = self._exc_info
        raise ei[1].with_traceback(ei[2])

    def has_links(self):
        return len(self._links)

    # --- starting --------------------------------------------------------------
    def start(self):
        """Schedule the greenlet to run in this loop iteration."""
        if self._start_event is None:
            self._start_event = self.parent.loop.run_callback(self.switch)

    def start_later(self, seconds):
        """Schedule the greenlet to run *seconds* later."""
        if self._start_event is None:
            self._start_event = self.parent.loop.timer(seconds)
            self._start_event.start(self.switch)

    @classmethod
    def spawn(cls, *args, **kwargs):
        g = cls(*args, **kwargs)
        g.start()
        return g

    @classmethod
    def spawn_later(cls, seconds, *args, **kwargs):
        if cls is Greenlet and not args and 'run' not in kwargs:
            raise TypeError("")
        g = cls(*args, **kwargs)
        g.start_later(seconds)
        return g

    @staticmethod
    def add_spawn_callback(callback):
        pass

    @staticmethod
    def remove_spawn_callback(callback):
        pass

    def __cancel_start(self):
        if self._start_event is None:
            self._start_event = _cancelled_start_event
        self._start_event.stop()
        self._start_event.close()

    def __handle_death_before_start(self, args):
        # A greenlet killed before it ran: record the exception as if run()
        # had raised it, and notify the links.
        if self._exc_info is None and self.dead:
            if len(args) == 1:
                arg = args[0]
                if isinstance(arg, type) and issubclass(arg, BaseException):
                    args = (arg, arg(), None)
                else:
                    args = (type(arg), arg, None)
            elif not args:
                args = (GreenletExit, GreenletExit(), None)
            if not issubclass(args[0], BaseException):
                args = (BaseException, BaseException(args), None)
            self.__report_error(args)

    def __free(self):
        self.__dict__.pop('_run', None)
        self.args = ()
        self.kwargs.clear()

    def _maybe_kill_before_start(self, exception):
        self.__cancel_start()
        self.__free()
        dead = self.dead
        if dead:
            if isinstance(exception, tuple) and len(exception) == 3:
                args = exception
            else:
                args = (exception, )
            self.__handle_death_before_start(args)
        return dead

    def throw(self, *args):
        """Immediately switch into the greenlet and raise an exception in it."""
        self.__cancel_start()
        try:
            if not self.dead:
                greenlet.throw(self, *args)
        finally:
            self.__handle_death_before_start(args)

    # --- killing, waiting ------------------------------------------------------
    def kill(self, exception=GreenletExit, block=True, timeout=None):
        """Raise *exception* in the greenlet; with block, wait until it dies."""
        if not self._maybe_kill_before_start(exception):
            if self.ready():
                return
            waiter = Waiter() if block else None
            self.parent.loop.run_callback(_kill, self, exception, waiter)
            if waiter is not None:
                waiter.get()
                self.join(timeout)

    def get(self, block=True, timeout=None):
        """Return the result, or re-raise the exception it raised."""
        if self.ready():
            if self.successful():
                return self.value
            self._raise_exception()
        if not block:
            raise Timeout()
        switch = getcurrent().switch
        self.rawlink(switch)
        try:
            t = Timeout._start_new_or_dummy(timeout)
            try:
                result = self.parent.switch()
                if result is not self:
                    raise InvalidSwitchError('Invalid switch into Greenlet.get(): %r' % (result, ))
            finally:
                t.cancel()
        except:  # noqa: E722
            self.unlink(switch)
            raise
        if self.ready():
            if self.successful():
                return self.value
            self._raise_exception()

    def join(self, timeout=None):
        """Wait until the greenlet finishes or *timeout* expires."""
        if self.ready():
            return
        switch = getcurrent().switch
        self.rawlink(switch)
        try:
            t = Timeout._start_new_or_dummy(timeout)
            try:
                result = self.parent.switch()
                if result is not self:
                    raise InvalidSwitchError('Invalid switch into Greenlet.join(): %r' % (result, ))
            finally:
                t.cancel()
        except Timeout as ex:
            self.unlink(switch)
            if ex is not t:
                raise
        except:  # noqa: E722
            self.unlink(switch)
            raise

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        if t is None:
            try:
                self.join()
            finally:
                self.kill()
        else:
            self.kill((t, v, tb))

    # --- running -----------------------------------------------------------------
    def __report_result(self, result):
        self._exc_info = (None, None, None)
        self.value = result
        if self._links and not self._notifier:
            self._notifier = self.parent.loop.run_callback(self._notify_links)

    def __report_error(self, exc_info):
        if isinstance(exc_info[1], GreenletExit):
            self.__report_result(exc_info[1])
            return
        self._exc_info = exc_info[0], exc_info[1], exc_info[2]
        hub = self.parent
        if self._links and not self._notifier:
            self._notifier = hub.loop.run_callback(self._notify_links)
        hub.handle_error(self, *exc_info)

    def __run(self):
        try:
            self.__cancel_start()
            self._start_event = _start_completed_event
            try:
                result = self._run(*self.args, **self.kwargs)
            except:  # noqa: E722
                self.__report_error(sys.exc_info())
            else:
                self.__report_result(result)
        finally:
            self.__free()

    def _run(self):
        """Subclasses may override this method to take any arguments."""
        return

    # --- links -------------------------------------------------------------------
    def rawlink(self, callback):
        """Call callback(self) in the hub when the greenlet finishes."""
        if not callable(callback):
            raise TypeError('Expected callable: %r' % (callback, ))
        self._links.append(callback)
        if self.ready() and self._links and not self._notifier:
            self._notifier = self.parent.loop.run_callback(self._notify_links)

    def link(self, callback, SpawnedLink=SpawnedLink):
        """Call callback(self) in a new greenlet when this one finishes."""
        self.rawlink(SpawnedLink(callback))

    def unlink(self, callback):
        try:
            self._links.remove(callback)
        except ValueError:
            pass

    def unlink_all(self):
        del self._links[:]

    def link_value(self, callback, SpawnedLink=SuccessSpawnedLink):
        self.link(callback, SpawnedLink=SpawnedLink)

    def link_exception(self, callback, SpawnedLink=FailureSpawnedLink):
        self.link(callback, SpawnedLink=SpawnedLink)

    def _notify_links(self):
        while self._links:
            link = self._links.pop(0)
            try:
                link(self)
            except:  # noqa: E722
                self.parent.handle_error((link, self), *sys.exc_info())


def _kill(glet, exception, waiter):
    try:
        if isinstance(exception, tuple) and len(exception) == 3:
            glet.throw(*exception)
        else:
            glet.throw(exception)
    except:  # noqa: E722
        glet.parent.handle_error(glet, *sys.exc_info())
    if waiter is not None:
        waiter.switch(None)


def joinall(greenlets, timeout=None, raise_error=False, count=None):
    """Wait for the greenlets to finish; return those that did."""
    if not raise_error:
        return wait(greenlets, timeout=timeout, count=count)
    done = []
    for obj in iwait(greenlets, timeout=timeout, count=count):
        if getattr(obj, 'exception', None) is not None:
            if hasattr(obj, '_raise_exception'):
                obj._raise_exception()
            else:
                raise obj.exception
        done.append(obj)
    return done


def _killall3(greenlets, exception, waiter):
    diehards = []
    for g in greenlets:
        if not g.dead:
            try:
                g.throw(exception)
            except:  # noqa: E722
                g.parent.handle_error(g, *sys.exc_info())
            if not g.dead:
                diehards.append(g)
    waiter.switch(diehards)


def _killall(greenlets, exception):
    for g in greenlets:
        if not g.dead:
            try:
                g.throw(exception)
            except:  # noqa: E722
                g.parent.handle_error(g, *sys.exc_info())


def killall(greenlets, exception=GreenletExit, block=True, timeout=None):
    """Kill all *greenlets* with *exception*; with block, wait for them."""
    need_killed = []
    for glet in greenlets:
        if isinstance(glet, Greenlet) and glet._maybe_kill_before_start(exception):
            continue
        need_killed.append(glet)
    if not need_killed:
        return
    loop = get_hub().loop
    if block:
        waiter = Waiter()
        loop.run_callback(_killall3, need_killed, exception, waiter)
        t = Timeout._start_new_or_dummy(timeout)
        try:
            alive = waiter.get()
            if alive:
                joinall(alive, raise_error=False)
        finally:
            t.cancel()
    else:
        loop.run_callback(_killall, need_killed, exception)
