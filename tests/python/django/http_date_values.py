# django.utils.http.http_date (the cookie's expires, Last-Modified...) for ints and
# floats across the whole range datetime accepts and just past it: rounding of
# fractions (to microseconds, half to even, then the second), negative times, the
# years 1 and 9999, and the errors past them (expected output from Django 5.2).
from django.conf import settings

settings.configure(DEBUG=False, SECRET_KEY="x", INSTALLED_APPS=[])
import django

django.setup()

from django.utils.http import http_date


def t(v):
    try:
        print(repr(v), "->", http_date(v))
    except Exception as e:
        print(repr(v), "-> %s: %s" % (type(e).__name__, e))


for v in [0, 1, -1, -1.5, -0.5, -0.4999996, 0.9999994, 0.9999995, 1.9999996, 1.9999994,
          1e9 + 0.5, 1.5e9, 951782400, 951868800, 4107542400, 253402300799, 253402300800,
          -62135596800, -62135596801, 1e12, 67767976233316800, 67768036191676799,
          -67768040609740800, 1e20, 1e300, float("inf"), float("-inf"), float("nan"), True,
          False, 10 ** 30, -10 ** 30, 2 ** 63 - 1, 2 ** 63, 67768036191676800, 2 ** 62, 1e17]:
    t(v)

# A spread of times (a linear congruential sequence: the same on both sides).
x = 12345
for i in range(400):
    x = (x * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    secs = x % (253402300800 + 62135596800) - 62135596800
    t(secs)
    t(secs + (x >> 40) / 2 ** 24)
