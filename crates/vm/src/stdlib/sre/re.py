# re: regular expressions. Parsing and matching are native (_metal_re, metal's own
# engine with sre's semantics, docs/re.md); the Pattern and Match objects, substitution
# templates and sub/split/finditer are written here, following Python 3.11's behaviour.

import _metal_re
from operator import index as _index

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer",
    "compile", "purge", "escape", "error", "Pattern", "Match", "A", "I", "L", "M",
    "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL",
    "VERBOSE", "UNICODE", "NOFLAG", "RegexFlag",
]

_FLAG_NAMES = [
    (256, "ASCII"), (2, "IGNORECASE"), (4, "LOCALE"), (32, "UNICODE"), (8, "MULTILINE"),
    (16, "DOTALL"), (64, "VERBOSE"), (1, "TEMPLATE"), (128, "DEBUG"),
]


# A compiled pattern's repr lists its flags in the C module's order.
_PATTERN_FLAG_NAMES = [
    (1, "TEMPLATE"), (2, "IGNORECASE"), (4, "LOCALE"), (8, "MULTILINE"), (16, "DOTALL"),
    (32, "UNICODE"), (64, "VERBOSE"), (128, "DEBUG"), (256, "ASCII"),
]


def _flag_names(value, table):
    """`re.A|re.I`-style text for a flags value, names in the table's order."""
    names = []
    for bit, name in table:
        if value & bit:
            names.append("re." + name)
            value &= ~bit
    if value:
        names.append(hex(value))
    return "|".join(names)


class RegexFlag(int):
    def __repr__(self):
        value = int(self)
        if value == 0:
            return "re.NOFLAG"
        return _flag_names(value, _FLAG_NAMES)

    __str__ = __repr__

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self))


NOFLAG = RegexFlag(0)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
U = UNICODE = RegexFlag(32)
X = VERBOSE = RegexFlag(64)
DEBUG = RegexFlag(128)
A = ASCII = RegexFlag(256)


class error(Exception):
    """Exception raised for invalid regular expressions."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            newline = "\n" if isinstance(pattern, str) else b"\n"
            head = pattern[:pos]
            self.lineno = head.count(newline) + 1
            self.colno = pos - head.rfind(newline)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        Exception.__init__(self, msg)


error.__module__ = "re"


_MAXPOS = 9223372036854775807
_mappingproxy = type(type.__dict__)


class Pattern:
    def __init__(self, pattern, flags):
        istext = isinstance(pattern, str)
        if not istext and not isinstance(pattern, (bytes, bytearray, memoryview)):
            raise TypeError("first argument must be string or compiled pattern")
        flags = int(flags)
        try:
            handle, groups, groupindex, flags = _metal_re.compile(
                pattern, flags, _metal_re.Regex)
        except ValueError as e:
            msg, pos = e.args
            # Errors without a position (look-behind width) carry no pattern either.
            raise error(msg, None if pos is None else pattern, pos) from None
        if istext:
            if flags & 4:
                raise ValueError("cannot use LOCALE flag with a str pattern")
            if flags & 256 and flags & 32:
                raise ValueError("ASCII and UNICODE flags are incompatible")
            if not flags & 256:
                flags |= 32
        else:
            if flags & 32:
                raise ValueError("cannot use UNICODE flag with a bytes pattern")
            if flags & 4:
                raise NotImplementedError(
                    "re: the LOCALE flag is not supported yet")
        self._empty = "" if istext else b""
        self._handle = handle
        self.pattern = pattern
        self.flags = flags
        self.groups = groups
        self._groupindex = groupindex
        self._names = {i: n for n, i in groupindex.items()}

    @property
    def groupindex(self):
        """A dictionary mapping group names to group numbers."""
        # A read-only view of the pattern's own dict, a new one per read (as CPython's).
        return _mappingproxy(self._groupindex)

    def __repr__(self):
        flags = self.flags
        if flags & (4 | 32 | 256) == 32:
            flags &= ~32
        pattern = repr(self.pattern)[:200]
        if not flags:
            return "re.compile(%s)" % pattern
        return "re.compile(%s, %s)" % (pattern, _flag_names(flags, _PATTERN_FLAG_NAMES))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, int(self.flags)))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def _exec(self, string, pos, endpos, mode):
        pos = _index(pos)
        endpos = _index(endpos)
        spans = _metal_re.exec(self._handle, string, pos, endpos, mode)
        if spans is None:
            return None
        n = len(string)
        if pos < 0:
            pos = 0
        elif pos > n:
            pos = n
        if endpos > n:
            endpos = n
        elif endpos < 0:
            endpos = 0
        return Match(self, string, spans, pos, endpos)

    def search(self, string, pos=0, endpos=_MAXPOS):
        if type(string) is str and type(pos) is int and pos == 0 and endpos is _MAXPOS:
            # The whole of a plain str (_exec's checks and clamping have nothing to do).
            spans = _metal_re.exec(self._handle, string, 0, endpos, 0)
            return None if spans is None else Match(self, string, spans, 0, len(string))
        return self._exec(string, pos, endpos, 0)

    def match(self, string, pos=0, endpos=_MAXPOS):
        if type(string) is str and type(pos) is int and pos == 0 and endpos is _MAXPOS:
            spans = _metal_re.exec(self._handle, string, 0, endpos, 1)
            return None if spans is None else Match(self, string, spans, 0, len(string))
        return self._exec(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=_MAXPOS):
        if type(string) is str and type(pos) is int and pos == 0 and endpos is _MAXPOS:
            spans = _metal_re.exec(self._handle, string, 0, endpos, 2)
            return None if spans is None else Match(self, string, spans, 0, len(string))
        return self._exec(string, pos, endpos, 2)

    def finditer(self, string, pos=0, endpos=_MAXPOS):
        n = len(string)
        if endpos > n:
            endpos = n
        mode = 0
        while pos <= endpos:
            m = self._exec(string, pos, endpos, mode)
            if m is None:
                return
            yield m
            # After an empty match the next may not be empty where it starts (sre's
            # "must advance"); after a non-empty one an empty match may follow at its
            # end.
            mode = 4 if m.start() == m.end() else 0
            pos = m.end()

    def findall(self, string, pos=0, endpos=_MAXPOS):
        return _metal_re.findall(self._handle, string, _index(pos), _index(endpos))

    def split(self, string, maxsplit=0):
        return _metal_re.split(self._handle, string, _index(maxsplit))

    def subn(self, repl, string, count=0):
        empty = self._empty
        if callable(repl):
            expand = repl
        else:
            if isinstance(repl, (bytearray, memoryview)):
                repl = bytes(repl)
            elif not isinstance(repl, (str, bytes)):
                raise TypeError("decoding to str: need a bytes-like object, %s found"
                                % type(repl).__name__)
            if not isinstance(repl, type(empty)):
                # A str for a bytes pattern (or bytes for str): CPython's join error.
                parts = repl
            elif ("\\" if empty == "" else b"\\") not in repl:
                parts = repl
            else:
                parts = _parse_template(repl, self)
            if isinstance(parts, type(empty)) or type(parts) is list:
                return _metal_re.subn(self._handle, string, _index(count), parts)
            expand = None
        string = _plain(string)
        out = []
        last = 0
        n = 0
        for m in self.finditer(string):
            if count and n >= count:
                break
            if m.start() > last:
                out.append(string[last:m.start()])
            if expand is None:
                out.append(repl)
            else:
                r = expand(m)
                if r is not None:
                    out.append(r)
            last = m.end()
            n += 1
        out.append(string[last:])
        return empty.join(out), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=_MAXPOS):
        return SRE_Scanner(self, string, pos, endpos)


class SRE_Scanner:
    """Pattern.scanner(): successive match() or search() calls, each going on where
    the last match ended (after an empty one, the next must advance)."""

    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._pos = pos
        self._endpos = endpos
        self._advance = 0

    def _next(self, mode):
        if self._pos is None:
            return None
        m = self.pattern._exec(self._string, self._pos, self._endpos, mode | self._advance)
        if m is None:
            self._pos = None
        else:
            self._advance = 4 if m.end() == m.start() else 0
            self._pos = m.end()
        return m

    def match(self):
        return self._next(1)

    def search(self):
        return self._next(0)


class Scanner:
    """A lexer: the first of the lexicon's phrases that matches at each place, and its
    action (undocumented in CPython, but used)."""

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        self.scanner = compile("|".join("(%s)" % phrase for phrase, action in lexicon),
                               flags)

    def scan(self, string):
        result = []
        match = self.scanner.scanner(string).match
        i = 0
        while True:
            m = match()
            if not m:
                break
            j = m.end()
            if i == j:
                break
            action = self.lexicon[m.lastindex - 1][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]


def _parse_template(repl, pattern):
    """A template as a list of str (bytes) pieces and int group numbers."""
    if isinstance(repl, bytes):
        parts = _parse_template(str(repl, "latin1"), pattern)
        return [p if isinstance(p, int) else p.encode("latin1") for p in parts]
    parts = []
    lit = []
    i = 0
    n = len(repl)
    escapes = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a",
               "b": "\b", "\\": "\\"}
    while i < n:
        c = repl[i]
        if c != "\\":
            lit.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise error("bad escape (end of pattern)", repl, i)
        d = repl[i + 1]
        if d == "g":
            if i + 2 >= n or repl[i + 2] != "<":
                raise error("missing <", repl, i + 2)
            close = repl.find(">", i + 3)
            if close < 0:
                raise error("missing >, unterminated name", repl, i + 3)
            name = repl[i + 3:close]
            if not name:
                raise error("missing group name", repl, i + 3)
            if name.isdigit():
                index = int(name)
                if index > pattern.groups:
                    raise error("invalid group reference %d" % index, repl, i + 3)
            elif name in pattern._groupindex:
                index = pattern._groupindex[name]
            elif name.isidentifier():
                raise IndexError("unknown group name '%s'" % name)
            else:
                raise error("bad character in group name '%s'" % name, repl, i + 3)
            parts.append("".join(lit))
            lit = []
            parts.append(index)
            i = close + 1
        elif len(repl) >= i + 4 and all(c in "01234567" for c in repl[i + 1:i + 4]):
            value = int(repl[i + 1:i + 4], 8)
            if value > 0o377:
                raise error("octal escape value \\%s outside of range 0-0o377"
                            % repl[i + 1:i + 4], repl, i)
            lit.append(chr(value))
            i += 4
        elif d.isdigit() and d != "0":
            j = i + 2
            if j < n and repl[j].isdigit():
                j += 1
            index = int(repl[i + 1:j])
            if index > pattern.groups:
                raise error("invalid group reference %d" % index, repl, i + 1)
            parts.append("".join(lit))
            lit = []
            parts.append(index)
            i = j
        elif d == "0":
            j = i + 2
            while j < n and j < i + 4 and repl[j] in "01234567":
                j += 1
            lit.append(chr(int(repl[i + 1:j], 8)))
            i = j
        elif d in escapes:
            lit.append(escapes[d])
            i += 2
        elif d.isascii() and d.isalpha():
            raise error("bad escape \\%s" % d, repl, i)
        else:
            lit.append("\\" + d)
            i += 2
    parts.append("".join(lit))
    return parts


def _expand(m, parts):
    out = []
    for p in parts:
        if isinstance(p, int):
            g = m.group(p)
            if g is not None:
                out.append(g)
        else:
            out.append(p)
    return m.re._empty.join(out)


def _plain(string):
    """The str or bytes a match's pieces are cut from (a bytearray's or memoryview's
    groups are bytes, as in CPython)."""
    t = type(string)
    if t is str or t is bytes or isinstance(string, str):
        return string
    if isinstance(string, (bytearray, memoryview)):
        return bytes(string)
    return string


class Match:
    def __init__(self, pattern, string, spans, pos, endpos):
        self.re = pattern
        self.string = string
        self._text = string if type(string) is str else _plain(string)
        self._spans = spans
        self.pos = pos
        self.endpos = endpos

    @property
    def lastindex(self):
        """The last group to close (the matcher keeps it after the spans)."""
        return self._spans[-1]

    @property
    def lastgroup(self):
        last = self.lastindex
        return self.re._names.get(last) if last is not None else None

    def _index(self, g):
        if isinstance(g, int):
            if 0 <= g <= self.re.groups:
                return g
        elif isinstance(g, str):
            if g in self.re._groupindex:
                return self.re._groupindex[g]
        raise IndexError("no such group")

    def _group(self, g, default=None):
        i = g if type(g) is int and 0 <= g <= self.re.groups else self._index(g)
        s = self._spans[2 * i]
        if s < 0:
            return default
        return self._text[s:self._spans[2 * i + 1]]

    def group(self, *groups):
        if not groups:
            return self._group(0)
        if len(groups) == 1:
            return self._group(groups[0])
        return tuple(self._group(g) for g in groups)

    def __getitem__(self, g):
        return self._group(g)

    def groups(self, default=None):
        return _metal_re.groups(self.string, self._spans, self.re.groups, default)

    def groupdict(self, default=None):
        return _metal_re.groupdict(self.string, self._spans, self.re._groupindex, default)

    # A plain int group is checked here; anything else (a name, a bool, an int
    # subclass, an error) through _index.
    def start(self, group=0):
        if type(group) is int and 0 <= group <= self.re.groups:
            return self._spans[2 * group]
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        if type(group) is int and 0 <= group <= self.re.groups:
            return self._spans[2 * group + 1]
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        if type(group) is int and 0 <= group <= self.re.groups:
            i = group
        else:
            i = self._index(group)
        return (self._spans[2 * i], self._spans[2 * i + 1])

    @property
    def regs(self):
        return tuple((self._spans[2 * i], self._spans[2 * i + 1])
                     for i in range(self.re.groups + 1))

    def expand(self, template):
        return _expand(self, _parse_template(template, self.re))

    def __bool__(self):
        return True

    def __repr__(self):
        return "<re.Match object; span=%r, match=%s>" % (self.span(), repr(self.group())[:50])

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is None:
        p = Pattern(pattern, flags)
        if len(_cache) >= _MAXCACHE:
            _cache.clear()
        _cache[key] = p
    return p


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def purge():
    _cache.clear()


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


_SPECIAL = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    if isinstance(pattern, str):
        return "".join("\\" + c if c in _SPECIAL else c for c in pattern)
    pattern = str(pattern, "latin1")
    return "".join("\\" + c if c in _SPECIAL else c for c in pattern).encode("latin1")


def _pickle(p):
    return _compile, (p.pattern, p.flags)


import copyreg  # noqa: E402  (pickle and copy rebuild patterns by it)

copyreg.pickle(Pattern, _pickle, _compile)
