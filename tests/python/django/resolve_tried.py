# resolve(): the ResolverMatch and the patterns tried (including the one that matched,
# through nested includes and namespaces), and the tried lists of Resolver404.
from django.conf import settings
settings.configure(DEBUG=False, ROOT_URLCONF=__name__, SECRET_KEY="x", INSTALLED_APPS=[])
import django
django.setup()
from django.http import HttpResponse
from django.urls import include, path, re_path, resolve, Resolver404

def view(request, **kw):
    return HttpResponse("x")

inner = [path("x/", view, name="x"), path("y/<int:n>/", view, name="y"),
         re_path(r"^z/(\d+)/$", view)]
deeper = [path("b/", include(inner))]
urlpatterns = [
    path("", view, name="home"),
    path("p/", include(inner)),
    path("q/", include((deeper, "app"), namespace="ns")),
    path("last/", view),
]
for p in ["/", "/p/x/", "/p/y/3/", "/p/z/9/", "/q/b/y/4/", "/last/"]:
    m = resolve(p)
    print(p, m.url_name, m.args, m.kwargs, m.route, m.namespace, m.view_name)
    print("  tried", [[str(x.pattern) for x in t] for t in m.tried])
for p in ["/nope/", "/p/nope/", "/q/b/nope/"]:
    try:
        resolve(p)
    except Resolver404 as e:
        print(p, "404", [[str(x.pattern) for x in t] for t in e.args[0]["tried"]], e.args[0].get("path"))
