# django.http.parse_cookie (request.COOKIES) for the headers browsers and others send:
# quoted values with \ooo and \c escapes (http.cookies' _unquote), empty names and
# values, repeated names, '=' in values, whitespace, non-ASCII (expected output from
# Django 5.2).
from django.conf import settings

settings.configure(DEBUG=False, SECRET_KEY="x", INSTALLED_APPS=[])
import django

django.setup()

from django.http import parse_cookie
import io

from django.core.handlers.wsgi import WSGIRequest

headers = [
    "", ";", " ; ; ", "a=1; b=2", 'a="x\\"y"; b="\\101\\012z"', 'c=""; d=" q "',
    "=v; k=; ; x", "a=1=2", "dup=1; dup=2", '"quoted"', "sp ace = v a l ",
    'a="\\400"', 'a="\\"', 'a="\\x"', 'a="\\\n"', 'a="\\777\\377\\0001"', 'a="""', 'a="',
    'a=x"', "\u00e9=\u00e8; \u2003k\u2003=\u2003v\u2003", "a=\t1\t", "csrftoken=" + "A" * 32,
    'a="b;c"', "a=1;b=2;c", "==", "a==", 'a="\\\\"', 'a="\\"\\""',
]
for h in headers:
    print(repr(h), "->", parse_cookie(h))


class S(str):
    pass


print("str subclass ->", parse_cookie(S('k="\\101"')))
try:
    parse_cookie(None)
except Exception as e:
    print("None ->", type(e).__name__)
request = WSGIRequest({"REQUEST_METHOD": "GET", "PATH_INFO": "/", "wsgi.input": io.BytesIO(),
                       "HTTP_COOKIE": 'theme="d\\141rk"; n=1'})
print("request.COOKIES ->", request.COOKIES)
