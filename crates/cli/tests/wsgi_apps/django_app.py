# A Django-style application served by `metal serve`: settings, urls, views, through the
# embedded framework's WSGIHandler.
from django.conf import settings

settings.configure(DEBUG=False, ROOT_URLCONF=__name__, SECRET_KEY="test", MIDDLEWARE=[])

from django.core.wsgi import get_wsgi_application
from django.http import Http404, HttpResponse
from django.urls import path, reverse


def hello(request, name):
    return HttpResponse(
        "hello %s; q=%s; total=%d; cookie=%s; next=%s"
        % (
            name,
            request.GET.get("q", ""),
            sum(int(n) for n in request.POST.getlist("n")),
            request.COOKIES.get("flavour", "-"),
            reverse("hello", args=[name + "!"]),
        ),
        content_type="text/plain; charset=utf-8",
    )


def gone(request):
    raise Http404("nothing here")


def broken(request):
    return 1 // 0


urlpatterns = [
    path("hello/<str:name>/", hello, name="hello"),
    path("gone/", gone),
    path("broken/", broken),
]

application = get_wsgi_application()
