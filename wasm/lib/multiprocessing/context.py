# multiprocessing.context — the default context (start method 'spawn') and
# the factory functions the package exports (Queue(), Lock(), Pool() ...).
import os
import sys
import _interleave_mp as _mp
from . import process

__all__ = []


def assert_spawning(obj, handle=None):
    '''Raises unless obj is being pickled for a child that start() creates
    (or, given its handle, a Manager made it).'''
    if not _mp.may_pickle(handle):
        raise RuntimeError('%s objects should only be shared between processes'
                           ' through inheritance' % type(obj).__name__)


class ProcessError(Exception):
    pass


class BufferTooShort(ProcessError):
    pass


class TimeoutError(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


class Process(process.BaseProcess):
    _start_method = None


class SpawnProcess(process.BaseProcess):
    _start_method = 'spawn'


class BaseContext(object):
    ProcessError = ProcessError
    BufferTooShort = BufferTooShort
    TimeoutError = TimeoutError
    AuthenticationError = AuthenticationError

    current_process = staticmethod(process.current_process)
    parent_process = staticmethod(process.parent_process)
    active_children = staticmethod(process.active_children)

    def cpu_count(self):
        num = os.cpu_count()
        if num is None:
            raise NotImplementedError('cannot determine number of cpus')
        return num

    def Manager(self):
        from .managers import SyncManager
        m = SyncManager()
        m.start()
        return m

    def Pipe(self, duplex=True):
        from .connection import Pipe
        return Pipe(duplex)

    def Lock(self):
        from .synchronize import Lock
        return Lock()

    def RLock(self):
        from .synchronize import RLock
        return RLock()

    def Condition(self, lock=None):
        from .synchronize import Condition
        return Condition(lock)

    def Semaphore(self, value=1):
        from .synchronize import Semaphore
        return Semaphore(value)

    def BoundedSemaphore(self, value=1):
        from .synchronize import BoundedSemaphore
        return BoundedSemaphore(value)

    def Event(self):
        from .synchronize import Event
        return Event()

    def Barrier(self, parties, action=None, timeout=None):
        from .synchronize import Barrier
        return Barrier(parties, action, timeout)

    def Queue(self, maxsize=0):
        from .queues import Queue
        return Queue(maxsize)

    def JoinableQueue(self, maxsize=0):
        from .queues import JoinableQueue
        return JoinableQueue(maxsize)

    def SimpleQueue(self):
        from .queues import SimpleQueue
        return SimpleQueue()

    def Pool(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None):
        from .pool import Pool
        return Pool(processes, initializer, initargs, maxtasksperchild)

    def RawValue(self, typecode_or_type, *args):
        from .sharedctypes import RawValue
        return RawValue(typecode_or_type, *args)

    def RawArray(self, typecode_or_type, size_or_initializer):
        from .sharedctypes import RawArray
        return RawArray(typecode_or_type, size_or_initializer)

    def Value(self, typecode_or_type, *args, lock=True):
        from .sharedctypes import Value
        return Value(typecode_or_type, *args, lock=lock)

    def Array(self, typecode_or_type, size_or_initializer, *, lock=True):
        from .sharedctypes import Array
        return Array(typecode_or_type, size_or_initializer, lock=lock)

    def freeze_support(self):
        pass

    def get_logger(self):
        '''The 'multiprocessing' logger (not propagating to the root, as CPython's).
        Interleave's multiprocessing logs nothing of its own there.'''
        import logging
        logger = logging.getLogger('multiprocessing')
        if not getattr(logger, '_il_configured', False):
            logger.propagate = False
            logger._il_configured = True
        return logger

    def log_to_stderr(self, level=None):
        '''Sends the 'multiprocessing' logger to stderr as [LEVEL/ProcessName] message.'''
        import logging
        logger = self.get_logger()
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter('[%(levelname)s/%(processName)s] %(message)s'))
        logger.addHandler(handler)
        if level:
            logger.setLevel(level)
        return logger

    def allow_connection_pickling(self):
        pass

    def set_executable(self, executable):
        pass

    def set_forkserver_preload(self, module_names):
        pass

    def get_context(self, method=None):
        if method is None:
            return self
        if method not in _concrete_contexts:
            raise ValueError('cannot find context for %r' % method)
        return _concrete_contexts[method]

    def get_start_method(self, allow_none=False):
        return self._name

    def set_start_method(self, method, force=False):
        raise ValueError('cannot set start method of concrete context')

    def _check_available(self):
        pass


class SpawnContext(BaseContext):
    _name = 'spawn'
    Process = SpawnProcess


class DefaultContext(BaseContext):
    Process = Process

    def __init__(self, context):
        self._default_context = context
        self._actual_context = None

    def get_context(self, method=None):
        if method is None:
            if self._actual_context is None:
                self._actual_context = self._default_context
            return self._actual_context
        return super().get_context(method)

    def set_start_method(self, method, force=False):
        if self._actual_context is not None and not force:
            raise RuntimeError('context has already been set')
        if method is None and force:
            self._actual_context = None
            return
        self._actual_context = self.get_context(method)

    def get_start_method(self, allow_none=False):
        if self._actual_context is None:
            if allow_none:
                return None
            self._actual_context = self._default_context
        return self._actual_context._name

    def get_all_start_methods(self):
        # Interleave runs every process as a fresh interpreter: spawn only
        # ('fork' would copy the parent's heap; not built yet).
        return ['spawn']


_concrete_contexts = {'spawn': SpawnContext()}
_default_context = DefaultContext(_concrete_contexts['spawn'])
