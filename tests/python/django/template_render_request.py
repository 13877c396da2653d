# The backend Template's render(context, request) (what render() and
# render_to_string() use) as Django 5.2 does it: the RequestContext a tag sees while
# rendering (its class, dicts, template, render state), the same objects after the
# render and after an exception, context processors returning a dict, a dict
# subclass, pairs or no dict at all, a processor that raises, and renders after the
# framework's classes are patched (expected output from real Django 5.2).
from django.conf import settings

settings.configure(
    DEBUG=False,
    SECRET_KEY="not-secret",
    ALLOWED_HOSTS=["testserver"],
    INSTALLED_APPS=[],
    TEMPLATES=[
        {
            "BACKEND": "django.template.backends.django.DjangoTemplates",
            "OPTIONS": {
                "context_processors": [__name__ + ".plain", __name__ + ".switchable"],
                "builtins": [__name__],
                "loaders": [
                    (
                        "django.template.loaders.locmem.Loader",
                        {
                            "show": "<{{ a }}|{{ b }}|{{ p }}|{% look %}>",
                            "outer": "[{% include 'show' %}|{% look %}]",
                            "fails": "{{ a }}{% look %}{% explode %}",
                        },
                    )
                ]
            },
        }
    ],
)

import django

django.setup()

from django import template
from django.http import HttpRequest
from django.template import Context, RequestContext
from django.template.loader import get_template, render_to_string

register = template.Library()
seen = []


@register.simple_tag(takes_context=True)
def look(context):
    seen.append(context)
    rc = context.render_context
    kinds = [type(d).__name__ for d in context.dicts]
    return "%s %s %s %s %s %s %s" % (
        type(context).__name__,
        kinds,
        context.template is not None and context.template.name,
        context.template_name,
        type(rc).__name__,
        rc.template is not None and rc.template.name,
        len(rc.dicts),
    )


@register.simple_tag
def explode():
    raise ValueError("explode tag")


mode = ["dict"]


def plain(request):
    return {"p": "processor", "a": "processor-a", "path": request.path}


class MyDict(dict):
    pass


def switchable(request):
    m = mode[0]
    if m == "dict":
        return {}
    if m == "subclass":
        return MyDict(b="from-subclass")
    if m == "pairs":
        return [("b", "from-pairs")]
    if m == "none":
        return None
    if m == "int":
        return 7
    raise KeyError("processor failed")


request = HttpRequest()
request.path = "/here"


def after(label):
    c = seen[-1]
    rc = c.render_context
    print(
        "  after", label, type(c).__name__, c.template, c.template_name,
        [sorted(d) if type(d) is not dict or d else {} for d in c.dicts[1:]],
        rc.template, len(rc.dicts), c.autoescape, c.use_l10n, c.use_tz,
        c.request is request,
    )


show = get_template("show")
print(show.render({"b": "view"}, request))
after("dict")
print(show.render({"a": "view-a"}, request))
print(show.render(None, request))
after("none")
print(show.render({}, request))
after("empty")
print(render_to_string("outer", {"b": "outer"}, request))
after("outer")

for m in ("subclass", "pairs", "none", "int", "raise"):
    mode[0] = m
    try:
        print(m, show.render({"a": m}, request))
    except Exception as e:
        print(m, type(e).__name__, e, type(e.__cause__).__name__)
mode[0] = "dict"

try:
    get_template("fails").render({"a": "A"}, request)
except ValueError as e:
    print("ValueError:", e)
after("exception")

try:
    show.render(Context({"a": 1}), request)
except TypeError as e:
    print("TypeError:", e)

# Autoescaping off in a second engine: the context gets the engine's setting.
from django.template.backends.django import DjangoTemplates

noescape = DjangoTemplates(
    {
        "NAME": "noescape",
        "DIRS": [],
        "APP_DIRS": False,
        "OPTIONS": {
            "autoescape": False,
            "context_processors": [__name__ + ".plain"],
            "builtins": [__name__],
        },
    }
)
t = noescape.from_string("{{ a }}{% look %}")
print(t.render({"a": "<b>"}, request))
print(seen[-1].autoescape)
print(show.render({"a": "<b>"}, request))

# Patched classes: the render must honour them.
original_push = RequestContext.push


def loud_new(self, values=None):
    print("  RequestContext.new called")
    return original_new(self, values)


original_new = RequestContext.new
RequestContext.new = loud_new
print(show.render({"a": "patched-new"}, request))
RequestContext.new = original_new


class Marked(str):
    pass


from django.template import base as template_base

original_render = template_base.Template.render


def counting_render(self, context):
    print("  Template.render of", self.name)
    return original_render(self, context)


template_base.Template.render = counting_render
print(show.render({"a": "patched-render"}, request))
template_base.Template.render = original_render

original_bind = RequestContext.bind_template


def loud_bind(self, template):
    print("  bind_template of", template.name)
    return original_bind(self, template)


RequestContext.bind_template = loud_bind
print(show.render({"a": "patched-bind"}, request))
RequestContext.bind_template = original_bind
print(show.render({"a": "restored"}, request))
print(type(show.render({"a": "type"}, request)).__name__)
