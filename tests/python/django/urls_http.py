# URL resolution and request/response handling through the WSGI handler, as Django 5.2
# does them (this program's expected output comes from real Django).
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

from django.core.handlers.wsgi import WSGIHandler
from django.http import Http404, HttpResponse, HttpResponseRedirect, QueryDict
from django.urls import Resolver404, include, path, re_path, resolve, reverse


def index(request):
    return HttpResponse("Hello " + request.GET.get("name", "world"))


def article(request, year):
    return HttpResponse("year %r %s" % (year, type(year).__name__))


def post(request, slug):
    return HttpResponse("slug=%s method=%s" % (slug, request.method))


def old(request, n):
    return HttpResponseRedirect("/articles/%s/" % n)


def missing(request):
    raise Http404("no such thing")


def echo(request):
    body = "%s %s %s %r" % (
        request.method,
        request.path,
        request.POST.getlist("a"),
        request.POST.get("b"),
    )
    return HttpResponse(body, content_type="text/plain", status=201)


blog = [
    path("<slug:slug>/", post, name="post"),
]

urlpatterns = [
    path("", index, name="index"),
    path("articles/<int:year>/", article, name="article"),
    path("blog/", include(blog)),
    re_path(r"^old/(?P<n>[0-9]+)/$", old),
    path("missing/", missing),
    path("echo/", echo),
]

handler = WSGIHandler()


def request(method, path_info, query="", body=b"", content_type=""):
    import io

    environ = {
        "REQUEST_METHOD": method,
        "PATH_INFO": path_info,
        "QUERY_STRING": query,
        "SERVER_NAME": "testserver",
        "SERVER_PORT": "80",
        "HTTP_HOST": "testserver",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "wsgi.input": io.BytesIO(body),
        "wsgi.url_scheme": "http",
        "CONTENT_LENGTH": str(len(body)),
        "CONTENT_TYPE": content_type,
    }
    seen = []

    def start_response(status, headers, exc_info=None):
        seen.append((status, headers))

    chunks = handler(environ, start_response)
    body = b"".join(chunks)
    status, headers = seen[0]
    print(method, path_info, query, "->", status)
    for k, v in sorted(headers):
        print("   ", k + ":", v)
    print("   ", body.decode())


request("GET", "/")
request("GET", "/", "name=Ada%20L&x=1")
request("GET", "/articles/2024/")
request("GET", "/articles/twenty/")
request("GET", "/blog/hello-world_1/")
request("GET", "/old/42/")
request("GET", "/missing/")
request("GET", "/nowhere")
request("POST", "/echo/", body=b"a=1&a=2&b=x+y%21", content_type="application/x-www-form-urlencoded")

m = resolve("/articles/1999/")
print(m.func.__name__, m.args, m.kwargs, m.url_name, m.route)
m = resolve("/blog/abc/")
print(m.func.__name__, m.kwargs, m.url_name, m.route)
m = resolve("/old/7/")
print(m.func.__name__, m.args, m.kwargs, m.url_name)
try:
    resolve("/nope/")
except Resolver404 as e:
    print("Resolver404", type(e).__mro__[1].__name__)
print(reverse("index"), reverse("article", args=[2000]), reverse("article", kwargs={"year": 7}))
print(reverse("post", kwargs={"slug": "a-b"}))

q = QueryDict("a=1&a=2&b=%E2%82%AC&c=&d")
print(q["a"], q.getlist("a"), q.get("b"), repr(q["c"]), repr(q["d"]), q.get("z", "dflt"))
print(sorted(q.lists()), sorted(q.items()), sorted(q.keys()), len(q), "a" in q)
print(q.urlencode())
try:
    q["x"] = "1"
except AttributeError as e:
    print("AttributeError", e)
m = q.copy()
m["x"] = "1"
m.appendlist("a", "3")
m.setlist("e", ["p", "q"])
print(m.urlencode(), m.dict())
r = HttpResponse("héllo", status=404)
print(r.status_code, r.reason_phrase, r.content, r["Content-Type"], r.charset)
r["X-Test"] = "1"
print(r.has_header("x-test"), r.get("X-TEST"), "x-test" in r)
r.write("!")
print(r.content, r.headers["content-type"])
