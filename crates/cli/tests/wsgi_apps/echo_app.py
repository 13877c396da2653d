# A WSGI application written by hand (PEP 3333), run unchanged by `metal serve`.
import sys
import time


def loop_swallowing_errors():
    """Swallows the deadline's TimeoutError and goes on looping."""
    while True:
        try:
            while True:
                pass
        except Exception:
            pass


def application(environ, start_response):
    path = environ["PATH_INFO"]
    if path == "/loop":
        n = 0
        while True:
            n += 1
    if path == "/stubborn":
        loop_swallowing_errors()
    if path == "/stubborn-in-handler":
        # Stopped past its handlers while inside an except block of its own.
        try:
            raise ValueError("from the stopped request")
        except ValueError:
            loop_swallowing_errors()
    if path == "/sleep":
        time.sleep(30)
    if path == "/nap":
        time.sleep(float(environ["QUERY_STRING"] or 1))
        start_response("200 OK", [("Content-Type", "text/plain")])
        return [b"rested"]
    if path == "/after":
        # What the next request sees: no exception being handled, handlers working.
        try:
            {}["missing"]
        except KeyError:
            caught = "caught"
        start_response("200 OK", [("Content-Type", "text/plain")])
        return [("%s %r" % (caught, sys.exc_info()[0])).encode()]
    if path == "/boom":
        raise ValueError("boom from the application")
    if path == "/generator":
        start_response("200 OK", [("Content-Type", "text/plain")])
        return (part.encode() for part in ["a", "b", "c"])
    body = environ["wsgi.input"].read()
    lines = [
        "method=" + environ["REQUEST_METHOD"],
        "path=" + path,
        "query=" + environ["QUERY_STRING"],
        "type=" + environ.get("CONTENT_TYPE", ""),
        "length=" + environ.get("CONTENT_LENGTH", ""),
        "agent=" + environ.get("HTTP_USER_AGENT", ""),
        "scheme=" + environ["wsgi.url_scheme"],
        "version=%d.%d" % environ["wsgi.version"],
        "body=" + body.decode(),
        "errors=" + str(environ["wsgi.errors"] is sys.stderr),
    ]
    start_response("201 Created", [("Content-Type", "text/plain"), ("X-Echo", "yes")])
    return ["\n".join(lines).encode()]
