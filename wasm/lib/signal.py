"""signal: handlers for asynchronous events, on the native `_signal`
(modules/signal.cpp), with CPython's names and enums.

In Interleave a signal comes from Stop / Ctrl-C (SIGINT, to every process of
the run), os.kill(pid, sig) between the run's processes, Process.terminate
(SIGTERM) and kill (SIGKILL), raise_signal, and alarm (SIGALRM). Handlers run
in the main thread, as in CPython. Not provided: setitimer/getitimer,
set_wakeup_fd, pthread_kill, sigwait and the signal masks."""

import _signal
from _signal import alarm, default_int_handler, pause, NSIG
from enum import IntEnum as _IntEnum

# Linux's numbering, which CPython shows on every platform it runs tutorials on.
_NUMBERS = {
    'SIGHUP': 1, 'SIGINT': 2, 'SIGQUIT': 3, 'SIGILL': 4, 'SIGTRAP': 5, 'SIGABRT': 6, 'SIGIOT': 6,
    'SIGBUS': 7, 'SIGFPE': 8, 'SIGKILL': 9, 'SIGUSR1': 10, 'SIGSEGV': 11, 'SIGUSR2': 12,
    'SIGPIPE': 13, 'SIGALRM': 14, 'SIGTERM': 15, 'SIGSTKFLT': 16, 'SIGCHLD': 17, 'SIGCLD': 17,
    'SIGCONT': 18, 'SIGSTOP': 19, 'SIGTSTP': 20, 'SIGTTIN': 21, 'SIGTTOU': 22, 'SIGURG': 23,
    'SIGXCPU': 24, 'SIGXFSZ': 25, 'SIGVTALRM': 26, 'SIGPROF': 27, 'SIGWINCH': 28, 'SIGIO': 29,
    'SIGPOLL': 29, 'SIGPWR': 30, 'SIGSYS': 31, 'SIGRTMIN': 34, 'SIGRTMAX': 64,
}

_DESCRIPTIONS = {
    1: 'Hangup', 2: 'Interrupt', 3: 'Quit', 4: 'Illegal instruction', 5: 'Trace/breakpoint trap',
    6: 'Aborted', 7: 'Bus error', 8: 'Floating point exception', 9: 'Killed',
    10: 'User defined signal 1', 11: 'Segmentation fault', 12: 'User defined signal 2',
    13: 'Broken pipe', 14: 'Alarm clock', 15: 'Terminated', 16: 'Stack fault',
    17: 'Child exited', 18: 'Continued', 19: 'Stopped (signal)', 20: 'Stopped',
    21: 'Stopped (tty input)', 22: 'Stopped (tty output)', 23: 'Urgent I/O condition',
    24: 'CPU time limit exceeded', 25: 'File size limit exceeded', 26: 'Virtual timer expired',
    27: 'Profiling timer expired', 28: 'Window changed', 29: 'I/O possible', 30: 'Power failure',
    31: 'Bad system call',
}

Signals = _IntEnum('Signals', list(_NUMBERS.items()))
Handlers = _IntEnum('Handlers', [('SIG_DFL', 0), ('SIG_IGN', 1)])
Sigmasks = _IntEnum('Sigmasks', [('SIG_BLOCK', 0), ('SIG_UNBLOCK', 1), ('SIG_SETMASK', 2)])
for _name, _member in Signals.__members__.items():
    globals()[_name] = _member
SIG_DFL = Handlers.SIG_DFL
SIG_IGN = Handlers.SIG_IGN
SIG_BLOCK, SIG_UNBLOCK, SIG_SETMASK = Sigmasks.SIG_BLOCK, Sigmasks.SIG_UNBLOCK, Sigmasks.SIG_SETMASK
del _name, _member


def _int_to_enum(value, enum_klass):
    """Converts an int to an enum member if it names one (CPython's helper)."""
    if not isinstance(value, int):
        return value
    try:
        return enum_klass(value)
    except ValueError:
        return value


def _enum_to_int(value):
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


def signal(signalnum, handler):
    return _int_to_enum(_signal.signal(_enum_to_int(signalnum), _enum_to_int(handler)), Handlers)


def getsignal(signalnum):
    return _int_to_enum(_signal.getsignal(signalnum), Handlers)


def raise_signal(signalnum):
    _signal.raise_signal(signalnum)


def strsignal(signalnum):
    signalnum = _enum_to_int(signalnum)
    if not isinstance(signalnum, int):
        raise TypeError(f"'{type(signalnum).__name__}' object cannot be interpreted as an integer")
    if not 1 <= signalnum < NSIG:
        raise ValueError("signal number out of range")
    if signalnum in _DESCRIPTIONS:
        return _DESCRIPTIONS[signalnum]
    if 34 <= signalnum <= 64:
        return f'Real-time signal {signalnum - 34}'
    return None


def valid_signals():
    # Every number but glibc's two reserved real-time signals (32 and 33).
    return {_int_to_enum(n, Signals) for n in range(1, NSIG) if n not in (32, 33)}
