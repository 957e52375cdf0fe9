"""The asyncio package, tracking PEP 3156 (CPython 3.11's asyncio without
subprocesses; its streams run over the playground's loopback: start_server
and open_connection connect coroutines of one program, with no network).

Interleave: tasks run on the event loop of the thread that called
asyncio.run(); an idle loop parks its thread task in the interpreter's
scheduler until the next timer or a wakeup from another thread.
"""

import sys

# This relies on each of the submodules having an __all__ variable.
from .base_events import *
from .coroutines import *
from .events import *
from .exceptions import *
from .futures import *
from .locks import *
from .runners import *
from .streams import *
from .queues import *
from .tasks import *
from .taskgroups import *
from .timeouts import *
from .threads import *
from .base_events import DefaultEventLoopPolicy, SelectorEventLoop

__all__ = (base_events.__all__ + taskgroups.__all__ +
           coroutines.__all__ +
           events.__all__ +
           exceptions.__all__ +
           futures.__all__ +
           locks.__all__ +
           runners.__all__ +
           streams.__all__ +
           queues.__all__ +
           tasks.__all__ +
           threads.__all__ +
           timeouts.__all__ +
           ('DefaultEventLoopPolicy', 'SelectorEventLoop'))
