"""Text helpers used by templates and forms."""

import re


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
    """Wrap text at width (textwrap without breaking words or hyphens, whitespace
    kept); blank lines and a final newline are kept."""
    import textwrap

    wrapper = textwrap.TextWrapper(
        width=width,
        break_long_words=False,
        break_on_hyphens=False,
        replace_whitespace=False,
    )
    result = []
    for line in text.splitlines():
        wrapped = wrapper.wrap(line)
        if not wrapped:
            # A line of only whitespace is kept as it was.
            result.append(line)
        else:
            result.extend(wrapped)
    if text.endswith("\n"):
        result.append("")
    return "\n".join(result)


def slugify(value, allow_unicode=False):
    """'Crème brûlée!' -> 'creme-brulee': ASCII (accents folded away) unless
    allow_unicode, lowercase, only letters, digits, '_' and '-'."""
    value = str(value)
    from django.utils._ascii_fold import FOLD, NFKC

    if allow_unicode:
        value = "".join(c if ord(c) < 128 else NFKC.get(ord(c), c) for c in value)
    else:
        value = "".join(c if ord(c) < 128 else FOLD.get(ord(c), "") for c in value)
    value = re.sub(r"[^\w\s-]", "", value.lower())
    return re.sub(r"[-\s]+", "-", value).strip("-_")


def phone2numeric(phone):
    table = {}
    for digit, letters in (("2", "abc"), ("3", "def"), ("4", "ghi"), ("5", "jkl"),
                           ("6", "mno"), ("7", "pqrs"), ("8", "tuv"), ("9", "wxyz")):
        for c in letters:
            table[c] = digit
    return "".join(table.get(c, c) for c in str(phone).lower())
