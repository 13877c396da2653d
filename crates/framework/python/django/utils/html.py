"""HTML helpers: escaping, safe formatting, tag stripping, paragraphs."""

import re

from _metal_text import escape_html
from django.utils.functional import Promise
from django.utils.safestring import SafeData, SafeString, mark_safe  # noqa: F401


def escape(text):
    """Escape &, <, >, " and ' for HTML, always (Django's escape())."""
    return SafeString(escape_html(str(text)))


def conditional_escape(text):
    """escape() unless the text says it is HTML already (__html__)."""
    if type(text) is str:
        return SafeString(escape_html(text))
    if isinstance(text, Promise):
        text = str(text)
    if hasattr(text, "__html__"):
        return text.__html__()
    return escape(text)


def format_html(format_string, *args, **kwargs):
    if not (args or kwargs):
        # Deprecated in Django 5.2 (a TypeError from 6.0 on).
        import warnings

        from django.utils.deprecation import RemovedInDjango60Warning

        warnings.warn(
            "Calling format_html() without passing args or kwargs is deprecated.",
            RemovedInDjango60Warning,
            stacklevel=2,
        )
    args = [conditional_escape(a) for a in args]
    if kwargs:
        kwargs = {k: conditional_escape(v) for k, v in kwargs.items()}
    return mark_safe(format_string.format(*args, **kwargs))


def format_html_join(sep, format_string, args_generator):
    return mark_safe(
        conditional_escape(sep).join(
            format_html(format_string, *args) for args in args_generator
        )
    )


_JS_ESCAPES = {
    ord("\\"): "\\u005C",
    ord("'"): "\\u0027",
    ord('"'): "\\u0022",
    ord(">"): "\\u003E",
    ord("<"): "\\u003C",
    ord("&"): "\\u0026",
    ord("="): "\\u003D",
    ord("-"): "\\u002D",
    ord(";"): "\\u003B",
    ord("`"): "\\u0060",
    ord("\u2028"): "\\u2028",
    ord("\u2029"): "\\u2029",
}
for _z in range(32):
    _JS_ESCAPES[_z] = "\\u%04X" % _z


def escapejs(value):
    """Hex-escape characters that would end a JavaScript string."""
    return mark_safe(str(value).translate(_JS_ESCAPES))


def linebreaks(value, autoescape=False):
    """Paragraphs (<p>) for blank-line separated text, <br> for single newlines."""
    value = re.sub(r"\r\n|\r|\n", "\n", str(value))
    paras = re.split("\n{2,}", value)
    if autoescape:
        paras = ["<p>%s</p>" % escape(p).replace("\n", "<br>") for p in paras]
    else:
        paras = ["<p>%s</p>" % p.replace("\n", "<br>") for p in paras]
    return "\n\n".join(paras)


def _tag_end(value, i):
    """Index just past the '>' closing the tag that starts at value[i] ('<'), with
    quoted attribute values skipped; -1 when it does not close."""
    n = len(value)
    j = i + 1
    after_eq = False
    while j < n:
        c = value[j]
        if c == ">":
            return j + 1
        if after_eq and c in "'\"":
            k = value.find(c, j + 1)
            if k < 0:
                return -1
            j = k + 1
            after_eq = False
            continue
        if c == "=":
            after_eq = True
        elif not c.isspace():
            after_eq = False
        j += 1
    return -1


def _strip_once(value):
    """The text of value without its tags, comments and declarations, read the way
    an HTML parser reads them: '<' not followed by a tag is text, the contents of
    script and style are text, entities are kept as written."""
    out = []
    i = 0
    n = len(value)
    lower = value.lower()
    while i < n:
        j = value.find("<", i)
        if j < 0:
            out.append(value[i:])
            break
        out.append(value[i:j])
        nxt = value[j + 1 : j + 2]
        if nxt.isalpha() and nxt.isascii():
            end = _tag_end(value, j)
            if end < 0:
                out.append(value[j:])
                break
            name = lower[j + 1 : end].split(None, 1)[0].rstrip(">/")
            i = end
            if name in ("script", "style"):
                close = lower.find("</" + name, i)
                if close < 0:
                    out.append(value[i:])
                    break
                out.append(value[i:close])
                i = close
            continue
        if nxt == "/":
            if value[j + 2 : j + 3] == ">":
                i = j + 3
                continue
            end = value.find(">", j)
            if end < 0:
                out.append(value[j:])
                break
            i = end + 1
            continue
        if value.startswith("<!--", j):
            end = value.find("-->", j + 4)
            if end < 0:
                out.append(value[j:])
                break
            i = end + 3
            continue
        if nxt in ("!", "?"):
            end = value.find(">", j)
            if end < 0:
                out.append(value[j:])
                break
            i = end + 1
            continue
        out.append("<")
        i = j + 1
    return "".join(out)


def strip_tags(value):
    """Return the text with HTML tags removed, repeatedly, until stable."""
    value = str(value)
    depth = 0
    while "<" in value and ">" in value:
        if depth >= 50:
            from django.core.exceptions import SuspiciousOperation

            raise SuspiciousOperation
        new_value = _strip_once(value)
        if value.count("<") == new_value.count("<"):
            break
        value = new_value
        depth += 1
    return value


def strip_spaces_between_tags(value):
    return re.sub(r">\s+<", "><", str(value))


def avoid_wrapping(value):
    return value.replace(" ", "\xa0")
