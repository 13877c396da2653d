# Review: HttpRequest.build_absolute_uri(location). Django joins location with the
# current URL as a browser would (urljoin): "?page=2" keeps the current path, "../"
# climbs, "//host/x" keeps the scheme only, and the result is made a URI. Ours returns
# any location containing "://" unchanged (so "/login/?next=http://x/" stays
# relative), appends "?page=2" to the parent directory, keeps "../" segments and
# leaves non-ASCII characters raw.
import io

from django.conf import settings

settings.configure(DEBUG=False, SECRET_KEY="x", INSTALLED_APPS=[], ALLOWED_HOSTS=["testserver"])
import django

django.setup()

from django.core.handlers.wsgi import WSGIRequest



def make_request(path):
    return WSGIRequest({
        "REQUEST_METHOD": "GET", "PATH_INFO": path, "QUERY_STRING": "sort=price",
        "SERVER_NAME": "testserver", "SERVER_PORT": "80", "HTTP_HOST": "testserver",
        "wsgi.url_scheme": "http", "wsgi.input": io.BytesIO(b""),
    })


request = make_request("/shop/items/")

for location in [None, "/other/", "detail/", "?page=2", "../", "../cart/?x=1",
                 "/login/?next=http://testserver/shop/", "https://cdn.example/a.js",
                 "//cdn.example/a.js", "/café/", "#top"]:
    try:
        out = repr(request.build_absolute_uri(location))
    except Exception as e:
        out = "%s: %s" % (type(e).__name__, e)
    print(repr(location), "->", out)

request = make_request("/shop/item-42")
for location in ["?page=2", "#top", "related"]:
    print("from /shop/item-42:", repr(location), "->", repr(request.build_absolute_uri(location)))
