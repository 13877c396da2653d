# get_template (metal answers a template the cached loader has compiled natively, the
# rest in Python): first and repeated lookups, using=, render_to_string, a missing
# template (cached miss), the backend Template's attributes, two engines, patched
# Engine/loader/backend methods, an instance attribute shadowing a method, the cache
# changed by hand, and the function itself. Django 5.2 is the oracle.
from django.conf import settings

settings.configure(
    DEBUG=False, SECRET_KEY="x", USE_I18N=False, INSTALLED_APPS=[],
    TEMPLATES=[
        {"BACKEND": "django.template.backends.django.DjangoTemplates", "DIRS": [],
         "APP_DIRS": False,
         "OPTIONS": {"loaders": [("django.template.loaders.cached.Loader", [
             ("django.template.loaders.locmem.Loader", {
                 "a.html": "A{{ v }}",
                 "b.html": "B{{ v }}",
             })])]}},
        {"NAME": "second", "BACKEND": "django.template.backends.django.DjangoTemplates",
         "DIRS": [], "APP_DIRS": False,
         "OPTIONS": {"loaders": [("django.template.loaders.locmem.Loader", {
             "only2.html": "second{{ v }}",
         })]}},
    ],
)
import django

django.setup()

from django.template import TemplateDoesNotExist, engines, loader
from django.template.backends.django import DjangoTemplates, Template as BackendTemplate
from django.template.engine import Engine
from django.template.loaders.cached import Loader as CachedLoader


def show(label, f):
    try:
        t = f()
        print(label, "->", type(t).__module__, type(t).__name__, t.origin.name,
              t.backend.name, repr(t.render({"v": 1})))
        return t
    except TemplateDoesNotExist as e:
        print(label, "-> TemplateDoesNotExist:", e, [str(c) for c in getattr(e, "chain", [])])
    except Exception as e:
        print(label, "-> %s: %s" % (type(e).__name__, e))


t1 = show("first", lambda: loader.get_template("a.html"))
t2 = show("again", lambda: loader.get_template("a.html"))
print("same compiled template", t1.template is t2.template, "new wrapper", t1 is not t2)
print(sorted(vars(t2)), t2.backend is engines["django"])
show("positional None", lambda: loader.get_template("a.html", None))
show("using=None", lambda: loader.get_template("a.html", using=None))
show("using django", lambda: loader.get_template("a.html", using="django"))
show("using second", lambda: loader.get_template("only2.html", using="second"))
show("second engine's", lambda: loader.get_template("only2.html"))
show("second engine's again", lambda: loader.get_template("only2.html"))
show("missing", lambda: loader.get_template("nope.html"))
show("missing again", lambda: loader.get_template("nope.html"))
show("not a str", lambda: loader.get_template(5))
print(repr(loader.render_to_string("b.html", {"v": 2})))
print(repr(loader.render_to_string("b.html", {"v": 3})))
print(repr(loader.render_to_string(["nope.html", "b.html"], {"v": 4})))

cached = engines["django"].engine.template_loaders[0]
compiled = cached.get_template_cache["a.html"]

old = Engine.find_template
Engine.find_template = lambda self, name, dirs=None, skip=None: print("  find_template", name) or old(self, name, dirs, skip)
show("patched find_template", lambda: loader.get_template("a.html"))
Engine.find_template = old
old = CachedLoader.get_template
CachedLoader.get_template = lambda self, name, skip=None: print("  loader", name) or old(self, name, skip)
show("patched loader", lambda: loader.get_template("a.html"))
CachedLoader.get_template = old
old = DjangoTemplates.get_template
DjangoTemplates.get_template = lambda self, name: print("  backend", name) or old(self, name)
show("patched backend", lambda: loader.get_template("a.html"))
DjangoTemplates.get_template = old
old_init = BackendTemplate.__init__


def init(self, template, backend):
    print("  BackendTemplate.__init__")
    old_init(self, template, backend)


BackendTemplate.__init__ = init
show("patched wrapper init", lambda: loader.get_template("a.html"))
BackendTemplate.__init__ = old_init
cached.get_template = lambda name, skip=None: print("  instance loader", name) or CachedLoader.get_template(cached, name, skip)
show("instance attribute", lambda: loader.get_template("a.html"))
del cached.get_template


class Fake:
    origin = property(lambda self: print("  origin read") or compiled.origin)

    def render(self, context=None):
        return "fake"


cached.get_template_cache["a.html"] = Fake()
t = loader.get_template("a.html")
print("fake in cache", type(t.template).__name__, t.template.render())
cached.get_template_cache["a.html"] = ("a.html", [])
show("a cached miss", lambda: loader.get_template("a.html"))
cached.get_template_cache["a.html"] = compiled
show("restored", lambda: loader.get_template("a.html"))
print(cached.get_template_cache["nope.html"])
show("missing, cached as the class", lambda: loader.get_template("nope.html"))
cached.get_template_cache["nope.html"] = TemplateDoesNotExist("nope.html", tried=[("o", "why")])
show("missing, cached as an instance", lambda: loader.get_template("nope.html"))
cached.get_template_cache["c.html"] = compiled
show("another name for a compiled template", lambda: loader.get_template("c.html"))
engines["django"].engine.template_loaders.clear()
show("no loaders", lambda: loader.get_template("a.html"))
print(loader.get_template.__name__, loader.get_template.__module__)
