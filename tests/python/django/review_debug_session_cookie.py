# Review: the DEBUG 500 page must not show the session cookie. Django's
# SafeExceptionReporterFilter.cleanse_setting() hides any key equal to
# settings.SESSION_COOKIE_NAME (as well as names matching API|AUTH|TOKEN|KEY|SECRET|
# PASS|SIGNATURE|HTTP_COOKIE) in the COOKIES and META it shows. Ours masks only by the
# name pattern, so the `sessionid` value appears in the page (HTML and text).
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
    LOGGING={
        "version": 1, "disable_existing_loggers": False,
        "handlers": {"null": {"class": "logging.NullHandler"}},
        "loggers": {"django.request": {"handlers": ["null"], "propagate": False}},
    },
)
import django

django.setup()

from django.core.handlers.wsgi import WSGIHandler
from django.urls import path


def boom(request):
    raise ValueError("boom")


urlpatterns = [path("boom/", boom)]
handler = WSGIHandler()

COOKIES = {
    "sessionid": "sessionvalue0123456789",
    "csrftoken": "csrfvalue0123456789",
    "theme": "themevalue0123456789",
}


def call(accept):
    environ = {
        "REQUEST_METHOD": "GET", "PATH_INFO": "/boom/", "QUERY_STRING": "",
        "SERVER_NAME": "testserver", "SERVER_PORT": "80", "HTTP_HOST": "testserver",
        "wsgi.url_scheme": "http", "wsgi.input": io.BytesIO(b""), "HTTP_ACCEPT": accept,
        "HTTP_COOKIE": "; ".join("%s=%s" % kv for kv in COOKIES.items()),
    }
    got = []
    page = b"".join(handler(environ, lambda status, headers: got.append(status))).decode()
    print(accept, "->", got[0])
    for name, value in COOKIES.items():
        print("   cookie %s value shown: %s" % (name, value in page))


sys.stderr = io.StringIO()  # the error log line is not what this checks
call("text/html")
call("text/plain")
