"""The page a request rejected by CSRF protection gets (403)."""

from django.conf import settings
from django.http import HttpResponseForbidden
from django.template import TemplateDoesNotExist
from django.utils.html import escape

CSRF_FAILURE_TEMPLATE_NAME = "403_csrf.html"

_HEAD = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta http-equiv="content-type" content="text/html; charset=utf-8">
  <meta name="robots" content="NONE,NOARCHIVE">
  <title>403 Forbidden</title>
  <style>
    html * { padding:0; margin:0; }
    body * { padding:10px 20px; }
    body * * { padding:0; }
    body { font-family: sans-serif; background:#eee; color:#000; }
    body>div { border-bottom:1px solid #ddd; }
    h1 { font-weight:normal; margin-bottom:.4em; }
    h1 span { font-size:60%; color:#666; font-weight:normal; }
    #info { background:#f6f6f6; }
    #info ul { margin: 0.5em 4em; }
    #info p, #summary p { padding-top:10px; }
    #summary { background: #ffc; }
    #explanation { background:#eee; border-bottom: 0px none; }
  </style>
</head>
<body>
<div id="summary">
  <h1>Forbidden <span>(403)</span></h1>
  <p>CSRF verification failed. Request aborted.</p>
"""

_NO_REFERER = (
    "You are seeing this message because this HTTPS site requires a “Referer header” "
    "to be sent by your web browser, but none was sent. This header is required for "
    "security reasons, to ensure that your browser is not being hijacked by third "
    "parties.",
    "If you have configured your browser to disable “Referer” headers, please "
    "re-enable them, at least for this site, or for HTTPS connections, or for "
    "“same-origin” requests.",
    'If you are using the <meta name="referrer" content="no-referrer"> tag or '
    "including the “Referrer-Policy: no-referrer” header, please remove them. The "
    "CSRF protection requires the “Referer” header to do strict referer checking. If "
    "you’re concerned about privacy, use alternatives like <a rel=\"noreferrer\" …> "
    "for links to third-party sites.",
)

_NO_COOKIE = (
    "You are seeing this message because this site requires a CSRF cookie when "
    "submitting forms. This cookie is required for security reasons, to ensure that "
    "your browser is not being hijacked by third parties.",
    "If you have configured your browser to disable cookies, please re-enable them, "
    "at least for this site, or for “same-origin” requests.",
)

_HELP = """
  <p>In general, this can occur when there is a genuine Cross Site Request Forgery, or when
  <a
  href="https://docs.djangoproject.com/en/5.2/ref/csrf/">Django’s
  CSRF mechanism</a> has not been used correctly.  For POST forms, you need to
  ensure:</p>

  <ul>
    <li>Your browser is accepting cookies.</li>

    <li>The view function passes a <code>request</code> to the template’s <a
    href="https://docs.djangoproject.com/en/5.2/topics/templates/#django.template.backends.base.Template.render"><code>render</code></a>
    method.</li>

    <li>In the template, there is a <code>{% csrf_token
    %}</code> template tag inside each POST form that
    targets an internal URL.</li>

    <li>If you are not using <code>CsrfViewMiddleware</code>, then you must use
    <code>csrf_protect</code> on any views that use the <code>csrf_token</code>
    template tag, as well as those that accept the POST data.</li>

    <li>The form has a valid CSRF token. After logging in in another browser
    tab or hitting the back button after a login, you may need to reload the
    page with the form, because the token is rotated after a login.</li>
  </ul>

  <p>You’re seeing the help section of this page because you have <code>DEBUG =
  True</code> in your Django settings file. Change that to <code>False</code>,
  and only the initial error message will be displayed.  </p>

  <p>You can customize this page using the CSRF_FAILURE_VIEW setting.</p>
</div>
"""


def _page(reason):
    from django.middleware.csrf import REASON_NO_CSRF_COOKIE, REASON_NO_REFERER

    out = [_HEAD]
    if reason == REASON_NO_REFERER:
        out.append("\n" + "".join("  <p>%s</p>\n" % escape(p) for p in _NO_REFERER))
    out.append("\n")
    if reason == REASON_NO_CSRF_COOKIE:
        out.append("\n" + "".join("  <p>%s</p>\n" % escape(p) for p in _NO_COOKIE))
    out.append("\n</div>\n")
    if settings.DEBUG:
        out.append('\n<div id="info">\n  <h2>Help</h2>\n    ')
        if reason:
            out.append(
                "\n    <p>Reason given for failure:</p>\n    <pre>\n    %s\n    </pre>\n    "
                % escape(reason)
            )
        out.append("\n" + _HELP)
    else:
        out.append(
            '\n<div id="explanation">\n'
            "  <p><small>More information is available with DEBUG=True.</small></p>\n"
            "</div>\n"
        )
    out.append("\n</body>\n</html>\n")
    return "".join(out)


def csrf_failure(request, reason="", template_name=CSRF_FAILURE_TEMPLATE_NAME):
    """The 403 page: a project template named 403_csrf.html when there is one,
    else Django's page (with the reason and help when DEBUG)."""
    from django.template import engines, loader

    body = None
    if settings.TEMPLATES and engines.all():
        try:
            body = loader.get_template(template_name).render(request=request)
        except TemplateDoesNotExist:
            if template_name != CSRF_FAILURE_TEMPLATE_NAME:
                raise
    if body is None:
        body = _page(reason)
    return HttpResponseForbidden(body)
