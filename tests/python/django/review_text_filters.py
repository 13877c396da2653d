# Review: text filters whose output differs from Django 5.2.
# - slugify: Django NFKD-normalises and keeps the ASCII base letters ("Crème brûlée"
#   -> "creme-brulee"); ours drops every non-ASCII character ("crme-brle").
# - wordwrap: Django 5.2 wraps with textwrap.TextWrapper (whitespace at the break is
#   consumed, whitespace-only lines are kept, no trailing newline is invented); ours
#   keeps trailing blanks on wrapped lines and adds/keeps a final newline.
# - pprint: Django uses pprint.pformat (dict keys sorted, long values wrapped); ours
#   uses repr().
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


def r(src, **ctx):
    try:
        out = repr(Template(src).render(Context(ctx)))
    except Exception as e:
        out = "%s: %s" % (type(e).__name__, e)
    print(repr(src), "->", out)


r("{{ t|slugify }}", t="Crème brûlée à la carte")
r("{{ t|slugify }}", t="Ångström Über Straße ½")
r("{{ t|wordwrap:5 }}", t="a  b c   dddddddd e\n\nf  g  ")
r("{{ t|wordwrap:3 }}", t="   leading spaces here\n")
r("{{ d|pprint }}", d={"b": 1, "a": 2})
r("{{ d|pprint }}", d=list(range(30)))
