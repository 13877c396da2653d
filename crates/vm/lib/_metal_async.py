"""The awaitables of coroutines and async generators, as CPython 3.11's genobject.c
makes them: `coroutine_wrapper` (what `coro.__await__()` returns),
`async_generator_asend` (`agen.__anext__()`, `agen.asend(v)`) and
`async_generator_athrow` (`agen.athrow(...)`, `agen.aclose()`), over the primitives
of the native `_metal_coro` (crates/vm/src/coroutine.rs), and the async generator
hooks (`sys.set_asyncgen_hooks`) that asyncio uses to finalize them."""

import sys as _sys
import _metal_coro as _c

_INIT, _ITER, _CLOSED = 0, 1, 2
# agen_get/agen_set fields.
_RUNNING, _CLOSED_FLAG, _HOOKS, _FINALIZER = 0, 1, 2, 3

_firstiter = None
_finalizer = None
_MISSING = object()


class asyncgen_hooks(tuple):
    __slots__ = ()

    def __new__(cls, firstiter=None, finalizer=None):
        return tuple.__new__(cls, (firstiter, finalizer))

    firstiter = property(lambda self: self[0])
    finalizer = property(lambda self: self[1])

    def __repr__(self):
        return "asyncgen_hooks(firstiter=%r, finalizer=%r)" % (self[0], self[1])


asyncgen_hooks.__module__ = "sys"


def set_asyncgen_hooks(firstiter=_MISSING, finalizer=_MISSING):
    global _firstiter, _finalizer
    if finalizer is not _MISSING and finalizer is not None and not callable(finalizer):
        raise TypeError("callable finalizer expected, got %s" % type(finalizer).__name__)
    if firstiter is not _MISSING and firstiter is not None and not callable(firstiter):
        raise TypeError("callable firstiter expected, got %s" % type(firstiter).__name__)
    if finalizer is not _MISSING:
        _finalizer = finalizer
    if firstiter is not _MISSING:
        _firstiter = firstiter


def get_asyncgen_hooks():
    return asyncgen_hooks(_firstiter, _finalizer)


_sys.set_asyncgen_hooks = set_asyncgen_hooks
_sys.get_asyncgen_hooks = get_asyncgen_hooks


def _init_hooks(gen):
    if _c.agen_get(gen, _HOOKS):
        return
    _c.agen_set(gen, _HOOKS, True)
    if _finalizer is not None:
        _c.agen_set(gen, _FINALIZER, _finalizer)
    if _firstiter is not None:
        _firstiter(gen)


class coroutine_wrapper:
    __slots__ = ("_coro",)

    def __init__(self, coro):
        self._coro = coro

    def __iter__(self):
        return self

    def __next__(self):
        return self._coro.send(None)

    def send(self, value):
        return self._coro.send(value)

    def throw(self, *args):
        return self._coro.throw(*args)

    def close(self):
        return self._coro.close()


async def _anext_default(awaitable, default):
    """What `anext(it, default)` returns."""
    try:
        return await awaitable
    except StopAsyncIteration:
        return default


def _step(gen, value, exc):
    """Resume `gen`; what CPython's async_gen_unwrap_value makes of the result."""
    try:
        kind, v = _c.agen_step(gen, value, exc)
    except (StopAsyncIteration, GeneratorExit):
        _c.agen_set(gen, _CLOSED_FLAG, True)
        _c.agen_set(gen, _RUNNING, False)
        raise
    except BaseException:
        _c.agen_set(gen, _RUNNING, False)
        raise
    if kind == 0:
        return v
    _c.agen_set(gen, _RUNNING, False)
    if kind == 1:
        raise StopIteration(v)
    _c.agen_set(gen, _CLOSED_FLAG, True)
    raise StopAsyncIteration


def _exception(args):
    typ = args[0]
    val = args[1] if len(args) > 1 else None
    if val is None or isinstance(typ, BaseException):
        return typ
    if isinstance(typ, type) and issubclass(typ, BaseException):
        return val if isinstance(val, typ) else typ(val)
    return typ


class async_generator_asend:
    __slots__ = ("_gen", "_val", "_state")

    def __init__(self, gen, val):
        _init_hooks(gen)
        self._gen = gen
        self._val = val
        self._state = _INIT

    def __await__(self):
        return self

    def __iter__(self):
        return self

    def __next__(self):
        return self.send(None)

    def send(self, arg):
        gen = self._gen
        if self._state == _CLOSED:
            raise RuntimeError("cannot reuse already awaited __anext__()/asend()")
        if self._state == _INIT:
            if _c.agen_get(gen, _RUNNING):
                raise RuntimeError("anext(): asynchronous generator is already running")
            if arg is None:
                arg = self._val
            self._state = _ITER
        _c.agen_set(gen, _RUNNING, True)
        try:
            return _step(gen, arg, None)
        except BaseException:
            self._state = _CLOSED
            raise

    def throw(self, *args):
        if self._state == _CLOSED:
            raise RuntimeError("cannot reuse already awaited __anext__()/asend()")
        try:
            return _step(self._gen, None, _exception(args))
        except BaseException:
            self._state = _CLOSED
            raise

    def close(self):
        self._state = _CLOSED


class async_generator_athrow:
    __slots__ = ("_gen", "_args", "_state")

    def __init__(self, gen, args):
        _init_hooks(gen)
        self._gen = gen
        self._args = args
        self._state = _INIT

    def __await__(self):
        return self

    def __iter__(self):
        return self

    def __next__(self):
        return self.send(None)

    def _check_error(self):
        _c.agen_set(self._gen, _RUNNING, False)
        self._state = _CLOSED

    def _ignored_exit(self):
        self._check_error()
        return RuntimeError("async generator ignored GeneratorExit")

    def send(self, arg):
        gen = self._gen
        if _c.agen_get(gen, 4):
            self._state = _CLOSED
            raise StopIteration
        if self._state == _CLOSED:
            raise RuntimeError("cannot reuse already awaited aclose()/athrow()")
        if self._state == _INIT:
            if _c.agen_get(gen, _RUNNING):
                self._state = _CLOSED
                if self._args is None:
                    raise RuntimeError("aclose(): asynchronous generator is already running")
                raise RuntimeError("athrow(): asynchronous generator is already running")
            if _c.agen_get(gen, _CLOSED_FLAG):
                self._state = _CLOSED
                raise StopAsyncIteration
            if arg is not None:
                raise RuntimeError("can't send non-None value to a just-started coroutine")
            self._state = _ITER
            _c.agen_set(gen, _RUNNING, True)
            if self._args is None:
                _c.agen_set(gen, _CLOSED_FLAG, True)
                return self._close_step(None, GeneratorExit())
            try:
                return _step(gen, None, _exception(self._args))
            except BaseException:
                self._check_error()
                raise
        if self._args is None:
            return self._close_step(arg, None)
        try:
            return _step(gen, arg, None)
        except BaseException:
            self._check_error()
            raise

    def _close_step(self, arg, exc):
        try:
            kind, v = _c.agen_step(self._gen, arg, exc)
        except (StopAsyncIteration, GeneratorExit):
            self._check_error()
            raise StopIteration from None
        except BaseException:
            self._check_error()
            raise
        if kind == 0:
            return v
        if kind == 1:
            raise self._ignored_exit()
        self._check_error()
        raise StopIteration

    def throw(self, *args):
        if self._state == _CLOSED:
            raise RuntimeError("cannot reuse already awaited aclose()/athrow()")
        if self._args is None:
            return self._close_step(None, _exception(args))
        try:
            return _step(self._gen, None, _exception(args))
        except BaseException:
            self._check_error()
            raise

    def close(self):
        self._state = _CLOSED


for _cls in (coroutine_wrapper, async_generator_asend, async_generator_athrow):
    _cls.__module__ = "builtins"
    # Written in C in CPython: no traceback entries.
    for _f in vars(_cls).values():
        if type(_f) is type(_init_hooks):
            _c.hide_frames(_f)
for _f in (_step, _anext_default):
    _c.hide_frames(_f)
del _cls, _f
