# Review: a project's handler404/handler403/handler400 that itself raises. Django
# (core.handlers.exception.get_exception_response) turns any exception from the error
# view into the 500 response. Ours hands the new exception back to
# response_for_exception(): a handler404 that raises Http404 (e.g. through
# get_object_or_404) recurses until RecursionError escapes the WSGI handler.
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
    LOGGING={
        "version": 1, "disable_existing_loggers": False,
        "handlers": {"null": {"class": "logging.NullHandler"}},
        "loggers": {n: {"handlers": ["null"], "propagate": False}
                    for n in ["django.security", "django.request"]},
    },
)
import django

django.setup()

from django.core.exceptions import PermissionDenied
from django.core.handlers.wsgi import WSGIHandler
from django.http import Http404
from django.urls import path


def forbidden(request):
    raise PermissionDenied


def handler404(request, exception):
    raise Http404("the 404 page's object is missing too")


def handler403(request, exception):
    raise PermissionDenied("and again")


urlpatterns = [path("forbidden/", forbidden)]
handler = WSGIHandler()


def call(p):
    environ = {
        "REQUEST_METHOD": "GET", "PATH_INFO": p, "QUERY_STRING": "",
        "SERVER_NAME": "testserver", "SERVER_PORT": "80", "HTTP_HOST": "testserver",
        "wsgi.url_scheme": "http", "wsgi.input": io.BytesIO(b""),
    }
    got = []
    sys.stderr = io.StringIO()
    try:
        out = b"".join(handler(environ, lambda status, headers: got.append(status)))
        print(p, "->", got[0], "Server Error (500)" in out.decode())
    except BaseException as e:
        print(p, "-> raised %s" % type(e).__name__)
    finally:
        sys.stderr = sys.__stderr__


call("/missing/")
call("/forbidden/")
