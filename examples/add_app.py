"""The add-two-numbers site as a plain WSGI application (PEP 3333).

`metal serve` serves this when given no application. The addition happens here, in
Python, on metal's interpreter. (The Django-compatible version of this app comes with
the framework layer.)
"""


def unquote_plus(s):
    """Decode one application/x-www-form-urlencoded value."""
    s = s.replace("+", " ")
    out = bytearray()
    i = 0
    raw = s.encode("utf-8")
    while i < len(raw):
        c = raw[i]
        if c == 37 and i + 2 < len(raw):  # '%'
            try:
                out.append(int(raw[i + 1:i + 3].decode("ascii"), 16))
                i += 3
                continue
            except ValueError:
                pass
        out.append(c)
        i += 1
    return out.decode("utf-8")


def parse_form(body):
    fields = {}
    for pair in body.split("&"):
        if not pair:
            continue
        key, _, value = pair.partition("=")
        fields[unquote_plus(key)] = unquote_plus(value)
    return fields


def escape(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#x27;"))


def clean_integer(raw):
    """Django's IntegerField cleaning: required, whitespace stripped, '3.0' accepted."""
    value = (raw or "").strip()
    if not value:
        return None, "This field is required."
    try:
        return int(value), None
    except ValueError:
        pass
    try:
        f = float(value)
    except ValueError:
        return None, "Enter a whole number."
    if "e" in value.lower() or f != int(f):
        return None, "Enter a whole number."
    return int(f), None


def page(number1="", number2="", errors=None, answer=None):
    errors = errors or {}
    rows = []
    for name, value in (("number1", number1), ("number2", number2)):
        err = errors.get(name)
        err_html = '<ul class="errorlist"><li>%s</li></ul>' % escape(err) if err else ""
        rows.append(
            '<p>%s<label for="id_%s">%s:</label> '
            '<input type="number" name="%s" value="%s" required id="id_%s"></p>'
            % (err_html, name, name.capitalize(), name, escape(value), name)
        )
    result = "<p id=\"answer\">Answer is %s</p>" % answer if answer is not None else ""
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Add 2 numbers</title></head>\n"
        "<body><h1>Add 2 numbers!</h1>\n"
        "<form method=\"post\" action=\"/\">\n%s\n<button type=\"submit\">Add</button>\n</form>\n%s\n"
        "</body></html>\n" % ("\n".join(rows), result)
    )


def add_two_numbers(first, second):
    return first + second


def application(environ, start_response):
    path = environ.get("PATH_INFO", "/")
    method = environ.get("REQUEST_METHOD", "GET")
    if path != "/":
        start_response("404 Not Found", [("Content-Type", "text/plain; charset=utf-8")])
        return [b"404 Not Found\n"]
    headers = [("Content-Type", "text/html; charset=utf-8")]
    if method == "POST":
        length = int(environ.get("CONTENT_LENGTH") or 0)
        body = environ["wsgi.input"].read(length).decode("utf-8", "replace")
        form = parse_form(body)
        first, err1 = clean_integer(form.get("number1"))
        second, err2 = clean_integer(form.get("number2"))
        errors = {}
        if err1:
            errors["number1"] = err1
        if err2:
            errors["number2"] = err2
        if errors:
            html = page(form.get("number1", ""), form.get("number2", ""), errors)
        else:
            html = page(form.get("number1", ""), form.get("number2", ""), answer=add_two_numbers(first, second))
        start_response("200 OK", headers)
        return [html.encode("utf-8")]
    if method not in ("GET", "HEAD"):
        start_response("405 Method Not Allowed", [("Allow", "GET, POST"), ("Content-Type", "text/plain")])
        return [b"405 Method Not Allowed\n"]
    start_response("200 OK", headers)
    return [page().encode("utf-8")]
