"""IRIs to URIs: the percent-encoding Django applies to paths and redirects."""

from urllib.parse import quote


def iri_to_uri(iri):
    """Percent-encode what may not appear in a URI, keeping its reserved characters
    (RFC 3987 section 3.1)."""
    if iri is None:
        return iri
    return quote(str(iri), safe="/#%[]=:;$&()+,!?*@'~")


def uri_to_iri(uri):
    from urllib.parse import unquote

    return unquote(uri) if uri is not None else uri


def escape_uri_path(path):
    """A path with everything but its reserved characters percent-encoded."""
    return quote(path, safe="/:@&+$,-_.!~*'()")


def force_str(s, encoding="utf-8", strings_only=False, errors="strict"):
    if isinstance(s, str):
        return s
    if isinstance(s, bytes):
        return str(s, encoding, errors)
    return str(s)


def force_bytes(s, encoding="utf-8", strings_only=False, errors="strict"):
    if isinstance(s, bytes):
        return s
    return str(s).encode(encoding, errors)


smart_str = force_str
smart_bytes = force_bytes
