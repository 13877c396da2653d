# Set-Cookie text and response header names for every kind of value a morsel or a
# header can hold: str, int, bool, None, float, big int, str subclasses, a Morsel
# subclass (expected output from Django 5.2, whose cookies are http.cookies').
from django.conf import settings

settings.configure(DEBUG=False, SECRET_KEY="x", INSTALLED_APPS=[])
import django

django.setup()

from django.http import HttpResponse


import re


def t(label, f):
    try:
        # An int expires is a date that many seconds from now.
        print(label, "->", re.sub(r"\w{3}, \d\d \w{3} \d{4} \d\d:\d\d:\d\d GMT", "<date>",
                                  repr(f())))
    except Exception as e:
        print(label, "-> %s: %s" % (type(e).__name__, e))


class S(str):
    pass


values = ["", "v", "two words", 0, 1, 7, -3, True, False, None, 2.5, 10 ** 30, S("sub"), S("")]
for name in ["expires", "path", "comment", "domain", "max-age", "secure", "httponly",
             "version", "samesite"]:
    for value in values:
        r = HttpResponse()
        r.set_cookie("k", "v")
        m = r.cookies["k"]
        dict.__setitem__(m, name, value)
        t("%s=%r" % (name, value), m.OutputString)

r = HttpResponse()
r.set_cookie("full", "a b", max_age=60, path="/p", domain="d.example", secure=True,
             httponly=True, samesite="Strict")
m = r.cookies["full"]
t("full", m.OutputString)
t("full with attrs", lambda: m.OutputString(["path", "secure"]))
m.set("full", "a b", S("coded"))
t("coded str subclass", m.OutputString)
m.set("full", 5, "c")
t("int value", m.OutputString)



class Loud(type(m)):
    def items(self):
        return [(k, v.upper() if isinstance(v, str) else v) for k, v in super().items()]


loud = Loud()
loud.set("k", "v", "v")
loud["path"] = "/low"
t("subclass items", loud.OutputString)

r = HttpResponse()
for name in ["X-Mixed-Case", "x-lower", "X-UPPER", "X-Digits-123", "Content-type"]:
    r[name] = "v"
t("header items", lambda: r.items() if isinstance(r.items(), list) else list(r.items()))
t("get lower", lambda: (r.get("x-mixed-case"), r.get("X-LOWER"), "x-upper" in r))
r["X-Mixed-Case"] = "again"
t("set again", lambda: [kv for kv in r.items() if kv[0].lower() == "x-mixed-case"])
r[S("X-Sub")] = S("val")
t("str subclass name", lambda: [(type(k).__name__, type(v).__name__) for k, v in r.items()
                                 if k == "X-Sub"])

for value in ["\u00e9", "\u20ac", "a,b", "a;b", "tab\there", "\x7f", "\u00ff\u0100", "q\"b\\s",
              "", "plain"]:
    r = HttpResponse()
    r.set_cookie("k", value)
    t("value %r" % value, r.cookies["k"].OutputString)

r = HttpResponse()
r.set_cookie("b", "2", path="/p")
r.set_cookie("a", "x y")
print("str(morsel) ->", str(r.cookies["a"]))
print("repr(cookies) ->", repr(r.cookies))
print("str(cookies) ->", repr(str(r.cookies)))
print("output(header) ->", repr(r.cookies.output(header="X:", sep="|")))
print("output(attrs) ->", repr(r.cookies.output(attrs=["path"])))
