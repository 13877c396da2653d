"""Context processors: functions of the request that add variables to a
RequestContext (listed in TEMPLATES OPTIONS 'context_processors')."""

from django.middleware.csrf import get_token
from django.utils.functional import SimpleLazyObject


def csrf(request):
    """The CSRF token as `csrf_token` (computed only when a template uses it)."""

    def _get_val():
        token = get_token(request)
        if token is None:
            # In the case of csrf_exempt views, or missing middleware.
            return "NOTPROVIDED"
        return token

    return {"csrf_token": SimpleLazyObject(_get_val)}


def debug(request):
    from django.conf import settings

    context_extras = {}
    if settings.DEBUG and request.META.get("REMOTE_ADDR") in settings.INTERNAL_IPS:
        context_extras["debug"] = True
    return context_extras


def request(request):
    return {"request": request}


def static(request):
    from django.conf import settings

    return {"STATIC_URL": settings.STATIC_URL}


def media(request):
    from django.conf import settings

    return {"MEDIA_URL": settings.MEDIA_URL}
