# Review: HttpResponse.cookies and set_cookie(). In Django response.cookies is a
# http.cookies.SimpleCookie: tests and middleware read response.cookies["name"].value
# and ["max-age"], and an illegal cookie name (space, ";", "=", ...) raises
# CookieError instead of being written into the Set-Cookie header. Ours stores the
# finished header text, so .value fails and any name is accepted. Also: reason phrases
# Django knows (from http.HTTPStatus) that ours reports as "Unknown Status Code".
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


response = HttpResponse()
response.set_cookie("theme", "dark", max_age=3600, httponly=True, samesite="Strict")
t("cookies['theme'].value", lambda: response.cookies["theme"].value)
t("cookies['theme']['max-age']", lambda: response.cookies["theme"]["max-age"])
t("cookies['theme']['httponly']", lambda: response.cookies["theme"]["httponly"])
t("cookies['theme']['samesite']", lambda: response.cookies["theme"]["samesite"])
t("'theme' in cookies", lambda: "theme" in response.cookies)
t("set_cookie('a b', 'v')", lambda: HttpResponse().set_cookie("a b", "v"))
t("set_cookie('id; Domain=evil.example', 'v')",
  lambda: HttpResponse().set_cookie("id; Domain=evil.example", "v"))
for status in (103, 207, 226, 421, 423, 424, 425, 426, 428, 451, 507, 511):
    t("reason_phrase %d" % status, lambda: HttpResponse(status=status).reason_phrase)

# A morsel's attributes changed after set_cookie, through each way of writing them.
morsel = response.cookies["theme"]
t("morsel.update", lambda: morsel.update({"Path": "/x", "DOMAIN": "example.com"}))
t("morsel.update bad", lambda: morsel.update({"colour": "red"}))
t("morsel.setdefault", lambda: morsel.setdefault("Comment", "c"))
t("morsel.setdefault bad", lambda: morsel.setdefault("colour", "red"))
t("morsel['Secure'] = 1", lambda: morsel.__setitem__("Secure", 1))
del morsel["expires"]
t("morsel.OutputString()", lambda: morsel.OutputString())
t("morsel.OutputString(['path'])", lambda: morsel.OutputString(["path"]))
t("sorted(morsel)", lambda: sorted(morsel))

# set_cookie again: attributes not given keep their values, expires is cleared; a bad
# samesite leaves the cookie set with what came before it.
again = HttpResponse()
again.set_cookie("a", "1", expires="Thu, 01 Jan 2037 00:00:00 GMT", path="/p", domain="d.example",
                 secure=True, httponly=True, samesite="Lax")
again.set_cookie("a", 2)
t("set again", lambda: again.cookies["a"].OutputString())
t("bad samesite", lambda: again.set_cookie("b", "v", path="/q", samesite="weird"))
t("after bad samesite", lambda: again.cookies["b"].OutputString())
t("max_age float", lambda: (again.set_cookie("c", "v", max_age=2.7), again.cookies["c"]["max-age"])[1])
import datetime
t("max_age timedelta", lambda: (again.set_cookie("d", "v", max_age=datetime.timedelta(hours=1)),
                                again.cookies["d"]["max-age"])[1])
t("value types", lambda: [(again.set_cookie("e", v), again.cookies["e"].value)[1]
                          for v in (3, None, b"x", "a b", 'q"')])
t("coded", lambda: again.cookies["e"].coded_value)
