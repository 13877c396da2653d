# Node lists rendered as Django renders them, for each kind of node and value the
# native loop (_metal_template) draws or hands back to Python: text, plain variables
# (str, SafeString, int, None, objects with __str__/__html__, callables, alters_data,
# do_not_call_in_templates, missing names), filters, dotted lookups, autoescape off,
# pushed and shadowing dicts, Context subclasses, patched node classes and a node that
# renders a non-str (expected output from Django 5.2).
from django.conf import settings

settings.configure(DEBUG=False, SECRET_KEY="x", INSTALLED_APPS=[],
                   TEMPLATES=[{"BACKEND": "django.template.backends.django.DjangoTemplates"}])
import django

django.setup()

from django.template import Context, Template, base
from django.template.base import Node
from django.utils.safestring import mark_safe


def t(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "-> %s: %s" % (type(e).__name__, e))


class Shown:
    def __str__(self):
        return "<shown & told>"


class Html:
    def __html__(self):
        return "<i>html</i>"

    def __str__(self):
        return "plain"


class NoCall:
    do_not_call_in_templates = True

    def __call__(self):
        return "called"

    def __str__(self):
        return "not called"


def greet():
    return "<hi>"


def danger():
    return "gone"


danger.alters_data = True


def needs_arg(x):
    return x


values = {
    "s": "<a href='x'>&\"</a>",
    "safe": mark_safe("<b>safe</b>"),
    "n": 42,
    "f": 2.5,
    "big": 10 ** 25,
    "none": None,
    "t": True,
    "shown": Shown(),
    "html": Html(),
    "greet": greet,
    "danger": danger,
    "nocall": NoCall(),
    "needs_arg": needs_arg,
    "lst": ["x", "<y>"],
    "d": {"k": "<v>"},
    "empty": "",
}
for src in ["plain text only", "{{ s }}", "{{ safe }}", "{{ n }}", "{{ f }}", "{{ big }}",
            "{{ none }}", "{{ t }}", "{{ shown }}", "{{ html }}", "{{ greet }}",
            "{{ danger }}", "{{ nocall }}", "{{ needs_arg }}", "{{ missing }}",
            "{{ lst }}", "{{ d }}", "{{ empty }}", "{{ s|upper }}", "{{ lst.1 }}",
            "{{ d.k }}", "a{{ s }}b{{ n }}c{{ safe }}d",
            "{% autoescape off %}{{ s }}{% endautoescape %}",
            "{% with s='<w>' %}{{ s }}{% endwith %}{{ s }}",
            "{% for x in lst %}{{ x }}-{{ forloop.counter }}{% endfor %}",
            "{% if n %}{{ s }}{% else %}no{% endif %}", "{{ True }}{{ None }}"]:
    t(src, lambda: Template(src).render(Context(values)))

t("string_if_invalid", lambda: Template("[{{ missing }}|{{ s }}]", engine=None).render(
    Context(values)))


class Loud(Context):
    def __getitem__(self, key):
        return str(super().__getitem__(key)).upper()


t("Context subclass __getitem__", lambda: Template("{{ s }} {{ n }}").render(Loud(values)))


class Attr(Context):
    autoescape = False


t("Context subclass class attribute", lambda: Template("{{ s }}").render(Attr(values)))
t("autoescape=False", lambda: Template("{{ s }}").render(Context(values, autoescape=False)))


class Bad(Node):
    def render(self, context):
        return 7


tpl = Template("a{{ s }}b")
tpl.nodelist.insert(1, Bad())
t("node rendering an int", lambda: tpl.render(Context(values)))

orig = base.TextNode.render_annotated
base.TextNode.render_annotated = lambda self, context: self.s.upper()
t("patched TextNode", lambda: Template("text {{ s }}").render(Context(values)))
base.TextNode.render_annotated = orig
t("restored TextNode", lambda: Template("text {{ s }}").render(Context(values)))

orig = base.Variable._resolve_lookup
base.Variable._resolve_lookup = lambda self, context: "patched:" + self.var
t("patched _resolve_lookup", lambda: Template("{{ s }}").render(Context(values)))
base.Variable._resolve_lookup = orig
t("restored _resolve_lookup", lambda: Template("{{ s }}").render(Context(values)))

c = Context(values)
c.push(s="<pushed>")
t("pushed dict", lambda: Template("{{ s }}").render(c))
c.update({"s": "<updated>"})
t("updated dict", lambda: Template("{{ s }}").render(c))
t("nodelist type", lambda: type(Template("x{{ s }}").nodelist.render(Context(values))).__name__)


class IntNode(Node):
    def render(self, context):
        return 7

    render_annotated = render


class Boom(Node):
    def render(self, context):
        raise ValueError("boom")

    render_annotated = render


seen = []


class Note(Node):
    def render(self, context):
        seen.append(1)
        return "noted"

    render_annotated = render


tpl = Template("a{{ s }}")
tpl.nodelist.insert(1, IntNode())
tpl.nodelist.append(Boom())
t("non-str then an exception", lambda: tpl.render(Context(values)))
tpl = Template("a{{ s }}")
tpl.nodelist.insert(1, IntNode())
tpl.nodelist.append(Note())
t("non-str then a later node", lambda: tpl.render(Context(values)))
print("later node rendered:", seen)

tpl = Template("x{{ s }}y")
for node in tpl.nodelist:
    node.render_annotated = lambda context: "[own]"
t("render_annotated on the instances", lambda: tpl.render(Context(values)))

for name, patch in [("render_value_in_context", lambda value, context: "RVIC")]:
    original = getattr(base, name)
    setattr(base, name, patch)
    t("patched base." + name, lambda: Template("{{ n }}|{{ f }}|{{ s }}|{{ safe }}|{{ none }}").render(
        Context(values)))
    setattr(base, name, original)
t("restored globals", lambda: Template("{{ n }}|{{ f }}|{{ s }}|{{ safe }}").render(Context(values)))
