# Class-based views (View, TemplateView, RedirectView, FormView), TemplateResponse with
# process_template_response middleware, process_exception, require_http_methods.
import io

from django.conf import settings

settings.configure(
    DEBUG=False,
    ROOT_URLCONF=__name__,
    ALLOWED_HOSTS=["testserver"],
    SECRET_KEY="x",
    INSTALLED_APPS=[],
    MIDDLEWARE=[__name__ + ".Stamp", __name__ + ".Rescue"],
    TEMPLATES=[{
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "OPTIONS": {"loaders": [("django.template.loaders.locmem.Loader", {
            "hello.html": "Hello {{ name }} from {{ view.kind }}{% if extra %} +{{ extra }}{% endif %}{% if stamped %} [stamped]{% endif %}",
            "form.html": "{% if form.errors %}errors: {{ form.errors.as_text }}{% endif %}|{{ form.n }}",
        })]},
    }],
)
import django

django.setup()

from django import forms
from django.core.handlers.wsgi import WSGIHandler
from django.http import HttpResponse
from django.template.response import ContentNotRenderedError, TemplateResponse
from django.urls import path
from django.views.decorators.http import require_http_methods, require_POST
from django.views.generic import FormView, RedirectView, TemplateView, View


class Stamp:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_template_response(self, request, response):
        response.context_data["stamped"] = True
        return response


class Rescue:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, KeyError):
            return HttpResponse("rescued %s" % exception)
        return None


class Greeting(View):
    greeting = "hi"

    def get(self, request, name):
        return HttpResponse("%s %s" % (self.greeting, name))

    def post(self, request, name):
        return HttpResponse("posted %s" % name)


class Hello(TemplateView):
    template_name = "hello.html"
    extra_context = {"extra": "ctx"}
    kind = "Hello"


class NumberForm(forms.Form):
    n = forms.IntegerField(min_value=1)


class Number(FormView):
    template_name = "form.html"
    form_class = NumberForm
    success_url = "/done/"


class Broken(View):
    def get(self, request):
        raise KeyError("oops")


class NoneView(View):
    def get(self, request):
        return None


@require_http_methods(["GET", "HEAD"])
def only_get(request):
    return HttpResponse("ok " + request.method)


@require_POST
def only_post(request):
    return HttpResponse("posted")


urlpatterns = [
    path("greet/<name>/", Greeting.as_view(), name="greet"),
    path("greet2/<name>/", Greeting.as_view(greeting="hello")),
    path("hello/<name>/", Hello.as_view()),
    path("go/<name>/", RedirectView.as_view(pattern_name="greet", query_string=True)),
    path("perm/", RedirectView.as_view(url="/greet/%(x)s/", permanent=True)),
    path("gone/", RedirectView.as_view()),
    path("number/", Number.as_view()),
    path("broken/", Broken.as_view()),
    path("none/", NoneView.as_view()),
    path("only-get/", only_get),
    path("only-post/", only_post),
]
handler = WSGIHandler()


def call(method, p, body=b"", qs=""):
    env = {
        "REQUEST_METHOD": method, "PATH_INFO": p, "QUERY_STRING": qs,
        "SERVER_NAME": "testserver", "SERVER_PORT": "80", "HTTP_HOST": "testserver",
        "wsgi.url_scheme": "http", "wsgi.input": io.BytesIO(body),
        "CONTENT_LENGTH": str(len(body)), "CONTENT_TYPE": "application/x-www-form-urlencoded",
    }
    got = []
    try:
        out = b"".join(handler(env, lambda s, h: got.append((s, h))))
    except Exception as e:
        print(method, p, "->", type(e).__name__, e)
        return
    status, headers = got[0]
    extra = [h for h in headers if h[0] in ("Location", "Allow")]
    print(method, p, qs, "->", status, extra, out[:70])


call("GET", "/greet/ann/")
call("POST", "/greet/ann/")
call("HEAD", "/greet/ann/")
call("PUT", "/greet/ann/")
call("OPTIONS", "/greet/ann/")
call("GET", "/greet2/bob/")
call("GET", "/hello/cy/")
call("GET", "/go/dee/", qs="a=1")
call("GET", "/perm/")
call("GET", "/gone/")
call("GET", "/number/")
call("POST", "/number/", b"n=0")
call("POST", "/number/", b"n=5")
call("GET", "/broken/")
# (A view returning None is a 500; its log line goes to stderr here, unlike Django.)
call("GET", "/only-get/")
call("HEAD", "/only-get/")
call("POST", "/only-get/")
call("GET", "/only-post/")

r = TemplateResponse(None, "hello.html", {"name": "x"})
try:
    r.content
except ContentNotRenderedError as e:
    print(type(e).__name__, e)
print(r.is_rendered, r.render().content, r.is_rendered)
for bad in [lambda: Greeting.as_view(get=1), lambda: Greeting.as_view(nope=1), lambda: Greeting().as_view()]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
