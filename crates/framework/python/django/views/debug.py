"""The DEBUG pages: a 404 that lists the URL patterns tried, and a 500 that shows
the exception, each frame of its traceback with the source line and the frame's
local variables, the request and the settings (secrets masked). A client that
does not take HTML (or an XMLHttpRequest) gets the same report as plain text."""

import re
import sys

from django.conf import settings
from django.http import HttpResponse, HttpResponseNotFound
from django.template import Context, Engine

_ENGINE = None
CLEANSED_SUBSTITUTE = "********************"
HIDDEN_SETTINGS = re.compile("API|AUTH|TOKEN|KEY|SECRET|PASS|SIGNATURE|HTTP_COOKIE", flags=re.I)


def _engine():
    global _ENGINE
    if _ENGINE is None:
        _ENGINE = Engine(debug=True, libraries={})
    return _ENGINE


def _render(source, context):
    return _engine().from_string(source).render(Context(context))


def _sensitive(key):
    """Names of secrets: matching HIDDEN_SETTINGS, or the session cookie's."""
    try:
        if HIDDEN_SETTINGS.search(key):
            return True
    except TypeError:
        return False
    return key == getattr(settings, "SESSION_COOKIE_NAME", "sessionid")


def cleanse_setting(key, value):
    """The value, or asterisks when the name looks like a secret (recursively)."""
    is_sensitive = _sensitive(key)
    if is_sensitive:
        return CLEANSED_SUBSTITUTE
    if isinstance(value, dict):
        return {k: cleanse_setting(k, v) for k, v in value.items()}
    if isinstance(value, list):
        return [cleanse_setting("", v) for v in value]
    if isinstance(value, tuple):
        return tuple(cleanse_setting("", v) for v in value)
    return value


def safe_settings():
    out = {}
    names = set(dir(settings._wrapped)) if hasattr(settings, "_wrapped") else set()
    from django.conf import global_settings

    names.update(n for n in dir(global_settings) if n.isupper())
    for name in sorted(names):
        if name.isupper():
            out[name] = cleanse_setting(name, getattr(settings, name, None))
    return out


def _raw_uri(request):
    """The request's URL without validating the host (the error may be a bad host)."""
    return "%s://%s%s" % (request.scheme, request._get_raw_host(), request.get_full_path())


def _wants_text(request):
    if request.META.get("HTTP_X_REQUESTED_WITH") == "XMLHttpRequest":
        return True
    return not request.accepts("text/html")


def _pretty(value):
    try:
        text = repr(value)
    except Exception as e:
        text = "Error in formatting: %s: %s" % (e.__class__.__name__, e)
    if len(text) > 4096:
        text = text[:4096] + "…<trimmed %d bytes string>" % len(text)
    return text


def _frames(exc):
    import _metal_traceback

    frames = []
    for filename, lineno, function, line, frame in _metal_traceback.entries(exc):
        # A function's frame shows its local variables (its frame object's, as they
        # were when it ended, or are now for a frame still running), as Django's
        # tb.tb_frame.f_locals.
        local_vars = frame.f_locals if frame is not None and frame.f_code.co_flags & 1 else None
        if local_vars is None:
            items = None
        else:
            items = [
                (name, _pretty(cleanse_setting(name, value) if _sensitive(name) else value))
                for name, value in sorted(local_vars.items())
            ]
        frames.append(
            {
                "filename": filename,
                "lineno": lineno,
                "function": function,
                "context_line": (line or "").strip(),
                "vars": items,
                "is_framework": filename.startswith("<metal>/"),
            }
        )
    return frames


def _request_info(request):
    def pairs(items):
        try:
            return [
                (k, _pretty(CLEANSED_SUBSTITUTE if _sensitive(str(k)) else v))
                for k, v in sorted(items)
            ]
        except Exception:
            return []

    def query_lists(name):
        # The request data may be what failed (too many fields, too big): then it
        # is not shown, and not parsed again.
        try:
            return list(getattr(request, name).lists())
        except Exception:
            return []

    return {
        "get": pairs(query_lists("GET")),
        "post": pairs(query_lists("POST")),
        "cookies": pairs(request.COOKIES.items()),
        "meta": pairs(
            (k, v) for k, v in request.META.items() if isinstance(v, (str, int, float, bool))
        ),
    }


def technical_500_response(request, exc_type, exc_value, tb, status_code=500):
    """The DEBUG report of an uncaught exception (HTML, or text for non-HTML clients)."""
    import _metal_traceback

    frames = _frames(exc_value)
    last = frames[-1] if frames else None
    context = {
        "exception_type": exc_type.__name__ if exc_type else "Report",
        "exception_value": str(exc_value),
        "exception_only": _metal_traceback.format_exception_only(exc_value).strip(),
        "traceback_text": _metal_traceback.format_exception(exc_value),
        "frames": frames,
        "lastframe": last,
        "request": request,
        "request_method": request.META.get("REQUEST_METHOD", ""),
        "request_url": _raw_uri(request),
        "python_version": "%d.%d.%d" % sys.version_info[:3],
        "settings": sorted(safe_settings().items()),
        "settings_module": getattr(settings, "SETTINGS_MODULE", None) or "",
        "django_version": "5.2 (metal)",
        **_request_info(request),
    }
    if _wants_text(request):
        text = _render(TECHNICAL_500_TEXT, context)
        return HttpResponse(text, status=status_code, content_type="text/plain; charset=utf-8")
    return HttpResponse(_render(TECHNICAL_500_HTML, context), status=status_code)


def technical_404_response(request, exception):
    """The DEBUG 404: the URL patterns tried, in order."""
    try:
        error_url = exception.args[0]["path"]
    except (IndexError, TypeError, KeyError):
        error_url = request.path_info[1:]
    try:
        tried = exception.args[0]["tried"]
    except (IndexError, TypeError, KeyError):
        resolved = True
        match = getattr(request, "resolver_match", None)
        tried = match.tried if match else None
    else:
        resolved = False
    patterns = []
    for pattern_list in tried or []:
        entries = []
        for p in pattern_list:
            pattern = getattr(p, "pattern", p)
            entries.append({"pattern": str(pattern), "name": getattr(p, "name", None)})
        patterns.append(entries)
    raised_by = ""
    match = getattr(request, "resolver_match", None)
    if match is not None and resolved:
        func = match.func
        raised_by = "%s.%s" % (getattr(func, "__module__", "?"), getattr(func, "__qualname__", func.__class__.__name__))
    urlconf = getattr(request, "urlconf", None) or settings.ROOT_URLCONF
    if not isinstance(urlconf, str):
        urlconf = getattr(urlconf, "__name__", str(urlconf))
    context = {
        "urlconf": urlconf,
        "request_path": error_url,
        "urlpatterns": patterns,
        "resolved": resolved,
        "reason": str(exception),
        "request": request,
        "request_method": request.META.get("REQUEST_METHOD", ""),
        "request_url": _raw_uri(request),
        "raising_view_name": raised_by,
    }
    if _wants_text(request):
        return HttpResponseNotFound(
            _render(TECHNICAL_404_TEXT, context), content_type="text/plain; charset=utf-8"
        )
    return HttpResponseNotFound(_render(TECHNICAL_404_HTML, context))


_STYLE = """
  <style>
    html * { padding:0; margin:0; }
    body * { padding:10px 20px; }
    body * * { padding:0; }
    body { font-family: sans-serif; background:#eee; color:#000; }
    body > :where(header, main, footer) { border-bottom:1px solid #ddd; }
    h1 { font-weight:normal; margin-bottom:.4em; }
    h1 small { font-size:60%; color:#666; font-weight:normal; }
    h2 { margin-bottom:.8em; }
    h3 { margin:1em 0 .5em 0; }
    table { border:none; border-collapse: collapse; width:100%; }
    td, th { vertical-align:top; padding:2px 3px; }
    th { width:12em; text-align:right; color:#666; padding-right:.5em; }
    table.vars td, table.vars th { font-family: monospace; text-align:left; }
    table.vars th { width: 14em; }
    #summary { background: #ffc; }
    #info { background:#f6f6f6; }
    #info ol { margin: 0.5em 4em; }
    #info ol li { font-family: monospace; }
    #explanation { background:#eee; border-bottom: 0px none; }
    ul.traceback { list-style-type:none; }
    ul.traceback li.frame { padding-bottom:1em; }
    ul.traceback li.framework code { color:#666; }
    div.context { padding:4px 0; margin: 6px 0; background:#fff; }
    pre.exception_value { font-family: sans-serif; color: #575757; font-size: 1.5em; margin: 10px 0 10px 0; }
    pre { white-space: pre-wrap; }
    details summary { cursor: pointer; color:#666; }
  </style>
"""

TECHNICAL_404_HTML = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta http-equiv="content-type" content="text/html; charset=utf-8">
  <title>Page not found at {{ request.path_info }}</title>
  <meta name="robots" content="NONE,NOARCHIVE">""" + _STYLE + """</head>
<body>
  <header id="summary">
    <h1>Page not found <small>(404)</small></h1>
    {% if reason and resolved %}<pre class="exception_value">{{ reason }}</pre>{% endif %}
    <table class="meta">
      <tr><th scope="row">Request Method:</th><td>{{ request_method }}</td></tr>
      <tr><th scope="row">Request URL:</th><td>{{ request_url }}</td></tr>
      {% if raising_view_name %}<tr><th scope="row">Raised by:</th><td>{{ raising_view_name }}</td></tr>{% endif %}
    </table>
  </header>
  <main id="info">
    {% if urlpatterns %}
    <p>Using the URLconf defined in <code>{{ urlconf }}</code>, Django tried these URL patterns, in this order:</p>
    <ol>
      {% for pattern in urlpatterns %}<li>{% for pat in pattern %}<code>{{ pat.pattern }}{% if forloop.last and pat.name %} [name='{{ pat.name }}']{% endif %}</code> {% endfor %}</li>
      {% endfor %}
    </ol>
    <p>{% if request_path %}The current path, <code>{{ request_path }}</code>,{% else %}The empty path{% endif %} {% if resolved %}matched the last one.{% else %}didn’t match any of these.{% endif %}</p>
    {% endif %}
  </main>
  <footer id="explanation">
    <p>You’re seeing this error because you have <code>DEBUG = True</code> in your
    Django settings file. Change that to <code>False</code>, and Django will display a
    standard 404 page.</p>
  </footer>
</body>
</html>
"""

TECHNICAL_404_TEXT = """Page not found (404)
Request Method: {{ request_method }}
Request URL: {{ request_url }}
{% if raising_view_name %}Raised by: {{ raising_view_name }}
{% endif %}{% if reason and resolved %}
{{ reason }}
{% endif %}{% if urlpatterns %}
Using the URLconf defined in {{ urlconf }}, Django tried these URL patterns, in this order:
{% for pattern in urlpatterns %}{{ forloop.counter }}. {% for pat in pattern %}{{ pat.pattern }}{% if forloop.last and pat.name %} [name='{{ pat.name }}']{% endif %} {% endfor %}
{% endfor %}
{% if request_path %}The current path, {{ request_path }},{% else %}The empty path{% endif %} {% if resolved %}matched the last one.{% else %}didn’t match any of these.{% endif %}
{% endif %}
You’re seeing this error because you have DEBUG = True in your Django settings file.
"""

TECHNICAL_500_HTML = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta http-equiv="content-type" content="text/html; charset=utf-8">
  <meta name="robots" content="NONE,NOARCHIVE">
  <title>{{ exception_type }} at {{ request.path_info }}</title>""" + _STYLE + """</head>
<body>
<header id="summary">
  <h1>{{ exception_type }} at {{ request.path_info }}</h1>
  <pre class="exception_value">{{ exception_value|default:"No exception message supplied" }}</pre>
  <table class="meta">
    <tr><th scope="row">Request Method:</th><td>{{ request_method }}</td></tr>
    <tr><th scope="row">Request URL:</th><td>{{ request_url }}</td></tr>
    <tr><th scope="row">Django Version:</th><td>{{ django_version }}</td></tr>
    <tr><th scope="row">Exception Type:</th><td>{{ exception_type }}</td></tr>
    <tr><th scope="row">Exception Value:</th><td><pre>{{ exception_value }}</pre></td></tr>
    {% if lastframe %}<tr><th scope="row">Exception Location:</th><td><span class="fname">{{ lastframe.filename }}</span>, line {{ lastframe.lineno }}, in {{ lastframe.function }}</td></tr>{% endif %}
    <tr><th scope="row">Python Executable:</th><td>metal</td></tr>
    <tr><th scope="row">Python Version:</th><td>{{ python_version }}</td></tr>
  </table>
</header>
<main id="info">
  <h2>Traceback</h2>
  <ul class="traceback">
    {% for frame in frames %}
    <li class="frame{% if frame.is_framework %} framework{% endif %}">
      <code class="fname">{{ frame.filename }}</code>, line {{ frame.lineno }}, in {{ frame.function }}
      {% if frame.context_line %}<div class="context"><pre>{{ frame.lineno }}. {{ frame.context_line }}</pre></div>{% endif %}
      {% if frame.vars %}
      <details{% if forloop.last %} open{% endif %}><summary>Local vars</summary>
        <table class="vars">
          <thead><tr><th scope="col">Variable</th><th scope="col">Value</th></tr></thead>
          <tbody>{% for name, value in frame.vars %}
            <tr><td>{{ name }}</td><td class="code"><pre>{{ value }}</pre></td></tr>{% endfor %}
          </tbody>
        </table>
      </details>
      {% endif %}
    </li>
    {% endfor %}
  </ul>
  <h3>Traceback (as text)</h3>
  <pre id="traceback_text">{{ traceback_text }}</pre>
  <h2>Request information</h2>
  <h3>GET</h3>
  {% if get %}<table class="vars"><tbody>{% for k, v in get %}<tr><td>{{ k }}</td><td class="code"><pre>{{ v }}</pre></td></tr>{% endfor %}</tbody></table>{% else %}<p>No GET data</p>{% endif %}
  <h3>POST</h3>
  {% if post %}<table class="vars"><tbody>{% for k, v in post %}<tr><td>{{ k }}</td><td class="code"><pre>{{ v }}</pre></td></tr>{% endfor %}</tbody></table>{% else %}<p>No POST data</p>{% endif %}
  <h3>COOKIES</h3>
  {% if cookies %}<table class="vars"><tbody>{% for k, v in cookies %}<tr><td>{{ k }}</td><td class="code"><pre>{{ v }}</pre></td></tr>{% endfor %}</tbody></table>{% else %}<p>No cookie data</p>{% endif %}
  <h3>META</h3>
  <table class="vars"><tbody>{% for k, v in meta %}<tr><td>{{ k }}</td><td class="code"><pre>{{ v }}</pre></td></tr>{% endfor %}</tbody></table>
  <h3>Settings</h3>
  <h4>Using settings module <code>{{ settings_module }}</code></h4>
  <table class="vars"><tbody>{% for k, v in settings %}<tr><td>{{ k }}</td><td class="code"><pre>{{ v|pprint }}</pre></td></tr>{% endfor %}</tbody></table>
</main>
<footer id="explanation">
  <p>You’re seeing this error because you have <code>DEBUG = True</code> in your
  Django settings file. Change that to <code>False</code>, and Django will display a
  standard page generated by the handler for this status code.</p>
</footer>
</body>
</html>
"""

TECHNICAL_500_TEXT = """{% autoescape off %}{{ exception_type }} at {{ request.path_info }}
{{ exception_value }}

Request Method: {{ request_method }}
Request URL: {{ request_url }}
Django Version: {{ django_version }}
Python Version: {{ python_version }}
{% if lastframe %}Exception Location: {{ lastframe.filename }}, line {{ lastframe.lineno }}, in {{ lastframe.function }}
{% endif %}
{{ traceback_text }}
{% for frame in frames %}{% if frame.vars %}Local variables of {{ frame.function }} ({{ frame.filename }}, line {{ frame.lineno }}):
{% for name, value in frame.vars %}  {{ name }} = {{ value }}
{% endfor %}
{% endif %}{% endfor %}Request information:
GET:{% for k, v in get %}
  {{ k }} = {{ v }}{% empty %} No GET data{% endfor %}

POST:{% for k, v in post %}
  {{ k }} = {{ v }}{% empty %} No POST data{% endfor %}

COOKIES:{% for k, v in cookies %}
  {{ k }} = {{ v }}{% empty %} No cookie data{% endfor %}

You’re seeing this error because you have DEBUG = True in your Django settings file.
{% endautoescape %}"""
