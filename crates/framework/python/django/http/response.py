import time

from _metal_text import cookie_legal as _cookie_legal
from _metal_text import header_key as _header_key
from _metal_text import headers_contains as _headers_contains
from _metal_text import headers_get as _headers_get
from _metal_text import headers_getitem as _headers_getitem
from _metal_text import headers_setitem as _headers_setitem
from _metal_text import headers_setdefault as _headers_setdefault
from _metal_text import init_response as _init_response
from _metal_text import morsel_output as _morsel_output
from _metal_text import response_get as _response_get
from _metal_text import response_getitem as _response_getitem
from _metal_text import response_has_header as _response_has_header
from _metal_text import response_kit as _response_kit
from _metal_text import response_set_cookie as _response_set_cookie
from _metal_text import response_setdefault as _response_setdefault
from _metal_text import response_setitem as _response_setitem
from django.conf import settings
from django.utils._kit import ABSENT, class_reads
from django.utils.safestring import SafeString
from django.utils.http import _DAYS, _MONTHS, http_date

# The reason phrase of each status code (the registry http.HTTPStatus has).
REASON_PHRASES = {
    100: 'Continue', 101: 'Switching Protocols', 102: 'Processing',
    103: 'Early Hints', 200: 'OK', 201: 'Created',
    202: 'Accepted', 203: 'Non-Authoritative Information', 204: 'No Content',
    205: 'Reset Content', 206: 'Partial Content', 207: 'Multi-Status',
    208: 'Already Reported', 226: 'IM Used', 300: 'Multiple Choices',
    301: 'Moved Permanently', 302: 'Found', 303: 'See Other',
    304: 'Not Modified', 305: 'Use Proxy', 307: 'Temporary Redirect',
    308: 'Permanent Redirect', 400: 'Bad Request', 401: 'Unauthorized',
    402: 'Payment Required', 403: 'Forbidden', 404: 'Not Found',
    405: 'Method Not Allowed', 406: 'Not Acceptable', 407: 'Proxy Authentication Required',
    408: 'Request Timeout', 409: 'Conflict', 410: 'Gone',
    411: 'Length Required', 412: 'Precondition Failed', 413: 'Request Entity Too Large',
    414: 'Request-URI Too Long', 415: 'Unsupported Media Type', 416: 'Requested Range Not Satisfiable',
    417: 'Expectation Failed', 418: "I'm a Teapot", 421: 'Misdirected Request',
    422: 'Unprocessable Entity', 423: 'Locked', 424: 'Failed Dependency',
    425: 'Too Early', 426: 'Upgrade Required', 428: 'Precondition Required',
    429: 'Too Many Requests', 431: 'Request Header Fields Too Large', 451: 'Unavailable For Legal Reasons',
    500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway',
    503: 'Service Unavailable', 504: 'Gateway Timeout', 505: 'HTTP Version Not Supported',
    506: 'Variant Also Negotiates', 507: 'Insufficient Storage', 508: 'Loop Detected',
    510: 'Not Extended', 511: 'Network Authentication Required',
}


class BadHeaderError(ValueError):
    pass


class ResponseHeaders:
    """Response headers: case-insensitive, insertion-ordered, values checked for newlines."""

    def __init__(self, data=None):
        self._store = {}
        if data:
            for header, value in dict(data).items():
                self[header] = value

    def _convert(self, value, charset, mime_encode=False):
        """Django's _convert_to_charset: names must be ASCII; a value that is not
        Latin-1 is MIME-encoded (=?utf-8?b?...?=); no line breaks in either."""
        try:
            if isinstance(value, str):
                value.encode(charset)
            elif isinstance(value, bytes):
                value = value.decode(charset)
            else:
                value = str(value)
                value.encode(charset)
            if "\n" in value or "\r" in value:
                raise BadHeaderError("Header values can't contain newlines (got %r)" % value)
        except UnicodeError as e:
            if (isinstance(value, bytes) and (b"\n" in value or b"\r" in value)) or (
                isinstance(value, str) and ("\n" in value or "\r" in value)
            ):
                raise BadHeaderError("Header values can't contain newlines (got %r)" % value)
            if not mime_encode:
                raise type(e)(e.encoding, e.object, e.start, e.end,
                              e.reason + ", HTTP response headers must be in %s format"
                              % charset) from None
            import base64

            value = "=?utf-8?b?%s?=" % base64.b64encode(value.encode("utf-8")).decode("ascii")
        return value

    def __setitem__(self, key, value):
        # Both ASCII strs without line breaks (what _convert would give back unchanged):
        # the lower-cased key, natively; else None and _convert decides.
        low = _header_key(key, value)
        if low is None:
            if type(key) is not str or not key.isascii() or "\n" in key or "\r" in key:
                key = self._convert(key, "ascii")
            if type(value) is not str or not value.isascii() or "\n" in value or "\r" in value:
                value = self._convert(value, "latin-1", mime_encode=True)
            low = key.lower()
        self._store[low] = (key, value)

    def __getitem__(self, key):
        return self._store[key.lower()][1]

    def __delitem__(self, key):
        self._store.pop(key.lower(), None)

    def __contains__(self, key):
        return key.lower() in self._store

    def __iter__(self):
        return (k for k, v in self._store.values())

    def __len__(self):
        return len(self._store)

    def get(self, key, default=None):
        item = self._store.get(key.lower())
        return default if item is None else item[1]

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value

    # Natively (http_headers.rs), with these kept for the calls the natives leave to
    # Python (keywords, patched classes): their names are the methods'.
    _py_setitem, __setitem__ = __setitem__, _headers_setitem
    _py_getitem, __getitem__ = __getitem__, _headers_getitem
    _py_contains, __contains__ = __contains__, _headers_contains
    _py_get, get = get, _headers_get
    _py_setdefault, setdefault = setdefault, _headers_setdefault

    def items(self):
        return list(self._store.values())

    def __repr__(self):
        return repr({k: v for k, v in self._store.values()})


# The charset= parameter of Content-Type values seen (see HttpResponseBase.charset).
_CHARSET_OF = {}


class HttpResponseBase:
    status_code = 200

    def __init__(self, content_type=None, status=None, reason=None, charset=None,
                 headers=None):
        self.headers = ResponseHeaders(headers)
        self._charset = charset
        if "Content-Type" not in self.headers:
            if content_type is None:
                if charset is None and type(self).charset is _CHARSET_PROPERTY:
                    # What the charset property answers with no Content-Type yet.
                    charset = settings.DEFAULT_CHARSET
                else:
                    charset = self.charset
                content_type = "text/html; charset=%s" % charset
            self.headers["Content-Type"] = content_type
        elif content_type:
            raise ValueError(
                "'headers' must not contain 'Content-Type' when the "
                "'content_type' parameter is provided."
            )
        self._resource_closers = []
        self.closed = False
        self.cookies = SimpleCookie()
        if status is not None:
            try:
                self.status_code = int(status)
            except (ValueError, TypeError):
                raise TypeError("HTTP status code must be an integer.")
            if not 100 <= self.status_code <= 599:
                raise ValueError("HTTP status code must be an integer from 100 to 599.")
        self._reason_phrase = reason

    @property
    def reason_phrase(self):
        if self._reason_phrase is not None:
            return self._reason_phrase
        return REASON_PHRASES.get(self.status_code, "Unknown Status Code")

    @reason_phrase.setter
    def reason_phrase(self, value):
        self._reason_phrase = value

    @property
    def charset(self):
        if self._charset is not None:
            return self._charset
        content_type = self.get("Content-Type", "") if hasattr(self, "headers") else ""
        known = _CHARSET_OF.get(content_type)
        if known is not None:
            return known
        marker = "charset="
        at = content_type.lower().find(marker)
        if at >= 0:
            charset = content_type[at + len(marker):].split(";")[0].strip().strip('"')
            # A pure function of the header: remembered (for a bounded number of them).
            if type(content_type) is str and len(_CHARSET_OF) < 64:
                _CHARSET_OF[content_type] = charset
            return charset
        return settings.DEFAULT_CHARSET

    @charset.setter
    def charset(self, value):
        self._charset = value

    def __setitem__(self, header, value):
        self.headers[header] = value

    def __delitem__(self, header):
        del self.headers[header]

    def __getitem__(self, header):
        return self.headers[header]

    def has_header(self, header):
        return header in self.headers

    def items(self):
        return self.headers.items()

    def get(self, header, alternate=None):
        return self.headers.get(header, alternate)

    def setdefault(self, key, value):
        self.headers.setdefault(key, value)

    # Natively (http_headers.rs); see ResponseHeaders.
    _py_has_header, has_header = has_header, _response_has_header
    __contains__ = has_header
    _py_setitem, __setitem__ = __setitem__, _response_setitem
    _py_getitem, __getitem__ = __getitem__, _response_getitem
    _py_get, get = get, _response_get
    _py_setdefault, setdefault = setdefault, _response_setdefault

    def set_cookie(self, key, value="", max_age=None, expires=None, path="/",
                   domain=None, secure=False, httponly=False, samesite=None):
        """Set a cookie, in Django's order: the value (a cookie set again keeps the
        attributes not given now, except expires), then each attribute. With max_age
        and no expires, expires is computed from max_age, as browsers that ignore
        Max-Age need it."""
        self.cookies[key] = value
        morsel = self.cookies[key]
        # The names below are valid, lower-case attribute names.
        put = dict.__setitem__
        if expires is not None:
            import datetime

            if isinstance(expires, datetime.datetime):
                # A datetime (naive is UTC) becomes max_age from now.
                if expires.utcoffset() is None:
                    expires = expires.replace(tzinfo=datetime.timezone.utc)
                delta = expires - datetime.datetime.now(tz=datetime.timezone.utc)
                # Just before the boundary, so the cookie is not a second short.
                delta += datetime.timedelta(seconds=1)
                expires = None
                if max_age is not None:
                    raise ValueError("'expires' and 'max_age' can't be used together.")
                max_age = max(0, delta.days * 86400 + delta.seconds)
            else:
                put(morsel, "expires", expires)
        else:
            put(morsel, "expires", "")
        if max_age is not None:
            if type(max_age) is not int:
                import datetime

                if isinstance(max_age, datetime.timedelta):
                    max_age = max_age.total_seconds()
            put(morsel, "max-age", int(max_age))
            if not expires:
                put(morsel, "expires", http_date(time.time() + max_age))
        if path is not None:
            put(morsel, "path", path)
        if domain is not None:
            put(morsel, "domain", domain)
        if secure:
            put(morsel, "secure", True)
        if httponly:
            put(morsel, "httponly", True)
        if samesite:
            if samesite.lower() not in ("lax", "none", "strict"):
                raise ValueError('samesite must be "lax", "none", or "strict".')
            put(morsel, "samesite", samesite)

    _py_set_cookie, set_cookie = set_cookie, _response_set_cookie

    def delete_cookie(self, key, path="/", domain=None, samesite=None):
        secure = key.startswith(("__Secure-", "__Host-")) or (
            samesite and samesite.lower() == "none")
        self.set_cookie(key, max_age=0, path=path, domain=domain, secure=secure,
                        expires="Thu, 01 Jan 1970 00:00:00 GMT", samesite=samesite)

    def make_bytes(self, value):
        if isinstance(value, (bytes, bytearray)):
            return bytes(value)
        return str(value).encode(self.charset)

    def close(self):
        for closer in self._resource_closers:
            try:
                closer()
            except Exception:
                pass
        self._resource_closers.clear()
        self.closed = True

    def write(self, content):
        raise OSError("This %s instance is not writable" % self.__class__.__name__)

    def flush(self):
        pass

    def readable(self):
        return False

    def seekable(self):
        return False

    def writable(self):
        return False


_CHARSET_PROPERTY = HttpResponseBase.__dict__["charset"]


class HttpResponse(HttpResponseBase):
    streaming = False

    def __init__(self, content=b"", *args, **kwargs):
        # Natively for HttpResponse(str) (see _metal_text.init_response: the same
        # attributes, or False before anything is set).
        if type(self) is HttpResponse and not kwargs and _init_response(
                self, content, args, _RESPONSE_KIT):
            return
        super().__init__(*args, **kwargs)
        self.content = content

    def __repr__(self):
        return "<%s status_code=%d, %r>" % (
            self.__class__.__name__, self.status_code, self.get("Content-Type"))

    @property
    def content(self):
        return b"".join(self._container)

    @content.setter
    def content(self, value):
        if type(value) is str:
            self._container = [value.encode(self.charset)]
            return
        if hasattr(value, "__iter__") and not isinstance(value, (bytes, bytearray, str)):
            content = b"".join(self.make_bytes(chunk) for chunk in value)
            if hasattr(value, "close"):
                try:
                    value.close()
                except Exception:
                    pass
        else:
            content = self.make_bytes(value)
        self._container = [content]

    @property
    def text(self):
        return self.content.decode(self.charset or "utf-8")

    def __iter__(self):
        return iter(self._container)

    def write(self, content):
        self._container.append(self.make_bytes(content))

    def tell(self):
        return len(self.content)

    def getvalue(self):
        return self.content

    def writable(self):
        return True

    def writelines(self, lines):
        for line in lines:
            self.write(line)


class HttpResponseRedirectBase(HttpResponse):
    allowed_schemes = ["http", "https", "ftp"]

    def __init__(self, redirect_to, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from django.utils.encoding import iri_to_uri

        self["Location"] = iri_to_uri(redirect_to)
        scheme = str(redirect_to).split(":", 1)[0].lower() if ":" in str(redirect_to) else ""
        if scheme and "/" not in scheme and scheme not in self.allowed_schemes:
            from django.core.exceptions import DisallowedRedirect
            raise DisallowedRedirect("Unsafe redirect to URL with protocol '%s'" % scheme)

    url = property(lambda self: self["Location"])


class HttpResponseRedirect(HttpResponseRedirectBase):
    status_code = 302


class HttpResponsePermanentRedirect(HttpResponseRedirectBase):
    status_code = 301


class HttpResponseNotModified(HttpResponse):
    status_code = 304

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        del self["content-type"]


class HttpResponseBadRequest(HttpResponse):
    status_code = 400


class HttpResponseNotFound(HttpResponse):
    status_code = 404


class HttpResponseForbidden(HttpResponse):
    status_code = 403


class HttpResponseNotAllowed(HttpResponse):
    status_code = 405

    def __init__(self, permitted_methods, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self["Allow"] = ", ".join(permitted_methods)


class HttpResponseGone(HttpResponse):
    status_code = 410


class HttpResponseServerError(HttpResponse):
    status_code = 500


class Http404(Exception):
    pass


class JsonResponse(HttpResponse):
    """An HttpResponse of data as JSON (a dict unless safe=False)."""

    def __init__(self, data, encoder=None, safe=True, json_dumps_params=None, **kwargs):
        import json

        if encoder is None:
            from django.core.serializers.json import DjangoJSONEncoder

            encoder = DjangoJSONEncoder
        if safe and not isinstance(data, dict):
            raise TypeError(
                "In order to allow non-dict objects to be serialized set the "
                "safe parameter to False."
            )
        if json_dumps_params is None:
            json_dumps_params = {}
        kwargs.setdefault("content_type", "application/json")
        data = json.dumps(data, cls=encoder, **json_dumps_params)
        super().__init__(content=data, **kwargs)


class CookieError(Exception):
    pass


_COOKIE_LEGAL = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-.^_`|~:")
_COOKIE_NAMES = {"expires": "expires", "path": "Path", "comment": "Comment",
                 "domain": "Domain", "max-age": "Max-Age", "secure": "Secure",
                 "httponly": "HttpOnly", "version": "Version", "samesite": "SameSite"}
_EMPTY_ATTRIBUTES = dict.fromkeys(_COOKIE_NAMES, "")
_SORTED_NAMES = sorted(_COOKIE_NAMES)
_SORTED_SHOWN = tuple((name, _COOKIE_NAMES[name]) for name in _SORTED_NAMES)


def _cookie_quote(value):
    """A cookie value as http.cookies writes it: bare when every character is
    legal, else in double quotes with \\, \" and non-printables escaped."""
    if value and (
        _COOKIE_LEGAL.issuperset(value) if type(value) is not str else _cookie_legal(value)
    ):
        return value
    out = []
    for c in value:
        if c == '"' or c == "\\":
            out.append("\\" + c)
        elif c in _COOKIE_LEGAL or c in " ()/<=>?@[]{}":
            out.append(c)
        elif ord(c) < 256:
            # http.cookies' _Translator: a character below 256 as its octal escape;
            # others stay as they are.
            out.append("\\%03o" % ord(c))
        else:
            out.append(c)
    return '"' + "".join(out) + '"'


def _cookie_date(future):
    """http.cookies' date for an int expires: that many seconds from now."""
    year, month, day, hh, mm, ss, wd, _, _ = time.gmtime(time.time() + future)
    return "%s, %02d %3s %4d %02d:%02d:%02d GMT" % (
        _DAYS[wd], day, _MONTHS[month - 1], year, hh, mm, ss)


def _attribute(name):
    """A cookie attribute's name, lower-cased (CookieError for one http.cookies lacks)."""
    name = name.lower()
    if name not in _COOKIE_NAMES:
        raise CookieError("Invalid attribute %r" % (name,))
    return name


class Morsel(dict):
    """One cookie: key, value and its attributes (expires, max-age, path...)."""

    def __init__(self):
        dict.__init__(self, _EMPTY_ATTRIBUTES)
        self._key = self._value = self._coded_value = None

    def __setitem__(self, k, v):
        dict.__setitem__(self, _attribute(k), v)

    def setdefault(self, key, val=None):
        return dict.setdefault(self, _attribute(key), val)

    def update(self, values):
        dict.update(self, {_attribute(key): val for key, val in dict(values).items()})

    def set(self, key, val, coded_val):
        if key.lower() in _COOKIE_NAMES:
            raise CookieError("Attempt to set a reserved key %r" % (key,))
        if not key or not (
            _COOKIE_LEGAL.issuperset(key) if type(key) is not str else _cookie_legal(key)
        ):
            raise CookieError("Illegal key %r" % (key,))
        self._key, self._value, self._coded_value = key, val, coded_val

    # Read-only, as http.cookies has them (set() sets them).
    key = property(lambda self: self._key)
    value = property(lambda self: self._value)
    coded_value = property(lambda self: self._coded_value)

    def OutputString(self, attrs=None):
        """The Set-Cookie value: key=value, then the attributes in sorted order, as
        http.cookies writes them."""
        parts = ["%s=%s" % (self.key, self.coded_value)]
        if attrs is None:
            attrs = _COOKIE_NAMES
        for name, v in sorted(self.items()):
            if v == "" or name not in attrs:
                continue
            if name == "expires" and isinstance(v, int):
                parts.append("%s=%s" % (_COOKIE_NAMES[name], _cookie_date(v)))
            elif name == "max-age" and isinstance(v, int):
                parts.append("%s=%d" % (_COOKIE_NAMES[name], v))
            elif name == "comment" and isinstance(v, str):
                parts.append("%s=%s" % (_COOKIE_NAMES[name], _cookie_quote(v)))
            elif name in ("secure", "httponly"):
                if v:
                    parts.append(_COOKIE_NAMES[name])
            else:
                parts.append("%s=%s" % (_COOKIE_NAMES[name], v))
        return "; ".join(parts)

    # Natively (http_headers.rs) for a Morsel of this class without attrs, while the
    # values are strs, ints and bools it writes as they are.
    _py_OutputString, OutputString = OutputString, _morsel_output

    def output(self, attrs=None, header="Set-Cookie:"):
        return "%s %s" % (header, self.OutputString(attrs))

    __str__ = output

    def __repr__(self):
        return "<%s: %s>" % (self.__class__.__name__, self.OutputString())


class SimpleCookie(dict):
    """Cookies by name; assigning a string makes its Morsel (as http.cookies does)."""

    def output(self, attrs=None, header="Set-Cookie:", sep="\r\n"):
        """Every cookie's Set-Cookie line, by name, joined with sep."""
        return sep.join(morsel.output(attrs, header) for _, morsel in sorted(self.items()))

    __str__ = output

    def __repr__(self):
        shown = " ".join("%s=%r" % (key, morsel.value) for key, morsel in sorted(self.items()))
        return "<%s: %s>" % (self.__class__.__name__, shown)

    def __setitem__(self, key, value):
        if isinstance(value, Morsel):
            dict.__setitem__(self, key, value)
            return
        morsel = self.get(key)
        if morsel is None:
            morsel = Morsel()
        value = str(value)
        morsel.set(key, value, _cookie_quote(value))
        dict.__setitem__(self, key, morsel)


# What _metal_text.init_response stands in for and compares by identity, taken now: the
# attributes HttpResponseBase.__init__ and the content setter store (absent from the
# classes), the methods and properties that path runs, and the module globals it reads.
_RESPONSE_KIT = (
    HttpResponse,
    ResponseHeaders,
    SimpleCookie,
    class_reads(
        HttpResponse,
        "headers", "_charset", "_resource_closers", "closed", "cookies", "_reason_phrase",
        "_container", "charset", "content", "get", "status_code", "make_bytes",
    )
    + class_reads(HttpResponseBase, "__init__")
    + class_reads(ResponseHeaders, "__init__", "__setitem__", "__contains__", "get", "_store")
    + class_reads(SimpleCookie, "__new__", "__init__")
    + class_reads(SafeString, "__str__", "encode"),
    tuple(
        (globals(), name, globals()[name])
        for name in ("ResponseHeaders", "SimpleCookie", "_header_key", "_CHARSET_PROPERTY",
                     "settings")
    ),
    settings,
    ABSENT,
    SafeString,
)


# What the native methods above (http_headers.rs) compare by identity, taken now: the
# classes they stand in for, the names whose Python code they skip, and the module
# globals that code reads.
_response_kit((
    ResponseHeaders,
    SimpleCookie,
    Morsel,
    class_reads(ResponseHeaders, "__contains__", "__setitem__", "get", "setdefault", "_store")
    + class_reads(SimpleCookie, "__setitem__", "__getitem__", "get")
    + class_reads(Morsel, "__new__", "__init__", "set", "OutputString", "key", "coded_value",
                  "_key", "_value", "_coded_value"),
    # (The header methods' Python code reads only _header_key.)
    ((globals(), "_header_key", _header_key),),
    ABSENT,
    _EMPTY_ATTRIBUTES,
    _COOKIE_NAMES,
    _SORTED_SHOWN,
    time.time,
    # What set_cookie's and OutputString's Python code reads.
    tuple(
        (globals(), name, globals()[name])
        for name in ("_EMPTY_ATTRIBUTES", "_COOKIE_NAMES", "_SORTED_SHOWN", "_COOKIE_LEGAL",
                     "_cookie_legal", "_cookie_quote", "Morsel",
                     "http_date", "time")
    )
    + ((time.__dict__, "time", time.time),
       (http_date.__globals__, "_http_date", http_date.__globals__["_http_date"])),
))
