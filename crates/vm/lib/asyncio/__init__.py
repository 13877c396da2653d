"""asyncio: an event loop over coroutines, in Python (CPython 3.11's package without
sockets, subprocesses, threads or signals: those functions raise NotImplementedError
naming themselves). Time waits sleep the process when nothing is ready."""

import sys

from .coroutines import *
from .events import *
from .exceptions import *
from .futures import *
from .locks import *
from .queues import *
from .runners import *
from .tasks import *
from .timeouts import *

__all__ = (coroutines.__all__ +
           events.__all__ +
           exceptions.__all__ +
           futures.__all__ +
           locks.__all__ +
           queues.__all__ +
           runners.__all__ +
           tasks.__all__ +
           timeouts.__all__)


def _unsupported(name):
    def f(*args, **kwargs):
        raise NotImplementedError(f"asyncio.{name} is not supported yet")
    f.__name__ = name
    return f


for _name in ('open_connection', 'start_server', 'open_unix_connection',
              'start_unix_server', 'create_subprocess_exec', 'create_subprocess_shell'):
    globals()[_name] = _unsupported(_name)
del _name
