"""The older URL API: url() is re_path() (removed in Django 4.0, kept here for apps
written against Django 1.x-3.x), and the default error handlers."""

from django.urls import include, re_path  # noqa: F401
from django.views import defaults

handler400 = defaults.bad_request
handler403 = defaults.permission_denied
handler404 = defaults.page_not_found
handler500 = defaults.server_error


def url(regex, view, kwargs=None, name=None):
    return re_path(regex, view, kwargs, name)
