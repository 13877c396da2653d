# Variables read by template tags ({% if %}, {% with %}, {% for %}, a filter's
# argument) as Django 5.2 resolves them (the expected output comes from real Django):
# plain values, callables (called, do_not_call_in_templates, alters_data), missing names
# (string_if_invalid), names shadowed by inner dicts, a Context subclass with its own
# __getitem__ and a dict subclass in the context's dicts.
from django.conf import settings

settings.configure(
    TEMPLATES=[
        {"BACKEND": "django.template.backends.django.DjangoTemplates"},
        {
            "BACKEND": "django.template.backends.django.DjangoTemplates",
            "NAME": "invalid",
            "OPTIONS": {"string_if_invalid": "INVALID(%s)"},
        },
    ],
)
import django

django.setup()

from django.template import Context, Engine, engines
from django.utils.safestring import mark_safe

SOURCE = (
    "{% if x %}yes{% else %}no{% endif %}|"
    "{% if x is None %}none{% endif %}|"
    "{% if x == 3 %}three{% endif %}|"
    "{% if not x %}falsy{% endif %}|"
    "{% with y=x %}[{{ y }}]{% endwith %}|"
    "{{ missing|default:x }}"
)


class Calls:
    def __init__(self):
        self.n = 0

    def __call__(self):
        self.n += 1
        return "called %d" % self.n


class NotCalled:
    do_not_call_in_templates = True

    def __call__(self):
        return "should not be called"

    def __str__(self):
        return "not-called"


class Made:
    def __str__(self):
        return "made"


def alters():
    return "altered"


alters.alters_data = True


def needs_args(a):
    return a


class LoudContext(Context):
    def __getitem__(self, key):
        value = super().__getitem__(key)
        print("  LoudContext[%r] -> %r" % (key, value))
        return value


class SpecialDict(dict):
    def __getitem__(self, key):
        return "special:" + str(dict.__getitem__(self, key))


values = [
    ("int", 3),
    ("zero", 0),
    ("none", None),
    ("empty str", ""),
    ("str", "<b>&'\""),
    ("safe", mark_safe("<i>safe</i>")),
    ("list", [1, 2]),
    ("callable", Calls()),
    ("do_not_call", NotCalled()),
    ("alters_data", alters),
    ("needs args", needs_args),
    ("builtin len", len),
    ("class", Made),
]

for name in ("django", "invalid"):
    template = engines[name].from_string(SOURCE)
    print("engine", name)
    for label, value in values:
        print(" ", label, "->", template.render({"x": value}))
    missing = engines[name].from_string(SOURCE.rsplit("|", 1)[0])
    print("  missing (tags only) ->", missing.render({}))

engine = Engine(string_if_invalid="INV")
t = engine.from_string(SOURCE)
print("context shadowing:")
c = Context({"x": 1})
c.push({"x": 0})
print(" ", t.render(c))
c.pop()
print(" ", t.render(c))
print("context subclass:")
print(" ", t.render(LoudContext({"x": 3})))
print("dict subclass in the context:")
c = Context()
c.dicts.append(SpecialDict(x=3))
print(" ", t.render(c))
print("for over a variable:")
t2 = engine.from_string("{% for i in items %}{{ i }}{% if i == last %}!{% endif %},{% endfor %}")
print(" ", t2.render(Context({"items": [1, 2, 3], "last": 3})))
print(" ", t2.render(Context({"items": lambda: [4, 5], "last": 5})))
