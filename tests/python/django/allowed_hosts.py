# HttpRequest.get_host() against ALLOWED_HOSTS, and the 400 a bad Host gets when
# something (here: the CSRF check of an unsafe request with an Origin) needs the host.
import io

from django.conf import settings

settings.configure(
    DEBUG=False,
    ROOT_URLCONF=__name__,
    ALLOWED_HOSTS=["example.com", ".sub.test", "[::1]"],
    SECRET_KEY="x",
    MIDDLEWARE=["django.middleware.csrf.CsrfViewMiddleware"],
    INSTALLED_APPS=[],
)
import django

django.setup()

from django.core.handlers.wsgi import WSGIHandler, WSGIRequest
from django.http import HttpResponse
from django.urls import path


def host(request):
    return HttpResponse("host=" + request.get_host())


urlpatterns = [path("", host)]


def environ(host, method="GET", extra=None):
    env = {
        "REQUEST_METHOD": method,
        "PATH_INFO": "/",
        "QUERY_STRING": "",
        "SERVER_NAME": "server",
        "SERVER_PORT": "80",
        "HTTP_HOST": host,
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(b""),
        "CONTENT_LENGTH": "0",
    }
    env.update(extra or {})
    return env


for h in ["example.com", "example.com:8000", "EXAMPLE.com.", "a.sub.test", "sub.test",
          "evil.com", "example.com.evil.com", "[::1]:80", "bad host!", "", "a.sub.test:99999"]:
    req = WSGIRequest(environ(h))
    try:
        print(repr(h), "->", req.get_host())
    except Exception as e:
        print(repr(h), "->", type(e).__name__, str(e))

handler = WSGIHandler()
for h in ["example.com", "evil.com"]:
    out = []
    body = handler(environ(h), lambda status, headers: out.append(status))
    print(h, out[0], b"".join(body)[:60])
    out = []
    body = handler(environ(h, "POST", {"HTTP_ORIGIN": "http://" + h}), lambda s, hd: out.append(s))
    print(h, "POST", out[0], b"".join(body)[:40])

settings.DEBUG = True
settings.ALLOWED_HOSTS = []
for h in ["localhost", "a.localhost", "127.0.0.1:8000", "[::1]", "example.com"]:
    try:
        print(repr(h), "->", WSGIRequest(environ(h)).get_host())
    except Exception as e:
        print(repr(h), "->", type(e).__name__, str(e))
