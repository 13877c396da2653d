# urllib.parse: the quoting and query-string helpers (the subset the framework uses),
# written from the documented behaviour of CPython 3.11's module.

from _metal_text import parse_qsl_utf8 as _parse_qsl_utf8

_ALWAYS_SAFE = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~")
_HEX = "0123456789ABCDEF"


def quote_from_bytes(bs, safe="/"):
    if isinstance(safe, str):
        safe = bytes(ord(c) for c in safe if ord(c) < 128)
    safe_set = _ALWAYS_SAFE | frozenset(safe)
    out = []
    for b in bs:
        if b in safe_set:
            out.append(chr(b))
        else:
            out.append("%" + _HEX[b >> 4] + _HEX[b & 15])
    return "".join(out)


def quote(string, safe="/", encoding=None, errors=None):
    if isinstance(string, str):
        if not string:
            return string
        string = string.encode(encoding or "utf-8")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe="", encoding=None, errors=None):
    if isinstance(string, str) and " " not in string:
        return quote(string, safe, encoding, errors)
    if isinstance(safe, str):
        space = " "
    else:
        space = b" "
    return quote(string, safe + space, encoding, errors).replace(" ", "+")


def unquote_to_bytes(string):
    if isinstance(string, str):
        string = string.encode("utf-8")
    if b"%" not in string:
        return bytes(string)
    out = bytearray()
    i = 0
    n = len(string)
    hexdigits = b"0123456789abcdefABCDEF"
    while i < n:
        c = string[i]
        if c == 37 and i + 2 < n and string[i + 1] in hexdigits and string[i + 2] in hexdigits:
            out.append(int(string[i + 1:i + 3].decode("ascii"), 16))
            i += 3
        else:
            out.append(c)
            i += 1
    return bytes(out)


def _decode(b, encoding, errors):
    try:
        return b.decode(encoding)
    except UnicodeDecodeError:
        if errors == "strict":
            raise
        # 'replace': each undecodable byte becomes U+FFFD.
        out = []
        i = 0
        while i < len(b):
            for size in (4, 3, 2, 1):
                chunk = b[i:i + size]
                try:
                    out.append(chunk.decode(encoding))
                    i += len(chunk)
                    break
                except UnicodeDecodeError:
                    continue
            else:
                out.append("\ufffd")
                i += 1
        return "".join(out)


def unquote(string, encoding="utf-8", errors="replace"):
    if isinstance(string, bytes):
        return _decode(unquote_to_bytes(string), encoding, errors)
    if "%" not in string:
        return string
    return _decode(unquote_to_bytes(string), encoding or "utf-8", errors or "replace")


def unquote_plus(string, encoding="utf-8", errors="replace"):
    return unquote(string.replace("+", " "), encoding, errors)


def _coerce_args(*args):
    """The arguments as str (bytes-like ones decoded as ASCII), and the function that
    turns a str result back into the kind of the first (CPython's _coerce_args)."""
    str_input = isinstance(args[0], str)
    for arg in args[1:]:
        if arg and isinstance(arg, str) != str_input:
            raise TypeError("Cannot mix str and non-str arguments")
    if str_input:
        return args + (_noop,)
    return tuple(x.decode("ascii", "strict") if x else "" for x in args) + (_encode_result,)


def _noop(obj):
    return obj


def _encode_result(obj):
    return obj.encode("ascii", "strict")


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False, encoding="utf-8",
              errors="replace", max_num_fields=None, separator="&"):
    if (type(qs) is str and type(separator) is str and separator == "&"
            and not strict_parsing and encoding == "utf-8" and errors == "replace"):
        # The defaults, natively.
        if max_num_fields is not None:
            num_fields = 1 + qs.count("&") if qs else 0
            if max_num_fields < num_fields:
                raise ValueError("Max number of fields exceeded")
        return _parse_qsl_utf8(qs, keep_blank_values) if qs else []
    qs, coerce_result = _coerce_args(qs)
    separator, _ = _coerce_args(separator)
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")
    if max_num_fields is not None:
        num_fields = 1 + qs.count(separator) if qs else 0
        if max_num_fields < num_fields:
            raise ValueError("Max number of fields exceeded")
    out = []
    for field in qs.split(separator) if qs else []:
        if not field and not strict_parsing:
            continue
        name, has_eq, value = field.partition("=")
        if not has_eq:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (field,))
            if not keep_blank_values:
                continue
        if value or keep_blank_values:
            out.append((coerce_result(unquote(name.replace("+", " "), encoding, errors)),
                        coerce_result(unquote(value.replace("+", " "), encoding, errors))))
    return out


def parse_qs(qs, keep_blank_values=False, strict_parsing=False, encoding="utf-8",
             errors="replace", max_num_fields=None, separator="&"):
    out = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing, encoding, errors,
                                 max_num_fields, separator):
        out.setdefault(name, []).append(value)
    return out


def urlencode(query, doseq=False, safe="", encoding=None, errors=None, quote_via=quote_plus):
    if hasattr(query, "items"):
        query = query.items()
    out = []
    for k, v in query:
        k = quote_via(k if isinstance(k, (str, bytes)) else str(k), safe)
        if doseq and not isinstance(v, (str, bytes)) and hasattr(v, "__iter__"):
            for item in v:
                out.append(k + "=" + quote_via(item if isinstance(item, (str, bytes)) else str(item), safe))
        else:
            out.append(k + "=" + quote_via(v if isinstance(v, (str, bytes)) else str(v), safe))
    return "&".join(out)


class SplitResult(tuple):
    """(scheme, netloc, path, query, fragment) with attribute access."""

    def __new__(cls, scheme, netloc, path, query, fragment):
        return tuple.__new__(cls, (scheme, netloc, path, query, fragment))

    scheme = property(lambda self: self[0])
    netloc = property(lambda self: self[1])
    path = property(lambda self: self[2])
    query = property(lambda self: self[3])
    fragment = property(lambda self: self[4])

    @property
    def hostname(self):
        netloc = self[1].rpartition("@")[2]
        if netloc.startswith("["):
            host = netloc[1:].partition("]")[0]
        else:
            host = netloc.partition(":")[0]
        return host.lower() or None

    @property
    def port(self):
        netloc = self[1].rpartition("@")[2]
        if netloc.startswith("["):
            rest = netloc.partition("]")[2]
            port = rest[1:] if rest.startswith(":") else ""
        else:
            port = netloc.partition(":")[2]
        if not port:
            return None
        if not port.isdigit() or not port.isascii():
            raise ValueError("Port could not be cast to integer value as %r" % port)
        port = int(port)
        if not 0 <= port <= 65535:
            raise ValueError("Port out of range 0-65535")
        return port

    def geturl(self):
        return urlunsplit(self)

    def __repr__(self):
        return "SplitResult(scheme=%r, netloc=%r, path=%r, query=%r, fragment=%r)" % tuple(self)


class ParseResult(tuple):
    def __new__(cls, scheme, netloc, path, params, query, fragment):
        return tuple.__new__(cls, (scheme, netloc, path, params, query, fragment))

    scheme = property(lambda self: self[0])
    netloc = property(lambda self: self[1])
    path = property(lambda self: self[2])
    params = property(lambda self: self[3])
    query = property(lambda self: self[4])
    fragment = property(lambda self: self[5])
    hostname = SplitResult.hostname
    port = SplitResult.port

    def geturl(self):
        return urlunparse(self)

    def __repr__(self):
        return (
            "ParseResult(scheme=%r, netloc=%r, path=%r, params=%r, query=%r, fragment=%r)"
            % tuple(self)
        )


_SCHEME_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-."


def urlsplit(url, scheme="", allow_fragments=True):
    """Split a URL into its five parts, as RFC 3986 reads them."""
    url = url.lstrip(" \t\n\r\x0b\x0c").replace("\t", "").replace("\r", "").replace("\n", "")
    netloc = query = fragment = ""
    i = url.find(":")
    if i > 0 and url[0].isascii() and url[0].isalpha():
        if all(c in _SCHEME_CHARS for c in url[:i]):
            scheme, url = url[:i].lower(), url[i + 1 :]
    if url[:2] == "//":
        end = len(url)
        for c in "/?#":
            pos = url.find(c, 2)
            if pos >= 0:
                end = min(end, pos)
        netloc, url = url[2:end], url[end:]
        if ("[" in netloc and "]" not in netloc) or ("]" in netloc and "[" not in netloc):
            raise ValueError("Invalid IPv6 URL")
    if allow_fragments and "#" in url:
        url, fragment = url.split("#", 1)
    if "?" in url:
        url, query = url.split("?", 1)
    return SplitResult(scheme, netloc, url, query, fragment)


def urlunsplit(components):
    scheme, netloc, url, query, fragment = components
    if netloc or (scheme and url[:2] != "//" and False):
        if url and url[:1] != "/":
            url = "/" + url
        url = "//" + netloc + url
    elif url[:2] == "//":
        url = "//" + url
    if scheme:
        url = scheme + ":" + url
    if query:
        url = url + "?" + query
    if fragment:
        url = url + "#" + fragment
    return url


def urlparse(url, scheme="", allow_fragments=True):
    s = urlsplit(url, scheme, allow_fragments)
    path, params = s.path, ""
    if ";" in path:
        path, params = path.split(";", 1)
    return ParseResult(s.scheme, s.netloc, path, params, s.query, s.fragment)


def urlunparse(components):
    scheme, netloc, url, params, query, fragment = components
    if params:
        url = "%s;%s" % (url, params)
    return urlunsplit((scheme, netloc, url, query, fragment))


def _remove_dot_segments(path):
    out = []
    segments = path.split("/")
    for i, seg in enumerate(segments):
        last = i == len(segments) - 1
        if seg == "..":
            if len(out) > 1:
                out.pop()
            if last:
                out.append("")
        elif seg == ".":
            if last:
                out.append("")
        else:
            out.append(seg)
    return "/".join(out)


def urljoin(base, url, allow_fragments=True):
    """Resolve url against base (RFC 3986 section 5.2)."""
    if not base:
        return url
    if not url:
        return base
    b = urlsplit(base, "", allow_fragments)
    u = urlsplit(url, "", allow_fragments)
    if u.scheme and u.scheme != b.scheme:
        return url
    scheme = b.scheme
    if u.netloc:
        return urlunsplit((scheme, u.netloc, _remove_dot_segments(u.path), u.query, u.fragment))
    netloc = b.netloc
    if not u.path:
        query = u.query if u.query else b.query
        return urlunsplit((scheme, netloc, b.path, query, u.fragment))
    if u.path.startswith("/"):
        path = _remove_dot_segments(u.path)
    else:
        base_dir = b.path[: b.path.rfind("/") + 1] if "/" in b.path else ""
        if netloc and not base_dir:
            base_dir = "/"
        path = _remove_dot_segments(base_dir + u.path)
    return urlunsplit((scheme, netloc, path, u.query, u.fragment))
