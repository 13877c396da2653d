"""The JSON decoder: a recursive-descent scanner over the text, using `re` for the runs
of whitespace, string content and numbers. Errors carry CPython's messages and
positions."""

import re

__all__ = ["JSONDecoder", "JSONDecodeError"]

NaN = float("nan")
PosInf = float("inf")
NegInf = float("-inf")


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:

    msg: The unformatted error message
    doc: The JSON document being parsed
    pos: The start index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos
    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        ValueError.__init__(
            self, "%s: line %d column %d (char %d)" % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {"-Infinity": NegInf, "Infinity": PosInf, "NaN": NaN}

_WHITESPACE = re.compile(r"[ \t\n\r]*")
# String content up to the next quote, backslash or control character.
_STRINGCHUNK = re.compile(r'([^"\\\x00-\x1f]*)(["\\\x00-\x1f])?')
_NUMBER = re.compile(r"(-?(?:0|[1-9][0-9]*))(\.[0-9]+)?([eE][-+]?[0-9]+)?")
_HEX = re.compile(r"[0-9a-fA-F]{4}")
_BACKSLASH = {
    '"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t",
}


class _Stop(Exception):
    """No JSON value starts at `pos` (reported as "Expecting value")."""

    def __init__(self, pos):
        self.pos = pos


def _skip(s, end):
    # Most documents have no whitespace or single spaces: only longer runs use `re`.
    c = s[end:end + 1]
    if not c or c not in " \t\n\r":
        return end
    end += 1
    c = s[end:end + 1]
    if not c or c not in " \t\n\r":
        return end
    return _WHITESPACE.match(s, end).end()


def _hex4(s, pos, u_index):
    m = _HEX.match(s, pos)
    if m is None:
        raise JSONDecodeError("Invalid \\uXXXX escape", s, u_index)
    return int(m.group(), 16)


def scanstring(s, end, strict=True):
    """Decode the JSON string whose opening quote is at `end - 1`; returns the str and
    the index after its closing quote."""
    # The common case: no escapes and no control characters before the closing quote.
    close = s.find('"', end)
    if close >= 0:
        chunk = s[end:close]
        if "\\" not in chunk and chunk.isprintable():
            return chunk, close + 1
    begin = end - 1
    chunks = []
    n = len(s)
    while True:
        m = _STRINGCHUNK.match(s, end)
        content, terminator = m.groups()
        end = m.end()
        if content:
            chunks.append(content)
        if terminator is None:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        if terminator == '"':
            break
        if terminator != "\\":
            if strict:
                raise JSONDecodeError("Invalid control character at", s, end - 1)
            chunks.append(terminator)
            continue
        if end >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        esc = s[end]
        if esc != "u":
            char = _BACKSLASH.get(esc)
            if char is None:
                raise JSONDecodeError("Invalid \\escape", s, end - 1)
            chunks.append(char)
            end += 1
            continue
        # \uXXXX, maybe a surrogate pair \uD83D\uDE00.
        u_index = end
        if end + 5 >= n:
            raise JSONDecodeError("Invalid \\uXXXX escape", s, u_index)
        uni = _hex4(s, end + 1, u_index)
        end += 5
        if 0xD800 <= uni <= 0xDBFF and s[end:end + 2] == "\\u" and end + 6 < n:
            uni2 = _hex4(s, end + 2, end + 1)
            if 0xDC00 <= uni2 <= 0xDFFF:
                uni = 0x10000 + (((uni - 0xD800) << 10) | (uni2 - 0xDC00))
                end += 6
        # A lone surrogate: chr() refuses it (our str is UTF-8 inside) with a
        # NotImplementedError, rather than a different character standing in.
        chunks.append(chr(uni))
    return "".join(chunks), end


class JSONDecoder:
    """Simple JSON <https://json.org> decoder.

    JSON object → dict, array → list, string → str, number → int or float,
    true/false → True/False, null → None; NaN, Infinity and -Infinity are accepted
    too."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        """The Python value of the JSON document `s` (a str)."""
        obj, end = self.raw_decode(s, idx=_skip(s, 0))
        end = _skip(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode the JSON value starting at `s[idx]`; returns (value, end index), so
        text may follow it."""
        try:
            return self._value(s, idx)
        except _Stop as err:
            raise JSONDecodeError("Expecting value", s, err.pos) from None

    def _value(self, s, idx):
        try:
            c = s[idx]
        except IndexError:
            raise _Stop(idx) from None
        if c == '"':
            return scanstring(s, idx + 1, self.strict)
        if c == "{":
            return self._object(s, idx + 1)
        if c == "[":
            return self._array(s, idx + 1)
        if c == "n" and s.startswith("null", idx):
            return None, idx + 4
        if c == "t" and s.startswith("true", idx):
            return True, idx + 4
        if c == "f" and s.startswith("false", idx):
            return False, idx + 5
        if c in "-0123456789":
            # Integers are read by hand; fractions and exponents through `re`.
            n = len(s)
            k = idx + 1 if c == "-" else idx
            if k < n and s[k] in "0123456789":
                if s[k] == "0":
                    k += 1
                else:
                    k += 1
                    while k < n and s[k] in "0123456789":
                        k += 1
                if k >= n or s[k] not in ".eE":
                    return self.parse_int(s[idx:k]), k
        m = _NUMBER.match(s, idx)
        if m is not None:
            integer, frac, exp = m.groups()
            if frac or exp:
                value = self.parse_float(integer + (frac or "") + (exp or ""))
            else:
                value = self.parse_int(integer)
            return value, m.end()
        if c == "N" and s.startswith("NaN", idx):
            return self.parse_constant("NaN"), idx + 3
        if c == "I" and s.startswith("Infinity", idx):
            return self.parse_constant("Infinity"), idx + 8
        if c == "-" and s.startswith("-Infinity", idx):
            return self.parse_constant("-Infinity"), idx + 9
        raise _Stop(idx)

    def _object(self, s, end):
        pairs = []
        end = _skip(s, end)
        nextchar = s[end:end + 1]
        if nextchar != '"':
            if nextchar == "}":
                return self._finish_object(pairs), end + 1
            raise JSONDecodeError(
                "Expecting property name enclosed in double quotes", s, end)
        end += 1
        while True:
            key, end = scanstring(s, end, self.strict)
            end = _skip(s, end)
            if s[end:end + 1] != ":":
                raise JSONDecodeError("Expecting ':' delimiter", s, end)
            end = _skip(s, end + 1)
            try:
                value, end = self._value(s, end)
            except _Stop as err:
                raise JSONDecodeError("Expecting value", s, err.pos) from None
            pairs.append((key, value))
            end = _skip(s, end)
            nextchar = s[end:end + 1]
            end += 1
            if nextchar == "}":
                break
            if nextchar != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
            end = _skip(s, end)
            nextchar = s[end:end + 1]
            end += 1
            if nextchar != '"':
                raise JSONDecodeError(
                    "Expecting property name enclosed in double quotes", s, end - 1)
        return self._finish_object(pairs), end

    def _finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        obj = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(obj)
        return obj

    def _array(self, s, end):
        values = []
        end = _skip(s, end)
        if s[end:end + 1] == "]":
            return values, end + 1
        while True:
            try:
                value, end = self._value(s, end)
            except _Stop as err:
                raise JSONDecodeError("Expecting value", s, err.pos) from None
            values.append(value)
            end = _skip(s, end)
            nextchar = s[end:end + 1]
            end += 1
            if nextchar == "]":
                break
            if nextchar != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
            end = _skip(s, end)
        return values, end
