# Review: reading the request body. Django's HttpRequest.body refuses a body whose
# CONTENT_LENGTH exceeds DATA_UPLOAD_MAX_MEMORY_SIZE (RequestDataTooBig -> 400) before
# reading it, whatever the content type; ours reads any size into memory and only
# checks url-encoded form bodies. For form bodies Django ignores a charset Python does
# not know and answers 400 for a charset other than UTF-8 ("... must be UTF-8
# encoded"); ours decodes with the named charset, and an unknown one is a LookupError
# (500). The body can also be read again with request.read() after request.body.
import io
import sys

from django.conf import settings

settings.configure(
    DEBUG=False,
    ROOT_URLCONF=__name__,
    ALLOWED_HOSTS=["testserver"],
    SECRET_KEY="x",
    INSTALLED_APPS=[],
    MIDDLEWARE=[],
    DATA_UPLOAD_MAX_MEMORY_SIZE=100,
    LOGGING={
        "version": 1, "disable_existing_loggers": False,
        "handlers": {"null": {"class": "logging.NullHandler"}},
        "loggers": {n: {"handlers": ["null"], "propagate": False}
                    for n in ["django.security", "django.request"]},
    },
)
import django

django.setup()

from django.core.handlers.wsgi import WSGIHandler, WSGIRequest
from django.http import HttpResponse
from django.urls import path


def raw(request):
    return HttpResponse("read %d bytes" % len(request.body))


def form(request):
    return HttpResponse("POST %s" % sorted(request.POST.lists()))


urlpatterns = [path("raw/", raw), path("form/", form)]
handler = WSGIHandler()


def environ(method, p, body, content_type):
    return {
        "REQUEST_METHOD": method, "PATH_INFO": p, "QUERY_STRING": "",
        "SERVER_NAME": "testserver", "SERVER_PORT": "80", "HTTP_HOST": "testserver",
        "wsgi.url_scheme": "http", "wsgi.input": io.BytesIO(body),
        "CONTENT_LENGTH": str(len(body)), "CONTENT_TYPE": content_type,
    }


def call(label, method, p, body, content_type):
    got = []
    sys.stderr = io.StringIO()  # an unexpected 500 logs a traceback
    try:
        out = b"".join(handler(environ(method, p, body, content_type),
                               lambda status, headers: got.append(status)))
    finally:
        sys.stderr = sys.__stderr__
    print(label, "->", got[0], out.decode()[:60] if got[0].startswith("200") else "")


call("PUT 1000-byte JSON body", "PUT", "/raw/", b"[" + b"1," * 499 + b"]", "application/json")
call("PUT 50-byte JSON body", "PUT", "/raw/", b"[" + b"1," * 24 + b"]", "application/json")
call("POST form, charset=bogus", "POST", "/form/", b"a=1&b=%C3%A9",
     "application/x-www-form-urlencoded; charset=bogus")
call("POST form, charset=latin-1", "POST", "/form/", b"a=1&b=%E9",
     "application/x-www-form-urlencoded; charset=latin-1")
call("POST form, charset=UTF-8", "POST", "/form/", b"a=1&b=%C3%A9",
     "application/x-www-form-urlencoded; charset=UTF-8")

request = WSGIRequest(environ("POST", "/raw/", b"a=1", "text/plain"))
print("body then read():", request.body, request.read())
