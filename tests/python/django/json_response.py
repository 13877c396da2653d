# JsonResponse: content, content type, safe=False, json_dumps_params, errors.
from django.conf import settings

settings.configure(DEBUG=False, SECRET_KEY="x", INSTALLED_APPS=[])
import django

django.setup()

from django.http import JsonResponse

for data, kw in [
    ({"a": 1, "b": [1, 2.5, None, True], "c": "é<>&'"}, {}),
    ([1, 2, 3], {"safe": False}),
    ({"z": 1, "a": {"y": 2}}, {"json_dumps_params": {"sort_keys": True, "indent": 2}}),
    ({"big": 10**30}, {"status": 201}),
    ("text", {"safe": False}),
]:
    r = JsonResponse(data, **kw)
    print(r.status_code, r["Content-Type"], r.content)

for data, kw in [([1], {}), ({"s": {1, 2}}, {}), ({"o": object()}, {})]:
    try:
        JsonResponse(data, **kw)
    except TypeError as e:
        print("TypeError:", str(e).split(" at 0x")[0])

import datetime

tz = datetime.timezone(datetime.timedelta(hours=2))
r = JsonResponse({
    "dt": datetime.datetime(2024, 5, 6, 7, 8, 9, 123456),
    "dtz": datetime.datetime(2024, 5, 6, 7, 8, 9, tzinfo=datetime.timezone.utc),
    "dt2": datetime.datetime(2024, 5, 6, 7, 8, 9, 500000, tzinfo=tz),
    "d": datetime.date(2024, 2, 29),
    "t": datetime.time(23, 59, 1, 999999),
    "td": datetime.timedelta(days=1, hours=2, minutes=3, seconds=4, microseconds=5),
    "neg": -datetime.timedelta(minutes=90),
})
print(r.content)
try:
    JsonResponse({"t": datetime.time(1, 2, tzinfo=tz)})
except ValueError as e:
    print("ValueError:", e)
