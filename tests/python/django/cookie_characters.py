# Every character in a cookie's name and in its value, as Django 5.2 (http.cookies)
# takes them: a name must be legal characters only (CookieError otherwise), a value
# with other characters is quoted with escapes; str subclasses and empty strings too.
from django.conf import settings

settings.configure(DEBUG=False, SECRET_KEY="x", INSTALLED_APPS=[])
import django

django.setup()

from django.http import HttpResponse

codes = list(range(0, 0x180)) + [0x2028, 0x20AC, 0x1F600]
bad_names = []
for code in codes:
    c = chr(code)
    r = HttpResponse()
    try:
        r.set_cookie("k" + c, "v")
    except Exception as e:
        bad_names.append(code)
    r.set_cookie("val", "v" + c + "w")
    print(code, r.cookies["val"].OutputString())
print("names refused:", bad_names)


class S(str):
    pass


r = HttpResponse()
for name, value in [("a", ""), ("b", S("x y")), ("c", S("plain")), ("d", "all-legal!#$%&'*+-.^_`|~:"),
                    ("e", 'quote"back\\slash'), ("f", "x" * 64)]:
    r.set_cookie(name, value)
    print(r.cookies[name].OutputString())
for name in ["", S("sub"), S("bad name")]:
    try:
        r.set_cookie(name, "v")
        print(repr(name), r.cookies[name].OutputString())
    except Exception as e:
        print(repr(name), type(e).__name__, e)
