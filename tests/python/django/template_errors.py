# Django template engine: TemplateSyntaxError messages for malformed templates, and
# exceptions raised while rendering (expected output from real Django 5.2).
from django.conf import settings

settings.configure(
    DEBUG=False,
    SECRET_KEY="x",
    INSTALLED_APPS=[],
    TEMPLATES=[
        {
            "BACKEND": "django.template.backends.django.DjangoTemplates",
            "OPTIONS": {
                "loaders": [
                    (
                        "django.template.loaders.locmem.Loader",
                        {
                            "broken": "line one\n{% if x %}\n{% bogus %}\n{% endif %}",
                            "base": "{% block a %}A{% endblock %}",
                            "badchild": "{% extends 'base' %}{% block a %}{% frob %}{% endblock %}",
                        },
                    )
                ]
            },
        }
    ],
)
import django

django.setup()

from django.template import Context, Template, TemplateSyntaxError
from django.template.loader import get_template

SOURCES = [
    "{% block a %}x",
    "a\n\n{% block a %}x",
    "{% foo %}",
    "line1\nline2\n  {% foo bar %}",
    "{% endblock %}",
    "{% block a %}x{% endblock b %}",
    "{% block a %}{% block b %}{% endblock a %}{% endblock %}",
    "{% block a %}{% endfor %}",
    "{% block %}{% endblock %}",
    "{% block a b %}{% endblock %}",
    "{% block a %}1{% endblock %}{% block a %}2{% endblock %}",
    "{% block a %}{% block a %}{% endblock %}{% endblock %}",
    "{% if x %}{% endif %}{% extends 'base' %}",
    "{{ x }}{% extends 'base' %}",
    "text first {% extends 'base' %}",
    "{% extends 'base' %}{% extends 'base' %}",
    "{% extends %}",
    "{% extends 'a' 'b' %}",
    "{% include %}",
    "{% include 'base' with %}",
    "{% include 'base' only only %}",
    "{% include 'base' with x %}",
    "{{ x|nofilter }}",
    "{{ x|upper|nofilter:1 }}",
    "{% if x|nofilter %}{% endif %}",
    "{{ x|upper:1 }}",
    "{{ x|default }}",
    "{{ x|add }}",
    "{{ x|cut }}",
    "{{ x|yesno:'a,b':'c' }}",
    "{{ }}",
    "{%  %}",
    "{{ x| }}",
    "{{ x|upper: }}",
    "{{ x||upper }}",
    "{{ 'unterminated }}",
    "{{ x.y. }}",
    "{{ _private }}",
    "{{ x._private }}",
    "{{ x y }}",
    "{{ x|default:'a' 'b' }}",
    "{% with a %}{% endwith %}",
    "{% with a= %}{% endwith %}",
    "{% for x in y %}{% endwith %}",
    "{% autoescape %}{% endautoescape %}",
    "{% autoescape maybe %}{% endautoescape %}",
    "{% cycle 'a' 'b' as %}",
    "{% comment %}never closed",
    "{% spaceless %}never closed",
    "{% with a=1 %}never closed",
    "{% firstof a as %}",
    "{{{ x }}}",
]
for src in SOURCES:
    try:
        t = Template(src)
        print(repr(src), "compiled", repr(t.render(Context({"x": {"y": "Y"}}))))
    except TemplateSyntaxError as e:
        print(repr(src), "=>", type(e).__name__ + ":", str(e))

# Things that look like tags but are plain text.
for src in ["{{ x", "x }}", "{% if", "{ x }", "{#", "{% if x %}{{ x }%}{% endif %}"]:
    print(repr(src), "->", repr(Template(src).render(Context({"x": 1}))))

for name in ["broken", "badchild", "missing_tpl"]:
    try:
        get_template(name)
        print(name, "loaded")
    except Exception as e:
        print(name, type(e).__name__, str(e))


class Loud:
    @property
    def prop(self):
        raise ValueError("prop failed")

    def meth(self):
        raise KeyError("meth failed")

    def __iter__(self):
        raise RuntimeError("no iteration")

    def __str__(self):
        raise ZeroDivisionError("str failed")


class NoStr:
    def __str__(self):
        return "fine"

    @property
    def attr(self):
        raise AttributeError("inner attribute error")


for src in [
    "{{ o.prop }}",
    "{{ o.meth }}",
    "{% for i in o %}{% endfor %}",
    "{{ o }}",
    "{% if o.prop %}y{% endif %}",
    "{% if o.meth %}y{% endif %}",
    "{{ o.prop|default:'d' }}",
    "{% with v=o.prop %}{% endwith %}",
    "{{ n.attr }}",
    "{{ n.attr|default:'d' }}",
    "{{ n }}",
]:
    try:
        out = Template(src).render(Context({"o": Loud(), "n": NoStr()}))
        print(repr(src), "rendered", repr(out))
    except Exception as e:
        print(repr(src), "raised", type(e).__name__, str(e))
