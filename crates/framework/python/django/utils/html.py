"""HTML helpers: escaping, safe formatting, tag stripping, paragraphs."""

import re

from django.utils.safestring import SafeData, SafeString, mark_safe  # noqa: F401


def escape(text):
    """Escape &, <, >, " and ' for HTML, always (Django's escape())."""
    text = str(text)
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if '"' in text:
        text = text.replace('"', "&quot;")
    if "'" in text:
        text = text.replace("'", "&#x27;")
    return SafeString(text)


def conditional_escape(text):
    """escape() unless the text says it is HTML already (__html__)."""
    from django.utils.functional import Promise

    if isinstance(text, Promise):
        text = str(text)
    if hasattr(text, "__html__"):
        return text.__html__()
    return escape(text)


def format_html(format_string, *args, **kwargs):
    args = [conditional_escape(a) for a in args]
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


_TAG_RE = re.compile(r"<[^>]*>")


def _strip_once(value):
    # Remove complete tags and comments; what is left of an unclosed '<' stays.
    value = re.sub(r"<!--.*?-->", "", value, flags=re.S)
    return _TAG_RE.sub("", value)


def strip_tags(value):
    """Return the text with HTML tags removed, repeatedly, until stable."""
    value = str(value)
    while "<" in value and ">" in value:
        new_value = _strip_once(value)
        if value.count("<") == new_value.count("<"):
            break
        value = new_value
    return value


def strip_spaces_between_tags(value):
    return re.sub(r">\s+<", "><", str(value))


def avoid_wrapping(value):
    return value.replace(" ", "\xa0")
