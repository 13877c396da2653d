# The "add two numbers" app as a Django developer writes it: a Form, a view that
# re-renders the form with errors or renders the answer, {% csrf_token %}, and the
# CSRF/security/clickjacking middleware (expected output from real Django 5.2).
import io
import re
from urllib.parse import urlencode

from django.conf import settings

PAGE = """<!doctype html>
<html>
<head><title>Add 2 numbers!</title></head>
<body>
<h1>Add 2 numbers!</h1>
<form method="post">{% csrf_token %}{{ form }}<button type="submit">Add</button></form>
</body>
</html>"""

settings.configure(
    DEBUG=False,
    ROOT_URLCONF=__name__,
    ALLOWED_HOSTS=["testserver"],
    SECRET_KEY="not-secret",
    INSTALLED_APPS=[],
    MIDDLEWARE=[
        "django.middleware.security.SecurityMiddleware",
        "django.middleware.csrf.CsrfViewMiddleware",
        "django.middleware.clickjacking.XFrameOptionsMiddleware",
    ],
    TEMPLATES=[{
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": False,
        "OPTIONS": {"loaders": [("django.template.loaders.locmem.Loader", {
            "add.html": PAGE,
            "answer.html": "Answer is {{ answer }}",
        })]},
    }],
)
import django

django.setup()

from django import forms
from django.core.handlers.wsgi import WSGIHandler
from django.shortcuts import render
from django.urls import path


class AddForm(forms.Form):
    number1 = forms.IntegerField()
    number2 = forms.IntegerField()


def add(request):
    if request.method == "POST":
        form = AddForm(request.POST)
        if form.is_valid():
            answer = form.cleaned_data["number1"] + form.cleaned_data["number2"]
            return render(request, "answer.html", {"answer": answer})
    else:
        form = AddForm()
    return render(request, "add.html", {"form": form})


urlpatterns = [path("", add, name="add")]
handler = WSGIHandler()


def clean(s):
    s = re.sub(r'value="[A-Za-z0-9]{64}"', 'value="<TOKEN>"', s)
    s = re.sub(r"csrftoken=[A-Za-z0-9]{32}", "csrftoken=<SECRET>", s)
    return re.sub(r"expires=[^;]*", "expires=<DATE>", s)


def req(method, fields=None, cookie=None, show_headers=False):
    data = urlencode(fields or {}).encode()
    environ = {
        "REQUEST_METHOD": method, "PATH_INFO": "/", "QUERY_STRING": "",
        "SERVER_NAME": "testserver", "SERVER_PORT": "80", "HTTP_HOST": "testserver",
        "SERVER_PROTOCOL": "HTTP/1.1", "wsgi.input": io.BytesIO(data),
        "wsgi.url_scheme": "http", "CONTENT_LENGTH": str(len(data)),
        "CONTENT_TYPE": "application/x-www-form-urlencoded",
    }
    if cookie:
        environ["HTTP_COOKIE"] = cookie
    seen = []
    body = b"".join(handler(environ, lambda s, h, e=None: seen.append((s, h)))).decode()
    status, headers = seen[0]
    shown = sorted((k, "<TOKEN>" if k == "csrfmiddlewaretoken" else v) for k, v in (fields or {}).items())
    print("==>", method, shown, "->", status)
    if show_headers:
        for k, v in sorted(headers):
            print("   ", k + ":", clean(v))
    return status, dict(headers), body


status, headers, page = req("GET", show_headers=True)
print(clean(page))
print(repr(clean(page)))
secret = re.search(r"csrftoken=([A-Za-z0-9]+)", headers["Set-Cookie"]).group(1)
token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
print(len(secret), len(token), token.isalnum())
cookie = "csrftoken=" + secret


def post(n1, n2, headers=False):
    fields = {"csrfmiddlewaretoken": token}
    if n1 is not None:
        fields["number1"] = n1
    if n2 is not None:
        fields["number2"] = n2
    status, h, body = req("POST", fields, cookie, headers)
    print(clean(body))
    return body


post("1", "2", headers=True)
post("-5", " 7 ")
post("99999999999999999999", "1")
body = post("abc", "", headers=True)
print(repr(clean(body)))
post(None, None)
post("3", None)
post("1.5", "2e3")

status, h, body = req("POST", {"number1": "1", "number2": "2"}, cookie, show_headers=True)
print("CSRF verification failed" in body, len(body) > 100)
status, h, body = req("POST", {"number1": "1", "number2": "2", "csrfmiddlewaretoken": token})
status, h, body = req("PUT", {"number1": "1", "number2": "2"}, cookie)
status, h, body = req("HEAD", show_headers=True)
print(clean(body) == clean(page))
