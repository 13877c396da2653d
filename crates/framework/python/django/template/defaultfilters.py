"""The built-in template filters."""

import re
from functools import wraps
from urllib.parse import quote

from django.utils.html import (
    avoid_wrapping,
    conditional_escape,
    escape,
    escapejs as _escapejs,
    linebreaks,
    strip_tags as _strip_tags,
)
from django.utils.numberformat import format as number_format
from django.utils.safestring import SafeData, mark_safe
from django.utils.text import Truncator, phone2numeric as _phone2numeric
from django.utils.text import capfirst as _capfirst
from django.utils.text import slugify as _slugify
from django.utils.text import wrap

from .base import VARIABLE_ATTRIBUTE_SEPARATOR, unwrap
from .library import Library

register = Library()


def stringfilter(func):
    """Decorator: the filter receives its value as a str (keeping safety)."""

    @wraps(func)
    def _dec(first, *args, **kwargs):
        first = str(first)
        result = func(first, *args, **kwargs)
        if isinstance(first, SafeData) and getattr(unwrap(func), "is_safe", False):
            result = mark_safe(result)
        return result

    return _dec


# Strings


@register.filter(is_safe=True)
@stringfilter
def addslashes(value):
    """Backslash-escape backslashes and quotes (for CSV, not for JavaScript)."""
    return value.replace("\\", "\\\\").replace('"', '\\"').replace("'", "\\'")


@register.filter(is_safe=True)
@stringfilter
def capfirst(value):
    return value and _capfirst(value)


@register.filter("escapejs")
@stringfilter
def escapejs_filter(value):
    return _escapejs(value)


@register.filter(is_safe=True)
def json_script(value, element_id=None):
    try:
        import json
    except ImportError:
        raise NotImplementedError("the json_script filter needs the json module") from None
    text = (
        json.dumps(value)
        .replace("&", "\\u0026")
        .replace("<", "\\u003C")
        .replace(">", "\\u003E")
    )
    if element_id:
        return mark_safe(
            '<script id="%s" type="application/json">%s</script>'
            % (escape(element_id), text)
        )
    return mark_safe('<script type="application/json">%s</script>' % text)


_DECIMAL_RE = re.compile(r"\s*([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?\s*\Z")


def _decimal_parts(text):
    """'-12.50e3' -> (True, '1250', 1): sign, digits, exponent (as Decimal does)."""
    m = _DECIMAL_RE.match(text)
    if not m or not (m[2] or m[3]):
        return None
    int_digits = m[2] or ""
    frac = m[3] or ""
    exp = int(m[4] or 0) - len(frac)
    digits = (int_digits + frac).lstrip("0") or "0"
    return m[1] == "-", digits, exp


def _grouped(number, decimal_pos, force_grouping):
    if force_grouping:
        return number_format(number, ".", decimal_pos, 3, ",", True)
    return number_format(number, ".", decimal_pos)


@register.filter(is_safe=True)
def floatformat(text, arg=-1):
    """Round to arg decimal places (ROUND_HALF_UP on the exact decimal value);
    a negative arg shows decimals only when the number has a fraction; a 'g'
    suffix groups thousands, 'u' is accepted (no localisation here)."""
    force_grouping = False
    if isinstance(arg, str):
        if arg[-2:] in ("gu", "ug"):
            force_grouping = True
            arg = arg[:-2] or -1
        elif arg[-1:] == "g":
            force_grouping = True
            arg = arg[:-1] or -1
        elif arg[-1:] == "u":
            arg = arg[:-1] or -1
    input_val = str(text)
    parts = _decimal_parts(input_val)
    if parts is None:
        low = input_val.strip().lower().lstrip("+-")
        if low in ("inf", "infinity", "nan", "snan"):
            try:
                p = int(arg)
            except ValueError:
                return input_val
            return input_val
        try:
            parts = _decimal_parts(repr(float(text)))
        except (ValueError, TypeError, OverflowError):
            return ""
        if parts is None:
            # float(text) is inf or nan.
            try:
                int(arg)
            except ValueError:
                pass
            return input_val
    try:
        p = int(arg)
    except ValueError:
        return input_val
    negative, digits, exp = parts
    if len(digits) + abs(exp) > 200:
        return input_val
    n = int(digits)
    # Is there a fractional part?
    if exp >= 0:
        has_fraction = False
        whole = n * 10**exp
    else:
        whole, frac = divmod(n, 10 ** (-exp))
        has_fraction = frac != 0
    if not has_fraction and p <= 0:
        value = -whole if negative else whole
        return mark_safe(_grouped("%d" % value, 0, force_grouping))
    places = abs(p)
    if exp >= -places:
        q = n * 10 ** (exp + places)
    else:
        shift = 10 ** (-places - exp)
        q, rem = divmod(n, shift)
        if rem * 2 >= shift:
            q += 1
    s = str(q)
    if places:
        s = s.rjust(places + 1, "0")
        number = s[:-places] + "." + s[-places:]
    else:
        number = s
    if negative and q:
        number = "-" + number
    return mark_safe(_grouped(number, places, force_grouping))


@register.filter(is_safe=True)
@stringfilter
def iriencode(value):
    return quote(value, safe="/#%[]=:;$&()+,!?*@'~")


@register.filter(is_safe=True, needs_autoescape=True)
@stringfilter
def linenumbers(value, autoescape=True):
    lines = value.split("\n")
    width = str(len(str(len(lines))))
    if not autoescape or isinstance(value, SafeData):
        for i, line in enumerate(lines):
            lines[i] = ("%0" + width + "d. %s") % (i + 1, line)
    else:
        for i, line in enumerate(lines):
            lines[i] = ("%0" + width + "d. %s") % (i + 1, escape(line))
    return mark_safe("\n".join(lines))


@register.filter(is_safe=True)
@stringfilter
def lower(value):
    return value.lower()


@register.filter(is_safe=False)
@stringfilter
def make_list(value):
    return list(value)


@register.filter(is_safe=True)
@stringfilter
def slugify(value):
    return _slugify(value)


@register.filter(is_safe=True)
def stringformat(value, arg):
    """'%' + arg applied to value (Python's printf-style formatting)."""
    if isinstance(value, tuple):
        value = str(value)
    try:
        return ("%" + str(arg)) % value
    except (ValueError, TypeError):
        return ""


@register.filter(is_safe=True)
@stringfilter
def title(value):
    t = re.sub("([a-z])'([A-Z])", lambda m: m[0].lower(), value.title())
    return re.sub(r"\d([A-Z])", lambda m: m[0].lower(), t)


@register.filter(is_safe=True)
@stringfilter
def truncatechars(value, arg):
    try:
        length = int(arg)
    except ValueError:
        return value
    return Truncator(value).chars(length)


@register.filter(is_safe=True)
@stringfilter
def truncatewords(value, arg):
    try:
        length = int(arg)
    except ValueError:
        return value
    return Truncator(value).words(length, truncate=" …")


@register.filter(is_safe=False)
@stringfilter
def upper(value):
    return value.upper()


@register.filter(is_safe=False)
@stringfilter
def urlencode(value, safe=None):
    if safe is not None:
        return quote(value, safe=safe)
    return quote(value)


@register.filter(is_safe=False)
@stringfilter
def wordcount(value):
    return len(value.split())


@register.filter(is_safe=True)
@stringfilter
def wordwrap(value, arg):
    return wrap(value, int(arg))


@register.filter(is_safe=True)
@stringfilter
def ljust(value, arg):
    return value.ljust(int(arg))


@register.filter(is_safe=True)
@stringfilter
def rjust(value, arg):
    return value.rjust(int(arg))


@register.filter(is_safe=True)
@stringfilter
def center(value, arg):
    return value.center(int(arg))


@register.filter
@stringfilter
def cut(value, arg):
    """Remove every occurrence of arg."""
    safe = isinstance(value, SafeData)
    value = value.replace(arg, "")
    if safe and arg != ";":
        return mark_safe(value)
    return value


# HTML


@register.filter("escape", is_safe=True)
def escape_filter(value):
    """Escape the value unless it is already safe."""
    return conditional_escape(value)


@register.filter(is_safe=True)
def escapeseq(value):
    return [conditional_escape(obj) for obj in value]


@register.filter(is_safe=True)
@stringfilter
def force_escape(value):
    return escape(value)


@register.filter("linebreaks", is_safe=True, needs_autoescape=True)
@stringfilter
def linebreaks_filter(value, autoescape=True):
    autoescape = autoescape and not isinstance(value, SafeData)
    return mark_safe(linebreaks(value, autoescape))


@register.filter(is_safe=True, needs_autoescape=True)
@stringfilter
def linebreaksbr(value, autoescape=True):
    autoescape = autoescape and not isinstance(value, SafeData)
    value = re.sub(r"\r\n|\r|\n", "\n", value)
    if autoescape:
        value = escape(value)
    return mark_safe(value.replace("\n", "<br>"))


@register.filter(is_safe=True)
@stringfilter
def safe(value):
    return mark_safe(value)


@register.filter(is_safe=True)
def safeseq(value):
    return [mark_safe(obj) for obj in value]


@register.filter(is_safe=True)
@stringfilter
def striptags(value):
    return _strip_tags(value)


# Lists


def _property_resolver(arg):
    """A key function: an index when arg is a number, else dotted lookups."""
    try:
        float(arg)
    except ValueError:
        if VARIABLE_ATTRIBUTE_SEPARATOR + "_" in arg or arg[0] == "_":
            raise AttributeError("Access to private variables is forbidden.")
        parts = arg.split(VARIABLE_ATTRIBUTE_SEPARATOR)

        def resolve(value):
            for part in parts:
                try:
                    value = value[part]
                except (AttributeError, IndexError, KeyError, TypeError, ValueError):
                    value = getattr(value, part)
            return value

        return resolve
    else:

        def item(value):
            return value[arg]

        return item


@register.filter(is_safe=False)
def dictsort(value, arg):
    try:
        return sorted(value, key=_property_resolver(arg))
    except (AttributeError, TypeError):
        return ""


@register.filter(is_safe=False)
def dictsortreversed(value, arg):
    try:
        return sorted(value, key=_property_resolver(arg), reverse=True)
    except (AttributeError, TypeError):
        return ""


@register.filter(is_safe=False)
def first(value):
    try:
        return value[0]
    except IndexError:
        return ""


@register.filter(is_safe=True, needs_autoescape=True)
def join(value, arg, autoescape=True):
    """Join a list with a string, escaping both unless autoescape is off."""
    try:
        if autoescape:
            data = conditional_escape(arg).join([conditional_escape(v) for v in value])
        else:
            data = arg.join(value)
    except TypeError:  # Fail silently if arg isn't iterable.
        return value
    return mark_safe(data)


@register.filter(is_safe=True)
def last(value):
    try:
        return value[-1]
    except IndexError:
        return ""


@register.filter(is_safe=False)
def length(value):
    try:
        return len(value)
    except (ValueError, TypeError):
        return 0


@register.filter("slice", is_safe=True)
def slice_filter(value, arg):
    """value[arg] with arg in Python's slice syntax ('1:3', ':2', '::2')."""
    try:
        bits = []
        for x in str(arg).split(":"):
            if not x:
                bits.append(None)
            else:
                bits.append(int(x))
        return value[slice(*bits)]
    except (ValueError, TypeError, KeyError):
        return value


@register.filter(is_safe=True, needs_autoescape=True)
def unordered_list(value, autoescape=True):
    """Nested lists as <li> items (without the outer <ul>)."""
    escaper = conditional_escape if autoescape else (lambda x: x)

    def walk_items(item_list):
        items = list(item_list)
        i = 0
        while i < len(items):
            item = items[i]
            children = None
            if i + 1 < len(items) and isinstance(items[i + 1], (list, tuple)):
                children = items[i + 1]
                i += 1
            yield item, children
            i += 1

    def list_formatter(item_list, tabs=1):
        indent = "\t" * tabs
        output = []
        for item, children in walk_items(item_list):
            sublist = ""
            if children:
                sublist = "\n%s<ul>\n%s\n%s</ul>\n%s" % (
                    indent,
                    list_formatter(children, tabs + 1),
                    indent,
                    indent,
                )
            output.append("%s<li>%s%s</li>" % (indent, escaper(item), sublist))
        return "\n".join(output)

    return mark_safe(list_formatter(value))


# Numbers


@register.filter(is_safe=False)
def add(value, arg):
    """Add as integers when both are, else with + (empty on failure)."""
    try:
        return int(value) + int(arg)
    except (ValueError, TypeError):
        try:
            return value + arg
        except Exception:
            return ""


@register.filter(is_safe=False)
def get_digit(value, arg):
    """The arg-th digit from the right (1 is the last digit)."""
    try:
        arg = int(arg)
        value = int(value)
    except ValueError:
        return value
    if arg < 1:
        return value
    try:
        return int(str(value)[-arg])
    except IndexError:
        return 0


# Logic


@register.filter(is_safe=False)
def default(value, arg):
    return value or arg


@register.filter(is_safe=False)
def default_if_none(value, arg):
    if value is None:
        return arg
    return value


@register.filter(is_safe=False)
def divisibleby(value, arg):
    return int(value) % int(arg) == 0


@register.filter(is_safe=False)
def yesno(value, arg=None):
    """'yes,no,maybe' for true, false and None (maybe defaults to no)."""
    if arg is None:
        arg = "yes,no,maybe"
    bits = arg.split(",")
    if len(bits) < 2:
        return value
    try:
        yes, no, maybe = bits
    except ValueError:
        yes, no, maybe = bits[0], bits[1], bits[1]
    if value is None:
        return maybe
    if value:
        return yes
    return no


# Misc


@register.filter(is_safe=True)
def filesizeformat(bytes_):
    """'13 KB', '4.1 MB', '102 bytes'..."""
    try:
        bytes_ = int(bytes_)
    except (TypeError, ValueError, UnicodeDecodeError):
        return avoid_wrapping("0 bytes")

    def one_decimal(value):
        return number_format(round(value, 1), ".", 1)

    KB = 1 << 10
    MB = 1 << 20
    GB = 1 << 30
    TB = 1 << 40
    PB = 1 << 50
    negative = bytes_ < 0
    if negative:
        bytes_ = -bytes_
    if bytes_ < KB:
        value = "%d byte" % bytes_ if bytes_ == 1 else "%d bytes" % bytes_
    elif bytes_ < MB:
        value = "%s KB" % one_decimal(bytes_ / KB)
    elif bytes_ < GB:
        value = "%s MB" % one_decimal(bytes_ / MB)
    elif bytes_ < TB:
        value = "%s GB" % one_decimal(bytes_ / GB)
    elif bytes_ < PB:
        value = "%s TB" % one_decimal(bytes_ / TB)
    else:
        value = "%s PB" % one_decimal(bytes_ / PB)
    if negative:
        value = "-%s" % value
    return avoid_wrapping(value)


@register.filter(is_safe=False)
def pluralize(value, arg="s"):
    """'s' unless the value (a number, or a sized object) is 1; 'y,ies' gives
    the singular and plural suffixes."""
    if "," not in arg:
        arg = "," + arg
    bits = arg.split(",")
    if len(bits) > 2:
        return ""
    singular_suffix, plural_suffix = bits[:2]
    try:
        return singular_suffix if float(value) == 1 else plural_suffix
    except ValueError:
        pass
    except TypeError:
        try:
            return singular_suffix if len(value) == 1 else plural_suffix
        except TypeError:
            pass
    return ""


@register.filter("phone2numeric", is_safe=True)
def phone2numeric_filter(value):
    return _phone2numeric(value)


@register.filter(is_safe=True)
def pprint(value):
    """pprint.pformat() of the value (for debugging)."""
    from pprint import pformat

    try:
        return pformat(value)
    except Exception as e:
        return "Error in formatting: %s: %s" % (e.__class__.__name__, e)
