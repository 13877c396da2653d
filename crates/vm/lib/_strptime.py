"""Parsing of times by format (time.strptime, datetime.strptime), in the C locale."""

import re as _re
import time as _time

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")


def _names(words):
    # Longest first, so 'june' is tried before 'jun'.
    return "|".join(sorted(words, key=len, reverse=True))


def _zone_names():
    names = {"utc", "gmt"}
    for n in _time.tzname:
        if n:
            names.add(n.lower())
    return names


_PATTERNS = {
    "a": "(?P<a>%s)" % _names(w[:3] for w in _WEEKDAYS),
    "A": "(?P<A>%s)" % _names(_WEEKDAYS),
    "b": "(?P<b>%s)" % _names(m[:3] for m in _MONTHS),
    "B": "(?P<B>%s)" % _names(_MONTHS),
    "d": r"(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])",
    "f": r"(?P<f>[0-9]{1,6})",
    "H": r"(?P<H>2[0-3]|[01]\d|\d)",
    "I": r"(?P<I>1[0-2]|0[1-9]|[1-9])",
    "G": r"(?P<G>\d\d\d\d)",
    "j": r"(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
    "m": r"(?P<m>1[0-2]|0[1-9]|[1-9])",
    "M": r"(?P<M>[0-5]\d|\d)",
    "S": r"(?P<S>6[01]|[0-5]\d|\d)",
    "U": r"(?P<U>5[0-3]|[0-4]\d|\d)",
    "W": r"(?P<W>5[0-3]|[0-4]\d|\d)",
    "w": r"(?P<w>[0-6])",
    "u": r"(?P<u>[1-7])",
    "V": r"(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)",
    "y": r"(?P<y>\d\d)",
    "Y": r"(?P<Y>\d\d\d\d)",
    "z": r"(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|Z)",
    "p": "(?P<p>am|pm)",
    "%": "%",
}

# The C locale's composite formats.
_COMPOSITE = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S"}

_cache = {}


def _translate(fmt):
    """The regular expression source for a strptime format."""
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c == "%":
            if i + 1 >= n:
                raise ValueError("stray %% in format '%s'" % fmt)
            d = fmt[i + 1]
            i += 2
            if d in _COMPOSITE:
                out.append(_translate(_COMPOSITE[d]))
            elif d == "Z":
                out.append("(?P<Z>%s)" % _names(_re.escape(z) for z in _zone_names()))
            elif d in _PATTERNS:
                out.append(_PATTERNS[d])
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, fmt))
        elif c.isspace():
            while i < n and fmt[i].isspace():
                i += 1
            out.append(r"\s+")
        else:
            out.append(_re.escape(c))
            i += 1
    return "".join(out)


def _compile(fmt):
    rx = _cache.get(fmt)
    if rx is None:
        try:
            source = _translate(fmt)
        except ValueError as e:
            if "bad directive" in str(e) and "%" in fmt:
                # Report the directive of the format the caller gave.
                raise ValueError(str(e).split(" in format ")[0] + " in format '%s'" % fmt) \
                    from None
            raise
        rx = _re.compile(source, _re.IGNORECASE)
        if len(_cache) > 100:
            _cache.clear()
        _cache[fmt] = rx
    return rx


def _ordinal(y, m, d):
    import datetime
    return datetime.date(y, m, d).toordinal()


def _parse(data, fmt):
    """(fields, fraction, gmtoff_fraction): fields is the 11-tuple of a struct_time."""
    if not isinstance(data, str):
        raise TypeError("strptime() argument 1 must be str, not %s" % type(data).__name__)
    if not isinstance(fmt, str):
        raise TypeError("strptime() argument 2 must be str, not %s" % type(fmt).__name__)
    rx = _compile(fmt)
    found = rx.match(data)
    if found is None:
        raise ValueError("time data %r does not match format %r" % (data, fmt))
    if found.end() != len(data):
        raise ValueError("unconverted data remains: %s" % data[found.end():])
    g = {k: v for k, v in found.groupdict().items() if v is not None}
    year = None
    month = day = 1
    hour = minute = second = fraction = 0
    tz = -1
    gmtoff = None
    gmtoff_fraction = 0
    iso_year = iso_week = None
    week_sunday = week_monday = None
    weekday = julian = None
    zone = None
    for key, v in g.items():
        if key == "y":
            year = int(v)
            year += 2000 if year <= 68 else 1900
        elif key == "Y":
            year = int(v)
        elif key == "G":
            iso_year = int(v)
        elif key == "m":
            month = int(v)
        elif key == "B":
            month = _MONTHS.index(v.lower()) + 1
        elif key == "b":
            month = [m[:3] for m in _MONTHS].index(v.lower()) + 1
        elif key == "d":
            day = int(v)
        elif key == "H":
            hour = int(v)
        elif key == "I":
            hour = int(v)
            pm = g.get("p", "").lower()
            if pm == "pm":
                if hour != 12:
                    hour += 12
            elif hour == 12:
                hour = 0
        elif key == "M":
            minute = int(v)
        elif key == "S":
            second = int(v)
        elif key == "f":
            fraction = int(v + "0" * (6 - len(v)))
        elif key == "A":
            weekday = _WEEKDAYS.index(v.lower())
        elif key == "a":
            weekday = [w[:3] for w in _WEEKDAYS].index(v.lower())
        elif key == "w":
            weekday = (int(v) + 6) % 7
        elif key == "u":
            weekday = int(v) - 1
        elif key == "j":
            julian = int(v)
        elif key == "U":
            week_sunday = int(v)
        elif key == "W":
            week_monday = int(v)
        elif key == "V":
            iso_week = int(v)
        elif key == "z":
            if v == "Z" or v == "z":
                gmtoff = 0
            else:
                sign = -1 if v[0] == "-" else 1
                body = v[1:].replace(":", "")
                hh = int(body[0:2])
                mm = int(body[2:4])
                ss = int(body[4:6]) if len(body) >= 6 else 0
                frac = body[7:] if len(body) > 6 else ""
                gmtoff = sign * (hh * 3600 + mm * 60 + ss)
                if frac:
                    gmtoff_fraction = sign * int(frac + "0" * (6 - len(frac)))
        elif key == "Z":
            zone = v
            low = v.lower()
            if low in ("utc", "gmt"):
                tz = 0
            else:
                names = [n.lower() for n in _time.tzname]
                if low in names:
                    if not (_time.daylight == 0 and names[0] == names[1]):
                        tz = names.index(low)
                    else:
                        tz = -1
    if iso_year is not None:
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO "
                             "year directive '%G'. Use '%Y' instead.")
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week "
                             "directive '%V' and a weekday directive ('%A', '%a', '%w', "
                             "or '%u').")
    elif iso_week is not None:
        if year is None or weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year "
                             "directive '%G' and a weekday directive ('%A', '%a', '%w', "
                             "or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive "
                         "'%Y'. Use the ISO year '%G' instead.")
    leap_guess = False
    if year is None:
        if month == 2 and day == 29:
            year = 1904  # a leap year, so Feb 29 parses; reported as 1900 below
            leap_guess = True
        elif iso_year is None:
            year = 1900
    if julian is None and weekday is not None:
        if week_sunday is not None or week_monday is not None:
            # The day of the year from a week number and a weekday: week 1 starts on
            # the year's first Monday (%W) or Sunday (%U).
            jan1_wd = (_ordinal(year, 1, 1) + 6) % 7
            if week_monday is not None:
                week = week_monday
                offset = weekday
            else:
                jan1_wd = (jan1_wd + 1) % 7
                week = week_sunday
                offset = (weekday + 1) % 7
            if week == 0:
                # Week 0 counts back from Jan 1 (and is week 1 when Jan 1 starts a week).
                julian = 1 + offset - jan1_wd
            else:
                julian = (7 - jan1_wd) % 7 + 7 * (week - 1) + offset + 1
        elif iso_year is not None:
            import datetime
            d = datetime.date.fromisocalendar(iso_year, iso_week, weekday + 1)
            year, month, day = d.year, d.month, d.day
            julian = d.toordinal() - _ordinal(year, 1, 1) + 1
    if julian is not None and julian <= 0:
        year -= 1
        julian += 366 if (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)) else 365
    if julian is None:
        julian = _ordinal(year, month, day) - _ordinal(year, 1, 1) + 1
    else:
        import datetime
        d = datetime.date.fromordinal(julian - 1 + _ordinal(year, 1, 1))
        year, month, day = d.year, d.month, d.day
    if weekday is None:
        weekday = (_ordinal(year, month, day) + 6) % 7
    if leap_guess:
        year = 1900
    fields = (year, month, day, hour, minute, second, weekday, julian, tz, zone, gmtoff)
    return fields, fraction, gmtoff_fraction


def _strptime_time(data_string, format="%a %b %d %H:%M:%S %Y"):
    # (CPython's own words for time.strptime: the index from 0 and the class's repr.)
    for index, arg in enumerate([data_string, format]):
        if not isinstance(arg, str):
            raise TypeError("strptime() argument {} must be str, not {}".format(index, type(arg)))
    fields = _parse(data_string, format)[0]
    return _time.struct_time(fields)


def _strptime_datetime(cls, data, fmt="%a %b %d %H:%M:%S %Y"):
    import datetime
    fields, fraction, gmtoff_fraction = _parse(data, fmt)
    zone, gmtoff = fields[-2:]
    args = fields[:6] + (fraction,)
    if gmtoff is not None:
        delta = datetime.timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
        tz = datetime.timezone(delta, zone) if zone else datetime.timezone(delta)
        args += (tz,)
    return cls(*args)
