# RequestContext and Context through a template's render: context processors (their
# values overridden by the view's dict), a processor that returns no dict, binding a
# context twice, re-rendering after an error, Context subclasses and dict subclasses
# (expected output from real Django 5.2).
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
                "context_processors": [__name__ + ".extra", __name__ + ".counting"],
                "loaders": [
                    (
                        "django.template.loaders.locmem.Loader",
                        {
                            "vars": "{{ a }}|{{ b }}|{{ n }}|{{ who }}|{{ True }}",
                            "inc": "[{% include 'vars' %}]",
                            "boom": "{{ a }}{{ obj.explode }}",
                        },
                    )
                ]
            },
        }
    ],
)

import django

django.setup()

from django.http import HttpRequest
from django.template import Context, RequestContext, Template, engines
from django.template.loader import get_template, render_to_string

calls = []


def extra(request):
    return {"a": "from-processor", "who": request.META.get("WHO", "?")}


def counting(request):
    calls.append(1)
    return {"n": len(calls)}


def bad(request):
    return 42


request = HttpRequest()
request.META["WHO"] = "alice"

t = get_template("vars")
print(t.render({"b": "view"}, request))
print(t.render({"a": "view-wins", "b": 2}, request))
print(t.render(None, request))
print(t.render({}, request))
print(t.render({"b": "no-request"}))
print(render_to_string("inc", {"b": "included"}, request))


class Explodes:
    def explode(self):
        raise ValueError("boom in a template")


boom = get_template("boom")
try:
    boom.render({"obj": Explodes()}, request)
except ValueError as e:
    print("ValueError:", e)
print(boom.render({"obj": None}, request))

# A Template from the engine rendered with contexts made by hand.
engine = engines["django"].engine
raw = Template("{{ a }}-{{ b }}-{{ n }}", engine=engine)
rc = RequestContext(request, {"b": "hand"})
print(raw.render(rc))
print(raw.render(rc))
print(rc.template is None, len(rc.dicts))
with rc.bind_template(raw):
    try:
        raw.render(rc)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        with rc.bind_template(raw):
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
print(rc.template is None)

rc_bad = RequestContext(request, {}, processors=[bad])
try:
    raw.render(rc_bad)
except TypeError as e:
    print("TypeError:", e)
print(rc_bad.template is None)


class MyContext(Context):
    def _reset_dicts(self, value=None):
        super()._reset_dicts(value)
        self.dicts.append({"b": "from-subclass"})


print(raw.render(MyContext({"a": 1})))


class MyRequestContext(RequestContext):
    pass


print(raw.render(MyRequestContext(request, {"a": "sub"})))


class MyDict(dict):
    pass


print(raw.render(Context(MyDict(a="dict-subclass", b=3))))
c = Context({"a": "x"})
print(len(c.dicts), c.template is None, c.autoescape, c.template_name)
c2 = Context(Context({"a": "from-context"}))
print(raw.render(c2))
print(len(RequestContext(request).dicts), len(RequestContext(request, {"a": 1}).dicts))
print(sorted(RequestContext(request).render_context.dicts[0]))
print(calls and len(calls))
