# multipart/form-data request bodies (forms with enctype="multipart/form-data"): the
# fields land in request.POST, the files in request.FILES as uploaded-file objects;
# a body that cannot be parsed is a 400.
import io
import sys

from django.conf import settings

settings.configure(
    DEBUG=False,
    ROOT_URLCONF=__name__,
    ALLOWED_HOSTS=["testserver"],
    SECRET_KEY="x",
    INSTALLED_APPS=[],
    MIDDLEWARE=[],
    DATA_UPLOAD_MAX_MEMORY_SIZE=200,
    LOGGING={
        "version": 1, "disable_existing_loggers": False,
        "handlers": {"null": {"class": "logging.NullHandler"}},
        "loggers": {n: {"handlers": ["null"], "propagate": False}
                    for n in ["django.security", "django.request"]},
    },
)
import django

django.setup()

from django import forms
from django.core.handlers.wsgi import WSGIHandler
from django.http import HttpResponse
from django.urls import path


def show(request):
    out = ["POST %s" % sorted(request.POST.lists())]
    for name in sorted(request.FILES):
        for f in request.FILES.getlist(name):
            data = f.read()
            f.seek(0)
            out.append("FILE %s name=%r size=%d type=%r charset=%r data=%r chunks=%d" % (
                name, f.name, f.size, f.content_type, f.charset, data,
                len(list(f.chunks()))))
    return HttpResponse("\n".join(out))


class UploadForm(forms.Form):
    title = forms.CharField()
    count = forms.IntegerField()


def form_view(request):
    f = UploadForm(request.POST, request.FILES)
    return HttpResponse("valid=%s %s %s" % (f.is_valid(), sorted(f.cleaned_data.items()),
                                            sorted(f.errors)))


urlpatterns = [path("show/", show), path("form/", form_view)]
handler = WSGIHandler()


def part(name, value, filename=None, ctype=None, extra=""):
    disp = 'form-data; name="%s"' % name
    if filename is not None:
        disp += '; filename="%s"' % filename
    head = "Content-Disposition: %s%s\r\n" % (disp, extra)
    if ctype:
        head += "Content-Type: %s\r\n" % ctype
    if isinstance(value, str):
        value = value.encode()
    return head.encode() + b"\r\n" + value


def body(boundary, parts, epilogue=b"\r\n"):
    out = b""
    for p in parts:
        out += b"--" + boundary.encode() + b"\r\n" + p + b"\r\n"
    return out + b"--" + boundary.encode() + b"--" + epilogue


def call(label, p, data, content_type):
    env = {
        "REQUEST_METHOD": "POST", "PATH_INFO": p, "QUERY_STRING": "",
        "SERVER_NAME": "testserver", "SERVER_PORT": "80", "HTTP_HOST": "testserver",
        "wsgi.url_scheme": "http", "wsgi.input": io.BytesIO(data),
        "CONTENT_LENGTH": str(len(data)), "CONTENT_TYPE": content_type,
    }
    got = []
    sys.stderr = io.StringIO()
    try:
        text = b"".join(handler(env, lambda s, h, e=None: got.append(s))).decode()
    finally:
        sys.stderr = sys.__stderr__
    print("==", label, got[0])
    if got[0].startswith("200"):
        print(text)


B = "----WebKitFormBoundary7MA4YWxkTrZu0gW"
MP = "multipart/form-data; boundary=" + B
call("fields and a file", "/show/", body(B, [
    part("title", "Hello"),
    part("tags", "a"),
    part("tags", "b"),
    part("upload", "line one\r\nline two\r\n", "notes.txt", "text/plain"),
]), MP)
call("unicode, empty value, binary file", "/show/", body(B, [
    part("name", "Zoë 名前"),
    part("empty", ""),
    part("blob", bytes(range(256)) + b"\r\n--" + B[:5].encode(), "data.bin",
         "application/octet-stream"),
]), MP)
call("empty file input, path in filename, charset", "/show/", body(B, [
    part("nofile", "", ""),
    part("doc", "x", "C:\\Users\\me\\report.csv", "text/csv; charset=utf-8"),
    part("deep", "y", "../../etc/passwd"),
    part("several", "1", "a.txt", "text/plain"),
    part("several", "22", "b.txt", "text/plain"),
]), MP)
call("quoted boundary", "/show/", body("xyz", [part("a", "1")]),
     'multipart/form-data; boundary="xyz"')
call("no parts", "/show/", b"--xyz--\r\n", "multipart/form-data; boundary=xyz")
call("form with files", "/form/", body(B, [
    part("title", "T"), part("count", " 7 "), part("f", "zz", "z.txt", "text/plain"),
]), MP)
call("form invalid", "/form/", body(B, [part("count", "seven")]), MP)
call("no boundary", "/show/", body(B, [part("a", "1")]), "multipart/form-data")
call("empty boundary", "/show/", body(B, [part("a", "1")]), "multipart/form-data; boundary=")
call("part without a name", "/show/", body(B, [part("a", "1"), b"Content-Type: text/plain\r\n\r\nzz"]), MP)
call("filename*= (RFC 2231)", "/show/", body(B, [
    b"Content-Disposition: form-data; name=\"f\"; filename*=UTF-8''na%C3%AFve%20file.txt\r\n\r\nq"]), MP)
call("entities in the file name, empty file", "/show/", body(B, [
    part("f", "", "a&amp;b &#233;.txt", "text/plain"),
    part("g", "data", "..", "text/plain"),
]), MP)
call("a file larger than DATA_UPLOAD_MAX_MEMORY_SIZE", "/show/", body(B, [
    part("title", "big"), part("f", "z" * 1000, "big.txt", "text/plain"),
]), MP)
call("fields larger than DATA_UPLOAD_MAX_MEMORY_SIZE", "/show/", body(B, [
    part("a", "y" * 150), part("b", "y" * 150),
]), MP)
