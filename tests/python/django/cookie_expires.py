# set_cookie with expires as a datetime (to max_age) or a string; both together is an error.
from django.conf import settings
settings.configure()
import datetime
from django.http import HttpResponse
r = HttpResponse()
r.set_cookie("a", "1", expires=datetime.datetime.now(tz=datetime.timezone.utc) + datetime.timedelta(hours=1))
print(r.cookies["a"]["max-age"], bool(r.cookies["a"]["expires"]))
r.set_cookie("b", "2", expires="Thu, 01 Jan 2099 00:00:00 GMT")
print(r.cookies["b"].OutputString())
try:
    r.set_cookie("c", "3", expires=datetime.datetime(2099, 1, 1), max_age=5)
except ValueError as e:
    print(e)
r.set_cookie("d", "4", expires=datetime.datetime(2000, 1, 1))
print(r.cookies["d"]["max-age"])
