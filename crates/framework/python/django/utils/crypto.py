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
    if type(val1) is str and type(val2) is str:
        # Two strs: compare_digest answers for ASCII ones (their UTF-8 is their text).
        same = compare_digest(val1, val2)
        if same is not None:
            return same
    # force_bytes: bytes as they are, anything else as its str() in UTF-8.
    if not isinstance(val1, bytes):
        val1 = str(val1).encode()
    if not isinstance(val2, bytes):
        val2 = str(val2).encode()
    same = compare_digest(val1, val2)
    if same is None:
        # A bytes subclass: the general comparison (secrets.compare_digest, as Django).
        from secrets import compare_digest as general

        same = general(val1, val2)
    return same
