# WSGIRequest's attributes for common and uncommon environs, as Django 5.2 makes
# them: paths (empty, with a script name, non-ASCII as PEP 3333's latin-1), the method,
# content type and parameters, every kind of CONTENT_LENGTH, cookies; and the same
# request made through a subclass of WSGIRequest (which metal builds with the Python
# code, not natively) gives the same attributes in the same order.
import io

from django.conf import settings

settings.configure(DEBUG=False, SECRET_KEY="x", INSTALLED_APPS=[], ALLOWED_HOSTS=["*"])
import django

django.setup()

from django.core.handlers.wsgi import WSGIRequest


class Sub(WSGIRequest):
    pass


def environ(**extra):
    e = {"REQUEST_METHOD": "GET", "PATH_INFO": "/", "SERVER_NAME": "testserver",
         "SERVER_PORT": "80", "wsgi.input": io.BytesIO(b"abcdefghij"),
         "wsgi.url_scheme": "http"}
    for k, v in extra.items():
        if v is None:
            e.pop(k, None)
        else:
            e[k] = v
    return e


cases = [
    ("plain", {}),
    ("post", {"REQUEST_METHOD": "post", "CONTENT_TYPE": "application/x-www-form-urlencoded",
              "CONTENT_LENGTH": "7"}),
    ("empty path", {"PATH_INFO": ""}),
    ("no path", {"PATH_INFO": None}),
    ("script", {"SCRIPT_NAME": "/app/", "PATH_INFO": "/x//y/"}),
    ("latin-1 path", {"PATH_INFO": "/caf\xc3\xa9/"}),
    ("params", {"CONTENT_TYPE": " text/plain ; charset=latin-1 ; x=\"q\""}),
    ("bad charset", {"CONTENT_TYPE": "text/plain; charset=nope"}),
    ("spaces", {"CONTENT_TYPE": "  text/html\t"}),
    ("length empty", {"CONTENT_LENGTH": ""}),
    ("length text", {"CONTENT_LENGTH": "abc"}),
    ("length spaced", {"CONTENT_LENGTH": " 12 "}),
    ("length zeros", {"CONTENT_LENGTH": "007"}),
    ("length int", {"CONTENT_LENGTH": 5}),
    ("length huge", {"CONTENT_LENGTH": "99999999999999999999999"}),
    ("cookie", {"HTTP_COOKIE": "a=1; csrftoken=abc; b=\"x y\""}),
    ("latin-1 cookie", {"HTTP_COOKIE": "n=caf\xc3\xa9"}),
    ("no method", {"REQUEST_METHOD": None}),
    ("no input", {"wsgi.input": None}),
]
for label, extra in cases:
    try:
        r = WSGIRequest(environ(**extra))
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        continue
    print(label, "->", repr(r.path), repr(r.path_info), r.method, repr(r.content_type),
          r.content_params, r.encoding, repr(r.META["PATH_INFO"]),
          repr(r.META["SCRIPT_NAME"]), r.COOKIES, r.resolver_match, r._read_started)
    try:
        print("   body", r.body[:20], r.GET)
    except Exception as e:
        print("   body", type(e).__name__, e)
    s = Sub(environ(**extra))
    same = list(vars(s)) == list(vars(WSGIRequest(environ(**extra))))
    print("   subclass same order:", same, s.path == r.path, s.COOKIES == r.COOKIES,
          s.content_type == r.content_type, s.encoding == r.encoding,
          s.content_params == r.content_params, s.method == r.method)
