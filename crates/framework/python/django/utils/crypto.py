"""Random strings and constant-time comparison."""

from _metal_text import compare_digest, random_string

RANDOM_STRING_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def get_random_string(length, allowed_chars=RANDOM_STRING_CHARS):
    """A string of `length` characters drawn uniformly from allowed_chars, from
    the operating system's random source (rejection sampling, no modulo bias)."""
    return random_string(length, allowed_chars)


def constant_time_compare(val1, val2):
    """Whether two strings (or bytes) are equal, in time independent of where
    they differ."""
    # force_bytes: bytes as they are, anything else as its str() in UTF-8.
    if not isinstance(val1, bytes):
        val1 = str(val1).encode()
    if not isinstance(val2, bytes):
        val2 = str(val2).encode()
    same = compare_digest(val1, val2)
    if same is not None:
        return same
    if len(val1) != len(val2):
        # Still walk the input so the time depends only on its length.
        val2 = val1
        result = 1
    else:
        result = 0
    for x, y in zip(val1, val2):
        result |= x ^ y
    return result == 0
