# The WSGI entry point: environ → WSGIRequest → middleware chain → view → response.
import sys

from _metal_text import init_request as _init_request

from django.conf import settings
from django.core.exceptions import (
    BadRequest,
    ImproperlyConfigured,
    PermissionDenied,
    SuspiciousOperation,
)
from django.http import Http404, HttpRequest, QueryDict
from django.http.request import RawPostDataException, parse_cookie
from django.urls import get_resolver
from django.utils._kit import ABSENT, class_reads
from django.utils.datastructures import MultiValueDict
from django.utils.module_loading import import_string


def _latin1_to_str(value):
    """PEP 3333 hands text as latin-1 code points of the original bytes: undo that."""
    if value.isascii():
        # ASCII is the same bytes either way.
        return value
    try:
        return value.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return value


class LimitedStream:
    """wsgi.input read no further than CONTENT_LENGTH."""

    def __init__(self, stream, limit):
        self._read = stream.read
        self.limit = limit

    def read(self, size=-1):
        if size is None or size < 0 or size > self.limit:
            size = self.limit
        if size <= 0:
            return b""
        data = self._read(size)
        self.limit -= len(data)
        return data


class WSGIRequest(HttpRequest):
    def __init__(self, environ):
        # Natively for the common request (see _metal_text.init_request: the same
        # attributes, or False before anything is set).
        if type(self) is WSGIRequest and _init_request(self, environ, _REQUEST_KIT):
            return
        # Everything HttpRequest.__init__ sets is set here (GET, POST and FILES are
        # made on first use), as Django's WSGIRequest does.
        self.resolver_match = None
        self._files = None
        # (_latin1_to_str called only for what is not ASCII.)
        script_name = environ.get("SCRIPT_NAME", "")
        if not script_name.isascii():
            script_name = _latin1_to_str(script_name)
        path_info = environ.get("PATH_INFO", "")
        if not path_info.isascii():
            path_info = _latin1_to_str(path_info)
        path_info = path_info or "/"
        self.environ = environ
        self.path_info = path_info
        self.path = "%s/%s" % (script_name.rstrip("/"), path_info.replace("/", "", 1))
        self.META = environ
        self.META["PATH_INFO"] = path_info
        self.META["SCRIPT_NAME"] = script_name
        self.method = environ["REQUEST_METHOD"].upper()
        content_type = environ.get("CONTENT_TYPE", "")
        self.content_type, _, params = content_type.partition(";")
        self.content_type = self.content_type.strip()
        self.content_params = {}
        for param in params.split(";") if params else ():
            key, eq, value = param.strip().partition("=")
            if eq:
                self.content_params[key.lower()] = value.strip('"')
        self.encoding = None
        if "charset" in self.content_params:
            # An unknown charset is ignored, as Django does.
            try:
                "".encode(self.content_params["charset"])
            except LookupError:
                pass
            else:
                self.encoding = self.content_params["charset"]
        try:
            content_length = int(environ.get("CONTENT_LENGTH") or 0)
        except (ValueError, TypeError):
            content_length = 0
        self._stream = LimitedStream(environ["wsgi.input"], content_length)
        self._read_started = False
        # GET is parsed on first use (where a bad query string is a 400, not a crash).
        self._get = None
        cookie = environ.get("HTTP_COOKIE", "")
        if not cookie.isascii():
            cookie = _latin1_to_str(cookie)
        self.COOKIES = parse_cookie(cookie)
        self._post = None

    @property
    def GET(self):
        if self._get is None:
            self._get = QueryDict(_latin1_to_str(self.environ.get("QUERY_STRING", "")))
        return self._get

    @GET.setter
    def GET(self, value):
        self._get = value

    def read(self, *args):
        self._read_started = True
        return self._stream.read(*args)

    @property
    def body(self):
        """The raw body, read once (DATA_UPLOAD_MAX_MEMORY_SIZE enforced: 400)."""
        if not hasattr(self, "_body"):
            if self._read_started:
                raise RawPostDataException(
                    "You cannot access body after reading from request's data stream"
                )
            self._check_data_too_big(int(self.META.get("CONTENT_LENGTH") or 0))
            limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
            self._body = self.read(limit + 1) if limit is not None else self.read()
            self._check_data_too_big(len(self._body))
            import io

            # Later reads see the body again.
            self._stream = io.BytesIO(self._body)
        return self._body

    def _check_data_too_big(self, length):
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        if limit is not None and length > limit:
            from django.core.exceptions import RequestDataTooBig

            raise RequestDataTooBig(
                "Request body exceeded settings.DATA_UPLOAD_MAX_MEMORY_SIZE."
            )

    @property
    def POST(self):
        if self._post is None:
            self._load_post()
        return self._post

    @POST.setter
    def POST(self, value):
        self._post = value

    @property
    def FILES(self):
        if self._post is None:
            self._load_post()
        if self._files is None:
            self._files = MultiValueDict()
        return self._files

    @FILES.setter
    def FILES(self, value):
        self._files = value

    def _load_post(self):
        if self.method != "POST":
            self._post = QueryDict(encoding=self.encoding)
            return
        if self.content_type == "multipart/form-data":
            from django.http.multipartparser import parse

            # Files do not count against DATA_UPLOAD_MAX_MEMORY_SIZE (the parser limits
            # the fields): read the stream as it is unless the body was read already.
            data = self._body if hasattr(self, "_body") else self.read()
            try:
                self._post, self._files = parse(data, self.content_params, self.encoding)
            except Exception:
                # Not parsed: an error page may look at POST and FILES, which stay empty.
                self._post, self._files = QueryDict(), MultiValueDict()
                raise
            return
        if self.content_type == "application/x-www-form-urlencoded":
            # Form bodies are UTF-8 (RFC 1866), whatever charset they claim.
            if self.encoding is not None and self.encoding.lower().replace("_", "-") not in (
                "utf-8",
                "utf8",
            ):
                self._post = QueryDict()
                raise BadRequest(
                    "HTTP requests with the 'application/x-www-form-urlencoded' "
                    "content type must be UTF-8 encoded."
                )
            try:
                self._post = QueryDict(self.body, encoding="utf-8")
            except Exception:
                # Not parsed: an error page may look at POST, which stays empty.
                self._post = QueryDict()
                raise
        else:
            self._post = QueryDict(encoding=self.encoding)


def response_for_exception(request, exc):
    """The response for an exception a view raised: 404/403/400 pages (the URLconf's
    handler404... when it sets one), or 500; with DEBUG, the technical pages."""
    if isinstance(exc, Http404):
        if settings.DEBUG:
            from django.views import debug

            return debug.technical_404_response(request, exc)
        return get_exception_response(request, 404, exc)
    if isinstance(exc, PermissionDenied):
        return get_exception_response(request, 403, exc)
    from django.http.multipartparser import MultiPartParserError

    if isinstance(exc, MultiPartParserError):
        # An unparsable multipart body: the 400 page, even with DEBUG (as Django).
        return get_exception_response(request, 400, exc)
    if isinstance(exc, (BadRequest, SuspiciousOperation)):
        if settings.DEBUG:
            from django.views import debug

            return debug.technical_500_response(request, type(exc), exc, None, status_code=400)
        return get_exception_response(request, 400, exc)
    _log_server_error(request, exc)
    if settings.DEBUG:
        from django.views import debug

        return debug.technical_500_response(request, type(exc), exc, None)
    return get_exception_response(request, 500, exc)


def _log_server_error(request, exc):
    """Django's django.request log line, with the traceback, on stderr."""
    import _metal_traceback

    print("Internal Server Error: %s" % request.path, file=sys.stderr)
    print(_metal_traceback.format_exception(exc), end="", file=sys.stderr)


def get_exception_response(request, status_code, exception):
    from django.views import defaults

    callback = None
    try:
        urlconf = get_resolver().urlconf_module
        callback = getattr(urlconf, "handler%s" % status_code, None)
    except Exception:
        callback = None
    if isinstance(callback, str):
        callback = import_string(callback)
    if callback is None:
        callback = {
            400: defaults.bad_request,
            403: defaults.permission_denied,
            404: defaults.page_not_found,
            500: defaults.server_error,
        }[status_code]
    try:
        if status_code == 500:
            return callback(request)
        return callback(request, exception=exception)
    except Exception as e:
        if status_code == 500:
            raise
        # The error view itself failed: a 500, as for any uncaught exception.
        _log_server_error(request, e)
        if settings.DEBUG:
            from django.views import debug

            return debug.technical_500_response(request, type(e), e, None)
        return get_exception_response(request, 500, e)


def convert_exception_to_response(get_response):
    def inner(request):
        try:
            return get_response(request)
        except Exception as exc:
            return response_for_exception(request, exc)

    return inner


class BaseHandler:
    _middleware_chain = None

    def load_middleware(self):
        """Build the chain from settings.MIDDLEWARE: process_view hooks run in
        order; process_template_response and process_exception in reverse order."""
        self._view_middleware = []
        self._template_response_middleware = []
        self._exception_middleware = []
        handler = convert_exception_to_response(self._get_response)
        for middleware_path in reversed(settings.MIDDLEWARE):
            middleware = import_string(middleware_path)
            mw_instance = middleware(handler)
            if mw_instance is None:
                raise ImproperlyConfigured(
                    "Middleware factory %s returned None." % middleware_path)
            if hasattr(mw_instance, "process_view"):
                self._view_middleware.insert(0, mw_instance.process_view)
            if hasattr(mw_instance, "process_template_response"):
                self._template_response_middleware.append(
                    mw_instance.process_template_response
                )
            if hasattr(mw_instance, "process_exception"):
                self._exception_middleware.append(mw_instance.process_exception)
            handler = convert_exception_to_response(mw_instance)
        self._middleware_chain = handler

    def process_exception_by_middleware(self, exception, request):
        """The first response a process_exception hook gives, else None."""
        for middleware_method in self._exception_middleware:
            response = middleware_method(request, exception)
            if response:
                return response
        return None

    def check_response(self, response, callback, name=None):
        if response is not None:
            return
        if not name:
            if type(callback).__name__ == "function":
                name = "The view %s.%s" % (callback.__module__, callback.__name__)
            else:
                name = "The view %s.%s.__call__" % (
                    callback.__module__,
                    callback.__class__.__name__,
                )
        raise ValueError(
            "%s didn't return an HttpResponse object. It returned None instead." % name
        )

    def get_response(self, request):
        return self._middleware_chain(request)

    def _get_response(self, request):
        resolver_match = get_resolver().resolve(request.path_info)
        request.resolver_match = resolver_match
        callback, callback_args, callback_kwargs = resolver_match
        response = None
        for middleware_method in self._view_middleware:
            response = middleware_method(request, callback, callback_args, callback_kwargs)
            if response:
                break
        if response is None:
            try:
                response = callback(request, *callback_args, **callback_kwargs)
            except Exception as e:
                response = self.process_exception_by_middleware(e, request)
                if response is None:
                    raise
        self.check_response(response, callback)
        # A TemplateResponse is rendered here, after process_template_response hooks.
        if hasattr(response, "render") and callable(response.render):
            for middleware_method in self._template_response_middleware:
                response = middleware_method(request, response)
                self.check_response(
                    response,
                    middleware_method,
                    name="%s.process_template_response"
                    % (middleware_method.__self__.__class__.__name__,),
                )
            try:
                response = response.render()
            except Exception as e:
                response = self.process_exception_by_middleware(e, request)
                if response is None:
                    raise
        return response


# What _metal_text.init_request stands in for and compares by identity, taken now: the
# attributes WSGIRequest.__init__ stores (absent from the classes), LimitedStream's, and
# the module globals it reads.
_REQUEST_KIT = (
    WSGIRequest,
    LimitedStream,
    class_reads(
        WSGIRequest,
        "resolver_match", "_files", "environ", "path_info", "path", "META", "method",
        "content_type", "content_params", "encoding", "_stream", "_read_started", "_get",
        "COOKIES", "_post",
    )
    + class_reads(LimitedStream, "__init__", "_read", "limit"),
    tuple(
        (globals(), name, globals()[name])
        for name in ("LimitedStream", "parse_cookie", "_latin1_to_str")
    ),
    parse_cookie,
    ABSENT,
)


class WSGIHandler(BaseHandler):
    request_class = WSGIRequest

    def __init__(self):
        self.load_middleware()

    def __call__(self, environ, start_response):
        request = self.request_class(environ)
        response = self.get_response(request)
        status = "%d %s" % (response.status_code, response.reason_phrase)
        response_headers = list(response.items())
        for cookie in response.cookies.values():
            # Django writes each cookie with SimpleCookie.output(header=""),
            # which leaves a leading space in the value.
            response_headers.append(("Set-Cookie", " " + cookie.OutputString()))
        start_response(status, response_headers)
        return response
