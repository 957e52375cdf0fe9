"""atexit: functions to call when the interpreter exits normally.

They run last in last-registered-first order, after the program's non-daemon
threads and processes have been joined (Interp::step_main), and also after an
uncaught exception or sys.exit(); not after os._exit, Process.terminate/kill
or a second Stop. An exception in one is reported and the rest still run."""

import sys

_callbacks = []


def register(func, *args, **kwargs):
    """Registers func(*args, **kwargs) to run at exit; returns func (so it
    works as a decorator)."""
    if not callable(func):
        raise TypeError('the first argument must be callable')
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func):
    """Removes every registration of func (compared with ==)."""
    _callbacks[:] = [c for c in _callbacks if not c[0] == func]


def _clear():
    del _callbacks[:]


def _ncallbacks():
    return len(_callbacks)


def _run_exitfuncs():
    while _callbacks:
        func, args, kwargs = _callbacks.pop()
        try:
            func(*args, **kwargs)
        except BaseException as exc:
            import traceback
            sys.stderr.write(f'Exception ignored in atexit callback: {func!r}\n')
            # From the callback's own frame: CPython calls it from C.
            traceback.print_exception(type(exc), exc, exc.__traceback__.tb_next, file=sys.stderr)
    sys.stdout.flush()
