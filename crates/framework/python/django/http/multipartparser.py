"""multipart/form-data request bodies (RFC 7578), parsed as Django's MultiPartParser
does: fields into a QueryDict, files into a MultiValueDict of uploaded files."""

import base64
import io
import re
from urllib.parse import unquote

from django.conf import settings
from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent
from django.core.files.uploadedfile import InMemoryUploadedFile
from django.utils.datastructures import MultiValueDict


class MultiPartParserError(Exception):
    pass


class TooManyFilesSent(MultiPartParserError):
    pass


_BOUNDARY_RE = re.compile(r"^[ -~]{0,200}[!-~]$")


def _params(value):
    """'form-data; name="a"; filename*=UTF-8''x' -> ('form-data', {'name': 'a', ...});
    RFC 2231 `key*=charset'lang'value` is decoded into `key`."""
    parts = _split_semicolons(value)
    main = parts[0].strip().lower() if parts else ""
    out = {}
    for p in parts[1:]:
        if "=" not in p:
            continue
        key, _, v = p.partition("=")
        key = key.strip().lower()
        v = v.strip()
        if key.endswith("*"):
            key = key[:-1]
            charset, _, rest = v.partition("'")
            _lang, _, encoded = rest.partition("'")
            try:
                v = unquote(encoded, encoding=charset or "utf-8")
            except LookupError:
                v = unquote(encoded)
        elif len(v) >= 2 and v[0] == v[-1] == '"':
            v = v[1:-1].replace('\\\\', '\\').replace('\\"', '"')
        out[key] = v
    return main, out


def _split_semicolons(value):
    parts, cur, quoted = [], [], False
    for c in value:
        if c == '"':
            quoted = not quoted
        if c == ";" and not quoted:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(c)
    parts.append("".join(cur))
    return parts


_CHAR_REF = re.compile(r"&(#[0-9]+|#[xX][0-9a-fA-F]+|amp|lt|gt|quot|apos);")
_NAMED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}


def _unescape(text):
    """HTML character references in a file name (numeric ones and the five XML
    names) turned into their characters."""
    def one(m):
        ref = m.group(1)
        if ref[0] != "#":
            return _NAMED[ref]
        code = int(ref[2:], 16) if ref[1] in "xX" else int(ref[1:])
        try:
            return chr(code)
        except (ValueError, OverflowError):
            return "\ufffd"
    return _CHAR_REF.sub(one, text)


def _sanitize_file_name(name):
    """The last path component, unescaped, printable characters only; None for
    nothing usable."""
    name = _unescape(name)
    name = name.rsplit("/")[-1].rsplit("\\")[-1]
    name = "".join(c for c in name if c.isprintable())
    return None if name in {"", ".", ".."} else name


def parse(body, content_type_params, encoding=None):
    """(POST QueryDict, FILES MultiValueDict) of a multipart body (bytes)."""
    from django.http import QueryDict

    boundary = content_type_params.get("boundary")
    if not boundary or not _BOUNDARY_RE.match(boundary):
        raise MultiPartParserError("Invalid boundary in multipart: %s" % boundary)
    encoding = encoding or settings.DEFAULT_CHARSET
    post = QueryDict(mutable=True)
    files = MultiValueDict()
    delimiter = b"--" + boundary.encode("ascii")
    num_fields = num_files = field_bytes = 0
    max_fields = settings.DATA_UPLOAD_MAX_NUMBER_FIELDS
    max_files = getattr(settings, "DATA_UPLOAD_MAX_NUMBER_FILES", 100)
    max_memory = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
    start = body.find(delimiter)
    while start != -1:
        pos = start + len(delimiter)
        if body[pos:pos + 2] == b"--":
            break  # the closing delimiter: the rest is the epilogue
        next_start = body.find(b"\r\n" + delimiter, pos)
        end = len(body) if next_start == -1 else next_start
        section = body[pos:end]
        start = -1 if next_start == -1 else next_start + 2
        if section.startswith(b"\r\n"):
            section = section[2:]
        head, sep, data = section.partition(b"\r\n\r\n")
        if not sep:
            continue
        headers = {}
        for line in head.split(b"\r\n"):
            name, colon, value = line.partition(b":")
            if colon:
                headers[name.strip().lower().decode("latin-1")] = value.strip().decode(
                    encoding, "replace")
        kind, disposition = _params(headers.get("content-disposition", ""))
        field_name = disposition.get("name")
        if kind != "form-data" or not field_name:
            continue
        if headers.get("content-transfer-encoding", "").strip().lower() == "base64":
            try:
                data = base64.b64decode(data)
            except Exception:
                pass
        if disposition.get("filename"):
            num_files += 1
            if max_files is not None and num_files > max_files:
                raise TooManyFilesSent(
                    "The number of files exceeded settings.DATA_UPLOAD_MAX_NUMBER_FILES."
                )
            file_name = _sanitize_file_name(disposition["filename"])
            if not file_name:
                continue
            ctype, ctype_params = _params(headers.get("content-type", ""))
            charset = ctype_params.pop("charset", None)
            files.appendlist(field_name, InMemoryUploadedFile(
                io.BytesIO(data), field_name, file_name, ctype,
                len(data), charset.encode() if charset is not None else None,
                ctype_params))
        else:
            num_fields += 1
            if max_fields is not None and num_fields > max_fields:
                raise TooManyFieldsSent(
                    "The number of GET/POST parameters exceeded "
                    "settings.DATA_UPLOAD_MAX_NUMBER_FIELDS."
                )
            field_bytes += len(data)
            if max_memory is not None and field_bytes > max_memory:
                raise RequestDataTooBig(
                    "Request body exceeded settings.DATA_UPLOAD_MAX_MEMORY_SIZE."
                )
            post.appendlist(field_name, data.decode(encoding, "replace"))
    post._mutable = False
    return post, files
