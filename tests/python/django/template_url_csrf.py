# Django template engine: {% url %} against this module's urlpatterns, {% csrf_token %}
# with and without a request, and RequestContext (expected output from real Django 5.2).
import io
import re

from django.conf import settings

settings.configure(
    DEBUG=False,
    SECRET_KEY="not-secret",
    ROOT_URLCONF=__name__,
    ALLOWED_HOSTS=["testserver"],
    INSTALLED_APPS=[],
    MIDDLEWARE=[],
    TEMPLATES=[
        {
            "BACKEND": "django.template.backends.django.DjangoTemplates",
            "OPTIONS": {
                "loaders": [
                    (
                        "django.template.loaders.locmem.Loader",
                        {
                            "form": '<form method="post">{% csrf_token %}<input name="x" value="{{ x }}"></form>',
                            "var": "[{{ csrf_token }}]",
                            "links": "{% url 'index' %} {% url 'article' year %} {% url 'post' slug=s %}",
                        },
                    )
                ]
            },
        }
    ],
)
import django

django.setup()

from django.core.handlers.wsgi import WSGIRequest
from django.http import HttpResponse
from django.template import Context, RequestContext, Template
from django.template.loader import get_template
from django.urls import NoReverseMatch, path, re_path


def view(request, **kwargs):
    return HttpResponse("ok")


urlpatterns = [
    path("", view, name="index"),
    path("articles/<int:year>/", view, name="article"),
    path("articles/<int:year>/<int:month>/", view, name="month"),
    path("blog/<slug:slug>/", view, name="post"),
    path("p/<str:name>/", view, name="page"),
    path("files/<path:rest>", view, name="files"),
    re_path(r"^old/(?P<n>[0-9]+)/$", view, name="old"),
    re_path(r"^pos/([a-z]+)/([0-9]+)/$", view, name="positional"),
]


def r(src, **ctx):
    try:
        out = repr(Template(src).render(Context(ctx)))
    except NoReverseMatch as e:
        # Only the first clause: the rest lists the URL patterns' regexes.
        out = "%s: %s" % (type(e).__name__, str(e).split(" not found.")[0])
    except Exception as e:
        out = "%s: %s" % (type(e).__name__, e)
    print(repr(src), "->", out)


r("{% url 'index' %}")
r("{% url \"article\" 2024 %}")
r("{% url 'article' y %}", y=1999)
r("{% url 'article' year=y %}", y=7)
r("{% url 'month' 2024 3 %}|{% url 'month' year=2024 month=12 %}")
r("{% url 'post' 'hello-world' %}|{% url 'post' slug=s %}", s="a_b-c")
r("{% url 'page' n %}", n="a b&c<d>")
r("{% autoescape off %}{% url 'page' n %}{% endautoescape %}", n="a b&c")
r("{% url 'files' 'x/y z.txt' %}")
r("{% url 'old' 42 %}|{% url 'old' n=5 %}")
r("{% url 'positional' 'abc' 12 %}")
r("{% url name 1 %}", name="article")
r("{% url 'article' 2000 as the_url %}[{{ the_url }}]")
r("{% url 'nope' as u %}[{{ u }}]")
r("{% url 'article' 'notanint' as u %}[{{ u }}]")
r("{% url 'article' year=2 as u %}{{ u|upper }}")
r("{% url 'nope' %}")
r("{% url 'article' %}")
r("{% url 'article' 'xx' %}")
r("{% url 'article' 1 month=2 %}")
r("{% url 'index' 5 %}")
r("{% url missing %}")
try:
    Template("{% url %}")
except Exception as e:
    print(type(e).__name__, e)
try:
    Template("{% url 'nope' %}").render(Context())
except NoReverseMatch as e:
    print("caught", type(e).__name__, isinstance(e, Exception))
print(repr(get_template("links").render({"year": 2020, "s": "slug"})))

# csrf_token without a request: nothing in the context, so nothing is output.
r("[{% csrf_token %}]")
r("[{% csrf_token %}]", csrf_token="abc")
r("[{% csrf_token %}]", csrf_token="NOTPROVIDED")
r("[{% csrf_token %}]", csrf_token="<x>")
r("[{{ csrf_token }}]")
print(repr(get_template("form").render({"x": 1})))
print(repr(get_template("var").render({})))


def make_request(method="GET", path_info="/"):
    environ = {
        "REQUEST_METHOD": method,
        "PATH_INFO": path_info,
        "QUERY_STRING": "",
        "SERVER_NAME": "testserver",
        "SERVER_PORT": "80",
        "HTTP_HOST": "testserver",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "wsgi.input": io.BytesIO(b""),
        "wsgi.url_scheme": "http",
        "CONTENT_LENGTH": "0",
    }
    return WSGIRequest(environ)


TOKEN = re.compile(r'value="([^"]+)"')
req = make_request()
out = get_template("form").render({"x": 1}, req)
m = TOKEN.search(out)
print(repr(TOKEN.sub('value="TOKEN"', out, count=1)))
print(len(out), len(m.group(1)), m.group(1).isalnum())
out2 = get_template("form").render({"x": 2}, req)
print(len(out2), len(TOKEN.search(out2).group(1)))
v = get_template("var").render({}, req)
print(len(v), v[0], v[-1], len(v[1:-1]))
print("CSRF_COOKIE" in req.META, len(req.META.get("CSRF_COOKIE", "")))
rc = RequestContext(make_request(), {"x": "<rc>"})
print(rc["x"], rc.request.path, rc.request.method)
out = Template("{% csrf_token %}|{{ x }}").render(rc)
print(repr(re.sub(r'value="[^"]+"', 'value="TOKEN"', out)))
out = Template("{% csrf_token %}").render(RequestContext(make_request("POST", "/p/")))
print(repr(re.sub(r'value="[^"]+"', 'value="TOKEN"', out)))
