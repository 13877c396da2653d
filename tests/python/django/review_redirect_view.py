# Review: shortcuts.redirect() / resolve_url() given a view function. Django passes the
# callable to reverse(), which finds the URL pattern of that view. Ours turns `to` into
# str() first, so reverse() looks for a pattern *named* "<function ...>" and fails with
# NoReverseMatch.
from django.conf import settings

settings.configure(DEBUG=False, SECRET_KEY="x", INSTALLED_APPS=[], ROOT_URLCONF=__name__)
import django

django.setup()

from django.http import HttpResponse
from django.shortcuts import redirect, resolve_url
from django.urls import path


def article(request, year):
    return HttpResponse("article %d" % year)


def home(request):
    return HttpResponse("home")


urlpatterns = [path("", home), path("articles/<int:year>/", article, name="article")]


def t(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        # Keep only the exception type: the message contains a memory address.
        print(label, "->", type(e).__name__)


t("redirect(name, year=2024)", lambda: redirect("article", year=2024)["Location"])
t("redirect(view, year=2024)", lambda: redirect(article, year=2024)["Location"])
t("redirect(view, 2024, permanent)", lambda: redirect(article, 2024, permanent=True)["Location"])
t("redirect(unnamed view)", lambda: redirect(home)["Location"])
t("resolve_url(view, 1999)", lambda: resolve_url(article, 1999))
t("resolve_url('/plain/')", lambda: resolve_url("/plain/"))
