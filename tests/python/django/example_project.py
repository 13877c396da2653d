# The example project metal serves by default (examples/addsite), driven through its
# WSGI application: the same project on Django 5.2 gives this output.
import io
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "..", "examples", "addsite"))
os.environ["DJANGO_SETTINGS_MODULE"] = "addsite.settings"
os.environ.pop("METAL_DEBUG", None)

from addsite.wsgi import application  # noqa: E402


def call(method, body=b"", cookie=None, path="/"):
    env = {
        "REQUEST_METHOD": method,
        "PATH_INFO": path,
        "QUERY_STRING": "",
        "SERVER_NAME": "testserver",
        "SERVER_PORT": "80",
        "HTTP_HOST": "testserver",
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(body),
        "CONTENT_LENGTH": str(len(body)),
        "CONTENT_TYPE": "application/x-www-form-urlencoded",
    }
    if cookie:
        env["HTTP_COOKIE"] = cookie
    got = []
    out = b"".join(application(env, lambda status, headers: got.append((status, headers))))
    status, headers = got[0]
    return status, headers, out.decode()


def clean(text):
    text = re.sub(r'value="[A-Za-z0-9]{64}"', 'value="<TOKEN>"', text)
    text = re.sub(r"csrftoken=[A-Za-z0-9]{32}", "csrftoken=<SECRET>", text)
    return re.sub(r"expires=[^;]+;", "expires=<DATE>;", text)


status, headers, page = call("GET")
print(status)
for k, v in sorted(headers):
    print("   ", k + ":", clean(v))
print(clean(page))
token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
cookie = dict(headers)["Set-Cookie"].strip().split(";")[0]

for form in ["number1=1&number2=2", "number1=99999999999999999999&number2=1",
             "number1=+3.0+&number2=-4", "number1=1e3&number2=", "number1=abc",
             "number1=%EF%BC%93&number2=4"]:
    status, headers, page = call("POST", ("csrfmiddlewaretoken=%s&%s" % (token, form)).encode(), cookie)
    print("POST", form, "->", status)
    print(clean(page))

status, headers, page = call("POST", b"number1=1&number2=2", cookie)
print("POST without token ->", status, "CSRF verification failed" in page)
status, headers, page = call("GET", path="/missing/")
print("GET /missing/ ->", status)
print(page)
