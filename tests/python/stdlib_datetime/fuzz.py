import random
from datetime import datetime, date, time, timedelta, timezone
rnd = random.Random(3)
def rdt():
    tz = rnd.choice([None, timezone.utc, timezone(timedelta(hours=rnd.randint(-23, 23), minutes=rnd.choice([0, 30, 45])))])
    return datetime(rnd.randint(1, 9999), rnd.randint(1, 12), rnd.randint(1, 28), rnd.randint(0, 23), rnd.randint(0, 59), rnd.randint(0, 59), rnd.choice([0, rnd.randint(0, 999999)]), tz)
def rtd():
    return timedelta(days=rnd.randint(-5000, 5000), seconds=rnd.randint(-100000, 100000), microseconds=rnd.randint(-10**6, 10**6))
fmts = ['%Y-%m-%d', '%a %A %b %B %j %U %W %w %u %V %G %g', '%H:%M:%S.%f %p %I %y %C', '%c|%x|%X', '%z %Z %%', '%e %k %l %D %F %T %R %r']
for i in range(300):
    a = rdt(); b = rdt(); d = rtd()
    out = [repr(a), str(a), a.isoformat(timespec=rnd.choice(['auto', 'seconds', 'milliseconds'])), a.strftime(rnd.choice(fmts)), a.weekday(), tuple(a.isocalendar()), a.toordinal(), a.ctime()]
    try: out.append(repr(a + d))
    except OverflowError as e: out.append(str(e))
    try: out.append(repr(a - d))
    except OverflowError as e: out.append(str(e))
    if (a.tzinfo is None) == (b.tzinfo is None):
        out += [a < b, a == b, str(a - b), (a - b).total_seconds()]
    else:
        out.append(a == b)
    out += [d * rnd.choice([2, -3, 0.5, 1.7]), d / 3, d // 7, repr(d), str(d), d.total_seconds(), abs(d)]
    out.append(datetime.fromisoformat(a.isoformat()) == a)
    try: out.append(datetime.strptime(a.replace(tzinfo=None).strftime('%Y-%m-%d %H:%M:%S.%f'), '%Y-%m-%d %H:%M:%S.%f') == a.replace(tzinfo=None))
    except ValueError as e: out.append(str(e))
    if a.tzinfo is not None:
        out += [a.timestamp(), repr(a.astimezone(timezone.utc)), a.utctimetuple()]
        try: out.append(repr(datetime.fromtimestamp(a.timestamp(), a.tzinfo)))
        except (OverflowError, ValueError) as e: out.append(type(e).__name__)
    print(i, out)
