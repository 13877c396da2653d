from datetime import *
import copy
class EST(tzinfo):
    def utcoffset(self, dt): return timedelta(hours=-5)
    def dst(self, dt): return timedelta(0)
    def tzname(self, dt): return "EST"
    def __repr__(self): return "EST()"
class Bad(tzinfo):
    def utcoffset(self, dt): return 5
class Big(tzinfo):
    def utcoffset(self, dt): return timedelta(hours=25)
est = EST()
d = datetime(2020, 6, 1, 12, tzinfo=est)
print(d, repr(d), d.utcoffset(), d.dst(), d.tzname(), d.timetuple(), d.utctimetuple())
print(d.astimezone(timezone.utc), d.astimezone(timezone.utc).astimezone(est), d.timestamp())
print(datetime(2020,1,1,tzinfo=timezone.utc).astimezone().utcoffset() == datetime(2020,1,1).astimezone().utcoffset())
print(d.strftime("%H:%M %Z %z"), d == datetime(2020, 6, 1, 17, tzinfo=timezone.utc))
print(time(1, tzinfo=est).isoformat(), time(1, tzinfo=est).utcoffset(), time(12, tzinfo=est) == time(17, tzinfo=timezone.utc))
for tz in [Bad(), Big()]:
    try: datetime(2020,1,1,tzinfo=tz).utcoffset()
    except Exception as e: print(type(e).__name__, e)
try: tzinfo().utcoffset(None)
except Exception as e: print(type(e).__name__, e)
try: datetime(2020,1,1,tzinfo=5)
except Exception as e: print(type(e).__name__, e)
class MyDate(date):
    def __repr__(self): return "MyDate<%s>" % self.isoformat()
md = MyDate(2020, 1, 2)
print(md, repr(md), type(md + timedelta(1)).__name__, type(md.replace(day=3)).__name__, type(MyDate.today()).__name__, type(MyDate.fromordinal(5)).__name__)
class MyDT(datetime):
    extra = 1
m = MyDT(2020, 1, 2, 3)
print(repr(m), type(m + timedelta(1)).__name__, type(m - timedelta(1)).__name__, type(MyDT.now()).__name__, type(MyDT.fromisoformat('2020-01-01')).__name__, type(MyDT.strptime('2020', '%Y')).__name__, type(MyDT.combine(date(2020,1,1), time())).__name__)
print(m - datetime(2020, 1, 1), isinstance(m, date))
items = [datetime(2020,1,3), datetime(2019,5,1), datetime(2020,1,1,12)]
print(sorted(items), min(items), max(items))
s = {date(2020,1,1), date(2020,1,1), datetime(2020,1,1), timedelta(1), timedelta(days=1), timedelta(hours=24)}
print(len(s))
dd = {datetime(2020,1,1,tzinfo=timezone.utc): 'a'}
print(dd[datetime(2019,12,31,19,tzinfo=est)])
print(copy.copy(d) == d, copy.deepcopy(d) == d, copy.deepcopy(timedelta(3)), copy.deepcopy(time(1, fold=1)).fold, copy.deepcopy(timezone(timedelta(hours=2), 'X')))

print(hash(timezone(timedelta(hours=1), 'a')) == hash(timezone(timedelta(hours=1))), timezone(timedelta(hours=1), 'a') == timezone(timedelta(hours=1)))
print(timezone(timedelta(0)) is timezone.utc, timezone(timedelta(0), 'UTC') is timezone.utc, timezone.utc.utcoffset(None), timezone.utc.dst(None), timezone.utc.tzname(None))
try: timezone.utc.utcoffset(5)
except Exception as e: print(type(e).__name__, e)
try: timezone.utc.fromutc(datetime(2020,1,1))
except Exception as e: print(type(e).__name__, e)
tz3 = timezone(timedelta(hours=3)); print(tz3.fromutc(datetime(2020,1,1,tzinfo=tz3)))
print([date(2020, 12, 28 + i).isocalendar() for i in range(8)] if False else [tuple((date(2020,12,27) + timedelta(i)).isocalendar()) for i in range(10)])
print([(date(y,1,1).isocalendar(), date(y,12,31).isocalendar()) for y in (2004, 2005, 2008, 2009, 2010, 2015, 2016, 2021, 9999, 1)])
print(date(2020,1,1).weekday(), date(2020,1,5).isoweekday(), date(2020, 2, 29).timetuple().tm_yday, date(2019,12,31).timetuple().tm_yday)
for n in [1, 2, 59, 60, 365, 366, 730119, 730120, 3652059, 146097, 146098, 36524, 36525, 1461]:
    dd2 = date.fromordinal(n)
    assert dd2.toordinal() == n
    print(n, dd2, end="; ")
print()
print(datetime(2020,1,1,23,59,59,999999) + timedelta(microseconds=1), datetime(2020,3,1) - timedelta(days=1), datetime(2020,1,1) - timedelta(microseconds=1))
print(timedelta(days=-1, seconds=5) * 3, timedelta(days=1) * -0.5, 3 * timedelta(hours=1), -timedelta(microseconds=1) // 2, timedelta(microseconds=-3) / 2, timedelta(microseconds=5) / 2)
print(timedelta(weeks=1, days=1, hours=1, minutes=1, seconds=1, milliseconds=1, microseconds=1))
print(timedelta(minutes=0.1), timedelta(milliseconds=-0.5), timedelta(weeks=0.1), timedelta(seconds=1e-7), timedelta(days=1, seconds=-0.25))
print(time(12) > time(11, 59), time(1) == time(1, 0, 0, 0), hash(time(1)) == hash(time(1, fold=1)), time(1) == time(1, fold=1))
print(datetime(2020,1,1) == datetime(2020,1,1, fold=1), hash(datetime(2020,1,1)) == hash(datetime(2020,1,1, fold=1)))
print(date.today() <= date.today(), datetime.now() >= datetime(2020,1,1), datetime.now(timezone.utc).tzinfo, datetime.utcnow().tzinfo)
print(abs(datetime.now().timestamp() - __import__('time').time()) < 5, abs((datetime.now(timezone.utc) - datetime.utcnow().replace(tzinfo=timezone.utc)).total_seconds()) < 5)
print(datetime(2020,1,1).astimezone().tzinfo is not None)
print(f"{timedelta(1)}", f"{time(1):%H}", "{:%Y-%m}".format(date(2020,3,4)), format(time(1,2), ''))
print(date(2020,1,1) != date(2020,1,2), date(2020,1,1) != 5, date(2020,1,1) == 'x', timedelta(0) != None)
for bad in [(24,), (0,60), (0,0,60), (0,0,0,1000000), (-1,)]:
    try: time(*bad)
    except Exception as e: print(type(e).__name__, e)
try: time(fold=2)
except Exception as e: print(type(e).__name__, e)
print(datetime(2020,1,1).replace(fold=1).fold, time().replace(hour=5), date.fromtimestamp(86400 * 3 + 43200) == datetime.fromtimestamp(86400 * 3 + 43200).date(), datetime.fromordinal(737425), datetime(2020,5,17).toordinal())
print(datetime.combine(date(2020,1,1), time(1, fold=1)).fold, datetime(2020,1,1,tzinfo=timezone.utc).timetz())
