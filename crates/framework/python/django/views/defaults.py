from django.http import (
    HttpResponseBadRequest,
    HttpResponseForbidden,
    HttpResponseNotFound,
    HttpResponseServerError,
)

ERROR_PAGE_TEMPLATE = """
<!doctype html>
<html lang="en">
<head>
  <title>%(title)s</title>
</head>
<body>
  <h1>%(title)s</h1><p>%(details)s</p>
</body>
</html>
"""


def _project_page(template_name, default_name, context=None, request=None):
    """The project's template for an error page, or None when it has none."""
    from django.template import TemplateDoesNotExist, loader

    try:
        template = loader.get_template(template_name)
    except TemplateDoesNotExist:
        if template_name != default_name:
            raise
        return None
    return template.render(context, request)


def page_not_found(request, exception, template_name="404.html"):
    exception_repr = exception.__class__.__name__
    try:
        message = exception.args[0]
    except (AttributeError, IndexError):
        pass
    else:
        if isinstance(message, str):
            exception_repr = message
    from urllib.parse import quote

    context = {"request_path": quote(request.path), "exception": exception_repr}
    body = _project_page(template_name, "404.html", context, request)
    if body is None:
        body = ERROR_PAGE_TEMPLATE % {
            "title": "Not Found",
            "details": "The requested resource was not found on this server.",
        }
    return HttpResponseNotFound(body)


def server_error(request, template_name="500.html"):
    body = _project_page(template_name, "500.html")
    if body is None:
        body = ERROR_PAGE_TEMPLATE % {"title": "Server Error (500)", "details": ""}
    return HttpResponseServerError(body)


def bad_request(request, exception, template_name="400.html"):
    body = _project_page(template_name, "400.html")
    if body is None:
        body = ERROR_PAGE_TEMPLATE % {"title": "Bad Request (400)", "details": ""}
    return HttpResponseBadRequest(body)


def permission_denied(request, exception, template_name="403.html"):
    body = _project_page(template_name, "403.html", {"exception": str(exception)}, request)
    if body is None:
        body = ERROR_PAGE_TEMPLATE % {"title": "403 Forbidden", "details": ""}
    return HttpResponseForbidden(body)
