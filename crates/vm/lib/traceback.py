"""traceback: format and print exceptions as CPython does (the commonly used part)."""

import collections
import itertools
import linecache
import sys

import _metal_traceback

__all__ = [
    "TracebackException",
    "extract_stack",
    "extract_tb",
    "format_exc",
    "format_exception",
    "format_exception_only",
    "format_list",
    "format_stack",
    "format_tb",
    "print_exc",
    "print_exception",
    "print_list",
    "print_stack",
    "print_tb",
    "clear_frames",
    "FrameSummary",
    "StackSummary",
    "walk_stack",
    "walk_tb",
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

    metal keeps the exception itself to draw it (CPython keeps only what it draws).
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
        self.stack = StackSummary._from_entries(
            _walk_tb_with_carets(exc_traceback), None, lookup_lines, False)
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
# Stacks and tracebacks as lists of FrameSummary, read from frame objects.


def walk_stack(f):
    """Yield (frame, lineno) from `f` outwards along f_back; without `f`, from the
    frame four calls up from this generator's own frame (as CPython 3.11 counts)."""
    if f is None:
        f = sys._getframe().f_back.f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Yield (frame, lineno) for each entry of a traceback, outermost first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _walk_tb_with_carets(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno, _metal_traceback.tb_carets(tb)
        tb = tb.tb_next


class FrameSummary:
    """One frame of a stack or traceback: file, line number, function name, and the
    source line read when first needed."""

    __slots__ = ("filename", "lineno", "end_lineno", "colno", "end_colno", "name",
                 "_line", "locals", "_carets")

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None,
                 line=None, end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.name = name
        self._line = line
        self._carets = None
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None

    def _fields(self):
        return (self.filename, self.lineno, self.name, self.line)

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return self._fields() + (self.locals,) == other._fields() + (other.locals,)
        if isinstance(other, tuple):
            return self._fields() == other
        return NotImplemented

    def __getitem__(self, pos):
        return self._fields()[pos]

    def __iter__(self):
        return iter(self._fields())

    def __len__(self):
        return 4

    def __repr__(self):
        return "<FrameSummary file {}, line {} in {}>".format(
            self.filename, self.lineno, self.name)

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


def _limited(entries, limit):
    if limit is None:
        limit = getattr(sys, "tracebacklimit", None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is None:
        return entries
    if limit >= 0:
        return itertools.islice(entries, limit)
    return collections.deque(entries, maxlen=-limit)


class StackSummary(list):
    """A list of FrameSummary, outermost first, that formats as a traceback."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        entries = ((f, lineno, None) for f, lineno in frame_gen)
        return klass._from_entries(entries, limit, lookup_lines, capture_locals)

    @classmethod
    def _from_entries(klass, entries, limit, lookup_lines, capture_locals):
        result = klass()
        for f, lineno, carets in _limited(entries, limit):
            co = f.f_code
            summary = FrameSummary(co.co_filename, lineno, co.co_name, lookup_line=False,
                                   locals=f.f_locals if capture_locals else None)
            summary._carets = carets
            result.append(summary)
        if lookup_lines:
            for summary in result:
                summary.line
        return result

    @classmethod
    def from_list(klass, a_list):
        result = klass()
        for item in a_list:
            if isinstance(item, FrameSummary):
                result.append(item)
            else:
                filename, lineno, name, line = item
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        parts = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            parts.append("    {}\n".format(frame_summary.line))
            carets = getattr(frame_summary, "_carets", None)
            if carets:
                parts.append(carets)
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                parts.append("    {} = {}\n".format(name, value))
        return "".join(parts)

    def format(self):
        out = []
        last = None
        count = 0
        for summary in self:
            text = self.format_frame_summary(summary)
            if text is None:
                continue
            key = (summary.filename, summary.lineno, summary.name)
            if key != last or None in key:
                _repeated(out, count)
                last = key
                count = 0
            count += 1
            if count <= 3:
                out.append(text)
        _repeated(out, count)
        return out


def _repeated(out, count):
    if count > 3:
        more = count - 3
        out.append("  [Previous line repeated {} more time{}]\n".format(
            more, "s" if more > 1 else ""))


def extract_tb(tb, limit=None):
    return StackSummary._from_entries(_walk_tb_with_carets(tb), limit, True, False)


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def extract_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def clear_frames(tb):
    """Clear the locals of every frame of a traceback (skipping running ones)."""
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except RuntimeError:
            pass
        tb = tb.tb_next
