# Request data limits: too many GET/POST fields (400), a body over
# DATA_UPLOAD_MAX_MEMORY_SIZE (400), undecodable bytes kept as Latin-1.
import io

from django.conf import settings

settings.configure(
    DEBUG=False,
    ROOT_URLCONF=__name__,
    ALLOWED_HOSTS=["testserver"],
    SECRET_KEY="x",
    MIDDLEWARE=[],
    INSTALLED_APPS=[],
    DATA_UPLOAD_MAX_NUMBER_FIELDS=5,
    DATA_UPLOAD_MAX_MEMORY_SIZE=100,
)
import django

django.setup()

from django.core.handlers.wsgi import WSGIHandler
from django.http import HttpResponse, QueryDict
from django.urls import path


def show(request):
    return HttpResponse("GET=%s POST=%s" % (sorted(request.GET.lists()), sorted(request.POST.lists())))


urlpatterns = [path("", show)]
handler = WSGIHandler()


def call(method, qs="", body=b""):
    env = {
        "REQUEST_METHOD": method, "PATH_INFO": "/", "QUERY_STRING": qs,
        "SERVER_NAME": "testserver", "SERVER_PORT": "80", "HTTP_HOST": "testserver",
        "wsgi.url_scheme": "http", "wsgi.input": io.BytesIO(body),
        "CONTENT_LENGTH": str(len(body)), "CONTENT_TYPE": "application/x-www-form-urlencoded",
    }
    got = []
    out = b"".join(handler(env, lambda s, h: got.append(s)))
    print(method, repr(qs), body[:30], "->", got[0], out[:80])


call("GET", "a=1&b=2")
call("GET", "&".join("f%d=1" % i for i in range(6)))
call("POST", "", b"a=1&b=2")
call("POST", "", "&".join("f%d=1" % i for i in range(6)).encode())
call("POST", "", b"a=" + b"x" * 200)
call("POST", "", b"a=%FF%FE&b=caf%C3%A9")
q = QueryDict(b"name=caf\xe9")
print(q["name"])
try:
    QueryDict("a=1&b=2&c=3&d=4&e=5&f=6")
except Exception as e:
    print(type(e).__name__, e)
