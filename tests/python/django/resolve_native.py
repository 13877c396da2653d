# A path resolved again (metal answers it natively from what the first resolve found)
# after what that answer depends on changed: the view's __module__ and a view_class on
# it, the URL list mutated, ResolverMatch.__init__ patched, a namespaced include and a
# non-str url name under a namespace (expected output from Django 5.2).
import sys
import os

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "_support"))

from django.conf import settings

settings.configure(DEBUG=False, SECRET_KEY="x", ROOT_URLCONF=__name__, INSTALLED_APPS=[])
import django

django.setup()

from django.http import HttpResponse
from django.urls import include, path, resolve
from django.urls.resolvers import ResolverMatch


def home(request):
    return HttpResponse("home")


def other(request):
    return HttpResponse("other")


urlpatterns = [
    path("", home, name="home"),
    path("other/", other),
    path("shop/", include("resolve_native_inner", namespace="store")),
]


def show(label, p):
    try:
        m = resolve(p)
    except Exception as e:
        print(label, "-> %s: %s" % (type(e).__name__, e))
        return
    print(label, "->", m.url_name, m.route, m.args, m.kwargs, m.app_names, m.namespaces,
          m.app_name, m.namespace, m.view_name, m._func_path.replace(__name__, "M"),
          len(m.tried), list(vars(m)) == list(vars(resolve(p))))


for attempt in (1, 2, 3):
    show("home %d" % attempt, "/")
    show("other %d" % attempt, "/other/")
    show("shop %d" % attempt, "/shop/item/")

other.__module__ = "elsewhere"
show("module changed", "/other/")
other.__module__ = None
show("module None", "/other/")
other.__module__ = __name__
other.view_class = HttpResponse
show("view_class", "/other/")
del other.view_class
show("view_class gone", "/other/")

urlpatterns.insert(0, path("other/", home, name="first"))
show("list changed", "/other/")
show("list changed again", "/other/")
del urlpatterns[0]
show("list restored", "/other/")

original = ResolverMatch.__init__


def loud(self, *args, **kwargs):
    print("  ResolverMatch.__init__", args[3])
    original(self, *args, **kwargs)


ResolverMatch.__init__ = loud
show("patched", "/")
ResolverMatch.__init__ = original
show("restored", "/")
show("odd name", "/shop/odd/")
show("odd name again", "/shop/odd/")
