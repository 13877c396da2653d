"""pprint: pformat/pprint of builtin containers as CPython lays them out (dicts with
sorted keys; a container that does not fit in the width gets one item per line)."""

import sys

__all__ = ["pprint", "pformat", "pp", "isreadable", "isrecursive", "saferepr", "PrettyPrinter"]


class _SafeKey:
    """Sort key that orders mixed types the way pprint does (by type name first)."""

    __slots__ = ("obj",)

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return (str(type(self.obj)), id(self.obj)) < (str(type(other.obj)), id(other.obj))


def _recursion(obj):
    return "<Recursion on %s with id=%s>" % (type(obj).__name__, id(obj))


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False,
                 sort_dicts=True, underscore_numbers=False):
        if indent < 0:
            raise ValueError("indent must be >= 0")
        if width < 0:
            raise ValueError("width must be != 0")
        self._indent = indent
        self._width = width
        self._depth = depth
        self._stream = stream
        self._compact = compact
        self._sort_dicts = sort_dicts
        if compact or underscore_numbers:
            raise NotImplementedError("pprint: compact and underscore_numbers are not supported yet")

    def pformat(self, obj):
        return self._format(obj, 0, 0, set(), 0)

    def pprint(self, obj):
        stream = self._stream if self._stream is not None else sys.stdout
        stream.write(self.pformat(obj) + "\n")

    def _repr(self, obj, context, level):
        if isinstance(obj, dict) and type(obj).__repr__ is dict.__repr__:
            if not obj:
                return "{}"
            if id(obj) in context:
                return _recursion(obj)
            context = context | {id(obj)}
            items = self._dict_items(obj)
            return "{%s}" % ", ".join(
                "%s: %s" % (self._repr(k, context, level + 1), self._repr(v, context, level + 1))
                for k, v in items
            )
        if isinstance(obj, (list, tuple)) and type(obj).__repr__ in (list.__repr__, tuple.__repr__):
            if id(obj) in context:
                return _recursion(obj)
            context = context | {id(obj)}
            parts = [self._repr(x, context, level + 1) for x in obj]
            if isinstance(obj, list):
                return "[%s]" % ", ".join(parts)
            if len(parts) == 1:
                return "(%s,)" % parts[0]
            return "(%s)" % ", ".join(parts)
        return repr(obj)

    def _dict_items(self, obj):
        items = list(obj.items())
        if self._sort_dicts:
            items.sort(key=lambda kv: _SafeKey(kv[0]))
        return items

    def _format(self, obj, indent, allowance, context, level):
        rep = self._repr(obj, context, level)
        max_width = self._width - indent - allowance
        if len(rep) <= max_width:
            return rep
        if id(obj) in context:
            return rep
        if isinstance(obj, dict) and type(obj).__repr__ is dict.__repr__ and obj:
            context = context | {id(obj)}
            items = self._dict_items(obj)
            ind = indent + self._indent
            lines = []
            last = len(items) - 1
            for i, (k, v) in enumerate(items):
                krepr = self._repr(k, context, level + 1)
                vtext = self._format(v, ind + len(krepr) + 2,
                                     allowance + 1 if i == last else 1, context, level + 1)
                lines.append("%s: %s" % (krepr, vtext))
            return "{" + (",\n" + " " * ind).join(lines) + "}"
        if isinstance(obj, (list, tuple)) and type(obj).__repr__ in (list.__repr__, tuple.__repr__) and obj:
            context = context | {id(obj)}
            open_, close = ("[", "]") if isinstance(obj, list) else ("(", ")")
            if isinstance(obj, tuple) and len(obj) == 1:
                close = ",)"
            ind = indent + self._indent
            parts = []
            last = len(obj) - 1
            for i, x in enumerate(obj):
                parts.append(self._format(x, ind, allowance + 1 if i == last else 1, context, level + 1))
            return open_ + (",\n" + " " * ind).join(parts) + close
        return rep


def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
            underscore_numbers=False):
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact,
                         sort_dicts=sort_dicts, underscore_numbers=underscore_numbers).pformat(object)


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False,
           sort_dicts=True, underscore_numbers=False):
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth, compact=compact,
                  sort_dicts=sort_dicts, underscore_numbers=underscore_numbers).pprint(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    return PrettyPrinter()._repr(object, set(), 0)


def isrecursive(object):
    return saferepr(object) != repr(object) and "..." in saferepr(object)


def isreadable(object):
    try:
        return eval(saferepr(object)) == object
    except Exception:
        return False
