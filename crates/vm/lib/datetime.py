"""Dates, times, durations and fixed-offset time zones (CPython 3.11's datetime).

Written for metal from the documentation; the proleptic Gregorian calendar throughout.
Local time is the C library's (TZ, else /etc/localtime), through the time module.
"""

import time as _time
import math as _math

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999
_MAX_ORDINAL = 3652059  # date(9999, 12, 31).toordinal()
_US_PER_DAY = 86400 * 1000000

# ---------------------------------------------------------------- calendar arithmetic

_MONTH_LENGTHS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTH_NAMES = (None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
                "Oct", "Nov", "Dec")


def _leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _month_length(y, m):
    if m == 2 and _leap(y):
        return 29
    return _MONTH_LENGTHS[m]


def _ordinal(y, m, d):
    """Days since 0000-12-31 of a valid date: 0001-01-01 is day 1."""
    p = y - 1
    n = p * 365 + p // 4 - p // 100 + p // 400 + _DAYS_BEFORE[m] + d
    if m > 2 and _leap(y):
        n += 1
    return n


def _from_ordinal(n):
    """(year, month, day) of an ordinal, through days counted from 0000-03-01."""
    z = n + 305  # days since 0000-03-01
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    if mp < 10:
        return yoe + era * 400, mp + 3, d
    return yoe + era * 400 + 1, mp - 9, d


def _first_iso_monday(y):
    """Ordinal of the Monday starting ISO week 1 of year y."""
    jan1 = _ordinal(y, 1, 1)
    wd = (jan1 + 6) % 7  # Monday is 0
    monday = jan1 - wd
    if wd > 3:  # Jan 1 is Fri/Sat/Sun: week 1 starts the Monday after
        monday += 7
    return monday


def _as_int(v):
    if type(v) is int:
        return v
    if isinstance(v, int):
        return int(v)
    if isinstance(v, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    index = getattr(type(v), "__index__", None)
    if index is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    r = index(v)
    if not isinstance(r, int):
        raise TypeError("__index__ returned non-int (type %s)" % type(r).__name__)
    return int(r)


def _check_date(y, m, d):
    y = _as_int(y)
    m = _as_int(m)
    d = _as_int(d)
    if not MINYEAR <= y <= MAXYEAR:
        raise ValueError("year %d is out of range" % y)
    if not 1 <= m <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= d <= _month_length(y, m):
        raise ValueError("day is out of range for month")
    return y, m, d


def _check_time(h, m, s, us, fold):
    h = _as_int(h)
    m = _as_int(m)
    s = _as_int(s)
    us = _as_int(us)
    if not 0 <= h <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= m <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= s <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= us <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return h, m, s, us


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _checked_offset(kind, offset):
    """Validate what a tzinfo's utcoffset() or dst() returned."""
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (kind, type(offset).__name__))
    if not -_ONE_DAY < offset < _ONE_DAY:
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                         "and timedelta(hours=24).")
    return offset


def _round_half_even(num, den):
    """num / den rounded to the nearest integer, ties to even (den != 0)."""
    if den < 0:
        num, den = -num, -den
    q, r = divmod(num, den)
    twice = 2 * r
    if twice > den or (twice == den and q % 2 == 1):
        q += 1
    return q


def _type_path(obj):
    """How reprs name a class: 'datetime.date' for ours, the bare name for subclasses."""
    t = type(obj)
    if t.__module__ == __name__:
        return "%s.%s" % (t.__module__, t.__qualname__)
    return t.__name__


def _format_offset(off, sep=":"):
    """'+HH:MM[:SS[.ffffff]]' for a timedelta offset ('' for None)."""
    if off is None:
        return ""
    us = off._days * _US_PER_DAY + off._seconds * 1000000 + off._microseconds
    sign = "+"
    if us < 0:
        sign = "-"
        us = -us
    secs, us = divmod(us, 1000000)
    mins, s = divmod(secs, 60)
    h, m = divmod(mins, 60)
    text = "%s%02d%s%02d" % (sign, h, sep, m)
    if s or us:
        text += "%s%02d" % (sep, s)
        if us:
            text += ".%06d" % us
    return text


def _format_clock(h, m, s, us, timespec):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    if timespec == "hours":
        return "%02d" % h
    if timespec == "minutes":
        return "%02d:%02d" % (h, m)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (h, m, s)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (h, m, s, us // 1000)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (h, m, s, us)
    raise ValueError("Unknown timespec value")


def _strftime_with(fmt, timetuple, us, tzobj, tzarg):
    """strftime for date/time/datetime: %f, %z and %Z are ours, the rest is time's."""
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(fmt).__name__)
    if "%f" in fmt or "%z" in fmt or "%Z" in fmt:
        out = []
        i = 0
        n = len(fmt)
        while i < n:
            c = fmt[i]
            if c == "%" and i + 1 < n:
                nxt = fmt[i + 1]
                i += 2
                if nxt == "f":
                    out.append("%06d" % us)
                elif nxt == "z":
                    off = None
                    if tzobj is not None:
                        off = _checked_offset("utcoffset", tzobj.utcoffset(tzarg))
                    out.append(_format_offset(off, ""))
                elif nxt == "Z":
                    name = ""
                    if tzobj is not None:
                        name = tzobj.tzname(tzarg)
                        if name is None:
                            name = ""
                        elif not isinstance(name, str):
                            raise TypeError("tzinfo.tzname() must return None or a string, "
                                            "not '%s'" % type(name).__name__)
                    out.append(name.replace("%", "%%"))
                else:
                    out.append("%" + nxt)
            else:
                out.append(c)
                i += 1
        fmt = "".join(out)
    return _time.strftime(fmt, timetuple)


# ---------------------------------------------------------------------------- timedelta

_UNITS = (("days", _US_PER_DAY), ("seconds", 1000000), ("microseconds", 1),
          ("milliseconds", 1000), ("minutes", 60000000), ("hours", 3600000000),
          ("weeks", 7 * _US_PER_DAY))


class timedelta:
    """A duration: days, seconds and microseconds, normalised."""

    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0,
                weeks=0):
        if (type(days) is int and type(seconds) is int and type(microseconds) is int
                and type(milliseconds) is int and type(minutes) is int and type(hours) is int
                and type(weeks) is int):
            return _td_from_us(cls, ((weeks * 7 + days) * 86400 + hours * 3600 + minutes * 60
                                     + seconds) * 1000000 + milliseconds * 1000 + microseconds)
        values = (days, seconds, microseconds, milliseconds, minutes, hours, weeks)
        total = 0
        num = 0  # the fractional part, exactly, as num / den microseconds
        den = 1
        for (name, factor), v in zip(_UNITS, values):
            if type(v) is int:
                total += v * factor
            elif isinstance(v, int):
                total += int(v) * factor
            elif isinstance(v, float):
                if v != v or v in (_INF, -_INF):
                    raise ValueError("cannot convert float %s to integer" % v)
                a, b = v.as_integer_ratio()
                a *= factor
                num = num * b + a * den
                den *= b
            else:
                raise TypeError("unsupported type for timedelta %s component: %s"
                                % (name, type(v).__name__))
        if num:
            total += _round_half_even(num, den)
        return _td_from_us(cls, total)

    # -- accessors

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        return self._us() / 10 ** 6

    # -- text

    def __repr__(self):
        parts = []
        if self._days:
            parts.append("days=%d" % self._days)
        if self._seconds:
            parts.append("seconds=%d" % self._seconds)
        if self._microseconds:
            parts.append("microseconds=%d" % self._microseconds)
        return "%s(%s)" % (_type_path(self), ", ".join(parts) if parts else "0")

    def __str__(self):
        mins, s = divmod(self._seconds, 60)
        h, m = divmod(mins, 60)
        text = "%d:%02d:%02d" % (h, m, s)
        if self._microseconds:
            text += ".%06d" % self._microseconds
        if self._days:
            d = self._days
            text = "%d day%s, %s" % (d, "" if abs(d) == 1 else "s", text)
        return text

    # -- arithmetic

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(timedelta, self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(timedelta, self._us() - other._us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(timedelta, other._us() - self._us())
        return NotImplemented

    def __neg__(self):
        return _td_from_us(timedelta, -self._us())

    def __pos__(self):
        return _td_from_us(timedelta, self._us())

    def __abs__(self):
        return -self if self._days < 0 else +self

    def __mul__(self, other):
        if isinstance(other, int):
            return _td_from_us(timedelta, self._us() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return _td_from_us(timedelta, _round_half_even(self._us() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _td_from_us(timedelta, _round_half_even(self._us(), other))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            if a == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _td_from_us(timedelta, _round_half_even(self._us() * b, a))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us() // other._us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _td_from_us(timedelta, self._us() // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(timedelta, self._us() % other._us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us(), other._us())
            return q, _td_from_us(timedelta, r)
        return NotImplemented

    # -- comparison

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._us() == other._us()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._us() != other._us()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._us() < other._us()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._us() <= other._us()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._us() > other._us()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._us() >= other._us()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._days, self._seconds, self._microseconds))
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_INF = float("inf")


def _td_from_us(cls, us):
    d, rem = divmod(us, _US_PER_DAY)
    if not -999999999 <= d <= 999999999:
        raise OverflowError("days=%d; must have magnitude <= 999999999" % d)
    s, u = divmod(rem, 1000000)
    self = object.__new__(cls)
    self._days = d
    self._seconds = s
    self._microseconds = u
    self._hashcode = -1
    return self


timedelta.min = _td_from_us(timedelta, -999999999 * _US_PER_DAY)
timedelta.max = _td_from_us(timedelta, 1000000000 * _US_PER_DAY - 1)
timedelta.resolution = _td_from_us(timedelta, 1)
_ONE_DAY = _td_from_us(timedelta, _US_PER_DAY)
_ZERO = _td_from_us(timedelta, 0)


# --------------------------------------------------------------------------------- date

class date:
    """A calendar date (year, month, day)."""

    __slots__ = ("_year", "_month", "_day", "_hashcode")

    def __new__(cls, year=None, month=None, day=None):
        if month is None:
            state = _pickle_state(year, 4, 2)
            if state is not None:
                return date.__new__(cls, state[0] * 256 + state[1], state[2], state[3])
        _not_state(year)
        y, m, d = _check_date(_required(year, "year", 1), _required(month, "month", 2),
                              _required(day, "day", 3))
        self = object.__new__(cls)
        self._year = y
        self._month = m
        self._day = d
        self._hashcode = -1
        return self

    # -- other constructors

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d = _time.localtime(_whole_seconds(t))[:3]
        return cls(y, m, d)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        n = _as_int(n)
        if not 1 <= n <= _MAX_ORDINAL:
            raise ValueError("ordinal must be >= 1")
        return cls(*_from_ordinal(n))

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        if len(date_string) not in (7, 8, 10):
            raise ValueError("Invalid isoformat string: %r" % (date_string,))
        return cls(*_parse_iso_date(date_string))

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_from_iso_calendar(year, week, day))

    # -- accessors

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def toordinal(self):
        return _ordinal(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        y = self._year
        n = self.toordinal()
        start = _first_iso_monday(y)
        if n < start:
            y -= 1
            start = _first_iso_monday(y)
        elif y < MAXYEAR and n >= _first_iso_monday(y + 1):
            y += 1
            start = _first_iso_monday(y)
        week, wd = divmod(n - start, 7)
        return IsoCalendarDate(y, week + 1, wd + 1)

    def timetuple(self):
        y, m, d = self._year, self._month, self._day
        return _time.struct_time((y, m, d, 0, 0, 0, self.weekday(),
                                  _DAYS_BEFORE[m] + d + (m > 2 and _leap(y)), -1))

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    # -- text

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_type_path(self), self._year, self._month, self._day)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        return "%s %s %2d 00:00:00 %04d" % (_DAY_NAMES[self.weekday()],
                                            _MONTH_NAMES[self._month], self._day, self._year)

    def strftime(self, format):
        return _strftime_with(format, self.timetuple(), 0, None, None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    # -- comparison (a date never equals a datetime)

    def _key(self, other):
        if isinstance(other, date) and not isinstance(other, datetime) \
                and not isinstance(self, datetime):
            return True
        return False

    def __eq__(self, other):
        if self._key(other):
            return (self._year == other._year and self._month == other._month
                    and self._day == other._day)
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __lt__(self, other):
        if self._key(other):
            return (self._year, self._month, self._day) < (other._year, other._month, other._day)
        return NotImplemented

    def __le__(self, other):
        if self._key(other):
            return (self._year, self._month, self._day) <= (other._year, other._month, other._day)
        return NotImplemented

    def __gt__(self, other):
        if self._key(other):
            return (self._year, self._month, self._day) > (other._year, other._month, other._day)
        return NotImplemented

    def __ge__(self, other):
        if self._key(other):
            return (self._year, self._month, self._day) >= (other._year, other._month, other._day)
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._year, self._month, self._day))
        return self._hashcode

    # -- arithmetic

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other._days
            if not 1 <= n <= _MAX_ORDINAL:
                raise OverflowError("date value out of range")
            y, m, d = _from_ordinal(n)
            if type(self) is date:
                return _new_date(y, m, d)
            return type(self)(y, m, d)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other._days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __reduce__(self):
        return (type(self), (bytes(divmod(self._year, 256) + (self._month, self._day)),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _new_date(y, m, d):
    self = object.__new__(date)
    self._year = y
    self._month = m
    self._day = d
    self._hashcode = -1
    return self


date.min = _new_date(1, 1, 1)
date.max = _new_date(9999, 12, 31)
date.resolution = _ONE_DAY


class IsoCalendarDate(tuple):
    """The (year, week, weekday) triple date.isocalendar() returns."""

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return "%s(year=%d, week=%d, weekday=%d)" % (
            type(self).__name__ if type(self) is not IsoCalendarDate
            else "datetime.IsoCalendarDate", self[0], self[1], self[2])

    def __reduce__(self):
        return (tuple, (tuple(self),))


def _from_iso_calendar(year, week, day):
    year = _as_int(year)
    week = _as_int(week)
    day = _as_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("Year is out of range: %d" % year)
    if not 0 < week < 53:
        ok = False
        if week == 53:
            # A year has a week 53 when it starts on a Thursday, or on a Wednesday in a
            # leap year.
            wd = (_ordinal(year, 1, 1) + 6) % 7
            ok = wd == 3 or (wd == 2 and _leap(year))
        if not ok:
            raise ValueError("Invalid week: %d" % week)
    if not 0 < day < 8:
        raise ValueError("Invalid day: %d (range is [1, 7])" % day)
    n = _first_iso_monday(year) + (week - 1) * 7 + (day - 1)
    if not 1 <= n <= _MAX_ORDINAL:
        raise ValueError("Year is out of range: %d" % year)
    return _from_ordinal(n)


def _digits(s, i, n):
    """The int of the n ASCII digits at s[i:i+n], or None."""
    part = s[i:i + n]
    if len(part) != n or not (part.isascii() and part.isdigit()):
        return None
    return int(part)


def _iso_date_length(s):
    """How many characters of s an ISO 8601 date takes (its forms are fixed-width)."""
    if len(s) > 4 and s[4] == "-":
        if len(s) > 5 and s[5] == "W":
            return 10 if len(s) > 8 and s[8] == "-" else 8
        return 10
    if len(s) > 4 and s[4] == "W":
        return 8 if len(s) > 7 and s[7] in "0123456789" else 7
    return 8


def _parse_iso_date(s):
    """(year, month, day), unchecked, of an ISO 8601 date in one of its fixed forms."""
    bad = ValueError("Invalid isoformat string: %r" % (s,))
    y = _digits(s, 0, 4)
    if y is None:
        raise bad
    n = len(s)
    ext = n > 4 and s[4] == "-"
    i = 5 if ext else 4
    if n > i and s[i] == "W":
        w = _digits(s, i + 1, 2)
        if w is None:
            raise bad
        i += 3
        d = 1
        if n > i:
            if ext:
                if s[i] != "-":
                    raise bad
                i += 1
            d = _digits(s, i, 1)
            if d is None or n != i + 1:
                raise bad
        elif ext and n != 8 or not ext and n != 7:
            raise bad
        try:
            return _from_iso_calendar(y, w, d)
        except ValueError:
            raise bad from None
    m = _digits(s, i, 2)
    if m is None:
        raise bad
    i += 2
    if ext:
        if n <= i or s[i] != "-":
            raise bad
        i += 1
    d = _digits(s, i, 2)
    if d is None or n != i + 2:
        raise bad
    return y, m, d


def _parse_iso_time(s, whole):
    """(hour, minute, second, microsecond, tzinfo) of an ISO 8601 time of day."""
    bad = ValueError("Invalid isoformat string: %r" % (whole,))
    tz = None
    cut = len(s)
    for i, c in enumerate(s):
        if c in "+-Z":
            cut = i
            break
    clock, zone = s[:cut], s[cut:]
    fields = _parse_clock(clock)
    if fields is None:
        raise bad
    if zone:
        if zone == "Z":
            tz = timezone.utc
        elif zone[0] == "Z":
            raise bad
        else:
            off = _parse_clock(zone[1:])
            if off is None:
                raise bad
            h, m, sec, us = off
            delta = timedelta(hours=h, minutes=m, seconds=sec, microseconds=us)
            if zone[0] == "-":
                delta = -delta
            tz = timezone.utc if not delta else timezone(delta)
    return fields + (tz,)


def _parse_clock(s):
    """(h, m, s, us) of 'HH[[:]MM[[:]SS[(.|,)f+]]]', or None."""
    h = _digits(s, 0, 2)
    if h is None:
        return None
    n = len(s)
    if n == 2:
        return h, 0, 0, 0
    ext = s[2] == ":"
    i = 3 if ext else 2
    m = _digits(s, i, 2)
    if m is None:
        return None
    i += 2
    if n == i:
        return h, m, 0, 0
    if ext:
        if s[i] != ":":
            return None
        i += 1
    sec = _digits(s, i, 2)
    if sec is None:
        return None
    i += 2
    if n == i:
        return h, m, sec, 0
    if s[i] not in ".,":
        return None
    frac = s[i + 1:]
    if not frac or _digits(frac, 0, len(frac)) is None:
        return None
    us = int((frac + "00000")[:6])
    return h, m, sec, us


# ------------------------------------------------------------------------------- tzinfo

class tzinfo:
    """The abstract base of time zone information."""

    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        off = dt.utcoffset()
        if off is None:
            raise ValueError("fromutc() requires a non-None utcoffset() result")
        saving = dt.dst()
        if saving is None:
            raise ValueError("fromutc() requires a non-None dst() result")
        standard = off - saving
        if standard:
            dt += standard
            saving = dt.dst()
            if saving is None:
                raise ValueError("fromutc(): dt.dst gave inconsistent results; cannot convert")
        return dt + saving

    def __reduce__(self):
        getinitargs = getattr(self, "__getinitargs__", None)
        args = getinitargs() if getinitargs else ()
        state = getattr(self, "__dict__", None)
        return (type(self), args, state or None)


# --------------------------------------------------------------------------------- time

class time:
    """A time of day, optionally with a tzinfo."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold",
                 "_hashcode")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        state = _pickle_state(hour, 6, 0)
        if state is not None and second == 0 and microsecond == 0 and tzinfo is None:
            h, m, sec = state[0], state[1], state[2]
            us = int.from_bytes(state[3:6], "big")
            return time.__new__(cls, h & 0x7f, m, sec, us, None if minute == 0 else minute,
                                fold=h >> 7)
        h, m, s, us = _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour = h
        self._minute = m
        self._second = s
        self._microsecond = us
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        s = time_string[1:] if time_string[:1] == "T" else time_string
        h, m, sec, us, tz = _parse_iso_time(s, time_string)
        return cls(h, m, sec, us, tz)

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _checked_offset("utcoffset", self._tzinfo.utcoffset(None))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _checked_offset("dst", self._tzinfo.dst(None))

    def tzname(self):
        if self._tzinfo is None:
            return None
        return _checked_name(self._tzinfo.tzname(None))

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True,
                *, fold=None):
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    # -- text

    def __repr__(self):
        if self._microsecond:
            text = "%d, %d, %d, %d" % (self._hour, self._minute, self._second,
                                       self._microsecond)
        elif self._second:
            text = "%d, %d, %d" % (self._hour, self._minute, self._second)
        else:
            text = "%d, %d" % (self._hour, self._minute)
        if self._tzinfo is not None:
            text += ", tzinfo=%r" % (self._tzinfo,)
        if self._fold:
            text += ", fold=1"
        return "%s(%s)" % (_type_path(self), text)

    def isoformat(self, timespec="auto"):
        text = _format_clock(self._hour, self._minute, self._second, self._microsecond,
                             timespec)
        return text + _format_offset(self.utcoffset())

    __str__ = isoformat

    def strftime(self, format):
        tt = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        return _strftime_with(format, tt, self._microsecond, self._tzinfo, None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    # -- comparison

    def _compare(self, other, eq):
        """-1/0/1, or 2 for 'not equal' (naive against aware under ==)."""
        a = (self._hour, self._minute, self._second, self._microsecond)
        b = (other._hour, other._minute, other._second, other._microsecond)
        if self._tzinfo is not other._tzinfo:
            off1 = self.utcoffset()
            off2 = other.utcoffset()
            if off1 != off2:
                if off1 is None or off2 is None:
                    if eq:
                        return 2
                    raise TypeError("can't compare offset-naive and offset-aware times")
                a = (a[0] * 3600 + a[1] * 60 + a[2]) * 1000000 + a[3] - off1._us()
                b = (b[0] * 3600 + b[1] * 60 + b[2]) * 1000000 + b[3] - off2._us()
        return 0 if a == b else (-1 if a < b else 1)

    def __eq__(self, other):
        if isinstance(other, time):
            return self._compare(other, True) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, time):
            return self._compare(other, True) != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) == 1
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) in (0, 1)
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            off = t.utcoffset()
            fields = (self._hour, self._minute, self._second, self._microsecond)
            if not off:
                self._hashcode = hash(fields)
            else:
                us = (fields[0] * 3600 + fields[1] * 60 + fields[2]) * 1000000 + fields[3]
                self._hashcode = hash(us - off._us())
        return self._hashcode

    def __bool__(self):
        return True

    def __reduce_ex__(self, protocol):
        # CPython's state: the fields as bytes, the fold in the hour's top bit
        # (protocol 4 on), the tzinfo beside them when there is one.
        fold = 128 if self._fold and protocol > 3 else 0
        state = bytes((self._hour + fold, self._minute, self._second))
        state += self._microsecond.to_bytes(3, "big")
        return (type(self), (state,) if self._tzinfo is None else (state, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _pickle_state(value, size, month_at):
    """The bytes of a pickled date, time or datetime passed to its class in place of
    the first field (a str from a Python 2 pickle loaded as latin-1), or None."""
    if isinstance(value, str):
        try:
            value = value.encode("latin-1")
        except UnicodeEncodeError:
            raise ValueError("Failed to encode latin1 string when unpickling a %s "
                             "object. pickle.load(data, encoding='latin1') is assumed."
                             % {4: "date", 6: "time", 10: "datetime"}[size]) from None
    if not isinstance(value, bytes) or len(value) != size:
        return None
    if month_at:
        return value if 1 <= (value[month_at] & 0x7f) <= 12 else None
    return value if (value[0] & 0x7f) < 24 else None


def _not_state(year):
    # Bytes that are not a pickled state are a year of the wrong type.
    if isinstance(year, (bytes, str)):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(year).__name__)


def _required(value, name, pos):
    if value is None:
        raise TypeError("function missing required argument '%s' (pos %d)" % (name, pos))
    return value


def _checked_name(name):
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                        % type(name).__name__)
    return name


def _new_time(h, m, s, us, tz, fold):
    self = object.__new__(time)
    self._hour = h
    self._minute = m
    self._second = s
    self._microsecond = us
    self._tzinfo = tz
    self._fold = fold
    self._hashcode = -1
    return self


time.min = _new_time(0, 0, 0, 0, None, 0)
time.max = _new_time(23, 59, 59, 999999, None, 0)
time.resolution = timedelta.resolution


# ----------------------------------------------------------------------------- datetime

def _whole_seconds(t):
    """Validate a timestamp (int or float) for fromtimestamp."""
    if isinstance(t, (int, float)):
        if isinstance(t, float) and t != t:
            raise ValueError("Invalid value NaN (not a number)")
        return t
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(t).__name__)


def _split_timestamp(t):
    """(whole seconds, microseconds) of a timestamp, rounding half to even."""
    t = _whole_seconds(t)
    if isinstance(t, int):
        return int(t), 0
    if t in (_INF, -_INF):
        raise OverflowError("cannot convert float infinity to integer")
    frac, whole = _math.modf(t)
    us = round(frac * 1e6)
    secs = int(whole)
    if us >= 1000000:
        secs += 1
        us -= 1000000
    elif us < 0:
        secs -= 1
        us += 1000000
    return secs, us


def _local_offset(secs):
    """Local UTC offset, in seconds, at a POSIX time."""
    return _time.localtime(secs).tm_gmtoff


def _local_to_posix(y, m, d, hh, mm, ss, fold):
    """POSIX seconds of a local wall-clock time; fold picks one of two readings."""
    wall = (_ordinal(y, m, d) - _EPOCH_ORDINAL) * 86400 + hh * 3600 + mm * 60 + ss
    before = _local_offset(wall - 86400)
    after = _local_offset(wall + 86400)
    found = []
    for off in (before, _local_offset(wall), after):
        t = wall - off
        if t + _local_offset(t) == wall and t not in found:
            found.append(t)
    found.sort()
    if len(found) == 1:
        return found[0]
    if len(found) >= 2:
        return found[-1] if fold else found[0]
    # In a gap (clocks moved forward): read with the offset before (fold=0) or after.
    return wall - (after if fold else before)


class datetime(date):
    """A date and a time of day, optionally with a tzinfo."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, year=None, month=None, day=None, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        if day is None:
            state = _pickle_state(year, 10, 2)
            if state is not None:
                us = int.from_bytes(state[7:10], "big")
                return datetime.__new__(cls, state[0] * 256 + state[1], state[2] & 0x7f,
                                        state[3], state[4], state[5], state[6], us, month,
                                        fold=state[2] >> 7)
        _not_state(year)
        y, mo, d = _check_date(_required(year, "year", 1), _required(month, "month", 2),
                               _required(day, "day", 3))
        h, mi, s, us = _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year = y
        self._month = mo
        self._day = d
        self._hour = h
        self._minute = mi
        self._second = s
        self._microsecond = us
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    # -- other constructors

    @classmethod
    def _from_posix(cls, secs, us, utc, tz):
        if utc:
            tt = _time.gmtime(secs)
        else:
            tt = _time.localtime(secs)
        y, m, d, hh, mm, ss = tt[:6]
        ss = min(ss, 59)
        if not MINYEAR <= y <= MAXYEAR:
            raise ValueError("year %d is out of range" % y)
        result = _make_datetime(cls, y, m, d, hh, mm, ss, us, tz, 0)
        if tz is None and not utc:
            # The later of two readings of the same wall time has fold=1.
            if _local_to_posix(y, m, d, hh, mm, ss, 0) < secs:
                result = result.replace(fold=1)
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        secs, us = _split_timestamp(t)
        if tz is None:
            return cls._from_posix(secs, us, False, None)
        utc = cls._from_posix(secs, us, True, tz)
        return tz.fromutc(utc)

    @classmethod
    def utcfromtimestamp(cls, t):
        secs, us = _split_timestamp(t)
        return cls._from_posix(secs, us, True, None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % type(time).__name__)
        if tzinfo is True:
            tzinfo = time._tzinfo
        return cls(date.year, date.month, date.day, time._hour, time._minute, time._second,
                   time._microsecond, tzinfo, fold=time._fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        s = date_string
        n = _iso_date_length(s)
        y, m, d = _parse_iso_date(s[:n]) if len(s) >= 7 else _parse_iso_date(s)
        if len(s) > n:
            rest = s[n + 1:]
            if not rest:
                raise ValueError("Invalid isoformat string: %r" % (s,))
            hh, mm, ss, us, tz = _parse_iso_time(rest, s)
        else:
            hh = mm = ss = us = 0
            tz = None
        return cls(y, m, d, hh, mm, ss, us, tz)

    @classmethod
    def strptime(cls, date_string, format):
        import _strptime
        return _strptime._strptime_datetime(cls, date_string, format)

    # -- parts

    def date(self):
        return _new_date(self._year, self._month, self._day)

    def time(self):
        return _new_time(self._hour, self._minute, self._second, self._microsecond, None,
                         self._fold)

    def timetz(self):
        return _new_time(self._hour, self._minute, self._second, self._microsecond,
                         self._tzinfo, self._fold)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _checked_offset("utcoffset", self._tzinfo.utcoffset(self))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _checked_offset("dst", self._tzinfo.dst(self))

    def tzname(self):
        if self._tzinfo is None:
            return None
        return _checked_name(self._tzinfo.tzname(self))

    def timetuple(self):
        saving = self.dst()
        flag = -1 if saving is None else (1 if saving else 0)
        y, m, d = self._year, self._month, self._day
        return _time.struct_time((y, m, d, self._hour, self._minute, self._second,
                                  self.weekday(),
                                  _DAYS_BEFORE[m] + d + (m > 2 and _leap(y)), flag))

    def utctimetuple(self):
        dt = self
        off = self.utcoffset()
        if off:
            dt = self - off
        y, m, d = dt._year, dt._month, dt._day
        return _time.struct_time((y, m, d, dt._hour, dt._minute, dt._second, dt.weekday(),
                                  _DAYS_BEFORE[m] + d + (m > 2 and _leap(y)), 0))

    def timestamp(self):
        if self._tzinfo is None or self.utcoffset() is None:
            secs = _local_to_posix(self._year, self._month, self._day, self._hour,
                                   self._minute, self._second, self._fold)
            return secs + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day,
                          self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def _local_zone(self):
        if self._tzinfo is None:
            secs = _local_to_posix(self._year, self._month, self._day, self._hour,
                                   self._minute, self._second, self._fold)
        else:
            secs = (self - _EPOCH) // timedelta(seconds=1)
        tt = _time.localtime(secs)
        return timezone(timedelta(seconds=tt.tm_gmtoff), tt.tm_zone)

    def astimezone(self, tz=None):
        if tz is not None and not isinstance(tz, tzinfo):
            raise TypeError("tz argument must be an instance of tzinfo")
        mine = self._tzinfo
        if mine is None:
            mine = self._local_zone()
            off = mine.utcoffset(self)
        else:
            off = mine.utcoffset(self)
            if off is None:
                mine = self.replace(tzinfo=None)._local_zone()
                off = mine.utcoffset(self)
        if tz is mine:
            return self
        utc = (self - off).replace(tzinfo=_UTC)
        if tz is None:
            # The local zone in force at that instant.
            tz = utc._local_zone()
        return tz.fromutc(utc.replace(tzinfo=tz))

    # -- text

    def ctime(self):
        return "%s %s %2d %02d:%02d:%02d %04d" % (
            _DAY_NAMES[self.weekday()], _MONTH_NAMES[self._month], self._day, self._hour,
            self._minute, self._second, self._year)

    def isoformat(self, sep="T", timespec="auto"):
        text = "%04d-%02d-%02d%s%s" % (
            self._year, self._month, self._day, sep,
            _format_clock(self._hour, self._minute, self._second, self._microsecond,
                          timespec))
        return text + _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat(sep=" ")

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute,
                  self._second, self._microsecond]
        if fields[6] == 0:
            del fields[6]
            if fields[5] == 0:
                del fields[5]
        text = "%s(%s" % (_type_path(self), ", ".join(str(f) for f in fields))
        if self._tzinfo is not None:
            text += ", tzinfo=%r" % (self._tzinfo,)
        if self._fold:
            text += ", fold=1"
        return text + ")"

    def strftime(self, format):
        return _strftime_with(format, self.timetuple(), self._microsecond, self._tzinfo, self)

    # -- comparison

    def _fields(self):
        return (self._year, self._month, self._day, self._hour, self._minute, self._second,
                self._microsecond)

    def _compare(self, other, eq):
        """-1/0/1, or 2 for 'not equal' (see PEP 495 for inter-zone equality)."""
        if self._tzinfo is other._tzinfo:
            a = self._fields()
            b = other._fields()
            return 0 if a == b else (-1 if a < b else 1)
        off1 = self.utcoffset()
        off2 = other.utcoffset()
        if eq:
            # An ambiguous or missing time never equals a time in another zone.
            if off1 != self.replace(fold=1 - self._fold).utcoffset():
                return 2
            if off2 != other.replace(fold=1 - other._fold).utcoffset():
                return 2
        if off1 == off2:
            a = self._fields()
            b = other._fields()
            return 0 if a == b else (-1 if a < b else 1)
        if off1 is None or off2 is None:
            if eq:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        diff = self - other
        if diff._days < 0:
            return -1
        return 1 if diff else 0

    def _other(self, other):
        if isinstance(other, datetime):
            return True
        if isinstance(other, date):
            return None
        return False

    def __eq__(self, other):
        k = self._other(other)
        if k:
            return self._compare(other, True) == 0
        if k is None:
            return False
        return NotImplemented

    def __ne__(self, other):
        k = self._other(other)
        if k:
            return self._compare(other, True) != 0
        if k is None:
            return True
        return NotImplemented

    def _order(self, other):
        k = self._other(other)
        if k is None:
            raise TypeError("can't compare %s to %s" % (_type_path(self), _type_path(other)))
        return k

    def __lt__(self, other):
        if self._order(other):
            return self._compare(other, False) < 0
        return NotImplemented

    def __le__(self, other):
        if self._order(other):
            return self._compare(other, False) <= 0
        return NotImplemented

    def __gt__(self, other):
        if self._order(other):
            return self._compare(other, False) > 0
        return NotImplemented

    def __ge__(self, other):
        if self._order(other):
            return self._compare(other, False) >= 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            off = t.utcoffset()
            if off is None:
                self._hashcode = hash(self._fields())
            else:
                us = ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60
                       + self._second) * 1000000 + self._microsecond - off._us())
                self._hashcode = hash(us)
        return self._hashcode

    # -- arithmetic

    def _total_us(self):
        return ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60
                 + self._second) * 1000000 + self._microsecond)

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        total = self._total_us() + other._us()
        days, us = divmod(total, _US_PER_DAY)
        if not 1 <= days <= _MAX_ORDINAL:
            raise OverflowError("date value out of range")
        secs, us = divmod(us, 1000000)
        h, rem = divmod(secs, 3600)
        mi, s = divmod(rem, 60)
        y, m, d = _from_ordinal(days)
        return _make_datetime(type(self), y, m, d, h, mi, s, us, self._tzinfo, 0)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            return NotImplemented
        diff = self._total_us() - other._total_us()
        if self._tzinfo is not other._tzinfo:
            off1 = self.utcoffset()
            off2 = other.utcoffset()
            if off1 != off2:
                if off1 is None or off2 is None:
                    raise TypeError("can't subtract offset-naive and offset-aware datetimes")
                diff -= off1._us() - off2._us()
        return _td_from_us(timedelta, diff)

    def __reduce_ex__(self, protocol):
        # CPython's state: the fields as bytes, the fold in the month's top bit
        # (protocol 4 on), the tzinfo beside them when there is one.
        fold = 128 if self._fold and protocol > 3 else 0
        state = bytes(divmod(self._year, 256) + (self._month + fold, self._day, self._hour,
                                                   self._minute, self._second))
        state += self._microsecond.to_bytes(3, "big")
        return (type(self), (state,) if self._tzinfo is None else (state, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)


def _make_datetime(cls, y, m, d, h, mi, s, us, tz, fold):
    if cls is not datetime:
        return cls(y, m, d, h, mi, s, us, tz, fold=fold)
    self = object.__new__(datetime)
    self._year = y
    self._month = m
    self._day = d
    self._hour = h
    self._minute = mi
    self._second = s
    self._microsecond = us
    self._tzinfo = tz
    self._fold = fold
    self._hashcode = -1
    return self


_date_class = date
_time_class = time
_EPOCH_ORDINAL = _ordinal(1970, 1, 1)

datetime.min = _make_datetime(datetime, 1, 1, 1, 0, 0, 0, 0, None, 0)
datetime.max = _make_datetime(datetime, 9999, 12, 31, 23, 59, 59, 999999, None, 0)
datetime.resolution = timedelta.resolution


# ----------------------------------------------------------------------------- timezone

class timezone(tzinfo):
    """A fixed offset from UTC."""

    __slots__ = ("_offset", "_name")

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s"
                            % type(offset).__name__)
        if name is None:
            if not offset and _UTC is not None:
                return _UTC
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % type(name).__name__)
        if not -_ONE_DAY < offset < _ONE_DAY:
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                             "and timedelta(hours=24), not %r." % (offset,))
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __reduce__(self):
        return (type(self), self.__getinitargs__())

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _UTC:
            return "datetime.timezone.utc"
        if self._name is None:
            return "%s(%r)" % (_type_path(self), self._offset)
        return "%s(%r, %r)" % (_type_path(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def _check_arg(self, dt, what):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError("%s(dt) argument must be a datetime instance or None, not %s"
                            % (what, type(dt).__name__))

    def utcoffset(self, dt):
        self._check_arg(dt, "utcoffset")
        return self._offset

    def tzname(self, dt):
        self._check_arg(dt, "tzname")
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _format_offset(self._offset)

    def dst(self, dt):
        self._check_arg(dt, "dst")
        return None

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_UTC = None
_UTC = timezone(_ZERO)
timezone.utc = _UTC
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = _UTC
_EPOCH = datetime(1970, 1, 1, tzinfo=_UTC)
