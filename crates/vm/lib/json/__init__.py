"""JSON (RFC 8259) encoding and decoding with CPython's `json` API: `dumps`/`dump`
(indent, sort_keys, separators, ensure_ascii, default=, allow_nan, cls=) and
`loads`/`load` (object_hook, object_pairs_hook, parse_float, parse_int,
parse_constant, strict), with `JSONDecodeError` reporting line, column and offset as
CPython does. Input bytes must be UTF-8 (UTF-16/32 input is not supported yet)."""

__all__ = [
    "dump", "dumps", "load", "loads", "JSONDecoder", "JSONDecodeError", "JSONEncoder",
]

from .decoder import JSONDecoder, JSONDecodeError
from .encoder import JSONEncoder


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None, default=None,
         sort_keys=False, **kw):
    """Serialize `obj` as JSON to the file-like `fp` (anything with `write(str)`)."""
    if cls is None:
        cls = JSONEncoder
    encoder = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                  check_circular=check_circular, allow_nan=allow_nan, indent=indent,
                  separators=separators, default=default, sort_keys=sort_keys, **kw)
    for chunk in encoder.iterencode(obj):
        fp.write(chunk)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None, default=None,
          sort_keys=False, **kw):
    """Serialize `obj` to a JSON str.

    `indent` (an int or a str) pretty-prints; `separators` is (item, key) separators;
    `default(o)` returns something serializable for objects that are not (or raises
    TypeError); `sort_keys` sorts dict output by key; `ensure_ascii=False` leaves
    non-ASCII characters as they are."""
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
               check_circular=check_circular, allow_nan=allow_nan, indent=indent,
               separators=separators, default=default, sort_keys=sort_keys,
               **kw).encode(obj)


def _decode_bytes(b):
    if b.startswith(b"\xef\xbb\xbf"):
        return bytes(b[3:]).decode("utf-8")
    if len(b) >= 2 and (b[0] == 0 or b[1] == 0 or b.startswith((b"\xff\xfe", b"\xfe\xff"))):
        raise NotImplementedError("json: UTF-16 and UTF-32 input is not supported yet")
    return bytes(b).decode("utf-8")


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize JSON read from the file-like `fp` (anything with `read()`)."""
    return loads(fp.read(), cls=cls, object_hook=object_hook, parse_float=parse_float,
                 parse_int=parse_int, parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize a JSON document (str, or UTF-8 bytes/bytearray) to Python objects.

    `object_hook(dict)` / `object_pairs_hook(list of pairs)` replace each decoded
    object; `parse_float`, `parse_int` and `parse_constant` get the text of numbers and
    of NaN/Infinity/-Infinity."""
    if isinstance(s, str):
        if s.startswith("\ufeff"):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError("the JSON object must be str, bytes or bytearray, not %s"
                            % s.__class__.__name__)
        s = _decode_bytes(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw["object_hook"] = object_hook
    if object_pairs_hook is not None:
        kw["object_pairs_hook"] = object_pairs_hook
    if parse_float is not None:
        kw["parse_float"] = parse_float
    if parse_int is not None:
        kw["parse_int"] = parse_int
    if parse_constant is not None:
        kw["parse_constant"] = parse_constant
    return cls(**kw).decode(s)
