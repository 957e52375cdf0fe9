# multiprocessing — process-based parallelism. Each Process is a new
# Interleave interpreter on its own OS thread: processes really run in
# parallel, and share data only through pickling, queues, pipes, shared
# memory and managers, as in CPython.
import sys
from . import context

__all__ = [x for x in dir(context._default_context) if not x.startswith('_')]
globals().update((name, getattr(context._default_context, name)) for name in __all__)

SUBDEBUG = 5
SUBWARNING = 25

# Functions of the main script pickle as __main__.f; in a child the script
# runs as __mp_main__, and here the two names are one module (as CPython).
if '__main__' in sys.modules:
    sys.modules.setdefault('__mp_main__', sys.modules['__main__'])
