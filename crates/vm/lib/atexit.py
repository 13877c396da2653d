"""atexit: functions to call when the interpreter exits normally, last registered first
(the run of `metal` calls `_run_exitfuncs` before it clears `__main__`)."""

_exithandlers = []


def register(func, /, *args, **kwargs):
    """Register func(*args, **kwargs) to be called at exit; return func (usable as a
    decorator)."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _exithandlers.append((func, args, kwargs))
    return func


def unregister(func, /):
    """Remove every registration of func."""
    _exithandlers[:] = [h for h in _exithandlers if h[0] != func]


def _clear():
    del _exithandlers[:]


def _ncallbacks():
    return len(_exithandlers)


def _run_exitfuncs():
    """Call the registered functions, last first; an exception is reported ("Exception
    ignored in atexit callback") and the next function still runs."""
    import sys

    # The functions registered when the run begins (one registered by another at exit
    # is not called, as in CPython 3.11).
    handlers = _exithandlers[:]
    del _exithandlers[:]
    for func, args, kwargs in reversed(handlers):
        try:
            func(*args, **kwargs)
        except BaseException as e:
            print("Exception ignored in atexit callback: %r" % (func,), file=sys.stderr)
            import traceback

            # From the function's frame on, as CPython shows it (not this loop's).
            e.__traceback__ = e.__traceback__.tb_next or e.__traceback__
            traceback.print_exception(e, file=sys.stderr)
