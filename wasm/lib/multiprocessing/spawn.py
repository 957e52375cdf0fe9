# multiprocessing.spawn — what a child process runs first: import the main
# script as __mp_main__ (so a missing `if __name__ == '__main__':` guard fails
# as with CPython's spawn), then unpickle the Process object and run it.
import sys
import _interleave_mp as _mp
from . import process

__all__ = ['freeze_support', 'get_executable', 'set_executable']


def freeze_support():
    pass


def get_executable():
    return sys.executable


def set_executable(exe):
    pass


def _check_not_importing_main():
    if getattr(process.current_process(), '_inheriting', False):
        raise RuntimeError('''
        An attempt has been made to start a new process before the
        current process has finished its bootstrapping phase.

        This probably means that you are not using fork to start your
        child processes and you have forgotten to use the proper idiom
        in the main module:

            if __name__ == '__main__':
                freeze_support()
                ...

        The "freeze_support()" line can be omitted if the program
        is not going to be frozen to produce an executable.

        (Interleave: each new process runs your file again, as '__mp_main__'; put the code that starts processes under `if __name__ == '__main__':`.)''')


def _child_main():
    payload, filename, source, name = _mp.child_info()
    me = process.current_process()
    me._inheriting = True
    # As in CPython's spawned child: the start method is already decided, so
    # the script's own set_start_method() raises "context has already been set".
    from . import context
    context._default_context._actual_context = context._default_context._default_context
    mod = type(sys)('__mp_main__')
    mod.__file__ = filename
    mod.__builtins__ = __builtins__
    sys.modules['__mp_main__'] = mod
    sys.modules['__main__'] = mod
    try:
        _mp.exec_main(mod)
    finally:
        del me._inheriting
    import pickle
    cls, state = pickle.loads(payload)
    obj = cls.__new__(cls)
    obj.__dict__.update(state)
    sys.exit(obj._bootstrap())
