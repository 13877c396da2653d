"""HTTP helpers: dates in cookies and headers, hosts."""

import time

_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _civil_from_days(z):
    """Days since 1970-01-01 -> (year, month, day) in the proleptic Gregorian calendar."""
    z += 719468
    era = (z if z >= 0 else z - 146096) // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    return (y + 1 if m <= 2 else y), m, d


def http_date(epoch_seconds=None):
    """RFC 7231 date: 'Wdy, DD Mon YYYY HH:MM:SS GMT'."""
    if epoch_seconds is None:
        epoch_seconds = time.time()
    secs = int(epoch_seconds)
    days, rem = divmod(secs, 86400)
    year, month, day = _civil_from_days(days)
    weekday = (days + 3) % 7  # 1970-01-01 was a Thursday
    return "%s, %02d %s %04d %02d:%02d:%02d GMT" % (
        _DAYS[weekday], day, _MONTHS[month - 1], year, rem // 3600, rem // 60 % 60, rem % 60)


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
