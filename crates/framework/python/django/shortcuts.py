"""render() and redirect(): the shortcuts views use most."""

from django.http import HttpResponse, HttpResponsePermanentRedirect, HttpResponseRedirect
from django.template import loader


def render(request, template_name, context=None, content_type=None, status=None, using=None):
    """An HttpResponse whose content is the template rendered with context."""
    content = loader.render_to_string(template_name, context, request, using=using)
    return HttpResponse(content, content_type, status)


def redirect(to, *args, permanent=False, **kwargs):
    """A redirect to a URL, a view name (reversed with args) or an object with
    get_absolute_url()."""
    redirect_class = HttpResponsePermanentRedirect if permanent else HttpResponseRedirect
    return redirect_class(resolve_url(to, *args, **kwargs))


def resolve_url(to, *args, **kwargs):
    if hasattr(to, "get_absolute_url"):
        return to.get_absolute_url()
    from django.utils.functional import Promise

    if isinstance(to, Promise):
        to = str(to)
    if isinstance(to, str) and to.startswith(("./", "../")):
        return to
    from django.urls import NoReverseMatch, reverse

    try:
        return reverse(to, args=args, kwargs=kwargs)
    except NoReverseMatch:
        if callable(to):
            raise
        if "/" not in to and "." not in to:
            raise
    return to
