_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"}


class SafeString(str):
    """A string already safe for HTML: escape() leaves it as it is."""

    def __html__(self):
        return self

    def __add__(self, rhs):
        t = super().__add__(rhs)
        if isinstance(rhs, SafeString):
            return SafeString(t)
        return t

    def __str__(self):
        return self


def mark_safe(s):
    if hasattr(s, "__html__"):
        return s
    return SafeString(s)


def escape(text):
    """Escape &, <, >, " and ' for HTML, always (Django's escape())."""
    text = str(text)
    if not any(c in text for c in "&<>\"'"):
        return SafeString(text)
    return SafeString("".join(_ESCAPES.get(c, c) for c in text))


def conditional_escape(text):
    if hasattr(text, "__html__"):
        return text.__html__()
    return escape(text)


def format_html(format_string, *args, **kwargs):
    args = [conditional_escape(a) for a in args]
    kwargs = {k: conditional_escape(v) for k, v in kwargs.items()}
    return mark_safe(format_string.format(*args, **kwargs))


def format_html_join(sep, format_string, args_generator):
    return mark_safe(conditional_escape(sep).join(
        format_html(format_string, *args) for args in args_generator))
