# Review: with DEBUG = True, a POST the request parser rejects (body larger than
# DATA_UPLOAD_MAX_MEMORY_SIZE, more fields than DATA_UPLOAD_MAX_NUMBER_FIELDS) gets
# Django's technical 400 page: Django marks the POST as unparseable
# (_mark_post_parse_error) before reporting. Ours builds the debug page from
# request.POST, which raises the same exception again, out of the WSGI handler.
import io
import sys

from django.conf import settings

settings.configure(
    DEBUG=True,
    ROOT_URLCONF=__name__,
    ALLOWED_HOSTS=["testserver"],
    SECRET_KEY="x",
    INSTALLED_APPS=[],
    MIDDLEWARE=[],
    DATA_UPLOAD_MAX_MEMORY_SIZE=50,
    DATA_UPLOAD_MAX_NUMBER_FIELDS=3,
    LOGGING={
        "version": 1, "disable_existing_loggers": False,
        "handlers": {"null": {"class": "logging.NullHandler"}},
        "loggers": {n: {"handlers": ["null"], "propagate": False}
                    for n in ["django.security", "django.request"]},
    },
)
import django

django.setup()

from django.core.handlers.wsgi import WSGIHandler
from django.http import HttpResponse
from django.urls import path


def form(request):
    return HttpResponse("POST %s" % sorted(request.POST.lists()))


urlpatterns = [path("form/", form)]
handler = WSGIHandler()


def call(label, body):
    environ = {
        "REQUEST_METHOD": "POST", "PATH_INFO": "/form/", "QUERY_STRING": "",
        "SERVER_NAME": "testserver", "SERVER_PORT": "80", "HTTP_HOST": "testserver",
        "wsgi.url_scheme": "http", "wsgi.input": io.BytesIO(body),
        "CONTENT_LENGTH": str(len(body)),
        "CONTENT_TYPE": "application/x-www-form-urlencoded",
    }
    got = []
    sys.stderr = io.StringIO()
    try:
        out = b"".join(handler(environ, lambda status, headers: got.append(status)))
        print(label, "->", got[0], out.decode()[:40] if got[0].startswith("200") else "")
    except Exception as e:
        print(label, "-> raised %s: %s" % (type(e).__name__, e))
    finally:
        sys.stderr = sys.__stderr__


call("small form", b"a=1&b=2")
call("body over DATA_UPLOAD_MAX_MEMORY_SIZE", b"a=" + b"x" * 100)
call("more fields than DATA_UPLOAD_MAX_NUMBER_FIELDS", b"a=1&b=2&c=3&d=4")
