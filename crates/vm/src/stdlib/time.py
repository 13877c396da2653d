# time: clocks, sleeping, struct_time, gmtime/localtime/mktime, strftime/strptime.
# The clocks and the C library's local time come from _metal_time; the rest is Python.
# Local time is whatever the C library says (TZ, else /etc/localtime).
import _metal_time
import _sysinfo

time = _metal_time.time
time_ns = _metal_time.time_ns
monotonic = _metal_time.monotonic
monotonic_ns = _metal_time.monotonic_ns
perf_counter = _metal_time.perf_counter
perf_counter_ns = _metal_time.perf_counter_ns
process_time = _metal_time.process_time
process_time_ns = _metal_time.process_time_ns
sleep = _metal_time.sleep

_FIELDS = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec",
           "tm_wday", "tm_yday", "tm_isdst")


class struct_time(tuple):
    """The time value as returned by gmtime(), localtime() and strptime()."""

    # A struct sequence of CPython's: no attribute can be set (metal keeps the
    # extra fields in the instance's dict, set through object.__setattr__).
    __setattr__ = _sysinfo.structseq_setattr
    __delattr__ = _sysinfo.structseq_delattr

    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0
    __match_args__ = _FIELDS

    def __new__(cls, seq, dict=None):
        items = tuple(seq)
        n = len(items)
        if n < 9:
            raise TypeError(
                "time.struct_time() takes an at least 9-sequence (%d-sequence given)" % n)
        if n > 11:
            raise TypeError(
                "time.struct_time() takes an at most 11-sequence (%d-sequence given)" % n)
        self = tuple.__new__(cls, items[:9])
        object.__setattr__(self, "_zone", items[9] if n > 9 else None)
        object.__setattr__(self, "_gmtoff", items[10] if n > 10 else None)
        return self

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
    tm_zone = property(lambda self: self._zone)
    tm_gmtoff = property(lambda self: self._gmtoff)

    def __repr__(self):
        parts = ", ".join("%s=%r" % (n, v) for n, v in zip(_FIELDS, self))
        return "time.struct_time(%s)" % parts

    def __reduce__(self):
        return (struct_time, (tuple(self) + (self._zone, self._gmtoff),))


def _days_to_civil(days):
    """(year, month, day) of a count of days since 1970-01-01 (proleptic Gregorian)."""
    z = days + 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    y = yoe + era * 400 + (1 if m <= 2 else 0)
    return y, m, d


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


_CUMDAYS = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)


def _yday(y, m, d):
    return _CUMDAYS[m - 1] + d + (1 if m > 2 and _is_leap(y) else 0)


def _seconds(secs, name):
    if secs is None:
        return int(time() // 1)
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError("Invalid value NaN (not a number)")
        if secs in (float("inf"), float("-inf")):
            raise OverflowError("timestamp out of range for platform time_t")
        return int(secs // 1)
    if isinstance(secs, int):
        return int(secs)
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(secs).__name__)


def gmtime(secs=None):
    s = _seconds(secs, "gmtime")
    days, rem = divmod(s, 86400)
    y, m, d = _days_to_civil(days)
    if not -(2 ** 31) + 1900 <= y <= 2 ** 31 - 1 + 1900:
        raise OverflowError("timestamp out of range for platform time_t")
    hh, rem = divmod(rem, 3600)
    mm, ss = divmod(rem, 60)
    wday = (days + 3) % 7
    return struct_time((y, m, d, hh, mm, ss, wday, _yday(y, m, d), 0, "GMT", 0))


def localtime(secs=None):
    s = _seconds(secs, "localtime")
    if not -(2 ** 63) <= s < 2 ** 63:
        raise OverflowError("timestamp out of range for platform time_t")
    return struct_time(_metal_time.localtime(s))


def mktime(t):
    tt = _checked_tuple(t, "mktime")
    return float(_metal_time.mktime(tuple(tt[:9])))


def _compute_zone_info():
    global timezone, altzone, daylight, tzname
    now = int(time())
    year = gmtime(now)[0]
    # Offsets at midwinter and midsummer: the standard and the daylight-saving ones.
    jan = _metal_time.localtime(int(_civil_to_days(year, 1, 1)) * 86400)
    jul = _metal_time.localtime(int(_civil_to_days(year, 7, 1)) * 86400)
    if jan[10] < jul[10]:
        std, dst = jan, jul  # northern hemisphere
    else:
        std, dst = jul, jan
    timezone = -std[10]
    altzone = -dst[10]
    daylight = 1 if jan[10] != jul[10] else 0
    tzname = (std[9], dst[9])


def _civil_to_days(y, m, d):
    y2 = y - 1 if m <= 2 else y
    era = y2 // 400
    yoe = y2 - era * 400
    mp = m - 3 if m > 2 else m + 9
    doy = (153 * mp + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def tzset():
    _metal_time.tzset()
    _compute_zone_info()


_compute_zone_info()

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def _checked_tuple(t, fname):
    if isinstance(t, struct_time):
        return t
    if not isinstance(t, tuple) or len(t) != 9:
        if isinstance(t, tuple):
            raise TypeError("%s(): illegal time tuple argument" % fname)
        raise TypeError("Tuple or struct_time argument required")
    for v in t:
        if not isinstance(v, int):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(v).__name__)
    return t


def _normalised(t, fname):
    """The fields of a time tuple checked and adjusted as strftime and asctime do."""
    y, mon, mday, hh, mm, ss, wday, yday, isdst = t[:9]
    if mon == 0:
        mon = 1
    if not 1 <= mon <= 12:
        raise ValueError("month out of range")
    if mday == 0:
        mday = 1
    if not 1 <= mday <= 31:
        raise ValueError("day of month out of range")
    if not 0 <= hh <= 23:
        raise ValueError("hour out of range")
    if not 0 <= mm <= 59:
        raise ValueError("minute out of range")
    if not 0 <= ss <= 61:
        raise ValueError("seconds out of range")
    # C numbers weekdays from Sunday; a C remainder below zero is out of range.
    cw = wday + 1
    if cw < 0 and cw % 7:
        raise ValueError("day of week out of range")
    wday = (cw % 7 + 6) % 7
    if yday == 0:
        yday = 1
    if not 1 <= yday <= 366:
        raise ValueError("day of year out of range")
    if isdst < -1:
        isdst = -1
    elif isdst > 1:
        isdst = 1
    return y, mon, mday, hh, mm, ss, wday, yday, isdst


def asctime(t=None):
    if t is None:
        t = localtime()
    t = _checked_tuple(t, "asctime")
    y, mon, mday, hh, mm, ss, wday, yday, isdst = _normalised(t, "asctime")
    return "%s %s %2d %02d:%02d:%02d %d" % (
        _DAYS[wday][:3], _MONTHS[mon - 1][:3], mday, hh, mm, ss, y)


def ctime(secs=None):
    return asctime(localtime(secs))


def _iso_week(y, yday, wday):
    """(ISO year, ISO week) of a date given its day of the year and weekday (Monday=0)."""
    week = (yday - wday + 9) // 7
    if week < 1:
        y -= 1
        last = 366 if _is_leap(y) else 365
        return _iso_week(y, yday + last, wday)
    days_in_year = 366 if _is_leap(y) else 365
    if week == 53 and yday - wday + 3 > days_in_year:
        return y + 1, 1
    return y, week


def _render(c, f, zone, gmtoff):
    """One strftime conversion: (text, is_numeric, default pad)."""
    y, mon, mday, hh, mm, ss, wday, yday, isdst = f
    if c == "Y":
        return str(y), True, ""
    if c == "m":
        return "%02d" % mon, True, "0"
    if c == "d":
        return "%02d" % mday, True, "0"
    if c == "H":
        return "%02d" % hh, True, "0"
    if c == "M":
        return "%02d" % mm, True, "0"
    if c == "S":
        return "%02d" % ss, True, "0"
    if c == "y":
        return "%02d" % (y % 100), True, "0"
    if c == "a":
        return _DAYS[wday][:3], False, ""
    if c == "A":
        return _DAYS[wday], False, ""
    if c in "bh":
        return _MONTHS[mon - 1][:3], False, ""
    if c == "B":
        return _MONTHS[mon - 1], False, ""
    if c == "j":
        return "%03d" % yday, True, "0"
    if c == "p":
        return ("AM" if hh < 12 else "PM"), False, ""
    if c == "P":
        return ("am" if hh < 12 else "pm"), False, ""
    if c == "I":
        return "%02d" % ((hh + 11) % 12 + 1), True, "0"
    if c == "l":
        return "%2d" % ((hh + 11) % 12 + 1), True, " "
    if c == "k":
        return "%2d" % hh, True, " "
    if c == "e":
        return "%2d" % mday, True, " "
    if c == "C":
        return str(y // 100) if y < 1000 else "%02d" % (y // 100), True, ""
    if c == "w":
        return str((wday + 1) % 7), True, ""
    if c == "u":
        return str(wday + 1), True, ""
    if c == "U":
        return "%02d" % ((yday - 1 + 7 - (wday + 1) % 7) // 7), True, "0"
    if c == "W":
        return "%02d" % ((yday - 1 + 7 - wday) // 7), True, "0"
    if c in "GgV":
        iy, iw = _iso_week(y, yday, wday)
        if c == "G":
            return str(iy), True, ""
        if c == "g":
            return "%02d" % (iy % 100), True, "0"
        return "%02d" % iw, True, "0"
    if c == "z":
        off = gmtoff
        sign = "-" if off < 0 else "+"
        off = abs(off) // 60
        return "%s%02d%02d" % (sign, off // 60, off % 60), True, ""
    if c == "Z":
        return zone, False, ""
    if c == "s":
        return str(int(mktime((y, mon, mday, hh, mm, ss, wday, yday, isdst)))), True, ""
    if c == "n":
        return "\n", False, ""
    if c == "t":
        return "\t", False, ""
    if c == "%":
        return "%", False, ""
    composite = {
        "c": "%a %b %e %H:%M:%S %Y", "D": "%m/%d/%y", "F": "%Y-%m-%d", "r": "%I:%M:%S %p",
        "R": "%H:%M", "T": "%H:%M:%S", "x": "%m/%d/%y", "X": "%H:%M:%S",
    }
    if c in composite:
        return _format(composite[c], f, zone, gmtoff), False, ""
    return None, False, ""


_compiled = {}


def _compile(fmt):
    """The pieces of a strftime format: literal strings and (directive, flags, width)."""
    pieces = []
    i = 0
    n = len(fmt)
    while i < n:
        if fmt[i] != "%":
            j = fmt.find("%", i)
            if j < 0:
                j = n
            pieces.append(fmt[i:j])
            i = j
            continue
        start = i
        i += 1
        flag = ""
        while i < n and fmt[i] in "-_0^#":
            flag += fmt[i]
            i += 1
        width = ""
        while i < n and fmt[i].isdigit():
            width += fmt[i]
            i += 1
        if i < n and fmt[i] in "EO":
            i += 1
        if i >= n:
            pieces.append(fmt[start:])
            break
        pieces.append((fmt[i], flag, int(width) if width else 0, fmt[start:i + 1]))
        i += 1
    return pieces


def _format(fmt, f, zone, gmtoff):
    pieces = _compiled.get(fmt)
    if pieces is None:
        pieces = _compile(fmt)
        if len(_compiled) > 200:
            _compiled.clear()
        _compiled[fmt] = pieces
    out = []
    for p in pieces:
        if type(p) is str:
            out.append(p)
            continue
        c, flag, width, source = p
        text, numeric, pad = _render(c, f, zone, gmtoff)
        if text is None:
            out.append(source)
            continue
        if flag:
            if "-" in flag and numeric:
                text = text.lstrip("0 ") or "0"
            elif "_" in flag and numeric:
                stripped = text.lstrip("0 ") or "0"
                text = " " * (len(text) - len(stripped)) + stripped
            elif "0" in flag and numeric:
                text = text.replace(" ", "0")
            if "^" in flag:
                text = text.upper()
            elif "#" in flag:
                text = text.swapcase() if c in "aAbBhpZ" else text
        if width and len(text) < width:
            if numeric:
                fill = " " if "_" in flag else "0"
            else:
                fill = "0" if "0" in flag else " "
            text = fill * (width - len(text)) + text
        out.append(text)
    return "".join(out)


def strftime(format, t=None):
    if not isinstance(format, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(format).__name__)
    if t is None:
        t = localtime()
    t = _checked_tuple(t, "strftime")
    f = _normalised(t, "strftime")
    zone = t.tm_zone if isinstance(t, struct_time) else None
    gmtoff = t.tm_gmtoff if isinstance(t, struct_time) else None
    if zone is None:
        zone = tzname[1 if f[8] > 0 else 0]
    if gmtoff is None:
        gmtoff = -(altzone if f[8] > 0 else timezone)
    return _format(format, f, zone, gmtoff)


def strptime(*args):
    # As CPython's: the arguments go to `_strptime._strptime_time`, which checks them.
    import _strptime
    return _strptime._strptime_time(*args)


# These are C functions in CPython: builtin functions of `time` here too (they do not
# bind as methods when a class keeps one, `Formatter.converter = time.gmtime`).
import _metal_builtin
import sys as _sys

for _name in ("gmtime", "localtime", "mktime", "tzset", "asctime", "ctime", "strftime",
              "strptime"):
    globals()[_name] = _metal_builtin.function(globals()[_name], _sys.modules[__name__])
del _name, _sys, _metal_builtin
