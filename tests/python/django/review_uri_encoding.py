# Review: URLs built from the request path must be URIs (ASCII). Django's
# get_full_path() percent-encodes the path (escape_uri_path) and the query string
# (iri_to_uri), and HttpResponseRedirect passes its target through iri_to_uri. Ours
# returns the decoded path as is, so Location headers carry raw non-ASCII text (the
# server then drops such a header: a redirect without a Location), e.g. the
# SecurityMiddleware SSL redirect or a redirect to a page with an accented slug.
import io

from django.conf import settings

settings.configure(
    DEBUG=False,
    ROOT_URLCONF=__name__,
    ALLOWED_HOSTS=["testserver"],
    SECRET_KEY="x",
    INSTALLED_APPS=[],
    MIDDLEWARE=["django.middleware.security.SecurityMiddleware"],
    SECURE_SSL_REDIRECT=True,
)
import django

django.setup()

from django.core.handlers.wsgi import WSGIHandler, WSGIRequest
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import re_path


def view(request):
    return HttpResponse("ok")


urlpatterns = [re_path(r".*", view)]
handler = WSGIHandler()


def environ(path_bytes, query_bytes=b""):
    # PEP 3333: the server hands the raw bytes as latin-1 text.
    return {
        "REQUEST_METHOD": "GET", "PATH_INFO": path_bytes.decode("latin-1"),
        "QUERY_STRING": query_bytes.decode("latin-1"),
        "SERVER_NAME": "testserver", "SERVER_PORT": "80", "HTTP_HOST": "testserver",
        "wsgi.url_scheme": "http", "wsgi.input": io.BytesIO(b""),
    }


request = WSGIRequest(environ("/café/a b/".encode(), b"q=caf%C3%A9"))
print("path:", repr(request.path))
print("get_full_path():", repr(request.get_full_path()))
print("repr:", repr(request))

got = []
b"".join(handler(environ("/café/".encode(), b"page=2"), lambda s, h: got.append((s, h))))
print("SSL redirect:", got[0][0], dict(got[0][1]).get("Location"))

for target in ["/café/", "/search/?q=crème brûlée", "https://example.com/ü"]:
    print("HttpResponseRedirect(%r)['Location'] ->" % target,
          repr(HttpResponseRedirect(target)["Location"]))
