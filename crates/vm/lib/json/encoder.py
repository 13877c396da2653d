"""The JSON encoder: Python values to JSON text, as CPython's `json.JSONEncoder` writes
it (float reprs, escapes, separators and indentation)."""

import re

__all__ = ["JSONEncoder", "encode_basestring", "encode_basestring_ascii"]

INFINITY = float("inf")

_ESCAPE = re.compile(r'[\x00-\x1f\\"]')
_ESCAPE_ASCII = re.compile(r'[^ -~]|[\\"]')
_SHORT = {
    "\\": "\\\\", '"': '\\"', "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r",
    "\t": "\\t",
}


def _escape(m):
    c = m.group()
    short = _SHORT.get(c)
    if short is not None:
        return short
    n = ord(c)
    if n < 0x10000:
        return "\\u%04x" % n
    # Outside the BMP: a UTF-16 surrogate pair.
    n -= 0x10000
    return "\\u%04x\\u%04x" % (0xD800 | (n >> 10), 0xDC00 | (n & 0x3FF))


def encode_basestring(s):
    """The JSON string literal for `s`, non-ASCII characters kept as they are."""
    if s.isprintable() and '"' not in s and "\\" not in s:
        return '"' + s + '"'
    return '"' + _ESCAPE.sub(_escape, s) + '"'


def encode_basestring_ascii(s):
    """The JSON string literal for `s`, in ASCII (\\uXXXX escapes)."""
    if s.isascii() and s.isprintable() and '"' not in s and "\\" not in s:
        return '"' + s + '"'
    return '"' + _ESCAPE_ASCII.sub(_escape, s) + '"'


class JSONEncoder:
    """Extensible JSON <https://json.org> encoder.

    dict → object, list and tuple → array, str → string, int and float → number,
    True/False → true/false, None → null. Override `default()` to serialize other
    objects."""

    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None,
                 default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serializable object for `o`, or raise TypeError (the default)."""
        raise TypeError("Object of type %s is not JSON serializable" % o.__class__.__name__)

    def encode(self, o):
        """The JSON text for `o`."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        return "".join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        """The JSON text for `o` as an iterable of strings (for `json.dump`)."""
        chunks = []
        _Writer(self, chunks).value(o, 0)
        return iter(chunks)


class _Writer:
    """One encoding run: appends the text of a value to `out`."""

    def __init__(self, encoder, out):
        self.enc = encoder
        self.out = out
        self.markers = {} if encoder.check_circular else None
        self.string = encode_basestring_ascii if encoder.ensure_ascii else encode_basestring
        indent = encoder.indent
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        self.indent = indent

    def float(self, o):
        if o != o:
            text = "NaN"
        elif o == INFINITY:
            text = "Infinity"
        elif o == -INFINITY:
            text = "-Infinity"
        else:
            return float.__repr__(o)
        if not self.enc.allow_nan:
            raise ValueError("Out of range float values are not JSON compliant")
        return text

    def mark(self, o):
        if self.markers is not None:
            key = id(o)
            if key in self.markers:
                raise ValueError("Circular reference detected")
            self.markers[key] = o

    def unmark(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def newline(self, level):
        return "\n" + self.indent * level

    def value(self, o, level):
        out = self.out
        if isinstance(o, str):
            out.append(self.string(o))
        elif o is None:
            out.append("null")
        elif o is True:
            out.append("true")
        elif o is False:
            out.append("false")
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(self.float(o))
        elif isinstance(o, (list, tuple)):
            self.array(o, level)
        elif isinstance(o, dict):
            self.object(o, level)
        else:
            self.mark(o)
            self.value(self.enc.default(o), level)
            self.unmark(o)

    def array(self, items, level):
        out = self.out
        if not items:
            out.append("[]")
            return
        self.mark(items)
        out.append("[")
        if self.indent is not None:
            level += 1
            separator = self.enc.item_separator + self.newline(level)
            out.append(self.newline(level))
        else:
            separator = self.enc.item_separator
        first = True
        for item in items:
            if first:
                first = False
            else:
                out.append(separator)
            self.value(item, level)
        if self.indent is not None:
            level -= 1
            out.append(self.newline(level))
        out.append("]")
        self.unmark(items)

    def key(self, key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return self.float(key)
        if key is True:
            return "true"
        if key is False:
            return "false"
        if key is None:
            return "null"
        if isinstance(key, int):
            return int.__repr__(key)
        if self.enc.skipkeys:
            return None
        raise TypeError("keys must be str, int, float, bool or None, not %s"
                        % key.__class__.__name__)

    def object(self, dct, level):
        out = self.out
        if not dct:
            out.append("{}")
            return
        self.mark(dct)
        out.append("{")
        if self.indent is not None:
            level += 1
            separator = self.enc.item_separator + self.newline(level)
            out.append(self.newline(level))
        else:
            separator = self.enc.item_separator
        items = sorted(dct.items()) if self.enc.sort_keys else dct.items()
        first = True
        key_separator = self.enc.key_separator
        for key, value in items:
            key = self.key(key)
            if key is None:
                continue
            if first:
                first = False
            else:
                out.append(separator)
            out.append(self.string(key))
            out.append(key_separator)
            self.value(value, level)
        if self.indent is not None:
            level -= 1
            out.append(self.newline(level))
        out.append("}")
        self.unmark(dct)
