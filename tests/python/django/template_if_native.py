# {% if %} as Django 5.2 evaluates it (the expected output comes from real Django):
# conditions of plain variables and literals with or/and/not/is/==/!= (which metal
# evaluates natively), and everything that must go through Python (callables, a
# __bool__ or __eq__ of the program's own, filters, `in`, missing names, a patched
# TemplateLiteral.eval, an IfNode subclass), nested and with elif/else.
from django.conf import settings

settings.configure(
    TEMPLATES=[{"BACKEND": "django.template.backends.django.DjangoTemplates"}],
)
import django

django.setup()

from django.template import Context, Engine
from django.template import defaulttags

engine = Engine()


class Loud:
    def __init__(self, truth):
        self.truth = truth

    def __bool__(self):
        print("    Loud.__bool__ ->", self.truth)
        return self.truth

    def __eq__(self, other):
        print("    Loud.__eq__")
        return True

    __hash__ = object.__hash__

    def __str__(self):
        return "loud"

    def __repr__(self):
        return "Loud(%r)" % self.truth


def func():
    print("    func() called")
    return 7


CONDITIONS = [
    "x",
    "not x",
    "x is None",
    "x is not None",
    "x == 3",
    "x != 3",
    "x == 3.0",
    "x == 'a'",
    "x or y",
    "x and y",
    "not x or y and z",
    "x is True",
    "x == y",
    "x|length",
    "x in y",
    "missing",
    "missing is None",
    "x > 1",
    "1",
    "'s'",
    "None",
]

VALUES = [
    {"x": 3, "y": 0, "z": "z"},
    {"x": 0, "y": "yes", "z": None},
    {"x": None, "y": [], "z": [1]},
    {"x": "a", "y": "a", "z": ""},
    {"x": 3.0, "y": 3, "z": True},
    {"x": True, "y": False, "z": {}},
    {"x": [1, 2], "y": [[1, 2]], "z": ()},
    {"x": Loud(True), "y": Loud(False), "z": 1},
    {"x": func, "y": 7, "z": 0},
]

for cond in CONDITIONS:
    t = engine.from_string(
        "{% if " + cond + " %}A({{ x }}){% elif z %}B{% else %}C{% endif %}"
    )
    print(cond)
    for values in VALUES:
        shown = {k: (v if not callable(v) else "func") for k, v in values.items()}
        print("  ", shown, "->", t.render(Context(values)))

print("nested:")
t = engine.from_string(
    "{% if x %}[{% if y is None %}y-none{% else %}{{ y }}{% endif %}]{% endif %}."
)
for values in ({"x": 1, "y": None}, {"x": 1, "y": "v"}, {"x": 0, "y": None}):
    print("  ", t.render(Context(values)))

print("if inside for:")
t = engine.from_string("{% for i in items %}{% if i == 2 %}two{% else %}{{ i }}{% endif %},{% endfor %}")
print("  ", t.render(Context({"items": [1, 2, 3]})))

print("patched TemplateLiteral.eval:")
t = engine.from_string("{% if x == 1 %}one{% else %}other{% endif %}")
original = defaulttags.TemplateLiteral.eval
defaulttags.TemplateLiteral.eval = lambda self, context: 1
print("  ", t.render(Context({"x": 5})))
defaulttags.TemplateLiteral.eval = original
print("  ", t.render(Context({"x": 5})))

print("IfNode subclass render:")


class Shouting(defaulttags.IfNode):
    def render(self, context):
        return super().render(context).upper()


t = engine.from_string("{% if x %}yes{% endif %}")
t.nodelist[0].__class__ = Shouting
print("  ", t.render(Context({"x": 1})))

print("nested deeper than the native loop goes:")
for depth in (31, 32, 33, 100):
    src = "{% if x %}<" * depth + "{% if x is None %}none{% else %}{{ x }}{% endif %}" + ">{% endif %}" * depth
    out = engine.from_string(src).render(Context({"x": depth}))
    print("  ", depth, len(out), out[:4], out[depth - 2:depth + 6], out[-4:])
