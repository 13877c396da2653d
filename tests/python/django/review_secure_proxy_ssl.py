# Review: SECURE_PROXY_SSL_HEADER is ignored. Behind a TLS-terminating proxy Django
# treats a request carrying the configured header as HTTPS: request.scheme/is_secure(),
# SecurityMiddleware's SSL redirect and HSTS, and CsrfViewMiddleware's checks (the
# Origin must be https://host; an HTTPS POST without Origin needs a good Referer).
# Ours always says http: same-origin HTTPS form posts are rejected, an HTTPS POST with
# neither Origin nor Referer is accepted (the strict Referer check is skipped), and
# SECURE_SSL_REDIRECT redirects forever.
import io

from django.conf import settings

settings.configure(
    DEBUG=False,
    ROOT_URLCONF=__name__,
    ALLOWED_HOSTS=["testserver"],
    SECRET_KEY="x",
    INSTALLED_APPS=[],
    MIDDLEWARE=[
        "django.middleware.security.SecurityMiddleware",
        "django.middleware.csrf.CsrfViewMiddleware",
    ],
    SECURE_PROXY_SSL_HEADER=("HTTP_X_FORWARDED_PROTO", "https"),
    SECURE_SSL_REDIRECT=True,
    # The CSRF checks are shown on a path the SSL redirect leaves alone.
    SECURE_REDIRECT_EXEMPT=[r"^csrf/"],
    SECURE_HSTS_SECONDS=3600,
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
from django.urls import path


def view(request):
    return HttpResponse("ok scheme=%s secure=%s" % (request.scheme, request.is_secure()))


urlpatterns = [path("v/", view), path("csrf/", view)]
handler = WSGIHandler()
SECRET = "a" * 32


def call(method, label, body=b"", p="/csrf/", **extra):
    environ = {
        "REQUEST_METHOD": method, "PATH_INFO": p, "QUERY_STRING": "",
        "SERVER_NAME": "testserver", "SERVER_PORT": "80", "HTTP_HOST": "testserver",
        "wsgi.url_scheme": "http", "wsgi.input": io.BytesIO(body),
        "CONTENT_LENGTH": str(len(body)), "CONTENT_TYPE": "application/x-www-form-urlencoded",
        "HTTP_COOKIE": "csrftoken=" + SECRET,
    }
    environ.update(extra)
    got = []
    out = b"".join(handler(environ, lambda status, headers: got.append((status, headers))))
    status, headers = got[0]
    headers = dict(headers)
    print(label, "->", status, headers.get("Location", ""),
          headers.get("Strict-Transport-Security", "-"),
          out.decode()[:40] if status.startswith("200") else "")


form = b"csrfmiddlewaretoken=" + SECRET.encode()
call("GET", "GET /v/ via proxy (https)", p="/v/", HTTP_X_FORWARDED_PROTO="https")
call("GET", "GET /v/ via proxy (http)", p="/v/", HTTP_X_FORWARDED_PROTO="http")
call("POST", "POST https, same Origin", form, HTTP_X_FORWARDED_PROTO="https",
     HTTP_ORIGIN="https://testserver")
call("POST", "POST https, no Origin/Referer", form, HTTP_X_FORWARDED_PROTO="https")
call("POST", "POST https, http Referer", form, HTTP_X_FORWARDED_PROTO="https",
     HTTP_REFERER="http://testserver/v/")
