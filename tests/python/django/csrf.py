# CsrfViewMiddleware, {% csrf_token %}, get_token, csrf_exempt and the CSRF failure page,
# driven through the WSGI handler (expected output from real Django 5.2). Random tokens
# are never printed raw: only their shape.
import io
import re

from django.conf import settings

settings.configure(
    DEBUG=False,
    ROOT_URLCONF=__name__,
    ALLOWED_HOSTS=["testserver"],
    SECRET_KEY="not-secret",
    INSTALLED_APPS=[],
    MIDDLEWARE=["django.middleware.csrf.CsrfViewMiddleware"],
    TEMPLATES=[{
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [], "APP_DIRS": False,
        "OPTIONS": {"loaders": [("django.template.loaders.locmem.Loader", {
            "form.html": '<form method="post">{% csrf_token %}<input name="x"></form>',
        })]},
    }],
    # Keep the "Forbidden (...)" warnings off stderr.
    LOGGING={
        "version": 1, "disable_existing_loggers": False,
        "handlers": {"null": {"class": "logging.NullHandler"}},
        "loggers": {n: {"handlers": ["null"], "propagate": False}
                    for n in ["django.security.csrf", "django.request"]},
    },
)
import django

django.setup()

from django.core.handlers.wsgi import WSGIHandler
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.shortcuts import render
from django.template import Context, Template
from django.template.loader import get_template
from django.urls import path
from django.views.decorators.csrf import csrf_exempt

TOKENS = []


def form(request):
    if request.method == "POST":
        return HttpResponse("ok x=%s" % request.POST.get("x"))
    if request.GET.get("shortcut"):
        return render(request, "form.html", {})
    return HttpResponse(get_template("form.html").render({}, request))


@csrf_exempt
def exempt(request):
    return HttpResponse("exempt %s" % request.method)


def token(request):
    a, b = get_token(request), get_token(request)
    TOKENS[:] = [a, b]
    return HttpResponse("%d %d %s" % (len(a), len(b), a != b))


urlpatterns = [path("form/", form), path("exempt/", exempt), path("token/", token)]
handler = WSGIHandler()


def shape(s, secret=None):
    s = re.sub(r'value="[A-Za-z0-9]{64}"', 'value="<TOKEN64>"', s)
    s = re.sub(r"csrftoken=[A-Za-z0-9]{32}", "csrftoken=<SECRET32>", s)
    return re.sub(r"expires=[^;]*", "expires=<DATE>", s)


def req(method, p, body="", cookie=None, quiet=False, **extra):
    data = body.encode()
    environ = {"REQUEST_METHOD": method, "PATH_INFO": p, "QUERY_STRING": extra.pop("query", ""),
               "SERVER_NAME": "testserver", "SERVER_PORT": "80", "HTTP_HOST": "testserver",
               "SERVER_PROTOCOL": "HTTP/1.1", "wsgi.input": io.BytesIO(data),
               "wsgi.url_scheme": "http", "CONTENT_LENGTH": str(len(data)),
               "CONTENT_TYPE": "application/x-www-form-urlencoded" if data else ""}
    if cookie is not None:
        environ["HTTP_COOKIE"] = cookie
    environ.update(extra)
    seen = []
    out = b"".join(handler(environ, lambda s, h, e=None: seen.append((s, h)))).decode()
    status, headers = seen[0]
    print(method, p, "->", status)
    if not quiet:
        for k, v in sorted(headers):
            print("   ", k + ":", shape(v))
        print("   ", shape(out))
    return status, dict(headers), out


status, headers, body = req("GET", "/form/")
cookie = headers["Set-Cookie"]
print(repr(cookie[:11]))  # note: Django's WSGI Set-Cookie value starts with a space
secret = re.search(r"csrftoken=([^;]*);", cookie).group(1)
masked = re.search(r'value="([^"]*)"', body).group(1)
print("secret", len(secret), secret.isalnum(), secret.isascii())
print("masked", len(masked), masked.isalnum(), masked.isascii(), masked != secret)
print("cookie attrs", sorted(a.strip().split("=")[0] for a in cookie.split(";")[1:]))
print("Max-Age" in cookie, re.search(r"Max-Age=(\d+)", cookie).group(1), "Path=/" in cookie,
      "SameSite=Lax" in cookie, "HttpOnly" in cookie, "Secure" in cookie)
print(repr(re.sub(r'value="[^"]*"', 'value="T"', body)))
CK = "csrftoken=" + secret

req("GET", "/form/", query="shortcut=1", cookie=CK)
s, h, b = req("GET", "/form/", cookie=CK, quiet=True)
print("same secret re-set:", h["Set-Cookie"].startswith(" " + CK + ";"), "vary:", h.get("Vary"))
print("new mask:", re.search(r'value="([^"]*)"', b).group(1) != masked)

section = print
section("--- good POSTs")
req("POST", "/form/", "csrfmiddlewaretoken=%s&x=1" % masked, cookie=CK)
req("POST", "/form/", "x=2", cookie=CK, HTTP_X_CSRFTOKEN=masked)
req("POST", "/form/", "csrfmiddlewaretoken=%s&x=3" % secret, cookie=CK)
req("POST", "/form/", "x=4", cookie=CK, HTTP_X_CSRFTOKEN=secret, quiet=True)
req("POST", "/form/", "csrfmiddlewaretoken=%s&x=5" % masked, cookie=CK,
    HTTP_ORIGIN="http://testserver", quiet=True)
req("PUT", "/form/", "x=6", cookie=CK, HTTP_X_CSRFTOKEN=masked, quiet=True)

section("--- rejected")
REJECT = [
    ("POST", "csrfmiddlewaretoken=%s&x=1" % masked, None, {}),
    ("POST", "x=1", CK, {}),
    ("POST", "csrfmiddlewaretoken=%s&x=1" % ("a" * 64), CK, {}),
    ("POST", "csrfmiddlewaretoken=%s&x=1" % ("b" * 32), CK, {}),
    ("POST", "csrfmiddlewaretoken=abc&x=1", CK, {}),
    ("POST", "csrfmiddlewaretoken=%s&x=1" % ("!" * 64), CK, {}),
    ("POST", "x=1", CK, {"HTTP_X_CSRFTOKEN": "a" * 63}),
    ("POST", "csrfmiddlewaretoken=%s" % masked, "csrftoken=short", {}),
    ("POST", "csrfmiddlewaretoken=%s" % masked, "csrftoken=" + "?" * 32, {}),
    ("POST", "csrfmiddlewaretoken=%s" % masked, CK, {"HTTP_ORIGIN": "http://evil.example"}),
    ("POST", "csrfmiddlewaretoken=%s" % masked, CK, {"HTTP_ORIGIN": "https://testserver"}),
    ("POST", "csrfmiddlewaretoken=%s" % masked, CK, {"HTTP_ORIGIN": "null"}),
    ("DELETE", "", CK, {}),
]
for i, (m, data, ck, extra) in enumerate(REJECT):
    req(m, "/form/", data, cookie=ck, quiet=i not in (0, 9), **extra)

section("--- safe methods and exempt")
for m in ["GET", "HEAD", "OPTIONS", "TRACE"]:
    req(m, "/exempt/", quiet=True)
    req(m, "/form/", "x=1", cookie="csrftoken=bad", HTTP_ORIGIN="http://evil.example", quiet=True)
req("POST", "/exempt/", "x=1")
req("POST", "/exempt/", "x=1", cookie="csrftoken=bad", HTTP_ORIGIN="http://evil.example")

section("--- get_token")
s, h, b = req("GET", "/token/", cookie=CK)
print([len(t) for t in TOKENS], [t.isalnum() for t in TOKENS])
for t in TOKENS:
    req("POST", "/form/", "csrfmiddlewaretoken=%s&x=t" % t, cookie=CK, quiet=True)

section("--- template tag")
print(repr(Template("[{% csrf_token %}]").render(Context({}))))
print(repr(Template("[{% csrf_token %}]").render(Context({"csrf_token": "abc<>"}))))
print(repr(Template("[{% csrf_token %}]").render(Context({"csrf_token": "NOTPROVIDED"}))))

section("--- DEBUG=True failure pages")
settings.DEBUG = True
req("POST", "/form/", "x=1")
for m, data, ck, extra in REJECT:
    s, h, b = req(m, "/form/", data, cookie=ck, quiet=True, **extra)
    print("    reason:", re.search(r"<pre>\s*(.*?)\s*</pre>", b, re.S).group(1))
