"""Conversions between binary data and ASCII encodings (base64, hex), and CRC-32."""

import builtins as _builtins

_memoryview = getattr(_builtins, "memoryview", None)


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64_VALUE = {c: i for i, c in enumerate(_B64)}


def _ascii_data(data):
    """The bytes of an a2b_* argument: bytes-like, or a str of ASCII characters."""
    if isinstance(data, str):
        try:
            return data.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters") from None
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    if _memoryview is not None and isinstance(data, _memoryview):
        return data.tobytes()
    raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'"
                    % type(data).__name__)


def _binary_data(data):
    """The bytes of a b2a_* argument (bytes-like only)."""
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    if _memoryview is not None and isinstance(data, _memoryview):
        return data.tobytes()
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def b2a_base64(data, *, newline=True):
    data = _binary_data(data)
    out = bytearray()
    table = _B64
    n = len(data)
    full = n - n % 3
    for i in range(0, full, 3):
        v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out.append(table[v >> 18])
        out.append(table[(v >> 12) & 63])
        out.append(table[(v >> 6) & 63])
        out.append(table[v & 63])
    rest = n - full
    if rest == 1:
        v = data[full] << 16
        out += bytes([table[v >> 18], table[(v >> 12) & 63]]) + b"=="
    elif rest == 2:
        v = (data[full] << 16) | (data[full + 1] << 8)
        out += bytes([table[v >> 18], table[(v >> 12) & 63], table[(v >> 6) & 63]]) + b"="
    if newline:
        out.append(10)
    return bytes(out)


def a2b_base64(data, *, strict_mode=False):
    data = _ascii_data(data)
    values = _B64_VALUE
    out = bytearray()
    quad = 0  # how many characters of the current group of four were read
    acc = 0
    pads = 0
    padding = False
    n = len(data)
    for i in range(n):
        c = data[i]
        if c == 61:  # '='
            padding = True
            if strict_mode and i == 0:
                raise Error("Leading padding not allowed")
            if quad >= 2:
                pads += 1
                if quad + pads >= 4:
                    # The group is complete: nothing after it is read.
                    if strict_mode and i + 1 < n:
                        raise Error("Excess data after padding")
                    return bytes(out)
            continue
        v = values.get(c)
        if v is None:
            if strict_mode:
                raise Error("Only base64 data is allowed")
            continue
        if strict_mode and padding:
            raise Error("Discontinuous padding not allowed")
        pads = 0
        acc = (acc << 6) | v
        quad += 1
        if quad == 2:
            out.append((acc >> 4) & 0xFF)
            acc &= 0x0F
        elif quad == 3:
            out.append((acc >> 2) & 0xFF)
            acc &= 0x03
        elif quad == 4:
            out.append(acc & 0xFF)
            acc = 0
            quad = 0
    if quad == 1:
        raise Error("Invalid base64-encoded string: number of data characters (%d) cannot "
                    "be 1 more than a multiple of 4" % (len(out) // 3 * 4 + 1))
    if quad:
        raise Error("Incorrect padding")
    return bytes(out)


def hexlify(data, sep=None, bytes_per_sep=1):
    data = _binary_data(data)
    if sep is None:
        return data.hex().encode("ascii")
    if isinstance(sep, str):
        sep = sep.encode("ascii")
    sep = bytes(sep)
    if len(sep) != 1:
        raise ValueError("sep must be length 1.")
    h = data.hex()
    if bytes_per_sep == 0 or not h:
        return h.encode("ascii")
    size = abs(bytes_per_sep) * 2
    if bytes_per_sep > 0:
        # Groups counted from the right.
        first = len(h) % size or size
        parts = [h[:first]] + [h[i:i + size] for i in range(first, len(h), size)]
    else:
        parts = [h[i:i + size] for i in range(0, len(h), size)]
    return sep.join(p.encode("ascii") for p in parts)


b2a_hex = hexlify

_HEX = {c: int(chr(c), 16) for c in b"0123456789abcdefABCDEF"}


def unhexlify(hexstr):
    data = _ascii_data(hexstr)
    if len(data) % 2:
        raise Error("Odd-length string")
    out = bytearray()
    for i in range(0, len(data), 2):
        hi = _HEX.get(data[i])
        lo = _HEX.get(data[i + 1])
        if hi is None or lo is None:
            raise Error("Non-hexadecimal digit found")
        out.append(hi * 16 + lo)
    return bytes(out)


a2b_hex = unhexlify

_CRC_TABLE = None


def crc32(data, crc=0):
    global _CRC_TABLE
    if _CRC_TABLE is None:
        table = []
        for i in range(256):
            c = i
            for _ in range(8):
                c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
            table.append(c)
        _CRC_TABLE = table
    table = _CRC_TABLE
    c = (crc & 0xFFFFFFFF) ^ 0xFFFFFFFF
    for b in _binary_data(data):
        c = table[(c ^ b) & 0xFF] ^ (c >> 8)
    return c ^ 0xFFFFFFFF
