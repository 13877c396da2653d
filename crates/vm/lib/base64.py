"""Base16, Base32, Base64 and Base85 encodings of binary data (RFC 4648)."""

import binascii
import builtins as _builtins

_memoryview = getattr(_builtins, "memoryview", None)

__all__ = ["encode", "decode", "encodebytes", "decodebytes", "b64encode", "b64decode",
           "b32encode", "b32decode", "b32hexencode", "b32hexdecode", "b16encode",
           "b16decode", "b85encode", "b85decode", "standard_b64encode",
           "standard_b64decode", "urlsafe_b64encode", "urlsafe_b64decode"]


def _decode_input(s):
    if isinstance(s, str):
        try:
            return s.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters") from None
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    if _memoryview is not None and isinstance(s, _memoryview):
        return s.tobytes()
    raise TypeError("argument should be a bytes-like object or ASCII string, not %r"
                    % type(s).__name__)


def _encode_input(s):
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    if _memoryview is not None and isinstance(s, _memoryview):
        return s.tobytes()
    raise TypeError("a bytes-like object is required, not '%s'" % type(s).__name__)


def _swap(data, frm, to):
    """data with each byte of frm replaced by the byte of to at the same place."""
    table = dict(zip(frm, to))
    return bytes([table.get(c, c) for c in data])


# -- Base64

def b64encode(s, altchars=None):
    out = binascii.b2a_base64(_encode_input(s), newline=False)
    if altchars is not None:
        if len(altchars) != 2:
            raise AssertionError(repr(altchars))
        out = _swap(out, b"+/", bytes(altchars))
    return out


def b64decode(s, altchars=None, validate=False):
    s = _decode_input(s)
    if altchars is not None:
        altchars = _decode_input(altchars)
        if len(altchars) != 2:
            raise AssertionError(repr(altchars))
        s = _swap(s, altchars, b"+/")
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return _swap(b64encode(s), b"+/", b"-_")


def urlsafe_b64decode(s):
    return b64decode(_swap(_decode_input(s), b"-_", b"+/"))


def encodebytes(s):
    s = _encode_input(s)
    out = []
    for i in range(0, len(s), 57):
        out.append(binascii.b2a_base64(s[i:i + 57]))
    return b"".join(out)


def decodebytes(s):
    return binascii.a2b_base64(_encode_input(s))


# -- Base32

_B32 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_B32HEX = b"0123456789ABCDEFGHIJKLMNOPQRSTUV"


def _b32encode(alphabet, s):
    s = _encode_input(s)
    out = bytearray()
    for i in range(0, len(s), 5):
        chunk = s[i:i + 5]
        v = int.from_bytes(chunk + b"\0" * (5 - len(chunk)), "big")
        group = bytes(alphabet[(v >> (35 - 5 * k)) & 31] for k in range(8))
        used = {1: 2, 2: 4, 3: 5, 4: 7, 5: 8}[len(chunk)]
        out += group[:used] + b"=" * (8 - used)
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _decode_input(s)
    if len(s) % 8:
        raise binascii.Error("Incorrect padding")
    if map01 is not None:
        map01 = _decode_input(map01)
        s = _swap(s, b"01", b"O" + map01)
    if casefold:
        s = s.upper()
    body = s.rstrip(b"=")
    pads = len(s) - len(body)
    values = {c: i for i, c in enumerate(alphabet)}
    out = bytearray()
    for i in range(0, len(body), 8):
        group = body[i:i + 8]
        v = 0
        for c in group:
            d = values.get(c)
            if d is None:
                raise binascii.Error("Non-base32 digit found")
            v = (v << 5) | d
        v <<= 5 * (8 - len(group))
        out += v.to_bytes(5, "big")
    if pads:
        keep = {0: 5, 1: 4, 3: 3, 4: 2, 6: 1}.get(pads)
        if keep is None or not s:
            raise binascii.Error("Incorrect padding")
        out = out[:len(out) - 5 + keep]
    return bytes(out)


def b32encode(s):
    return _b32encode(_B32, s)


def b32decode(s, casefold=False, map01=None):
    return _b32decode(_B32, s, casefold, map01)


def b32hexencode(s):
    return _b32encode(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    return _b32decode(_B32HEX, s, casefold)


# -- Base16

def b16encode(s):
    return _encode_input(s).hex().upper().encode("ascii")


def b16decode(s, casefold=False):
    s = _decode_input(s)
    if casefold:
        s = s.upper()
    for c in s:
        if c not in b"0123456789ABCDEF":
            raise binascii.Error("Non-base16 digit found")
    return binascii.unhexlify(s)


# -- Base85 (the git/Mercurial alphabet)

_B85 = (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~")


def b85encode(b, pad=False):
    b = _encode_input(b)
    rem = len(b) % 4
    if rem:
        b = b + b"\0" * (4 - rem)
    out = bytearray()
    for i in range(0, len(b), 4):
        v = int.from_bytes(b[i:i + 4], "big")
        digits = []
        for _ in range(5):
            v, d = divmod(v, 85)
            digits.append(_B85[d])
        out += bytes(reversed(digits))
    if rem and not pad:
        out = out[:len(out) - (4 - rem)]
    return bytes(out)


def b85decode(b):
    b = _decode_input(b)
    values = {c: i for i, c in enumerate(_B85)}
    padding = (-len(b)) % 5
    b = b + b"~" * padding
    out = bytearray()
    for i in range(0, len(b), 5):
        v = 0
        for j, c in enumerate(b[i:i + 5]):
            d = values.get(c)
            if d is None:
                raise ValueError("bad base85 character at position %d" % (i + j))
            v = v * 85 + d
        if v > 0xFFFFFFFF:
            raise ValueError("base85 overflow in hunk starting at byte %d" % i)
        out += v.to_bytes(4, "big")
    if padding:
        out = out[:len(out) - padding]
    return bytes(out)


# -- files

def encode(input, output):
    while True:
        s = input.read(57)
        if not s:
            break
        output.write(binascii.b2a_base64(s))


def decode(input, output):
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))
