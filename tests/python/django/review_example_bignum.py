# Review: examples/addsite (the project metal serves by default) posted a number with
# more than 4300 digits. On CPython int() refuses such strings (the integer string
# conversion limit, a guard against quadratic-time parsing), so Django's IntegerField
# says "Enter a whole number." metal's int() parses them, the form is valid, and
# rendering the sum then fails (str() of the result hits the limit): a 500 instead
# of the form error, for any client.
import io
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "..", "examples", "addsite"))
os.environ["DJANGO_SETTINGS_MODULE"] = "addsite.settings"
os.environ.pop("METAL_DEBUG", None)

from addsite.wsgi import application  # noqa: E402

from django import forms  # noqa: E402


def call(method, body=b"", cookie=None):
    env = {
        "REQUEST_METHOD": method, "PATH_INFO": "/", "QUERY_STRING": "",
        "SERVER_NAME": "testserver", "SERVER_PORT": "80", "HTTP_HOST": "testserver",
        "wsgi.url_scheme": "http", "wsgi.input": io.BytesIO(body),
        "CONTENT_LENGTH": str(len(body)),
        "CONTENT_TYPE": "application/x-www-form-urlencoded",
    }
    if cookie:
        env["HTTP_COOKIE"] = cookie
    got = []
    out = b"".join(application(env, lambda status, headers: got.append((status, headers))))
    return got[0][0], dict(got[0][1]), out.decode()


status, headers, page = call("GET")
token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
cookie = headers["Set-Cookie"].strip().split(";")[0]

big = "9" * 5000
sys.stderr = io.StringIO()  # a 500 logs its traceback
status, headers, page = call(
    "POST", ("csrfmiddlewaretoken=%s&number1=%s&number2=1" % (token, big)).encode(), cookie
)
sys.stderr = sys.__stderr__
print("POST 5000-digit number1 ->", status)
print("   shows 'Enter a whole number.':", "Enter a whole number." in page)


class F(forms.Form):
    n = forms.IntegerField()


f = F({"n": big})
print("IntegerField valid for 5000 digits:", f.is_valid(), dict(f.errors))
