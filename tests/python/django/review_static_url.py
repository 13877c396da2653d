# Review: a relative STATIC_URL / MEDIA_URL ("static/", as `startproject` and
# examples/addsite write it). Django's settings object prefixes such values with the
# script prefix, so settings.STATIC_URL is "/static/" and {% static %} gives
# "/static/css/site.css". Ours keeps "static/": {% static %} URLs are relative and
# break on every page below the site root (/blog/post/ loads /blog/post/static/...).
from django.conf import settings

settings.configure(
    DEBUG=False,
    SECRET_KEY="x",
    INSTALLED_APPS=[],
    STATIC_URL="static/",
    MEDIA_URL="media/",
    TEMPLATES=[{"BACKEND": "django.template.backends.django.DjangoTemplates"}],
)
import django

django.setup()

from django.template import Context, Template
from django.templatetags.static import static

print("settings.STATIC_URL:", repr(settings.STATIC_URL))
print("settings.MEDIA_URL:", repr(settings.MEDIA_URL))
print("static():", static("img/logo.png"))
print(Template(
    "{% load static %}{% static 'css/site.css' %}|{% get_static_prefix %}|"
    "{% get_media_prefix %}|{% static 'js/app.js' as js %}{{ js }}"
).render(Context()))
