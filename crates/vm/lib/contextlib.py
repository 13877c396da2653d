"""Utilities for `with` statements: `contextmanager` (a generator as a context manager),
`suppress`, `closing`, `nullcontext`, `ExitStack`, `redirect_stdout`/`redirect_stderr`,
`chdir`, and the `ContextDecorator`/`AbstractContextManager` bases; their asynchronous
twins `asynccontextmanager`, `aclosing`, `AsyncExitStack`."""

import sys
from collections import deque
from functools import wraps
from types import GenericAlias

__all__ = [
    "contextmanager", "closing", "nullcontext", "AbstractContextManager",
    "ContextDecorator", "ExitStack", "redirect_stdout", "redirect_stderr", "suppress",
    "chdir", "asynccontextmanager", "AbstractAsyncContextManager", "AsyncExitStack",
    "aclosing", "AsyncContextDecorator",
]


class AbstractContextManager:
    """The base of context managers: `__enter__` returns self; subclasses define
    `__exit__`."""

    __slots__ = ()

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        return None

    __class_getitem__ = classmethod(GenericAlias)

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractContextManager:
            if any("__enter__" in B.__dict__ for B in C.__mro__) and \
                    any("__exit__" in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented


class ContextDecorator:
    """A base that lets a context manager decorate a function: each call runs inside
    `with self._recreate_cm():`."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return inner


class _GeneratorContextManager(ContextDecorator, AbstractContextManager):
    """What `@contextmanager` functions return: runs the generator to its `yield` on
    entry, and resumes it (or throws the exception into it) on exit."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        doc = getattr(func, "__doc__", None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _recreate_cm(self):
        # A decorated function needs a fresh generator for every call.
        return self.__class__(self.func, self.args, self.kwds)

    def __enter__(self):
        # Arguments are only needed to recreate the manager for a decorator.
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            # The exception was given as a type (an explicit `raise` elsewhere).
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as exc:
            # The generator finished: the exception is suppressed, unless it was the
            # StopIteration we threw in.
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                return False
            # A StopIteration thrown in comes back as RuntimeError (PEP 479).
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                return False
            raise
        except BaseException as exc:
            # Our exception came back out: let the with statement re-raise it.
            if exc is not value:
                raise
            return False
        try:
            raise RuntimeError("generator didn't stop after throw()")
        finally:
            self.gen.close()


def contextmanager(func):
    """Make a generator function into a context manager factory: the code before its
    one `yield` runs on entry, the yielded value is bound by `as`, the rest runs on
    exit (with the block's exception raised at the `yield`)."""
    @wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


class closing(AbstractContextManager):
    """Call `thing.close()` on exit."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class nullcontext(AbstractContextManager):
    """A context manager that does nothing; `as` binds `enter_result`."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass


class suppress(AbstractContextManager):
    """Suppress the listed exception types (and their subclasses) in the block."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


class _RedirectStream(AbstractContextManager):
    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Send `sys.stdout` to another file-like object inside the block."""

    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Send `sys.stderr` to another file-like object inside the block."""

    _stream = "stderr"


class chdir(AbstractContextManager):
    """Change the working directory inside the block."""

    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        import os
        self._old_cwd.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        import os
        os.chdir(self._old_cwd.pop())


class ExitStack(AbstractContextManager):
    """A stack of exit callbacks and context managers, unwound in reverse order on
    exit, each seeing the exception (if any) the later ones left."""

    def __init__(self):
        self._exit_callbacks = deque()

    def pop_all(self):
        """Move the callbacks to a new ExitStack and return it; this one is emptied."""
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = deque()
        return new_stack

    def push(self, exit):
        """Register an `__exit__`-style callback, or a context manager's `__exit__`.
        Returns its argument, so this works as a decorator."""
        exit_method = getattr(type(exit), "__exit__", None)
        if exit_method is None:
            self._exit_callbacks.append(exit)
        else:
            self._exit_callbacks.append(_bind_exit(exit, exit_method))
        return exit

    def enter_context(self, cm):
        """Enter a context manager and push its `__exit__`; returns `__enter__`'s
        result."""
        cls = type(cm)
        try:
            enter = cls.__enter__
            exit = cls.__exit__
        except AttributeError:
            raise TypeError(
                "'%s.%s' object does not support the context manager protocol"
                % (cls.__module__, cls.__qualname__)) from None
        result = enter(cm)
        self._exit_callbacks.append(_bind_exit(cm, exit))
        return result

    def callback(self, callback, /, *args, **kwds):
        """Register `callback(*args, **kwds)` to run on exit (it cannot suppress
        exceptions)."""
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._exit_callbacks.append(_exit_wrapper)
        return callback

    def close(self):
        """Unwind the stack now."""
        self.__exit__(None, None, None)

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        received = exc_details[0] is not None
        # The exception active outside the with statement, which CPython keeps as the
        # end of any __context__ chain we build here.
        outer = sys.exc_info()[1]
        suppressed = False
        pending = None
        while self._exit_callbacks:
            cb = self._exit_callbacks.pop()
            try:
                if cb(*exc_details):
                    suppressed = True
                    pending = None
                    exc_details = (None, None, None)
            except BaseException as new_exc:
                _link_context(new_exc, exc_details[1], outer)
                pending = new_exc
                exc_details = (type(new_exc), new_exc, new_exc.__traceback__)
        if pending is not None:
            context = pending.__context__
            try:
                raise pending
            except BaseException:
                pending.__context__ = context
                raise
        return received and suppressed


def _bind_exit(cm, cm_exit):
    def _exit_wrapper(exc_type, exc, tb):
        return cm_exit(cm, exc_type, exc, tb)
    _exit_wrapper.__self__ = cm
    return _exit_wrapper


def _link_context(new_exc, old_exc, outer):
    """Make `old_exc` the context of the exception that replaced it, as if the
    callbacks had run nested inside each other."""
    if old_exc is None or new_exc is old_exc:
        return
    exc = new_exc
    while True:
        context = exc.__context__
        if context is None or context is outer:
            break
        if context is old_exc:
            return
        exc = context
    exc.__context__ = old_exc


class AbstractAsyncContextManager:
    """An abstract base class for asynchronous context managers."""

    __class_getitem__ = classmethod(GenericAlias)

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractAsyncContextManager:
            for name in ("__aenter__", "__aexit__"):
                for B in C.__mro__:
                    if name in B.__dict__:
                        if B.__dict__[name] is None:
                            return NotImplemented
                        break
                else:
                    return NotImplemented
            return True
        return NotImplemented


class AsyncContextDecorator:
    """A base class that lets an async context manager decorate a coroutine
    function."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @wraps(func)
        async def inner(*args, **kwds):
            async with self._recreate_cm():
                return await func(*args, **kwds)
        return inner


class _AsyncGeneratorContextManager(AbstractAsyncContextManager, AsyncContextDecorator):
    """What `@asynccontextmanager` functions return."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        doc = getattr(func, "__doc__", None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _recreate_cm(self):
        return self.__class__(self.func, self.args, self.kwds)

    async def __aenter__(self):
        del self.args, self.kwds, self.func
        try:
            return await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            try:
                await anext(self.gen)
            except StopAsyncIteration:
                return False
            else:
                raise RuntimeError("generator didn't stop")
        else:
            if value is None:
                value = typ()
            try:
                await self.gen.athrow(typ, value, traceback)
            except StopAsyncIteration as exc:
                return exc is not value
            except RuntimeError as exc:
                if exc is value:
                    exc.__traceback__ = traceback
                    return False
                if isinstance(value, (StopIteration, StopAsyncIteration)):
                    if exc.__cause__ is value:
                        exc.__traceback__ = traceback
                        return False
                raise
            except BaseException as exc:
                if exc is not value:
                    raise
                exc.__traceback__ = traceback
                return False
            raise RuntimeError("generator didn't stop after athrow()")


def asynccontextmanager(func):
    """Make an async generator function into an async context manager factory."""
    @wraps(func)
    def helper(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    return helper


class aclosing(AbstractAsyncContextManager):
    """Await `thing.aclose()` on exit."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class AsyncExitStack(AbstractAsyncContextManager):
    """ExitStack's asynchronous twin: callbacks may be coroutine functions and
    managers asynchronous."""

    def __init__(self):
        self._exit_callbacks = deque()

    def pop_all(self):
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = deque()
        return new_stack

    def push(self, exit):
        exit_method = getattr(type(exit), "__exit__", None)
        if exit_method is None:
            self._exit_callbacks.append((True, exit))
        else:
            self._exit_callbacks.append((True, _bind_exit(exit, exit_method)))
        return exit

    def push_async_exit(self, exit):
        exit_method = getattr(type(exit), "__aexit__", None)
        if exit_method is None:
            self._exit_callbacks.append((False, exit))
        else:
            self._exit_callbacks.append((False, _bind_exit(exit, exit_method)))
        return exit

    def enter_context(self, cm):
        cls = type(cm)
        try:
            enter = cls.__enter__
            exit = cls.__exit__
        except AttributeError:
            raise TypeError(
                "'%s.%s' object does not support the context manager protocol"
                % (cls.__module__, cls.__qualname__)) from None
        result = enter(cm)
        self._exit_callbacks.append((True, _bind_exit(cm, exit)))
        return result

    async def enter_async_context(self, cm):
        cls = type(cm)
        try:
            enter = cls.__aenter__
            exit = cls.__aexit__
        except AttributeError:
            raise TypeError(
                "'%s.%s' object does not support the asynchronous context manager protocol"
                % (cls.__module__, cls.__qualname__)) from None
        result = await enter(cm)
        self._exit_callbacks.append((False, _bind_exit(cm, exit)))
        return result

    def callback(self, callback, /, *args, **kwds):
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._exit_callbacks.append((True, _exit_wrapper))
        return callback

    def push_async_callback(self, callback, /, *args, **kwds):
        async def _exit_wrapper(exc_type, exc, tb):
            await callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._exit_callbacks.append((False, _exit_wrapper))
        return callback

    async def aclose(self):
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        received = exc_details[0] is not None
        outer = sys.exc_info()[1]
        suppressed = False
        pending = None
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                if is_sync:
                    cb_suppress = cb(*exc_details)
                else:
                    cb_suppress = await cb(*exc_details)
                if cb_suppress:
                    suppressed = True
                    pending = None
                    exc_details = (None, None, None)
            except BaseException as new_exc:
                _link_context(new_exc, exc_details[1], outer)
                pending = new_exc
                exc_details = (type(new_exc), new_exc, new_exc.__traceback__)
        if pending is not None:
            context = pending.__context__
            try:
                raise pending
            except BaseException:
                pending.__context__ = context
                raise
        return received and suppressed
