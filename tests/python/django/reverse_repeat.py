# reverse() and {% url %} asked the same thing many times, with names as str and as
# SafeString, with and without arguments, query and fragment, and names that do not
# reverse (each time): the answers stay the same (expected output from Django 5.2).
from django.conf import settings

settings.configure(
    DEBUG=False, ROOT_URLCONF=__name__, SECRET_KEY="x", INSTALLED_APPS=[],
    TEMPLATES=[{"BACKEND": "django.template.backends.django.DjangoTemplates", "DIRS": [],
                "APP_DIRS": False}],
)
import django

django.setup()

from django.http import HttpResponse
from django.template import Context, Template
from django.urls import NoReverseMatch, include, path, re_path, reverse
from django.utils.safestring import mark_safe


def view(request, **kwargs):
    return HttpResponse("x")


inner = [path("leaf/", view, name="leaf"), path("n/<int:n>/", view, name="num")]
urlpatterns = [
    path("", view, name="home"),
    path("a b/ü/", view, name="quoted"),
    re_path(r"^re/(?P<slug>[a-z]+)/$", view, name="slug"),
    path("ns/", include((inner, "app"), namespace="app")),
    path("plain/", include(inner)),
]

for round_ in range(3):
    for name in ("home", mark_safe("home"), "quoted", "app:leaf", "leaf"):
        print(round_, repr(name), reverse(name))
    print(round_, reverse("slug", kwargs={"slug": "abc"}), reverse("num", args=[7]),
          reverse("app:num", kwargs={"n": 8}))
    print(round_, reverse("home", query={"q": "a b"}, fragment="top"),
          reverse("home", fragment="f"))
    for bad in ("nope", "slug", "app:nope", "zz:leaf", "app:zz:leaf", "app:num"):
        try:
            reverse(bad)
        except NoReverseMatch as e:
            print(round_, "NoReverseMatch", e)
    print(round_, Template("{% url 'home' %}|{% url 'quoted' %}|{% url 'app:leaf' %}|"
                           "{% url 'num' 3 %}|{% url 'nope' as u %}[{{ u }}]").render(Context()))
