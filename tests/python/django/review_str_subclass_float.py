# Review: float() of a str subclass. Template filter arguments written as literals are
# SafeStrings (a str subclass). dictsort/dictsortreversed call float(arg) to tell an
# index from a key path, and {% widthratio %} calls float() on its values. On CPython
# float(SafeString("a")) raises ValueError and float(SafeString("1.5")) is 1.5; on metal
# both raise TypeError, so dictsort:'name' silently returns '' and widthratio with
# string values renders nothing.
from django.conf import settings

settings.configure(
    DEBUG=False,
    SECRET_KEY="x",
    INSTALLED_APPS=[],
    TEMPLATES=[{"BACKEND": "django.template.backends.django.DjangoTemplates"}],
)
import django

django.setup()

from django.template import Context, Template
from django.utils.safestring import SafeString


def r(src, **ctx):
    try:
        out = repr(Template(src).render(Context(ctx)))
    except Exception as e:
        out = "%s: %s" % (type(e).__name__, e)
    print(repr(src), "->", out)


people = [{"name": "Zoe", "age": 31}, {"name": "Adam", "age": 25}, {"name": "Mia", "age": 40}]
r("{% for p in people|dictsort:'name' %}{{ p.name }} {% endfor %}", people=people)
r("{% for p in people|dictsortreversed:'age' %}{{ p.name }} {% endfor %}", people=people)
r("{% widthratio '50' '200' 100 %}|{% widthratio a b 100 %}", a=SafeString("3"), b="4")

for text in ["1.5", " 2 ", "abc"]:
    for kind in (str, SafeString):
        try:
            out = repr(float(kind(text)))
        except Exception as e:
            out = type(e).__name__
        print("float(%s(%r)) -> %s" % (kind.__name__, text, out))
