"""Text helpers used by templates and forms."""

import re

from django.utils.safestring import SafeData, mark_safe


def capfirst(x):
    if not x:
        return x
    x = str(x)
    return x[0].upper() + x[1:]


def get_text_list(list_, last_word="or"):
    """['a', 'b', 'c'] -> "a, b or c"."""
    if not list_:
        return ""
    if len(list_) == 1:
        return str(list_[0])
    return "%s %s %s" % (", ".join(str(i) for i in list_[:-1]), str(last_word), str(list_[-1]))


# A bit is a run of non-space characters in which quoted strings (with backslash
# escapes) may contain spaces.
_SMART_SPLIT_RE = re.compile(
    r"""((?:[^\s'"]*(?:(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')[^\s'"]*)+)|\S+)"""
)


def smart_split(text):
    """Split on whitespace, keeping quoted phrases (quotes included) together."""
    for m in _SMART_SPLIT_RE.finditer(str(text)):
        yield m[0]


def unescape_string_literal(s):
    """'"abc"' -> 'abc', with the literal's quote and backslash escapes undone."""
    if not s or s[0] not in "\"'" or s[-1] != s[0]:
        raise ValueError("Not a string literal: %r" % s)
    quote = s[0]
    return s[1:-1].replace(r"\%s" % quote, quote).replace(r"\\", "\\")


def _truncate_marker(truncate):
    return "…" if truncate is None else truncate


class Truncator:
    """Shorten text to a number of characters or words, ending with an ellipsis."""

    def __init__(self, text):
        self._wrapped = str(text)

    def __str__(self):
        return self._wrapped

    def chars(self, num, truncate=None, html=False):
        if html:
            raise NotImplementedError("Truncator.chars(html=True) is not supported yet")
        length = int(num)
        if length <= 0:
            return ""
        text = self._wrapped
        if len(text) <= length:
            return text
        marker = _truncate_marker(truncate)
        keep = length - len(marker)
        if keep <= 0:
            return marker[:length] if len(marker) > length else marker
        return text[:keep] + marker

    def words(self, num, truncate=None, html=False):
        if html:
            raise NotImplementedError("Truncator.words(html=True) is not supported yet")
        length = int(num)
        if length <= 0:
            return ""
        words = self._wrapped.split()
        if len(words) > length:
            return " ".join(words[:length]) + _truncate_marker(truncate)
        return " ".join(words)


def wrap(text, width):
    """Wrap text at width, keeping existing line breaks (Django's text.wrap)."""
    out = []
    for line in str(text).splitlines(True):
        max_width = min((line.endswith("\n") and width + 1 or width), width)
        while len(line) > max_width:
            space = line[: max_width + 1].rfind(" ") + 1
            if space == 0:
                space = line.find(" ") + 1
                if space == 0:
                    out.append(line)
                    line = ""
                    break
            out.append(line[: space - 1] + "\n")
            line = line[space:]
            max_width = min((line.endswith("\n") and width + 1 or width), width)
        if line:
            out.append(line)
    return "".join(out)


def slugify(value, allow_unicode=False):
    value = str(value)
    if not allow_unicode:
        value = "".join(c for c in value if ord(c) < 128)
    value = re.sub(r"[^\w\s-]", "", value.lower())
    return re.sub(r"[-\s]+", "-", value).strip("-_")


def phone2numeric(phone):
    table = {}
    for digit, letters in (("2", "abc"), ("3", "def"), ("4", "ghi"), ("5", "jkl"),
                           ("6", "mno"), ("7", "pqrs"), ("8", "tuv"), ("9", "wxyz")):
        for c in letters:
            table[c] = digit
    return "".join(table.get(c, c) for c in str(phone).lower())


def keep_safe(func, value, result):
    return mark_safe(result) if isinstance(value, SafeData) else result
