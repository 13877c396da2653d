# Django template engine: the {% if %} tag -- boolean operators, comparisons, precedence,
# truthiness, elif/else, and syntax errors (expected output from real Django 5.2).
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

CTX = dict(
    t=True, f=False, zero=0, one=1, two=2, es="", s="abc", el=[], l=[1, 2, 3],
    ed={}, d={"k": "v"}, n=None, big=10 ** 20, fl=1.5, word="hello",
)


def r(cond, **extra):
    ctx = dict(CTX)
    ctx.update(extra)
    src = "{% if " + cond + " %}T{% else %}F{% endif %}"
    try:
        out = Template(src).render(Context(ctx))
    except Exception as e:
        out = "%s: %s" % (type(e).__name__, e)
    print("%-34s %s" % (cond, out))


# truthiness
for v in ["t", "f", "zero", "one", "es", "s", "el", "l", "ed", "d", "n", "missing", "missing.attr", "big", "fl"]:
    r(v)
r("not t")
r("not missing")
r("not not t")
# and / or / precedence
r("t and f")
r("t and one")
r("f or one")
r("f or zero")
r("t or f and f")
r("f and f or t")
r("not f and f")
r("not t or t")
r("t and not f and one")
r("missing or s")
r("missing and missing.x")
# comparisons
r("one == 1")
r("one == '1'")
r("s == 'abc'")
r('s == "abc"')
r("one != two")
r("one < two")
r("two > one")
r("one <= 1")
r("two >= 3")
r("fl > one")
r("one == 1.0")
r("t == 1")
r("n == None")
r("n is None")
r("missing is None")
r("zero is not None")
r("t is True")
r("one is True")
r("f is not False")
r("missing == missing2")
r("missing == None")
r("s < 'b'")
r("one < s")
r("n < 1")
r("big > 99999999999999999999")
# membership
r("1 in l")
r("4 in l")
r("4 not in l")
r("'b' in s")
r("'x' not in s")
r("'k' in d")
r("'v' in d")
r("1 in missing")
r("missing in l")
r("'ell' in word")
# filters inside conditions
r("l|length == 3")
r("s|upper == 'ABC'")
r("word|length > 4 and l|first == 1")
r("el|length")
r("missing|default:'x' == 'x'")
r("s|slice:':1' in 'a'")
# operators binding
r("one == 1 and two == 2 or f")
r("not one == 2")
r("not 1 in l")
r("1 in l and 2 in l")
r("one and")
r("== one")
r("one ==")
r("not")
r("one two")
r("one = 1")
r("one === 1")
r("(one)")
r("one and or two")
r("x in")
r("a is not")

# elif / else chains
src = "{% if a == 1 %}one{% elif a == 2 %}two{% elif a > 2 %}many{% else %}none{% endif %}"
for a in [1, 2, 3, 0, None]:
    print(a, repr(Template(src).render(Context({"a": a}))))
print(repr(Template("{% if f %}x{% endif %}|{% if t %}y{% endif %}").render(Context(CTX))))
print(repr(Template("{% if t %}\n  yes\n{% endif %}\n").render(Context(CTX))))
print(repr(Template("{% if f %}a{% elif t %}b{% endif %}").render(Context(CTX))))
print(repr(Template("{% if t %}{% if f %}in{% else %}out{% endif %}{% endif %}").render(Context(CTX))))

for src in [
    "{% if %}x{% endif %}",
    "{% if t %}x",
    "{% if t %}x{% else %}y{% elif f %}z{% endif %}",
    "{% if t %}x{% else %}y{% else %}z{% endif %}",
    "{% if t %}x{% endfor %}",
    "{% else %}",
    "{% endif %}",
    "{% elif t %}",
]:
    try:
        Template(src)
        print(repr(src), "compiled")
    except TemplateSyntaxError as e:
        print(repr(src), type(e).__name__, str(e))
