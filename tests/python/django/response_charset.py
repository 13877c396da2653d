# HttpResponse's charset: from the charset argument, the Content-Type's charset=
# parameter (read again when the header changes), else DEFAULT_CHARSET (also when it
# changes); content encoded with it; a subclass overriding the property (expected
# output from real Django 5.2).
from django.conf import settings

settings.configure(DEBUG=False, SECRET_KEY="x", DEFAULT_CHARSET="utf-8")

import django

django.setup()

from django.http import HttpResponse, JsonResponse

r = HttpResponse("é")
print(r["Content-Type"], r.charset, r.content)
r = HttpResponse("é", charset="latin-1")
print(r["Content-Type"], r.charset, r.content)
r = HttpResponse("é", content_type="text/plain; charset=ISO-8859-1")
print(r["Content-Type"], r.charset, r.content)
r = HttpResponse("é", content_type='text/plain; charset="latin-1"; x=1')
print(r["Content-Type"], r.charset, len(r.content))
r = HttpResponse("é", content_type="text/plain")
print(r["Content-Type"], r.charset, r.content)
r = HttpResponse("é", headers={"Content-Type": "text/csv; charset=latin-1"})
print(r["Content-Type"], r.charset, r.content)
r = HttpResponse("é", headers={"X-A": "1"})
print(r["Content-Type"], r.charset, sorted(r.headers))
r["Content-Type"] = "text/plain; charset=latin-1"
print(r.charset)
r["Content-Type"] = "text/plain; CHARSET=ascii"
print(r.charset)
del r["Content-Type"]
print(r.charset)
r.charset = "utf-16"
print(r.charset, r["X-A"])
try:
    HttpResponse("x", content_type="text/plain", headers={"Content-Type": "a/b"})
except ValueError as e:
    print("ValueError:", e)
settings.DEFAULT_CHARSET = "latin-1"
r = HttpResponse("é")
print(r["Content-Type"], r.charset, r.content)
settings.DEFAULT_CHARSET = "utf-8"


class Fixed(HttpResponse):
    @property
    def charset(self):
        return "ascii"

    @charset.setter
    def charset(self, value):
        pass


r = Fixed("abc")
print(r["Content-Type"], r.charset, r.content)
print(JsonResponse({"a": "é"})["Content-Type"], JsonResponse({"a": "é"}).content)
