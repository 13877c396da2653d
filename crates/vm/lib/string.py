"""String constants (`ascii_letters`, `digits`…), `capwords`, and `Template`'s
`$name` substitution."""

__all__ = [
    "ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits",
    "hexdigits", "octdigits", "printable", "punctuation", "whitespace",
    "Formatter", "Template",
]

whitespace = " \t\n\r\x0b\x0c"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split `s` on `sep` (runs of whitespace when None), capitalize each word, and
    join them with `sep` (a single space when None)."""
    return (sep or " ").join(word.capitalize() for word in s.split(sep))


import re as _re


class Template:
    """`$name`, `${name}` and `$$` substitution."""

    delimiter = "$"
    # CPython spells this (?a:...), which our re does not parse yet.
    idpattern = r"[_a-z][_a-z0-9]*"
    braceidpattern = None
    flags = _re.IGNORECASE

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.pattern = cls._compile()

    @classmethod
    def _compile(cls):
        d = _re.escape(cls.delimiter)
        ident = cls.idpattern
        braced = cls.braceidpattern or cls.idpattern
        return _re.compile(
            d + "(?:(?P<escaped>" + d + ")|(?P<named>" + ident + ")|{(?P<braced>"
            + braced + ")}|(?P<invalid>))",
            cls.flags | _re.VERBOSE,
        )

    def __init__(self, template):
        self.template = template

    def _invalid(self, mo):
        i = mo.start("invalid")
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError(
            "Invalid placeholder in string: line %d, col %d" % (lineno, colno)
        )

    def _substitute(self, mapping, kws, safe):
        if mapping is None:
            mapping = kws
        elif kws:
            merged = dict(mapping)
            merged.update(kws)
            mapping = merged

        def convert(mo):
            name = mo.group("named") or mo.group("braced")
            if name is not None:
                if safe:
                    try:
                        return str(mapping[name])
                    except KeyError:
                        return mo.group()
                return str(mapping[name])
            if mo.group("escaped") is not None:
                return self.delimiter
            if mo.group("invalid") is not None:
                if safe:
                    return mo.group()
                self._invalid(mo)
            raise ValueError("Unrecognized named group in pattern", self.pattern)

        return self.pattern.sub(convert, self.template)

    def substitute(self, mapping=None, /, **kws):
        return self._substitute(mapping, kws, False)

    def safe_substitute(self, mapping=None, /, **kws):
        return self._substitute(mapping, kws, True)

    def is_valid(self):
        for mo in self.pattern.finditer(self.template):
            if mo.group("invalid") is not None:
                return False
            if mo.group("named") is None and mo.group("braced") is None \
                    and mo.group("escaped") is None:
                raise ValueError("Unrecognized named group in pattern", self.pattern)
        return True

    def get_identifiers(self):
        ids = []
        for mo in self.pattern.finditer(self.template):
            name = mo.group("named") or mo.group("braced")
            if name is not None and name not in ids:
                ids.append(name)
            elif name is None and mo.group("invalid") is None \
                    and mo.group("escaped") is None:
                raise ValueError("Unrecognized named group in pattern", self.pattern)
        return ids


Template.pattern = Template._compile()


class Formatter:
    """`str.format` as an overridable class; only `format`/`vformat` of plain fields."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        # CPython's joins the pieces: a new str, never the instance of a str subclass
        # that `str.format` may hand back.
        return str(format_string.format(*args, **kwargs))
