# patch_vary_headers with and without an existing Vary header (case-insensitive
# merging, '*', generators of names) and SecurityMiddleware's Referrer-Policy from a
# str, a list/tuple, a changed setting and an existing header (expected output from
# real Django 5.2).
from django.conf import settings

settings.configure(DEBUG=False, SECRET_KEY="x", INSTALLED_APPS=[], ALLOWED_HOSTS=["*"])

import django

django.setup()

from django.http import HttpRequest, HttpResponse
from django.middleware.security import SecurityMiddleware
from django.utils.cache import patch_vary_headers

r = HttpResponse()
patch_vary_headers(r, ("Cookie",))
print(r["Vary"])
patch_vary_headers(r, ("cookie", "Accept-Language"))
print(r["Vary"])
r = HttpResponse()
patch_vary_headers(r, (h for h in ["Accept", "accept", "Cookie"]))
print(r["Vary"])
r = HttpResponse()
patch_vary_headers(r, ["Cookie", "*"])
print(r["Vary"])
patch_vary_headers(r, ["Accept"])
print(r["Vary"])
r = HttpResponse()
patch_vary_headers(r, [])
print(repr(r["Vary"]))
r = HttpResponse(headers={"Vary": "Accept ,  Cookie"})
patch_vary_headers(r, ["COOKIE", "Origin"])
print(r["Vary"])

request = HttpRequest()
request.META["SERVER_NAME"] = "testserver"
request.META["SERVER_PORT"] = "80"
for policy in ["same-origin", " no-referrer , origin ", ["a ", " b"], ("x",), "", None]:
    settings.SECURE_REFERRER_POLICY = policy
    mw = SecurityMiddleware(lambda req: HttpResponse())
    resp = mw(request)
    print(repr(policy), repr(resp.get("Referrer-Policy")))
settings.SECURE_REFERRER_POLICY = "origin"
mw = SecurityMiddleware(lambda req: HttpResponse(headers={"Referrer-Policy": "keep"}))
print(mw(request)["Referrer-Policy"])
mw = SecurityMiddleware(lambda req: HttpResponse())
mw.referrer_policy = "strict-origin,  unsafe-url"
print(mw(request)["Referrer-Policy"])
r = HttpResponse()
try:
    patch_vary_headers(r, [1])
except Exception as e:
    print(type(e).__name__, e)
