# Django template engine: {% for %} and forloop, plus cycle, with, firstof, spaceless,
# verbatim, templatetag, comments and {% load %} errors (expected output from Django 5.2).
from django.conf import settings

settings.configure(
    DEBUG=False,
    SECRET_KEY="x",
    INSTALLED_APPS=[],
    TEMPLATES=[{"BACKEND": "django.template.backends.django.DjangoTemplates"}],
)
import django

django.setup()

from django.template import Context, Template, TemplateSyntaxError
from django.utils.safestring import mark_safe


def r(src, **ctx):
    try:
        out = repr(Template(src).render(Context(ctx)))
    except Exception as e:
        out = "%s: %s" % (type(e).__name__, e)
    print(repr(src), "->", out)


L = ["a", "b", "c"]
r("{% for x in l %}{{ x }},{% endfor %}", l=L)
r("{% for x in l reversed %}{{ x }}{% endfor %}", l=L)
r("{% for x in l %}{{ x }}{% empty %}nothing{% endfor %}", l=[])
r("{% for x in missing %}{{ x }}{% empty %}nothing{% endfor %}")
r("{% for x in n %}{{ x }}{% empty %}none-empty{% endfor %}", n=None)
r("[{% for x in l %}{{ x }}{% endfor %}]", l=())
r("{% for c in s %}<{{ c }}>{% endfor %}", s="héy")
r("{% for k in d %}{{ k }};{% endfor %}", d={"one": 1, "two": 2})
r("{% for k, v in d.items %}{{ k }}={{ v }};{% endfor %}", d={"one": 1, "two": 2})
r("{% for k,v in d.items %}{{ k }}={{ v }};{% endfor %}", d={"x": 9})
r("{% for a, b in pairs %}{{ a }}-{{ b }} {% endfor %}", pairs=[(1, 2), [3, 4]])
r("{% for a, b in pairs %}{{ a }}-{{ b }} {% endfor %}", pairs=[(1, 2, 3)])
r("{% for a in pairs %}{{ a.0 }}{{ a.1 }} {% endfor %}", pairs=[(1, 2), "xy"])
r("{% for x in r %}{{ x }}{% endfor %}", r=range(4))
r("{% for x in l|slice:':2' %}{{ x|upper }}{% endfor %}", l=L)
r("{% for x in 'lit' %}{{ x }}.{% endfor %}")
r(
    "{% for x in l %}{{ forloop.counter }}{{ forloop.counter0 }}{{ forloop.revcounter }}"
    "{{ forloop.revcounter0 }}{% if forloop.first %}F{% endif %}{% if forloop.last %}L{% endif %} {% endfor %}",
    l=L,
)
r("{% for x in l %}{% for y in m %}{{ forloop.parentloop.counter }}.{{ forloop.counter }}{{ x }}{{ y }} {% endfor %}{% endfor %}", l=[1, 2], m="pq")
r("{% for x in l %}[{{ forloop.parentloop }}]{% endfor %}", l=[1])
r("{% for x in l %}{{ x }}{% endfor %}{{ x }}|{{ forloop.counter }}", l=[1, 2], x="outer")
r("{% for row in rows %}{% for c in row %}{{ c }}{% endfor %}/{% endfor %}", rows=[[1, 2], [], [3]])
r("{% for x in l %}{% if forloop.first %}first:{% elif forloop.last %}:last{% else %},{% endif %}{{ x }}{% endfor %}", l=L)
r("{% for x in l %}{{ x }}{% endfor %}", l=["<", mark_safe("<")])
# cycle
r("{% for x in l %}{% cycle 'odd' 'even' %} {% endfor %}", l=L)
r("{% for x in l %}<tr class=\"{% cycle 'r1' 'r2' as rc %}\">{{ rc }}</tr>{% endfor %}", l=L)
r("{% for x in l %}{% cycle a b %}{% endfor %}", l=[1, 2, 3], a="<A>", b="B")
r("{% cycle 'x' 'y' as c silent %}[{{ c }}]{% cycle c %}[{{ c }}]")
# with
r("{% with a=b %}{{ a }}{% endwith %}[{{ a }}]", b="B")
r("{% with b as a %}{{ a }}{% endwith %}", b="old-form")
r("{% with a=1 b='two' c=l|length %}{{ a }} {{ b }} {{ c }}{% endwith %}", l=L)
r("{% with total=l|length %}{% for x in l %}{{ x }}/{{ total }} {% endfor %}{% endwith %}", l=L)
# firstof
r("{% firstof a b c %}", a="", b=0, c="third")
r("{% firstof a b 'fallback' %}", a=None, b=[])
r("[{% firstof a b %}]")
r("{% firstof a %}", a="<x>")
r("{% firstof a b as v %}[{{ v }}]", a="", b="bee")
# spaceless
r("{% spaceless %}<p>\n  <a href=\"x\">  link  </a>\n</p>  {% endspaceless %}")
r("{% spaceless %}  text  <b> x </b>  {% endspaceless %}")
# verbatim / templatetag / comments
r("{% verbatim %}{{ raw }} {% if %}{% endverbatim %}")
r("{% verbatim block1 %}{% endverbatim %}{% endverbatim block1 %}")
names = ["openblock", "closeblock", "openvariable", "closevariable", "openbrace", "closebrace", "opencomment", "closecomment"]
r("".join("{% templatetag " + n + " %}" for n in names))
r("a{# comment {{ x }} #}b{% comment %}hidden {{ x }} {% if %}{% endcomment %}c")
r("a{% comment 'note' %}gone{% endcomment %}b")
r("a{# not\nclosed on one line #}b")
r("{# {% if %} #}ok")

for src in [
    "{% for x %}{% endfor %}",
    "{% for x on l %}{% endfor %}",
    "{% for x in l %}",
    "{% for x, in l %}{% endfor %}",
    "{% cycle %}",
    "{% with %}{% endwith %}",
    "{% firstof %}",
    "{% load nonexistent_lib %}",
    "{% load foo from nonexistent_lib %}",
    "{% templatetag bogus %}",
    "{% for x in l %}{% empty %}{% empty %}{% endfor %}",
    "{% verbatim %}never closed",
]:
    try:
        Template(src)
        print(repr(src), "compiled")
    except TemplateSyntaxError as e:
        # Only the first line: the rest lists the installed tag libraries.
        print(repr(src), type(e).__name__, str(e).split("\n")[0])
