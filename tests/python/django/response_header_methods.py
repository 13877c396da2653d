# A response's header methods (get, has_header, setdefault, `in`, and the headers'
# own get/setdefault) with plain and unusual keys and values, keyword calls, wrong
# argument counts, a subclass of the headers' class and patched methods: metal runs
# most of these natively and the rest in Python, and both must answer as Django 5.2.
from django.conf import settings

settings.configure(DEBUG=False, SECRET_KEY="x", INSTALLED_APPS=[])
import django

django.setup()

from django.http import HttpResponse
from django.http.response import ResponseHeaders


def t(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "-> %s: %s" % (type(e).__name__, e))


r = HttpResponse("x")
t("get content-type", lambda: r.get("content-type"))
t("get CONTENT-TYPE", lambda: r.get("CONTENT-TYPE"))
t("get missing", lambda: r.get("X-Missing"))
t("get missing alternate", lambda: r.get("X-Missing", "alt"))
t("get keywords", lambda: r.get(header="Content-Type", alternate=1))
t("get alternate keyword", lambda: r.get("X-Missing", alternate=2))
t("get no argument", lambda: r.get())
t("get three", lambda: r.get("a", "b", "c"))
t("get int", lambda: r.get(5))
t("get non-ascii", lambda: r.get("Ünï"))
t("has_header", lambda: r.has_header("Content-type"))
t("has_header missing", lambda: r.has_header("X-A"))
t("has_header keyword", lambda: r.has_header(header="content-type"))
t("has_header none", lambda: r.has_header())
t("in", lambda: ("CONTENT-TYPE" in r, "X-A" in r))
t("setdefault new", lambda: r.setdefault("X-A", "1"))
t("setdefault again", lambda: r.setdefault("x-a", "2"))
t("setdefault keyword", lambda: r.setdefault("X-K", value="k"))
t("setdefault int value", lambda: r.setdefault("X-Int", 42))
t("setdefault latin-1 value", lambda: r.setdefault("X-L", "é"))
t("setdefault euro value", lambda: r.setdefault("X-E", "€"))
t("setdefault bytes name", lambda: r.setdefault(b"X-Bytes", "b"))
t("setdefault newline", lambda: r.setdefault("X-N", "a\nb"))
t("setdefault one argument", lambda: r.setdefault("X-O"))
t("headers.get", lambda: r.headers.get("x-a"))
t("headers.get default", lambda: r.headers.get("nope", "d"))
t("headers.get keyword", lambda: r.headers.get("nope", default="kw"))
t("headers.setdefault", lambda: r.headers.setdefault("X-H", "h"))
t("headers.setdefault existing", lambda: r.headers.setdefault("X-H", "other"))
t("headers.setdefault none", lambda: r.headers.setdefault())
t("items", lambda: list(r.items()))


class LoudHeaders(ResponseHeaders):
    def __contains__(self, key):
        print("  contains", key)
        return super().__contains__(key)

    def __setitem__(self, key, value):
        print("  setitem", key, value)
        super().__setitem__(key, value)


r2 = HttpResponse()
r2.headers = LoudHeaders({"X-First": "1"})
t("subclass setdefault", lambda: r2.setdefault("X-B", "2"))
t("subclass setdefault again", lambda: r2.setdefault("x-b", "3"))
t("subclass has_header", lambda: r2.has_header("X-FIRST"))
t("subclass get", lambda: r2.get("x-first"))
t("subclass items", lambda: list(r2.items()))

# The headers' own methods patched on the class, then restored.
original_contains = ResponseHeaders.__contains__
ResponseHeaders.__contains__ = lambda self, key: print("  patched contains", key) or False
r3 = HttpResponse()
t("patched setdefault", lambda: r3.setdefault("Content-Type", "text/plain"))
t("patched has_header", lambda: r3.has_header("Content-Type"))
t("patched in", lambda: "Content-Type" in r3)
ResponseHeaders.__contains__ = original_contains
t("restored setdefault", lambda: r3.setdefault("Content-Type", "text/csv"))
t("restored has_header", lambda: r3.has_header("content-type"))


class PlainHeaders:
    """Not a ResponseHeaders at all: the response's methods use its protocol."""

    def __init__(self):
        self.d = {}

    def get(self, key, default=None):
        print("  plain get", key, default)
        return self.d.get(key, default)

    def setdefault(self, key, value):
        print("  plain setdefault", key, value)
        return self.d.setdefault(key, value)

    def __contains__(self, key):
        print("  plain contains", key)
        return key in self.d


r4 = HttpResponse()
r4.headers = PlainHeaders()
t("other setdefault", lambda: r4.setdefault("A", "1"))
t("other get", lambda: r4.get("A", "z"))
t("other has_header", lambda: r4.has_header("A"))

# Subscripts and `in` on the response and on its headers.
r5 = HttpResponse()
t("setitem", lambda: r5.__setitem__("X-Q", "q"))
r5["X-R"] = "r"
t("getitem", lambda: (r5["x-q"], r5["X-R"], r5.headers["x-r"]))
t("getitem missing", lambda: r5["X-None"])
t("headers getitem missing", lambda: r5.headers["X-None"])
t("headers getitem int", lambda: r5.headers[5])
t("headers setitem int", lambda: r5.headers.__setitem__(5, "v"))
t("headers setitem int value", lambda: (r5.headers.__setitem__("X-Five", 5), r5["X-Five"]))
del r5["X-Q"]
t("after del", lambda: ("X-Q" in r5, "x-r" in r5, "X-R" in r5.headers, 5 in r5.headers))
t("contains is has_header", lambda: HttpResponse.__contains__ is HttpResponse.has_header)
t("setitem keyword", lambda: r5.__setitem__("X-K", value="k"))
t("getitem none", lambda: r5.__getitem__())
t("items", lambda: list(r5.items()))
