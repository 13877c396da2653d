# Every attribute of the ResolverMatch that resolve() gives, in order, for the first
# and the repeated resolution of the same path (which can be answered from what the
# first one found): named and unnamed endpoints, a class-based view, a regex, default
# kwargs, captured values, a view object without __name__ (expected output from
# Django 5.2).
from django.conf import settings

settings.configure(DEBUG=False, SECRET_KEY="x", ROOT_URLCONF=__name__, INSTALLED_APPS=[])
import django

django.setup()

from django.http import HttpResponse
from django.urls import path, re_path, resolve
from django.views import View


def home(request):
    return HttpResponse("home")


def about(request):
    return HttpResponse("about")


class Page(View):
    def get(self, request):
        return HttpResponse("page")


class Callable:
    def __call__(self, request):
        return HttpResponse("callable")


urlpatterns = [
    path("", home, name="home"),
    path("about/", about),
    path("page/", Page.as_view(), name="page"),
    re_path(r"^re/(?:x/)?$", about, name="re"),
    path("extra/", home, {"flag": 1}, name="extra"),
    path("n/<int:n>/", home, name="num"),
    path("obj/", Callable(), name="obj"),
]


def shown(value):
    if callable(value) and not isinstance(value, type):
        return getattr(value, "__name__", type(value).__name__)
    if isinstance(value, list):
        return [shown(v) for v in value]
    if type(value).__name__ == "URLPattern":
        return "<pattern %s>" % value.pattern
    return value


for p in ["/", "/about/", "/page/", "/re/", "/re/x/", "/extra/", "/n/7/", "/obj/"]:
    for attempt in (1, 2):
        m = resolve(p)
        print(p, attempt, [(k, shown(v)) for k, v in vars(m).items()])
    m.kwargs["changed"] = True
    m.tried.append("changed")
    again = resolve(p)
    print(p, "fresh", again.kwargs, len(again.tried), again.app_names, again.namespaces)
    print(repr(again).replace(__name__ + ".", ""))
