"""traceback: format and print exceptions as CPython does (the commonly used part)."""

import sys

import _metal_traceback

__all__ = [
    "TracebackException",
    "format_exc",
    "format_exception",
    "format_exception_only",
    "print_exc",
    "print_exception",
]


def _exception(exc, value):
    # format_exception(exc) (3.10+) or format_exception(type, value, tb).
    if value is not None or isinstance(exc, type) or exc is None:
        return value
    return exc


def _no_limit(limit):
    if limit is not None:
        raise NotImplementedError("traceback: limit= is not supported yet")


def format_exception(exc, /, value=None, tb=None, limit=None, chain=True):
    _no_limit(limit)
    exc = _exception(exc, value)
    if exc is None:
        return ["NoneType: None\n"]
    return _metal_traceback.format_exception_chunks(exc, chain)


def format_exception_only(exc, /, value=None):
    exc = _exception(exc, value)
    if exc is None:
        return ["NoneType: None\n"]
    return _metal_traceback.format_exception_only_chunks(exc)


def print_exception(exc, /, value=None, tb=None, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exc_info()[1], limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)


def _str_or_placeholder(value, what):
    try:
        return str(value)
    except Exception:
        return f"<{what} str() failed>"


class TracebackException:
    """An exception ready to be drawn: its type, text, notes, and the exceptions it
    leads to (``__cause__``, ``__context__``, a group's ``exceptions``) as
    TracebackExceptions of their own, each exception taken once.

    metal keeps the exception itself to draw it (CPython keeps only what it draws);
    ``stack`` (a StackSummary) is not supported yet.
    """

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        _no_limit(limit)
        if capture_locals:
            raise NotImplementedError("traceback: capture_locals= is not supported yet")
        nested = _seen is not None
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self._exc = exc_value
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.exc_type = exc_type
        self._str = _str_or_placeholder(exc_value, "exception")
        self.__notes__ = getattr(exc_value, "__notes__", None)
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lineno = exc_value.lineno
            self.lineno = str(lineno) if lineno is not None else None
            end_lineno = exc_value.end_lineno
            self.end_lineno = str(end_lineno) if end_lineno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        self.__suppress_context__ = (
            exc_value.__suppress_context__ if exc_value is not None else False)
        self.__cause__ = None
        self.__context__ = None
        self.exceptions = None
        if nested:
            return
        # The exceptions this one leads to, made in CPython's order (so the same ones
        # are left out as already seen).
        options = dict(lookup_lines=lookup_lines, capture_locals=capture_locals,
                       max_group_width=max_group_width,
                       max_group_depth=max_group_depth, _seen=_seen)
        def make(e):
            return TracebackException(type(e), e, e.__traceback__, **options)
        pending = [(self, exc_value)]
        while pending:
            te, e = pending.pop()
            cause = None
            if e is not None and e.__cause__ is not None and id(e.__cause__) not in _seen:
                cause = make(e.__cause__)
            wanted = (not compact) or (
                cause is None and e is not None and not e.__suppress_context__)
            context = None
            if (e is not None and e.__context__ is not None and wanted
                    and id(e.__context__) not in _seen):
                context = make(e.__context__)
            members = None
            if e is not None and isinstance(e, BaseExceptionGroup):
                members = [make(x) for x in e.exceptions]
            te.__cause__ = cause
            te.__context__ = context
            te.exceptions = members
            if cause is not None:
                pending.append((cause, e.__cause__))
            if context is not None:
                pending.append((context, e.__context__))
            if members:
                pending.extend(zip(members, e.exceptions))

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    @property
    def stack(self):
        raise NotImplementedError("traceback: TracebackException.stack is not supported yet")

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        if self._exc is None:
            yield "NoneType: None\n"
            return
        yield from _metal_traceback.format_exception_only_chunks(self._exc)

    def format(self, *, chain=True):
        if self._exc is None:
            yield from self.format_exception_only()
            return
        yield from _metal_traceback.format_exception_chunks(
            self._exc, chain, self.max_group_width, self.max_group_depth)

    def print(self, *, file=None, chain=True):
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")
