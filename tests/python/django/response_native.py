# HttpResponse(content) as Django 5.2 makes it, for str and SafeString content (what
# render() gives), other charsets, text the charset cannot encode, and the calls with
# more arguments; and the same responses made through a subclass of HttpResponse (which
# metal builds with the Python code, not natively) have the same attributes in the same
# order (expected output from Django 5.2).
from django.conf import settings

settings.configure(DEBUG=False, SECRET_KEY="x", INSTALLED_APPS=[])
import django

django.setup()

from django.http import HttpResponse
from django.utils.safestring import mark_safe


class Sub(HttpResponse):
    pass


def show(label, *args, **kwargs):
    try:
        r = HttpResponse(*args, **kwargs)
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        try:
            s = Sub(*args, **kwargs)
        except Exception as e2:
            print("   subclass:", type(e2).__name__, e2)
        return
    print(label, "->", r.status_code, r.reason_phrase, r.charset, list(r.items()),
          r.content, type(r.cookies).__name__, len(r.cookies), r.closed)
    s = Sub(*args, **kwargs)
    print("   subclass same:", list(vars(s)) == list(vars(r)), s.content == r.content,
          list(s.items()) == list(r.items()), s.charset == r.charset)
    r["X-A"] = "1"
    r.set_cookie("c", "v")
    print("   after:", list(r.items()), r.cookies["c"].OutputString(), r.has_header("x-a"))


show("str", "hello <b>")
show("safe", mark_safe("<p>safe</p>"))
show("empty")
show("unicode", "caf\u00e9 \u20ac")
show("nones", "x", None, None)
show("content type", "x", "text/plain")
show("status", "x", status=404)
show("bytes", b"raw")
show("int", 5)
show("list", ["a", b"b"])
settings.DEFAULT_CHARSET = "latin-1"
show("latin-1", "caf\u00e9")
show("latin-1 euro", "\u20ac")
settings.DEFAULT_CHARSET = "utf-8"
show("back", "caf\u00e9")
