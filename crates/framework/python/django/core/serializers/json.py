"""DjangoJSONEncoder: JSON for the values Django apps send (dates, times, durations,
lazy strings, UUIDs)."""

import datetime
import json

from django.utils.functional import Promise


def duration_iso_string(duration):
    """A timedelta as ISO 8601: '-P1DT02H03M04.000005S'."""
    if duration < datetime.timedelta(0):
        sign = "-"
        duration *= -1
    else:
        sign = ""
    days = duration.days
    minutes, seconds = divmod(duration.seconds, 60)
    hours, minutes = divmod(minutes, 60)
    ms = ".{:06d}".format(duration.microseconds) if duration.microseconds else ""
    return "{}P{}DT{:02d}H{:02d}M{:02d}{}S".format(sign, days, hours, minutes, seconds, ms)


class DjangoJSONEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, datetime.datetime):
            r = o.isoformat()
            if o.microsecond:
                # Milliseconds, as ECMAScript's Date understands.
                r = r[:23] + r[26:]
            if r.endswith("+00:00"):
                r = r[: -len("+00:00")] + "Z"
            return r
        if isinstance(o, datetime.date):
            return o.isoformat()
        if isinstance(o, datetime.time):
            if o.utcoffset() is not None:
                raise ValueError("JSON can't represent timezone-aware times.")
            r = o.isoformat()
            if o.microsecond:
                r = r[:12]
            return r
        if isinstance(o, datetime.timedelta):
            return duration_iso_string(o)
        if isinstance(o, Promise) or type(o).__name__ in ("UUID", "Decimal"):
            return str(o)
        return super().default(o)
