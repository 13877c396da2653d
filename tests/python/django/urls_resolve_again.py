# Resolving the same paths again and again gives what resolving them the first time
# gives: fresh ResolverMatch objects (their lists and dicts are new ones), the patterns
# as they are now (an URLconf changed at run time is seen), and a registered
# converter's to_python called at every match, as in Django 5.2 (the expected output
# comes from real Django).
from django.conf import settings

settings.configure(
    DEBUG=False,
    ROOT_URLCONF=__name__,
    ALLOWED_HOSTS=["testserver"],
    SECRET_KEY="not-secret",
    MIDDLEWARE=[],
)
import django

django.setup()

from django.urls import Resolver404, include, path, re_path, register_converter, resolve
from django.urls import get_resolver


def view(request, **kwargs):
    pass


def other(request, **kwargs):
    pass


def later(request, **kwargs):
    pass


calls = []


class Counted:
    regex = "[0-9]+"

    def to_python(self, value):
        calls.append(value)
        return int(value)

    def to_url(self, value):
        return str(value)


register_converter(Counted, "counted")

inner = [path("leaf/<int:n>/", other, name="leaf")]

urlpatterns = [
    path("", view, name="home"),
    path("year/<int:year>/", view, name="year", kwargs={"extra": 1}),
    re_path(r"^re/(?P<slug>[a-z]+)/$", view, name="re"),
    re_path(r"^pos/([0-9]+)/$", view),
    path("counted/<counted:n>/", view, name="counted"),
    path("inc/", include((inner, "app"), namespace="ns")),
]


def show(p):
    try:
        m = resolve(p)
    except Resolver404:
        print(p, "-> 404")
        return None
    print(p, "->", m.func.__name__, m.args, m.kwargs, m.url_name, m.route, m.view_name,
          m.app_names, m.namespaces, m.captured_kwargs, m.extra_kwargs,
          [[str(x.pattern) for x in t] for t in m.tried])
    return m


for p in ["/", "/year/2024/", "/re/abc/", "/pos/12/", "/counted/5/", "/inc/leaf/3/",
          "/nope/"]:
    first = show(p)
    second = show(p)
    if first is not None:
        print("  fresh:", first is not second, first.kwargs is not second.kwargs,
              first.tried is not second.tried, first.app_names is not second.app_names,
              first.captured_kwargs is not second.captured_kwargs)
        # Changing one match changes nothing in the next.
        first.kwargs["changed"] = True
        first.tried.append("x")
        first.captured_kwargs["changed"] = True
        first.extra_kwargs["changed"] = True
        show(p)

print("to_python calls:", calls)

# The URLconf changed at run time.
resolver = get_resolver()
urlpatterns.insert(0, path("", later, name="first"))
show("/")
urlpatterns.pop(0)
show("/")
urlpatterns[0] = path("", other, name="replaced")
show("/")
urlpatterns.append(path("new/", later, name="new"))
show("/new/")
show("/year/7/")
urlpatterns[1].default_args["extra"] = 2
show("/year/7/")
urlpatterns[1].callback = later
show("/year/7/")
inner.append(path("other/", later, name="other"))
show("/inc/other/")
# The resolver's own pattern replaced: "/" no longer matches it.
from django.urls.resolvers import RegexPattern

own = resolver.pattern
show("/new/")
resolver.pattern = RegexPattern(r"^/app/")
show("/new/")
show("/app/new/")
resolver.pattern = own
show("/new/")

# Many different paths, each resolved twice.
for i in range(600):
    a = resolve("/year/%d/" % i)
    b = resolve("/year/%d/" % i)
    assert a.kwargs == b.kwargs == {"year": i, "extra": 2}, (a.kwargs, b.kwargs)
print("many: ok")
print(resolve("/year/1/").kwargs, resolve("/year/599/").kwargs)
