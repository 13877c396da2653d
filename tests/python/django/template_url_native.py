# {% url %} as Django 5.2 draws it: a literal name without arguments (which metal draws
# natively), with arguments, with `as`, a variable name, namespaced names chosen by
# request.current_app or the resolver match's namespace, a URL with characters to
# escape, autoescaping off, a name that does not reverse, and a patched URLNode.render
# or django.urls.reverse (expected output from real Django 5.2).
import sys
import types

from django.conf import settings

settings.configure(
    DEBUG=False,
    SECRET_KEY="x",
    ROOT_URLCONF="urls_main",
    INSTALLED_APPS=[],
    TEMPLATES=[{"BACKEND": "django.template.backends.django.DjangoTemplates"}],
)
import django

django.setup()

from django.http import HttpRequest, HttpResponse
from django.urls import include, path, resolve


def view(request, **kwargs):
    return HttpResponse("x")


inner = types.ModuleType("urls_inner")
inner.app_name = "shop"
inner.urlpatterns = [path("item/", view, name="item")]
sys.modules["urls_inner"] = inner

main = types.ModuleType("urls_main")
main.urlpatterns = [
    path("", view, name="home"),
    path("a&b/<q>/", view, name="amp"),
    path("fish&chips/", view, name="plain_amp"),
    path("n/<int:n>/", view, name="num"),
    path("one/", include("urls_inner", namespace="one")),
    path("two/", include("urls_inner", namespace="two")),
]
sys.modules["urls_main"] = main

from django.template import engines, defaulttags

engine = engines["django"]


def show(label, source, context=None, request=None):
    try:
        out = engine.from_string(source).render(context or {}, request)
    except Exception as e:
        out = "%s: %s" % (type(e).__name__, e)
    print(label, "->", out)


req = HttpRequest()
show("home", "[{% url 'home' %}]", request=req)
show("home twice", "[{% url 'home' %}|{% url \"home\" %}]", request=req)
show("amp", "[{% url 'plain_amp' %}]", request=req)
show("amp arg", "[{% url 'amp' 'x<y' %}]", request=req)
show("num", "[{% url 'num' 7 %}|{% url 'num' n=8 %}]", request=req)
show("as", "[{% url 'home' as u %}({{ u }})]", request=req)
show("as missing", "[{% url 'nope' as u %}({{ u }})]", request=req)
show("missing", "[{% url 'nope' %}]", request=req)
show("variable", "[{% url name %}]", {"name": "home"}, req)
show("no request", "[{% url 'home' %}]")
show("namespaced", "[{% url 'shop:item' %}]", request=req)
req.current_app = "one"
show("current_app one", "[{% url 'shop:item' %}]", request=req)
del req.current_app
req.resolver_match = resolve("/two/item/")
show("resolver_match two", "[{% url 'shop:item' %}]", request=req)
req.current_app = None
show("current_app None", "[{% url 'shop:item' %}]", request=req)
show("autoescape off", "{% autoescape off %}[{% url 'plain_amp' %}]{% endautoescape %}",
     request=HttpRequest())
show("filtered", "[{% url 'home'|lower %}]", request=HttpRequest())

original_render = defaulttags.URLNode.render


def loud_render(self, context):
    return "patched:" + original_render(self, context)


defaulttags.URLNode.render = loud_render
show("patched render", "[{% url 'home' %}]", request=HttpRequest())
defaulttags.URLNode.render = original_render

import django.urls

original_reverse = django.urls.reverse


def loud_reverse(*args, **kwargs):
    print("  reverse", args, sorted(kwargs))
    return original_reverse(*args, **kwargs)


django.urls.reverse = loud_reverse
show("patched reverse", "[{% url 'home' %}]", request=HttpRequest())
django.urls.reverse = original_reverse
show("restored", "[{% url 'home' %}]", request=HttpRequest())

# reverse() itself with application and instance namespaces.
from django.urls import NoReverseMatch, reverse

for name, app in [("shop:item", None), ("one:item", None), ("two:item", "one"),
                  ("shop:item", "one"), ("shop:item", "zzz"), ("shop:item", "one:x"),
                  ("nope:item", None), ("shop:nope", None), ("shop:item:x", None),
                  ("one:shop:item", None)]:
    try:
        print(name, app, reverse(name, current_app=app))
    except NoReverseMatch as e:
        print(name, app, "NoReverseMatch:", e)
