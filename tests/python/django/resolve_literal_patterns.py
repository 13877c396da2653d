# URL patterns that are literal text (path() routes without converters, re_path()
# regexes of the form ^text and ^text$) against paths that match, almost match, carry
# a trailing newline, or differ in case; next to regexes with special characters and
# includes (expected output from real Django 5.2).
from django.conf import settings

settings.configure(DEBUG=False, SECRET_KEY="x", ROOT_URLCONF=__name__, INSTALLED_APPS=[])

import django

django.setup()

from django.urls import Resolver404, include, path, re_path, resolve


def view(request, *args, **kwargs):
    return None


inner = [
    path("", view, name="blog-index"),
    path("latest/", view, name="blog-latest"),
    re_path(r"^archive/$", view, name="blog-archive"),
    re_path(r"^(?P<year>[0-9]{4})/$", view, name="blog-year"),
]

urlpatterns = [
    path("", view, name="home"),
    path("about/", view, name="about"),
    path("about/team", view, name="team"),
    re_path(r"^legacy/$", view, name="legacy"),
    re_path(r"^prefix-only/", view, name="prefix-only"),
    re_path(r"^dots.here/$", view, name="dots"),
    path("x/", view),
    path("blog/", include(inner)),
    re_path(r"^old-blog/", include(inner)),
    path("<int:n>/", view, name="number"),
]

for p in [
    "/", "/about/", "/about", "/about/team", "/about/team/", "/ABOUT/",
    "/legacy/", "/legacy/\n", "/legacy", "/prefix-only/", "/prefix-only/anything/here",
    "/dots.here/", "/dotsXhere/", "/blog/", "/blog/latest/", "/blog/archive/",
    "/blog/2024/", "/old-blog/latest/", "/old-blog/archive/\n", "/x/", "/5/",
    "/about/\n", "/nope/",
]:
    try:
        m = resolve(p)
        print(repr(p), m.url_name, m.args, m.kwargs, m.route, m.view_name)
    except Resolver404 as e:
        tried = e.args[0].get("tried")
        print(repr(p), "404", len(tried) if tried else tried)
