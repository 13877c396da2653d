"""Random tokens and choices for security purposes, from os.urandom."""

import base64 as _base64
import builtins as _builtins
import os as _os
from random import SystemRandom

from _metal_text import compare_digest as _native_compare_digest

__all__ = ["choice", "randbelow", "randbits", "SystemRandom", "token_bytes", "token_hex",
           "token_urlsafe", "compare_digest"]

DEFAULT_ENTROPY = 32  # bytes

_BYTES_LIKE = (bytes, bytearray)
if hasattr(_builtins, "memoryview"):
    _BYTES_LIKE += (_builtins.memoryview,)

_sysrand = SystemRandom()
randbits = _sysrand.getrandbits
choice = _sysrand.choice


def randbelow(exclusive_upper_bound):
    if exclusive_upper_bound <= 0:
        raise ValueError("Upper bound must be positive.")
    return _sysrand._randbelow(exclusive_upper_bound)


def token_bytes(nbytes=None):
    if nbytes is None:
        nbytes = DEFAULT_ENTROPY
    return _os.urandom(nbytes)


def token_hex(nbytes=None):
    return token_bytes(nbytes).hex()


def token_urlsafe(nbytes=None):
    tok = token_bytes(nbytes)
    return _base64.urlsafe_b64encode(tok).rstrip(b"=").decode("ascii")


def compare_digest(a, b):
    """a == b, taking a time that depends only on the length of the inputs."""
    same = _native_compare_digest(a, b)
    if same is not None:
        return same
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError("comparing strings with non-ASCII characters is not supported")
        a = a.encode("ascii")
        b = b.encode("ascii")
    else:
        if not isinstance(a, _BYTES_LIKE) and not isinstance(b, _BYTES_LIKE):
            raise TypeError(
                "unsupported operand types(s) or combination of types: '%s' and '%s'"
                % (type(a).__name__, type(b).__name__))
        for x in (a, b):
            if not isinstance(x, _BYTES_LIKE):
                raise TypeError("a bytes-like object is required, not '%s'" % type(x).__name__)
        a = bytes(a)
        b = bytes(b)
    diff = len(a) ^ len(b)
    other = b if len(a) == len(b) else a
    for x, y in zip(a, other):
        diff |= x ^ y
    return diff == 0
