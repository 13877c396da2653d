"""Strings that are already safe for HTML: escaping leaves them alone."""


class SafeData:
    __slots__ = ()

    def __html__(self):
        return self


class SafeString(str, SafeData):
    """A str subclass marked safe; concatenating two safe strings stays safe."""

    __slots__ = ()

    def __add__(self, rhs):
        t = super().__add__(rhs)
        if isinstance(rhs, SafeData):
            return SafeString(t)
        return t

    def __str__(self):
        return self


SafeText = SafeString


def _safety_wrapper(func):
    def wrapper(*args, **kwargs):
        return mark_safe(func(*args, **kwargs))

    wrapper.__name__ = getattr(func, "__name__", "wrapper")
    wrapper.__wrapped__ = func
    return wrapper


def mark_safe(s):
    """Mark a string safe for output; a callable is wrapped so its result is."""
    if type(s) is str:
        return SafeString(s)
    if hasattr(s, "__html__"):
        return s
    if callable(s):
        return _safety_wrapper(s)
    return SafeString(s)
