# urllib.parse: the quoting and query-string helpers (the subset the framework uses),
# written from the documented behaviour of CPython 3.11's module.

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


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False, encoding="utf-8",
              errors="replace", max_num_fields=None, separator="&"):
    if isinstance(qs, bytes):
        qs = qs.decode("ascii")
    if not qs:
        return []
    pairs = qs.split(separator)
    if max_num_fields is not None and len(pairs) > max_num_fields:
        raise ValueError("Max number of fields exceeded")
    out = []
    for field in pairs:
        if not field and not strict_parsing:
            continue
        name, has_eq, value = field.partition("=")
        if not has_eq and strict_parsing:
            raise ValueError("bad query field: %r" % (field,))
        if value or keep_blank_values:
            out.append((unquote_plus(name, encoding, errors), unquote_plus(value, encoding, errors)))
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
