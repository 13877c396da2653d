# {% csrf_token %} as Django 5.2 draws it, for every kind of context value: the csrf
# context processor's lazy token (evaluated once however many tags use it), a plain
# str with characters to escape, "NOTPROVIDED", empty and missing values (a warning
# under DEBUG), values that are not str, a context class with its own get(), and a
# patched CsrfTokenNode.render (expected output from real Django 5.2).
import warnings

from django.conf import settings

settings.configure(
    DEBUG=True,
    SECRET_KEY="not-secret",
    INSTALLED_APPS=[],
    TEMPLATES=[{"BACKEND": "django.template.backends.django.DjangoTemplates"}],
)
import django

django.setup()

from django.template import Context, Engine, defaulttags
from django.utils.functional import SimpleLazyObject
from django.utils.safestring import mark_safe

warnings.simplefilter("always")
engine = Engine(debug=True)
one = engine.from_string("[{% csrf_token %}]")
two = engine.from_string("[{% csrf_token %}|{% if x %}{% csrf_token %}{% endif %}]")


class Shown:
    def __str__(self):
        return "shown<&>"

    def __repr__(self):
        return "Shown()"


def show(label, template, ctx):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            out = template.render(ctx)
        except Exception as e:
            out = "%s: %s" % (type(e).__name__, e)
    print(label, out, [str(w.message) for w in caught])


calls = []


def make_token():
    calls.append(1)
    return "tok%d" % len(calls)


lazy = SimpleLazyObject(make_token)
show("lazy", two, Context({"csrf_token": lazy, "x": True}))
show("lazy again", one, Context({"csrf_token": lazy}))
print("calls", len(calls))
for value in ["abc", 'a<b>"c\'&d', "NOTPROVIDED", "", None, 0, 7, mark_safe("<safe>"), Shown(),
              SimpleLazyObject(lambda: "lazy<str>"), SimpleLazyObject(lambda: ""),
              SimpleLazyObject(lambda: "NOTPROVIDED"), SimpleLazyObject(lambda: 12)]:
    show(repr(value) if not isinstance(value, SimpleLazyObject) else "lazy", one,
         Context({"csrf_token": value}))
show("missing", one, Context({}))


def failing():
    raise KeyError("no token")


show("raising", one, Context({"csrf_token": SimpleLazyObject(failing)}))

c = Context({"csrf_token": "outer"})
c.push({"csrf_token": "inner"})
show("pushed", one, c)
c.pop()
show("popped", one, c)


class OwnGet(Context):
    def get(self, key, otherwise=None):
        print("  OwnGet.get", key)
        return "from-get"


show("own get", one, OwnGet({"csrf_token": "ignored"}))

original = defaulttags.CsrfTokenNode.render


def patched(self, context):
    return "patched:" + original(self, context)


defaulttags.CsrfTokenNode.render = patched
show("patched", one, Context({"csrf_token": "tok"}))
defaulttags.CsrfTokenNode.render = original
show("restored", one, Context({"csrf_token": "tok"}))
