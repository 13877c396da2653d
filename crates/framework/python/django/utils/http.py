"""HTTP helpers: dates in cookies and headers, hosts."""

import time

from _metal_text import http_date as _http_date

_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def http_date(epoch_seconds=None):
    """RFC 7231 date: 'Wdy, DD Mon YYYY HH:MM:SS GMT' (email.utils.formatdate's)."""
    if epoch_seconds is None:
        epoch_seconds = time.time()
    # Natively for an int or float in the years 1-9999; else datetime decides.
    text = _http_date(epoch_seconds)
    if text is not None:
        return text
    import datetime

    dt = datetime.datetime.fromtimestamp(epoch_seconds, datetime.timezone.utc)
    return "%s, %02d %s %04d %02d:%02d:%02d GMT" % (
        _DAYS[dt.weekday()], dt.day, _MONTHS[dt.month - 1], dt.year, dt.hour, dt.minute,
        dt.second)


def is_same_domain(host, pattern):
    """Whether host matches pattern ('.example.com' matches every subdomain)."""
    if not pattern:
        return False
    pattern = pattern.lower()
    return (
        pattern[0] == "."
        and (host.endswith(pattern) or host == pattern[1:])
        or pattern == host
    )
