"""greenlet for Interleave: lightweight coroutines with explicit switching.

A greenlet is a scheduler task that runs only when switched to (see
wasm/src/modules/greenlet.cpp); each thread's own task is its main greenlet.
Values (or exceptions) pass both ways through switch(), as in the real
greenlet package.
"""

import _greenlet

__version__ = '3.0.0 (Interleave)'


class error(Exception):
    pass


class GreenletExit(BaseException):
    """Raised into a greenlet to kill it; a greenlet that does not catch it
    dies quietly and its parent receives the exception object."""


_by_task = {}     # task id -> greenlet (started, not dead)
_mains = {}       # task id of a thread -> its main greenlet


def getcurrent():
    tid = _greenlet.current()
    g = _by_task.get(tid)
    if g is None:
        g = _mains.get(tid)
        if g is None:
            g = greenlet.__new__(greenlet)
            g._task = tid
            g._started = True
            g._dead = False
            g._parent = None
            g._main = True
            _mains[tid] = g
    return g


def _pack(args, kwargs):
    # What a resumed switch() returns (the greenlet package's rule).
    if kwargs:
        return (args, kwargs) if args else kwargs
    if len(args) == 1:
        return args[0]
    return args


def _bootstrap(g):
    args, kwargs = g._start_args
    g._start_args = None
    exc = None
    result = None
    try:
        run = g.run
        g.__dict__.pop('run', None)  # like greenlet: a `run` given at creation is dropped once started
        result = run(*args, **kwargs)
    except GreenletExit as e:
        result = e
    except BaseException as e:
        exc = e
    g._dead = True
    _by_task.pop(g._task, None)
    parent = g._parent
    while parent._dead:
        parent = parent._parent
    _greenlet.finish(parent._task, result, exc)


class greenlet:
    """greenlet(run=None, parent=None)"""

    _main = False

    def __init__(self, run=None, parent=None):
        if run is not None:
            self.run = run
        self._task = None
        self._started = False
        self._dead = False
        self._start_args = None
        self._parent = parent if parent is not None else getcurrent()

    # --- attributes ---------------------------------------------------------
    def _get_parent(self):
        return self._parent

    def _set_parent(self, parent):
        if not isinstance(parent, greenlet):
            raise TypeError('parent must be a greenlet')
        p = parent
        while p is not None:
            if p is self:
                raise ValueError('cyclic parent chain')
            p = p._parent
        self._parent = parent

    parent = property(_get_parent, _set_parent)

    @property
    def dead(self):
        return self._dead

    def __bool__(self):
        return self._started and not self._dead

    @property
    def gr_frame(self):
        return None

    def run(self, *args, **kwargs):
        raise AttributeError('run')

    # --- switching ------------------------------------------------------------
    def switch(self, *args, **kwargs):
        if kwargs or self._dead or not self._started:
            return self._switch(args, kwargs, None)
        # The common case in one native call (the target may be current).
        return _greenlet.switch_args(self._task, args)

    def throw(self, typ=GreenletExit, val=None, tb=None):
        if isinstance(typ, BaseException):
            exc = typ
        elif val is None:
            exc = typ()
        elif isinstance(val, BaseException):
            exc = val
        else:
            exc = typ(val)
        if tb is not None:
            exc = exc.with_traceback(tb)
        if not self._started and not self._dead:
            # A greenlet killed before it starts never runs: it is dead, and
            # the exception comes back here as if its run() had raised it.
            self._dead = True
            self._started = True
            if isinstance(exc, GreenletExit):
                return exc
            raise exc
        return self._switch((), None, exc)

    def _switch(self, args, kwargs, exc):
        target = self
        while target._dead:
            target = target._parent
            if target is None:
                raise error('cannot switch to a dead greenlet with no live parent')
        current = getcurrent()
        if target is current:
            if exc is not None:
                raise exc
            return _pack(args, kwargs or {})
        if not target._started:
            target._started = True
            target._start_args = (args, kwargs or {})
            target._task = _greenlet.spawn(_bootstrap, target)
            _by_task[target._task] = target
            value = None
        else:
            value = _pack(args, kwargs or {})
        return _greenlet.switch_to(target._task, value, exc)

    def __repr__(self):
        state = 'dead' if self._dead else ('active' if self._started else 'pending')
        if self._main:
            state = 'main'
        return '<greenlet.greenlet object at 0x%x (otid=0x%x) %s>' % (id(self), self._task or 0, state)


def gettrace():
    return None


def settrace(callback):
    return None
