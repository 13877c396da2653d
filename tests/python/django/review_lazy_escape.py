# Review: lazy values (SimpleLazyObject, lazy()) must be escaped like the strings they
# wrap. Django's conditional_escape() turns a Promise into str and SimpleLazyObject has
# no __html__ of its own, so format_html(), the escape/join/unordered_list filters and
# simple tags escape them. Ours gives both wrappers an __html__ that returns the raw
# value, so user text behind a lazy object is emitted unescaped (XSS).
from django.conf import settings

settings.configure(
    DEBUG=False,
    SECRET_KEY="x",
    INSTALLED_APPS=[],
    USE_I18N=False,
    TEMPLATES=[{"BACKEND": "django.template.backends.django.DjangoTemplates"}],
)
import django

django.setup()

from django.template import Context, Template
from django.utils.functional import SimpleLazyObject, lazy
from django.utils.html import conditional_escape, format_html

EVIL = "<script>alert(1)</script>"
lazy_obj = SimpleLazyObject(lambda: EVIL)
lazy_str = lazy(lambda: EVIL, str)()


def show(label, value):
    print(label, "->", repr(str(value)))


show("conditional_escape(SimpleLazyObject)", conditional_escape(lazy_obj))
show("conditional_escape(lazy str)", conditional_escape(lazy_str))
show("format_html with SimpleLazyObject", format_html("<b>{}</b>", lazy_obj))
show("format_html with lazy str", format_html("<b>{}</b>", lazy_str))


def r(src, **ctx):
    try:
        out = repr(Template(src).render(Context(ctx)))
    except Exception as e:
        out = "%s: %s" % (type(e).__name__, e)
    print(repr(src), "->", out)


r("{{ names|join:', ' }}", names=[lazy_obj, "bob"])
r("{{ names|unordered_list }}", names=[lazy_obj])
r("{% autoescape off %}{{ x|escape }}{% endautoescape %}", x=lazy_obj)
r("{{ x }}", x=lazy_obj)
