# SecurityMiddleware and XFrameOptionsMiddleware headers, as Django 5.2 sets them.
from django.conf import settings

settings.configure(
    DEBUG=False,
    ROOT_URLCONF=__name__,
    SECRET_KEY="x",
    MIDDLEWARE=[
        "django.middleware.security.SecurityMiddleware",
        "django.middleware.clickjacking.XFrameOptionsMiddleware",
    ],
    SECURE_REFERRER_POLICY=["same-origin", " strict-origin"],
    X_FRAME_OPTIONS="sameorigin",
)
import io

import django

django.setup()

from django.core.handlers.wsgi import WSGIHandler
from django.http import HttpResponse
from django.urls import path


def plain(request):
    return HttpResponse("plain")


def framed(request):
    r = HttpResponse("framed")
    r["X-Frame-Options"] = "ALLOW-FROM x"
    r["X-Content-Type-Options"] = "custom"
    return r


def exempt(request):
    r = HttpResponse("exempt")
    r.xframe_options_exempt = True
    return r


urlpatterns = [path("", plain), path("framed/", framed), path("exempt/", exempt)]
handler = WSGIHandler()

for p in ["/", "/framed/", "/exempt/", "/missing/"]:
    seen = []
    environ = {"REQUEST_METHOD": "GET", "PATH_INFO": p, "QUERY_STRING": "",
               "SERVER_NAME": "testserver", "SERVER_PORT": "80", "HTTP_HOST": "testserver",
               "wsgi.input": io.BytesIO(b""), "wsgi.url_scheme": "http"}
    body = b"".join(handler(environ, lambda s, h, e=None: seen.append((s, h))))
    print(p, seen[0][0])
    for k, v in sorted(seen[0][1]):
        print("   ", k, "=", v)
