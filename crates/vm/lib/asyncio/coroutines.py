"""iscoroutine / iscoroutinefunction (CPython 3.11's asyncio/coroutines.py)."""

import collections.abc
import inspect
import types

__all__ = ('iscoroutinefunction', 'iscoroutine')

_is_coroutine = object()


def iscoroutinefunction(func):
    """Return True if func is a decorated coroutine function."""
    return (inspect.iscoroutinefunction(func) or
            getattr(func, '_is_coroutine', None) is _is_coroutine)


_COROUTINE_TYPES = (types.CoroutineType, types.GeneratorType, collections.abc.Coroutine)
_iscoroutine_typecache = set()


def iscoroutine(obj):
    """Return True if obj is a coroutine object."""
    if type(obj) in _iscoroutine_typecache:
        return True
    if isinstance(obj, _COROUTINE_TYPES):
        if len(_iscoroutine_typecache) < 100:
            _iscoroutine_typecache.add(type(obj))
        return True
    return False


def _format_coroutine(coro):
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None) or type(coro).__name__
    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    frame = getattr(coro, 'cr_frame', None) or getattr(coro, 'gi_frame', None)
    running = getattr(coro, 'cr_running', False)
    name = f'{name}()'
    if code is None:
        return name
    filename = code.co_filename
    if frame is not None:
        lineno = frame.f_lineno
        state = 'running' if running else 'running'
        return f'{name} {state} at {filename}:{lineno}'
    return f'{name} done, defined at {filename}:{code.co_firstlineno}'
