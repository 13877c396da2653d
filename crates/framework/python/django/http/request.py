from urllib.parse import parse_qsl, quote, unquote, urlencode

from _metal_forms import class_keeps as _class_keeps
from _metal_text import parse_cookie as _parse_cookie
from _metal_text import querydict_init as _metal_querydict_init
from _metal_text import querydict_kit as _querydict_kit

from django.conf import settings
from django.utils import datastructures
from django.utils._kit import ABSENT, class_reads
from django.utils.datastructures import CaseInsensitiveMapping, MultiValueDict


class RawPostDataException(Exception):
    pass


_dict_get = dict.get
_MISSING = object()
_dict_set = dict.__setitem__


def _appendlist_plain():
    """QueryDict and MultiValueDict still have their own appendlist chain (answered
    natively, remembered until a class changes)."""
    return _class_keeps(QueryDict, _QD_NAMES, _ORIGINALS[:4]) and _class_keeps(
        MultiValueDict, _MVD_NAMES, _ORIGINALS[4:])


class QueryDict(MultiValueDict):
    """The GET and POST of a request: immutable unless made with mutable=True."""

    _mutable = True
    _encoding = None

    def __init__(self, query_string=None, mutable=False, encoding=None):
        super().__init__()
        self.encoding = encoding or settings.DEFAULT_CHARSET
        query_string = query_string or ""
        if isinstance(query_string, bytes):
            # Undecodable input is taken as Latin-1, as Django does (nothing is lost).
            try:
                query_string = query_string.decode(self.encoding)
            except UnicodeDecodeError:
                query_string = query_string.decode("iso-8859-1")
        max_fields = settings.DATA_UPLOAD_MAX_NUMBER_FIELDS
        try:
            pairs = parse_qsl(query_string, keep_blank_values=True,
                              encoding=self.encoding, max_num_fields=max_fields)
            if type(self) is QueryDict and _appendlist_plain():
                # What appendlist does (through setlistdefault and setlist), without
                # its calls: each key's list made once and appended to.
                lists = _dict_get
                for key, value in pairs:
                    values = lists(self, key, _MISSING)
                    if values is _MISSING:
                        values = []
                        _dict_set(self, key, values)
                    values.append(value)
            else:
                for key, value in pairs:
                    self.appendlist(key, value)
        except ValueError as e:
            # (As Django: a ValueError here is taken as the limit's.)
            from django.core.exceptions import TooManyFieldsSent

            raise TooManyFieldsSent(
                "The number of GET/POST parameters exceeded "
                "settings.DATA_UPLOAD_MAX_NUMBER_FIELDS."
            ) from e
        self._mutable = mutable

    @property
    def encoding(self):
        if self._encoding is None:
            self._encoding = settings.DEFAULT_CHARSET
        return self._encoding

    @encoding.setter
    def encoding(self, value):
        self._encoding = value

    # Natively (multivalue.rs) for an exact QueryDict in UTF-8; this method otherwise.
    _py___init__, __init__ = __init__, _metal_querydict_init

    @classmethod
    def fromkeys(cls, iterable, value="", mutable=False, encoding=None):
        q = cls("", mutable=True, encoding=encoding)
        for key in iterable:
            q.appendlist(key, value)
        if not mutable:
            q._mutable = False
        return q

    def _assert_mutable(self):
        if not self._mutable:
            raise AttributeError("This QueryDict instance is immutable")

    def __setitem__(self, key, value):
        self._assert_mutable()
        super().__setitem__(key, value)

    def __delitem__(self, key):
        self._assert_mutable()
        super().__delitem__(key)

    def setlist(self, key, list_):
        self._assert_mutable()
        super().setlist(key, list_)

    def setlistdefault(self, key, default_list=None):
        self._assert_mutable()
        return super().setlistdefault(key, default_list)

    def appendlist(self, key, value):
        self._assert_mutable()
        super().appendlist(key, value)

    def pop(self, key, *args):
        self._assert_mutable()
        return super().pop(key, *args)

    def popitem(self):
        self._assert_mutable()
        return super().popitem()

    def clear(self):
        self._assert_mutable()
        super().clear()

    def setdefault(self, key, default=None):
        self._assert_mutable()
        return super().setdefault(key, default)

    def update(self, *args, **kwargs):
        self._assert_mutable()
        super().update(*args, **kwargs)

    def __copy__(self):
        """A mutable shallow copy."""
        result = self.__class__("", mutable=True, encoding=self.encoding)
        for key, value in self.lists():
            result.setlist(key, value)
        return result

    def __deepcopy__(self, memo):
        import copy

        result = self.__class__("", mutable=True, encoding=self.encoding)
        memo[id(self)] = result
        for key, value in self.lists():
            result.setlist(copy.deepcopy(key, memo), copy.deepcopy(value, memo))
        return result

    def copy(self):
        result = self.__class__("", mutable=True, encoding=self.encoding)
        for key, value in self.lists():
            result.setlist(key, list(value))
        return result

    def urlencode(self, safe=None):
        output = []
        for k, list_ in self.lists():
            k = k.encode(self.encoding)
            for v in list_:
                v = str(v).encode(self.encoding)
                if safe:
                    output.append(quote(k, safe) + "=" + quote(v, safe))
                else:
                    output.append(urlencode({k: v}))
        return "&".join(output)


datastructures._DICT_NEXT.add(QueryDict)
_QD_NAMES = ("appendlist", "setlistdefault", "setlist", "_assert_mutable")
_MVD_NAMES = ("appendlist", "setlistdefault", "setlist", "__contains__")
_ORIGINALS = (
    QueryDict.appendlist,
    QueryDict.setlistdefault,
    QueryDict.setlist,
    QueryDict._assert_mutable,
    MultiValueDict.appendlist,
    MultiValueDict.setlistdefault,
    MultiValueDict.setlist,
    dict.__contains__,
)

import urllib.parse as _urllib_parse  # noqa: E402

_querydict_kit((
    QueryDict,
    class_reads(QueryDict, *_QD_NAMES, "__setattr__", "encoding", "_encoding", "_mutable")
    + class_reads(MultiValueDict, "__init__", *_MVD_NAMES),
    # (settings first: the native reads it from here.)
    tuple((g, name, g[name]) for g, name in (
        (globals(), "settings"),
        (globals(), "parse_qsl"),
        (globals(), "QueryDict"),
        (globals(), "_appendlist_plain"),
        (globals(), "_dict_get"),
        (globals(), "_dict_set"),
        (globals(), "_MISSING"),
        (_urllib_parse.__dict__, "_parse_qsl_utf8"),
    )),
    ABSENT,
))


class HttpHeaders(CaseInsensitiveMapping):
    HTTP_PREFIX = "HTTP_"
    UNPREFIXED_HEADERS = {"CONTENT_TYPE", "CONTENT_LENGTH"}

    def __init__(self, environ):
        headers = {}
        for header, value in environ.items():
            name = self.parse_header_name(header)
            if name:
                headers[name] = value
        super().__init__(headers)

    def __getitem__(self, key):
        return super().__getitem__(key.replace("_", "-"))

    @classmethod
    def parse_header_name(cls, header):
        if header.startswith(cls.HTTP_PREFIX):
            header = header[len(cls.HTTP_PREFIX):]
        elif header not in cls.UNPREFIXED_HEADERS:
            return None
        return header.replace("_", "-").title()


class HttpRequest:
    def __init__(self):
        self.GET = QueryDict(mutable=True)
        self.POST = QueryDict(mutable=True)
        self.COOKIES = {}
        self.META = {}
        self.FILES = MultiValueDict()
        self.path = ""
        self.path_info = ""
        self.method = None
        self.resolver_match = None
        self.content_type = None
        self.content_params = None

    def __repr__(self):
        if self.method is None or not self.get_full_path():
            return "<%s>" % self.__class__.__name__
        return "<%s: %s %r>" % (self.__class__.__name__, self.method, self.get_full_path())

    @property
    def headers(self):
        return HttpHeaders(self.META)

    def _get_raw_host(self):
        if settings_value("USE_X_FORWARDED_HOST", False) and "HTTP_X_FORWARDED_HOST" in self.META:
            return self.META["HTTP_X_FORWARDED_HOST"]
        if "HTTP_HOST" in self.META:
            host = self.META["HTTP_HOST"]
        else:
            host = self.META.get("SERVER_NAME", "")
            port = str(self.META.get("SERVER_PORT", ""))
            if port and port != ("443" if self.is_secure() else "80"):
                host = "%s:%s" % (host, port)
        return host

    def get_host(self):
        """The host of the request, checked against ALLOWED_HOSTS (DisallowedHost)."""
        from django.core.exceptions import DisallowedHost

        host = self._get_raw_host()
        allowed_hosts = settings_value("ALLOWED_HOSTS", [])
        if settings_value("DEBUG", False) and not allowed_hosts:
            allowed_hosts = [".localhost", "127.0.0.1", "[::1]"]
        domain, port = split_domain_port(host)
        if domain and validate_host(domain, allowed_hosts):
            return host
        msg = "Invalid HTTP_HOST header: %r." % host
        if domain:
            msg += " You may need to add %r to ALLOWED_HOSTS." % domain
        else:
            msg += " The domain name provided is not valid according to RFC 1034/1035."
        raise DisallowedHost(msg)

    @property
    def accepted_types(self):
        """The media types of the Accept header, most specific first per quality."""
        header = self.META.get("HTTP_ACCEPT", "*/*")
        types = []
        for i, token in enumerate(t for t in header.split(",") if t.strip()):
            main, _, params = token.strip().partition(";")
            quality = 1.0
            for param in params.split(";"):
                key, _, value = param.strip().partition("=")
                if key.strip() == "q":
                    try:
                        quality = float(value)
                    except ValueError:
                        quality = 1.0
            types.append((main.strip().lower(), quality, i))
        return [t for t, q, _ in sorted(types, key=lambda t: (-t[1], t[2])) if q > 0]

    def accepts(self, media_type):
        """Whether the client's Accept header allows media_type."""
        main, _, sub = media_type.partition("/")
        for accepted in self.accepted_types:
            a_main, _, a_sub = accepted.partition("/")
            if (a_main in ("*", main)) and (a_sub in ("*", sub)):
                return True
        return False

    def get_port(self):
        """The server port (X-Forwarded-Port with USE_X_FORWARDED_PORT)."""
        if settings_value("USE_X_FORWARDED_PORT", False) and "HTTP_X_FORWARDED_PORT" in self.META:
            port = self.META["HTTP_X_FORWARDED_PORT"]
        else:
            port = self.META["SERVER_PORT"]
        return str(port)

    def get_full_path(self, force_append_slash=False):
        """The path and query string, percent-encoded as a URI."""
        from django.utils.encoding import escape_uri_path, iri_to_uri

        path = self.path
        qs = self.META.get("QUERY_STRING", "")
        return "%s%s%s" % (
            escape_uri_path(path),
            "/" if force_append_slash and not path.endswith("/") else "",
            ("?" + iri_to_uri(qs)) if qs else "",
        )

    @property
    def scheme(self):
        """https when SECURE_PROXY_SSL_HEADER's header says so (behind a TLS proxy),
        else the WSGI scheme."""
        from django.conf import settings

        if getattr(settings, "SECURE_PROXY_SSL_HEADER", None):
            try:
                header, secure_value = settings.SECURE_PROXY_SSL_HEADER
            except ValueError:
                from django.core.exceptions import ImproperlyConfigured

                raise ImproperlyConfigured(
                    "The SECURE_PROXY_SSL_HEADER setting must be a tuple containing "
                    "two values."
                )
            header_value = self.META.get(header)
            if header_value is not None:
                header_value, *_ = header_value.split(",", 1)
                return "https" if header_value.strip() == secure_value else "http"
        return self._get_scheme()

    def _get_scheme(self):
        return self.META.get("wsgi.url_scheme", "http")

    def is_secure(self):
        return self.scheme == "https"

    def build_absolute_uri(self, location=None):
        """location (default: this request's path) made absolute against this
        request's scheme and host, as a URI."""
        from urllib.parse import urljoin, urlsplit

        from django.utils.encoding import iri_to_uri

        if location is None:
            location = "//%s" % self.get_full_path()
        else:
            location = str(location)
        bits = urlsplit(location)
        if not (bits.scheme and bits.netloc):
            current = "%s://%s" % (self.scheme, self.get_host())
            if (
                bits.path.startswith("/")
                and not bits.scheme
                and not bits.netloc
                and "/./" not in bits.path
                and "/../" not in bits.path
            ):
                # The common absolute path: no urljoin needed.
                if location.startswith("//"):
                    location = location[2:]
                location = current + location
            else:
                location = urljoin(current + self.path, location)
        return iri_to_uri(location)

    @property
    def body(self):
        if not hasattr(self, "_body"):
            self._body = self.read()
        return self._body

    def read(self, *args):
        return b""


def parse_cookie(cookie):
    """Cookie header → dict, as browsers send it (Django's lenient parser; values
    unquoted as http.cookies does), natively for a str."""
    parsed = _parse_cookie(cookie)
    if parsed is not None:
        return parsed
    cookiedict = {}
    for chunk in cookie.split(";"):
        if "=" in chunk:
            key, val = chunk.split("=", 1)
        else:
            key, val = "", chunk
        key, val = key.strip(), val.strip()
        if key or val:
            cookiedict[key] = _unquote(val)
    return cookiedict


_UNQUOTE = None


def _unquote(value):
    """http.cookies._unquote: a value in double quotes loses them and its \\ooo and
    \\c escapes are decoded."""
    global _UNQUOTE
    if len(value) < 2 or value[0] != '"' or value[-1] != '"':
        return value
    if _UNQUOTE is None:
        import re

        _UNQUOTE = re.compile(r"\\(?:([0-3][0-7][0-7])|(.))")
    return _UNQUOTE.sub(lambda m: chr(int(m[1], 8)) if m[1] else m[2], value[1:-1])


def settings_value(name, default):
    from django.conf import settings

    return getattr(settings, name, default)


_HOST_VALIDATION = None


def split_domain_port(host):
    """'example.com:8000' -> ('example.com', '8000'); ('', '') when malformed."""
    import re

    global _HOST_VALIDATION
    if _HOST_VALIDATION is None:
        _HOST_VALIDATION = re.compile(
            r"([a-z0-9.-]+|\[[a-f0-9]*:[a-f0-9.:]+\])(?::([0-9]+))?"
        )
    match = _HOST_VALIDATION.fullmatch(host.lower())
    if not match:
        return "", ""
    domain, port = match.groups(default="")
    # Remove a trailing dot (if present) from the domain.
    return domain.removesuffix("."), port


def validate_host(host, allowed_hosts):
    """Whether host matches an ALLOWED_HOSTS entry ('*', '.example.com', exact)."""
    from django.utils.http import is_same_domain

    return any(
        pattern == "*" or is_same_domain(host, pattern) for pattern in allowed_hosts
    )
