# multiprocessing.process — Process objects: each one a new interpreter
# (an Interleave process) running on its own OS thread, so processes run in
# parallel. Start method 'spawn': the child imports the main script as
# __mp_main__, unpickles this Process object and calls its run().
import os
import sys
import itertools
import threading
import _interleave_mp as _mp

__all__ = ['BaseProcess', 'current_process', 'active_children', 'parent_process']


def current_process():
    return _current_process


def active_children():
    _cleanup()
    return list(_children)


def parent_process():
    return _parent_process


def _cleanup():
    for p in list(_children):
        if _mp.poll(p._pid) is not None:
            _children.discard(p)


class BaseProcess(object):
    '''Process objects represent activity that is run in a separate process.'''

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}, *, daemon=None):
        assert group is None, 'group argument must be None for now'
        count = next(_process_counter)
        self._identity = _current_process._identity + (count,)
        self._config = _current_process._config.copy()
        self._parent_pid = os.getpid()
        self._parent_name = _current_process.name
        self._pid = None
        self._exitcode = None
        self._closed = False
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name or type(self).__name__ + '-' + ':'.join(str(i) for i in self._identity)
        if daemon is not None:
            self.daemon = daemon

    def _check_closed(self):
        if self._closed:
            raise ValueError("process object is closed")

    def run(self):
        '''Method to be run in sub-process; can be overridden in sub-class.'''
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        '''Start child process.'''
        self._check_closed()
        assert self._pid is None, 'cannot start a process twice'
        assert self._parent_pid == os.getpid(), 'can only start a process object created by current process'
        assert not _current_process._config.get('daemon'), 'daemonic processes are not allowed to have children'
        from . import spawn
        spawn._check_not_importing_main()
        _cleanup()
        from .reduction import ForkingPickler
        state = {k: v for k, v in self.__dict__.items() if k not in _TRANSIENT}
        _mp.child_pickling(True)
        try:
            payload = ForkingPickler.dumps((type(self), state))
            self._pid = _mp.start(payload, self._name)  # the pipe ends held while pickling go to the child
        finally:
            _mp.child_pickling(False)
        _children.add(self)

    def terminate(self):
        '''Terminate process; sends SIGTERM signal or uses TerminateProcess().'''
        self._check_closed()
        if self._pid is not None:
            _mp.signal(self._pid, -15)

    def kill(self):
        '''Terminate process; sends SIGKILL signal or uses TerminateProcess().'''
        self._check_closed()
        if self._pid is not None:
            _mp.signal(self._pid, -9)

    def join(self, timeout=None):
        '''Wait until child process terminates.'''
        self._check_closed()
        assert self._parent_pid == os.getpid(), 'can only join a child process'
        assert self._pid is not None, 'can only join a started process'
        if self._exitcode is not None:
            return
        if timeout is not None:
            import time
            deadline = time.monotonic() + max(timeout, 0)
        while True:
            left = None if timeout is None else max(0.0, deadline - time.monotonic())
            r = _mp.join(self._pid, left)
            if r is None:
                continue
            if r is False:
                return
            self._exitcode = r
            _children.discard(self)
            return

    def is_alive(self):
        '''Return whether process is alive.'''
        self._check_closed()
        if self is _current_process:
            return True
        assert self._parent_pid == os.getpid(), 'can only test a child process'
        if self._pid is None:
            return False
        if self._exitcode is None:
            self._exitcode = _mp.poll(self._pid)
        if self._exitcode is not None:
            _children.discard(self)
            return False
        return True

    def close(self):
        if self._pid is not None and self.exitcode is None:
            raise ValueError("Cannot close a process while it is still running. "
                             "You should first call join() or terminate().")
        _children.discard(self)
        self._closed = True

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        assert isinstance(name, str), 'name must be a string'
        self._name = name

    @property
    def daemon(self):
        return self._config.get('daemon', False)

    @daemon.setter
    def daemon(self, daemonic):
        assert self._pid is None, 'process has already started'
        self._config['daemon'] = daemonic

    @property
    def authkey(self):
        return self._config.get('authkey', b'')

    @authkey.setter
    def authkey(self, authkey):
        self._config['authkey'] = authkey

    @property
    def exitcode(self):
        '''Return exit code of process or `None` if it has yet to stop.'''
        self._check_closed()
        if self._pid is None or self is _current_process:
            return self._exitcode
        if self._exitcode is None:
            self._exitcode = _mp.poll(self._pid)
        return self._exitcode

    @property
    def ident(self):
        self._check_closed()
        if self is _current_process:
            return os.getpid()
        return self._pid

    pid = ident

    @property
    def sentinel(self):
        self._check_closed()
        return self._pid

    def __repr__(self):
        exitcode = None
        if self is _current_process:
            status = 'started'
        elif self._closed:
            status = 'closed'
        elif self._parent_pid != os.getpid():
            status = 'unknown'
        elif self._pid is None:
            status = 'initial'
        else:
            exitcode = self.exitcode
            status = 'started' if exitcode is None else 'stopped'
        info = [type(self).__name__, 'name=%r' % self._name]
        if self._pid is not None:
            info.append('pid=%s' % self._pid)
        info.append('parent=%s' % self._parent_pid)
        info.append(status)
        if exitcode is not None:
            info.append('exitcode=%s' % _exitcode_to_name.get(exitcode, exitcode))
        if self.daemon:
            info.append('daemon')
        return '<%s>' % ' '.join(info)

    def _bootstrap(self, parent_sentinel=None):
        '''Runs in the child: run(), then the exit code (as CPython's).'''
        global _current_process, _parent_process, _process_counter, _children
        try:
            _children = set()
            _process_counter = itertools.count(1)
            _current_process = self
            self._pid = os.getpid()
            # the transient fields were not pickled; current_process().pid needs them
            self._exitcode = None
            self._closed = False
            _parent_process = _ParentProcess(self._parent_name, self._parent_pid)
            try:
                self.run()
                exitcode = 0
            finally:
                _exit_function()
        except SystemExit as e:
            _mp.check_terminated()
            if e.code is None:
                exitcode = 0
            elif isinstance(e.code, int):
                exitcode = e.code
            else:
                sys.stderr.write(str(e.code) + '\n')
                exitcode = 1
        except BaseException:
            _mp.check_terminated()
            exitcode = 1
            import traceback
            sys.stderr.write('Process %s:\n' % self.name)
            traceback.print_exc()
        finally:
            try:
                sys.stdout.flush()
                sys.stderr.flush()
            except Exception:
                pass
        _mp.check_terminated()
        return exitcode


_TRANSIENT = ('_pid', '_exitcode', '_closed', '_popen')


class _MainProcess(BaseProcess):
    def __init__(self):
        self._identity = ()
        self._name = 'MainProcess'
        self._parent_pid = None
        self._pid = None
        self._exitcode = None
        self._closed = False
        self._target = None
        self._args = ()
        self._kwargs = {}
        self._config = {'authkey': b'interleave', 'semprefix': '/mp'}

    def close(self):
        pass


class _ParentProcess(BaseProcess):
    def __init__(self, name, pid):
        self._identity = ()
        self._name = name
        self._pid = pid
        self._parent_pid = None
        self._exitcode = None
        self._closed = False
        self._config = {}

    def is_alive(self):
        return _mp.poll(self._pid) is None

    @property
    def ident(self):
        return self._pid

    pid = ident

    def join(self, timeout=None):
        pass


_parent_process = None
_current_process = _MainProcess()
_process_counter = itertools.count(1)
_children = set()

_exitcode_to_name = {-15: 'SIGTERM', -9: 'SIGKILL', -2: 'SIGINT', -1: 'SIGHUP'}


def _exit_function():
    '''At exit (as CPython's multiprocessing.util._exit_function): daemonic
    children are terminated, the others joined.'''
    for p in list(_children):
        if p.daemon and p._pid is not None:
            _mp.signal(p._pid, -15)
    for p in list(_children):
        if p._pid is not None:
            p.join()
    _children.clear()


# Run the exit function after threading's own shutdown (non-daemon threads
# joined), which the interpreter calls when the main script ends.
_threading_shutdown = threading._shutdown


def _shutdown():
    try:
        _threading_shutdown()
    finally:
        _exit_function()


threading._shutdown = _shutdown
