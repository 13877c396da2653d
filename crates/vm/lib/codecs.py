"""codecs: the registry of text encodings.

metal's codecs are built in (crates/vm/src/codecs.rs, codecs_extra.rs): UTF-8, ASCII,
Latin-1, UTF-16 and UTF-32 (and their -le/-be forms), utf-8-sig, cp1252, cp1250, cp1251,
iso8859-15, iso8859-2, koi8-r, cp437, cp850, mac-roman, unicode_escape and
raw_unicode_escape, under CPython's names and aliases. Registering other codecs or error handlers is not supported yet.
"""

import _metal_codecs

BOM_UTF8 = b"\xef\xbb\xbf"
BOM_LE = BOM_UTF16_LE = b"\xff\xfe"
BOM_BE = BOM_UTF16_BE = b"\xfe\xff"
BOM_UTF32_LE = b"\xff\xfe\x00\x00"
BOM_UTF32_BE = b"\x00\x00\xfe\xff"
BOM = BOM_UTF16 = BOM_LE
BOM_UTF32 = BOM_UTF32_LE

__all__ = ["register", "lookup", "encode", "decode", "getencoder", "getdecoder",
           "register_error", "lookup_error", "CodecInfo", "BOM", "BOM_BE", "BOM_LE",
           "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE", "BOM_UTF16_BE", "BOM_UTF32",
           "BOM_UTF32_LE", "BOM_UTF32_BE"]


class CodecInfo(tuple):
    """Codec details when looking up the codec registry"""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))


def _encoder(name, fname):
    def encode(input, errors="strict"):
        if not isinstance(input, str):
            raise TypeError("%s() argument 1 must be str, not %s"
                            % (fname, type(input).__name__))
        return input.encode(name, errors), len(input)
    return encode


def _decoder(name):
    def decode(input, errors="strict"):
        if not isinstance(input, (bytes, bytearray, memoryview)):
            raise TypeError("a bytes-like object is required, not '%s'"
                            % type(input).__name__)
        data = bytes(input)
        return data.decode(name, errors), len(data)
    return decode


_cache = {}


def lookup(encoding):
    """Looks up a codec tuple in the Python codec registry and returns a CodecInfo
    object."""
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    name = _metal_codecs.canonical(encoding)
    if name is None:
        raise LookupError("unknown encoding: %s" % encoding)
    info = _cache.get(name)
    if info is None:
        info = CodecInfo(_encoder(name, _metal_codecs.encoder_name(name)),
                         _decoder(name), name=name)
        _cache[name] = info
    return info


def encode(obj, encoding="utf-8", errors="strict"):
    """Encodes obj using the codec registered for encoding."""
    info = lookup(encoding)
    try:
        return info.encode(obj, errors)[0]
    except TypeError as e:
        raise TypeError("encoding with %r codec failed (TypeError: %s)" % (encoding, e)) from e


def decode(obj, encoding="utf-8", errors="strict"):
    """Decodes obj using the codec registered for encoding."""
    info = lookup(encoding)
    try:
        return info.decode(obj, errors)[0]
    except TypeError as e:
        raise TypeError("decoding with %r codec failed (TypeError: %s)" % (encoding, e)) from e


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


_HANDLERS = ("strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace",
             "namereplace", "surrogateescape", "surrogatepass")


def register(search_function):
    raise NotImplementedError("codecs.register (codecs of one's own) is not supported yet")


def register_error(name, error_handler):
    raise NotImplementedError("codecs.register_error (error handlers of one's own) is not supported yet")


def lookup_error(name):
    if not isinstance(name, str):
        raise TypeError("lookup_error() argument must be str, not %s" % type(name).__name__)
    if name not in _HANDLERS:
        raise LookupError("unknown error handler name '%s'" % name)
    raise NotImplementedError("codecs.lookup_error's handler functions are not supported yet")
