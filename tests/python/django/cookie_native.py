# set_cookie and a cookie's OutputString with every kind of argument: positional and
# keyword calls, values that need quoting, illegal and reserved names, max_age with and
# without expires (the date computed from a patched time.time), flags given as other
# truthy values, samesite spellings, a cookie set twice, delete_cookie, wrong calls, a
# Morsel subclass and patched classes. metal sets most of these natively and the rest
# in Python; both must give what Django 5.2 gives.
import time

from django.conf import settings

settings.configure(DEBUG=False, SECRET_KEY="x", INSTALLED_APPS=[])
import django

django.setup()

from django.http import HttpResponse


def t(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "-> %s: %s" % (type(e).__name__, e))


real_time = time.time
time.time = lambda: 1_000_000_000.25


def cookie(label, *args, **kwargs):
    r = HttpResponse()
    try:
        result = r.set_cookie(*args, **kwargs)
    except Exception as e:
        print(label, "-> %s: %s" % (type(e).__name__, e))
        for key, morsel in r.cookies.items():
            print("   left:", key, dict(morsel))
        return
    for key, morsel in r.cookies.items():
        print(label, "->", result, key, repr(morsel.value), repr(morsel.coded_value),
              dict(morsel), morsel.OutputString())
        print("   ", list(vars(morsel)), morsel.output(), morsel.OutputString(["path"]))


cookie("plain", "a", "1")
cookie("positional", "a", "1", 10, None, "/p", "example.com", True, True, "Lax")
cookie("keywords", key="k", value="v", max_age=60, path="/", samesite="Strict")
cookie("csrf", "csrftoken", "x" * 32, max_age=31449600, domain=None, path="/",
       secure=False, httponly=False, samesite="Lax")
cookie("empty value", "e")
cookie("space value", "s", "a b")
cookie("quote value", "q", 'say "hi"; ok')
cookie("non-ascii value", "n", "héllo")
cookie("int value", "i", 5)
cookie("max_age with expires", "m", "1", max_age=5, expires="Wed, 01 Jan 2031 00:00:00 GMT")
cookie("max_age with empty expires", "m", "1", max_age=5, expires="")
cookie("max_age 0", "z", "", max_age=0)
cookie("max_age negative", "z", "", max_age=-20)
cookie("max_age float", "f", "1", max_age=2.5)
cookie("max_age bool", "b", "1", max_age=True)
cookie("max_age str", "b", "1", max_age="7")
cookie("huge max_age", "h", "1", max_age=10**12)
cookie("secure 1", "s", "1", secure=1, httponly="yes")
cookie("secure 0", "s", "1", secure=0, httponly="")
cookie("samesite lax", "s", "1", samesite="lax")
cookie("samesite None", "s", "1", samesite="None")
cookie("samesite empty", "s", "1", samesite="")
cookie("samesite bad", "s", "1", samesite="sometimes")
cookie("path None", "p", "1", path=None)
cookie("path int", "p", "1", path=3)
cookie("domain", "d", "1", domain=".example.com")
cookie("illegal key", "a b", "1")
cookie("reserved key", "Path", "1")
cookie("empty key", "", "1")
cookie("unknown keyword", "a", "1", colour="red")
cookie("no key", value="1")
cookie("key twice", "a", key="b")
cookie("too many", "a", "1", None, None, "/", None, False, False, None, "extra")

r = HttpResponse()
r.set_cookie("a", "1", max_age=10, path="/x", httponly=True)
first = r.cookies["a"]
r.set_cookie("a", "2", domain="d.example")
t("set twice: same morsel", lambda: r.cookies["a"] is first)
t("set twice", lambda: (dict(r.cookies["a"]), r.cookies["a"].OutputString()))
r.set_cookie("b", "3")
t("jar order", lambda: list(r.cookies))
r.delete_cookie("a")
t("deleted", lambda: r.cookies["a"].OutputString())
r.delete_cookie("__Host-x", samesite="None")
t("deleted secure", lambda: r.cookies["__Host-x"].OutputString())
t("OutputString keyword", lambda: r.cookies["b"].OutputString(attrs=["path"]))
t("OutputString two", lambda: r.cookies["b"].OutputString(None, 1))
t("repr", lambda: repr(r.cookies["b"]))
t("key is read-only", lambda: setattr(r.cookies["b"], "key", "z"))
t("value is read-only", lambda: setattr(r.cookies["b"], "value", "z"))
t("jar output", lambda: r.cookies.output())

# A Morsel whose expires is an int (http.cookies writes a date from now).
r.cookies["b"]["expires"] = 0
t("int expires", lambda: r.cookies["b"].OutputString())
r.cookies["b"]["comment"] = "a comment"
t("comment", lambda: r.cookies["b"].OutputString())

# The time patched again: the date follows it.
time.time = lambda: 0.0
r2 = HttpResponse()
r2.set_cookie("t", "1", max_age=86400)
t("patched time", lambda: r2.cookies["t"]["expires"])
time.time = real_time

# A Morsel already in the jar that is not one (the jar is a dict).
r3 = HttpResponse()
dict.__setitem__(r3.cookies, "odd", "not a morsel")
t("odd jar entry", lambda: r3.set_cookie("odd", "1"))
