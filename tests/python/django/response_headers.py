# HttpResponse headers and content of every type: str, bytes, ints and str subclasses,
# line breaks refused in names and values, content from str/bytes/iterables/ints in
# the response's charset (expected output from Django 5.2).
from django.conf import settings

settings.configure(DEBUG=False, SECRET_KEY="x", INSTALLED_APPS=[])
import django

django.setup()

from django.http import HttpResponse
from django.utils.safestring import mark_safe


def t(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "-> %s: %s" % (type(e).__name__, e))


r = HttpResponse()
for name, value in [("X-A", "v"), ("X-B", b"bytes\xe9"), ("X-C", 12), ("X-D", mark_safe("s")),
                    (b"X-E", "from bytes name"), ("X-F", "bad\nvalue"), ("X-G", "bad\rvalue"),
                    ("X\nH", "v"), ("X-I", b"bad\nbytes"), ("X-J", "")]:
    t("set %r" % (name,), lambda: r.__setitem__(name, value))
t("items", lambda: sorted(r.items()))
t("type of X-D", lambda: type(r["X-D"]).__name__)
for content in ["héllo", b"bytes", ["a", b"b", 3], 42, mark_safe("<b>")]:
    t("content %r" % (content,), lambda: HttpResponse(content).content)
t("latin-1", lambda: HttpResponse("é", content_type="text/plain; charset=latin-1").content)
t("charset arg", lambda: HttpResponse("é", charset="latin-1").content)
t("bad charset", lambda: HttpResponse("é", content_type="text/plain; charset=nope").content)
for name, value in [("X-Euro", "€"), ("X-Latin", "é"), ("X-Long", "ü€" * 40), ("X-É", "v"),
                    ("X-Bytes", "é".encode("utf-8")), ("X-NL", "€\n")]:
    t("set %r" % (name,), lambda: (r.__setitem__(name, value), r.get(name))[1])
