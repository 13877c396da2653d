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


def page_not_found(request, exception, template_name="404.html"):
    return HttpResponseNotFound(ERROR_PAGE_TEMPLATE % {
        "title": "Not Found",
        "details": "The requested resource was not found on this server.",
    })


def server_error(request, template_name="500.html"):
    return HttpResponseServerError(
        ERROR_PAGE_TEMPLATE % {"title": "Server Error (500)", "details": ""})


def bad_request(request, exception, template_name="400.html"):
    return HttpResponseBadRequest(
        ERROR_PAGE_TEMPLATE % {"title": "Bad Request (400)", "details": ""})


def permission_denied(request, exception, template_name="403.html"):
    return HttpResponseForbidden(
        ERROR_PAGE_TEMPLATE % {"title": "403 Forbidden", "details": ""})
