# Django template engine: variable resolution, callables, missing values, autoescaping
# and Context stack behaviour (expected output from real Django 5.2).
from django.conf import settings

settings.configure(
    DEBUG=False,
    SECRET_KEY="x",
    INSTALLED_APPS=[],
    TEMPLATES=[
        {"BACKEND": "django.template.backends.django.DjangoTemplates"},
        {
            "BACKEND": "django.template.backends.django.DjangoTemplates",
            "NAME": "inv",
            "OPTIONS": {"string_if_invalid": "INVALID[%s]"},
        },
        {
            "BACKEND": "django.template.backends.django.DjangoTemplates",
            "NAME": "plaininv",
            "OPTIONS": {"string_if_invalid": "??", "autoescape": False},
        },
    ],
)
import django

django.setup()

from django.template import Context, Template
from django.utils.safestring import mark_safe


def r(src, **ctx):
    print(repr(src), "->", repr(Template(src).render(Context(ctx))))


class Person:
    name = "Ada"
    items = "attr-items"

    def greet(self):
        return "hello from " + self.name

    def needs_arg(self, x):
        return "never"

    def __str__(self):
        return "Person<%s>" % self.name


class Danger:
    def delete(self):
        return "deleted!"

    delete.alters_data = True


class Klass:
    do_not_call_in_templates = True
    label = "class-attr"

    def __init__(self):
        pass


class Silent(Exception):
    silent_variable_failure = True


class Boom:
    @property
    def quiet(self):
        raise Silent("hidden")

    def loud_call(self):
        raise Silent("also hidden")


class DictWithAttr(dict):
    pass


d = DictWithAttr(items="key-items", name="key-name")

r("{{ x }}", x="plain")
r("[{{ x }}]", x=42)
r("{{ x }}", x=10 ** 30)
r("{{ x }}", x=-7)
r("{{ x }}", x=3.5)
r("{{ x }}", x=1e20)
r("{{ x }} {{ y }} {{ z }} {{ w }} {{ v }}", x=1e-7, y=0.1 + 0.2, z=-0.0, w=float("inf"), v=1.5e300)
r("{{ x }} {{ y }}", x=1e16, y=123456789.125)
r("{{ x }}", x=[1, "a", None])
r("{{ x }}", x={"k": 1})
r("{{ x }}", x=(1, 2))
r("{{ x }}", x=None)
r("{{ x }}", x=True)
r("{{ x }}", x=False)
r("{{ x }}", x="")
r("{{ missing }}")
r("a{{ missing.deeper.still }}b")
r("{{ p.missing_attr }}", p=Person())
r("{{ p }}", p=Person())
r("{{ p.name }} / {{ p.greet }}", p=Person())
r("{{ p.needs_arg }}", p=Person())
r("{{ d.items }} {{ d.name }}", d=d)
r("{{ d.a.b }}", d={"a": {"b": "nested"}})
r("{{ l.0 }} {{ l.2 }} {{ l.9 }}", l=["zero", "one", "two"])
r("{{ l.1.0 }}", l=[[1, 2], ["x", "y"]])
r("{{ d.1 }}", d={"1": "str-key", 1: "int-key"})
r("{{ s.0 }}", s="abc")
r("{{ o.delete }}|", o=Danger())
r("{{ k.label }}", k=Klass)
r("{{ k }}", k=Klass)
r("[{{ b.quiet }}]", b=Boom())
r("[{{ b.loud_call }}]", b=Boom())
r("{{ 'single' }} {{ \"double\" }}")
r("{{ 1 }} {{ 2.5 }} {{ -3 }}")
r("{{ None }} {{ True }} {{ False }}")
r("{{ x }}", x="<b>&amp; \"q\" 'a'</b>")
r("{{ x }}", x=mark_safe("<b>safe</b>"))
r("{% autoescape off %}{{ x }}{% endautoescape %}|{{ x }}", x="<i>")
r("{% autoescape on %}{{ x }}{% endautoescape %}", x="a<b")
r("{% autoescape off %}{% autoescape on %}{{ x }}{% endautoescape %}{{ x }}{% endautoescape %}", x="&")
r("{{ '<literal>' }}")
r("{{ x }}", x=["<a>", "&"])
r("{{ x }}", x={"<k>": "&v"})
r("{{  x  }}", x="spaces")
r("{{x}}", x="nospace")
r("text only\n  with newline\n")
r("{{ x.upper }}", x="lower")
r("{{ x.items }}", x={"a": 1})

t = Template("{{ a }}-{{ b }}")
c = Context({"a": 1})
print(repr(t.render(c)))
c.push()
c["a"] = 2
c["b"] = 3
print(repr(t.render(c)), c["a"], "b" in c, c.get("zz", "dflt"))
c.pop()
print(repr(t.render(c)), "b" in c)
with c.push(b="pushed"):
    print(repr(t.render(c)))
print(repr(t.render(c)))
c.update({"a": "updated"})
print(repr(t.render(c)))
c.pop()
print(repr(t.render(c)))
try:
    c.pop()
    c.pop()
except Exception as e:
    print(type(e).__name__)
c2 = Context({"x": 1})
c2["y"] = 2
print(c2["x"], c2["y"], c2.flatten() == {"x": 1, "y": 2, "True": True, "False": False, "None": None})
try:
    c2["nope"]
except KeyError as e:
    print("KeyError", e)
print(repr(Template("{{ True }}{{ x }}").render(Context({"True": "shadow", "x": 1}))))
print(repr(Template("{{ x }}").render(Context({"x": "<"}, autoescape=False))))
print(repr(Template("{{ x }}").render(Context())))

from django.template import engines

print(sorted(e.name for e in engines.all()))
for name in ["django", "inv", "plaininv"]:
    eng = engines[name]
    for src in [
        "{{ missing }}|{{ a.b }}|{{ a.zz }}",
        "{{ missing|default:'dflt' }}|{{ missing|upper }}",
        "{% if missing %}yes{% else %}no{% endif %}",
        "{{ x }}",
        "{% for i in missing %}{{ i }}{% empty %}empty{% endfor %}",
    ]:
        print(name, repr(src), "->", repr(eng.from_string(src).render({"a": {"b": 1}, "x": "<&>"})))
print(repr(engines["django"].from_string("{{ x }}").render()))
print(repr(engines["django"].from_string("{{ x }}").render(None)))
