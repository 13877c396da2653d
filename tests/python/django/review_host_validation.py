# Review: HttpRequest.get_host() validation. Django matches the whole host against
# its host pattern (fullmatch); ours uses re.match with "$", which also matches before
# a final newline, so "example.com\n" passes ALLOWED_HOSTS and is returned (with the
# newline) to callers that build URLs and headers from it, e.g. through
# USE_X_FORWARDED_HOST. Also USE_X_FORWARDED_PORT is ignored by get_port().
import io

from django.conf import settings

settings.configure(
    DEBUG=False,
    SECRET_KEY="x",
    INSTALLED_APPS=[],
    ALLOWED_HOSTS=["example.com"],
    USE_X_FORWARDED_HOST=True,
    USE_X_FORWARDED_PORT=True,
)
import django

django.setup()

from django.core.handlers.wsgi import WSGIRequest


def request(**extra):
    environ = {
        "REQUEST_METHOD": "GET", "PATH_INFO": "/", "QUERY_STRING": "",
        "SERVER_NAME": "example.com", "SERVER_PORT": "80", "HTTP_HOST": "example.com",
        "wsgi.url_scheme": "http", "wsgi.input": io.BytesIO(b""),
    }
    environ.update(extra)
    return WSGIRequest(environ)


def t(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "-> %s: %s" % (type(e).__name__, e))


t("Host example.com", request().get_host)
t("Host 'example.com\\n'", request(HTTP_HOST="example.com\n").get_host)
t("X-Forwarded-Host 'example.com\\n'", request(HTTP_X_FORWARDED_HOST="example.com\n").get_host)
t("X-Forwarded-Host 'example.com:8443\\n'",
  request(HTTP_X_FORWARDED_HOST="example.com:8443\n").get_host)
t("X-Forwarded-Port 8443", request(HTTP_X_FORWARDED_PORT="8443").get_port)
