# The CSRF token format check and constant_time_compare with well-formed and malformed
# tokens (lengths, characters, non-ASCII, non-str values, a str subclass, patched
# lengths): metal checks a well-formed str token natively, the rest in Python; both as
# Django 5.2.
from django.conf import settings

settings.configure(DEBUG=False, SECRET_KEY="x", INSTALLED_APPS=[])
import django

django.setup()

from django.middleware import csrf
from django.utils.crypto import constant_time_compare


class S(str):
    pass


def check(label, token):
    try:
        print(label, "->", csrf._check_token_format(token))
    except csrf.InvalidTokenFormat as e:
        print(label, "-> InvalidTokenFormat:", e.reason)
    except Exception as e:
        print(label, "-> %s: %s" % (type(e).__name__, e))


check("secret", "a" * 32)
check("token", "Ab9" * 21 + "z")
check("empty", "")
check("short", "a" * 31)
check("long", "a" * 65)
check("dash", "a" * 31 + "-")
check("space", " " * 32)
check("non-ascii", "é" * 32)
check("digits superscript", "\u00b2" * 32)
check("str subclass", S("b" * 32))
check("bytes", b"c" * 32)
check("list", ["a"] * 32)
check("int", 5)
check("none", None)
check("no argument", csrf.InvalidTokenFormat)
try:
    csrf._check_token_format()
except TypeError as e:
    print("no argument -> TypeError")
csrf.CSRF_SECRET_LENGTH = 16
check("patched length 16", "a" * 16)
check("patched length 32", "a" * 32)
csrf.CSRF_SECRET_LENGTH = 32

for a, b in [("abc", "abc"), ("abc", "abd"), ("abc", "ab"), ("é", "é"), ("é", "e"),
             (b"abc", b"abc"), (b"abc", "abc"), ("abc", b"abc"), (1, 1), (1, "1"),
             (S("x"), "x"), ("", ""), (bytearray(b"a"), b"a")]:
    try:
        print("compare", repr(a), repr(b), "->", constant_time_compare(a, b))
    except Exception as e:
        print("compare", repr(a), repr(b), "-> %s: %s" % (type(e).__name__, e))
