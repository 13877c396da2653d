# pickle of the standard library's objects: the bytes CPython writes, and back.
import collections
import dataclasses
import datetime
import enum
import functools
import operator
import pickle
import re
class Color(enum.Enum):
    RED = 1
class Perm(enum.IntFlag):
    R = 4
    W = 2
@dataclasses.dataclass
class DC:
    a: int
    b: list = dataclasses.field(default_factory=list)
@dataclasses.dataclass(frozen=True, slots=True)
class FDC:
    x: int
vals = [datetime.date(2020, 1, 2), datetime.datetime(2020, 1, 2, 3, 4, 5, 6), datetime.timedelta(days=1, seconds=5),
        datetime.time(1, 2), datetime.timezone.utc, datetime.datetime(2020,1,1,tzinfo=datetime.timezone(datetime.timedelta(hours=2))),
        Color.RED, Perm.R | Perm.W, DC(1, [2]), FDC(3), collections.OrderedDict(b=1, a=2), collections.deque([1]),
        functools.partial(max, 1, key=abs), operator.itemgetter(1), operator.attrgetter("a.b"), operator.methodcaller("f", 1, k=2),
        re.compile("a+b", re.I), collections.ChainMap({1: 2}), collections.Counter(a=2), collections.UserList([1]), 
        type, object, [].append, "abc".upper, int.__add__, dict.fromkeys,]
for v in vals:
    for p in (0, 2, 4):
        try:
            d = pickle.dumps(v, p)
            w = pickle.loads(d)
            print(p, type(v).__name__, re.sub(" at 0x[0-9a-f]+", "", repr(w))[:70], w == v if type(v) is not object else type(w), d if len(d) < 150 else len(d))
        except Exception as e:
            print(p, type(v).__name__, "ERR", type(e).__name__, str(e)[:100])
# datetime's pickled state in its constructors (what CPython's pickles hold).
print(datetime.date(b"\x07\xe4\x01\x02"), datetime.date("\x07\xe4\x01\x02"))
print(datetime.datetime(b"\x07\xe4\x81\x02\x03\x04\x05\x00\x00\x06").fold)
print(datetime.time(b"\x81\x02\x03\x00\x00\x04", datetime.timezone.utc))
t = datetime.time(1, 2, 3, 4, fold=1)
print(t.__reduce_ex__(4), t.__reduce_ex__(3), t.__reduce__())
d = datetime.datetime(2020, 1, 2, 3, 4, 5, 6, fold=1, tzinfo=datetime.timezone.utc)
print(d.__reduce_ex__(4), d.__reduce__(), datetime.date(2020, 1, 2).__reduce__())
for args in [(), (2020,), (2020, 1), (b"\x07\xe4\x0d\x02",), (b"\x07\xe4\x01",)]:
    try:
        print(datetime.date(*args))
    except TypeError as e:
        print("TypeError", e)
for args in [(2020,), (2020, 1)]:
    try:
        datetime.datetime(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    datetime.date("\u1234\x00\x01\x02")
except ValueError as e:
    print("ValueError", e)
print(pickle.loads(pickle.dumps(datetime.datetime(2021, 3, 4, fold=1), 4)).fold,
      pickle.loads(pickle.dumps(datetime.datetime(2021, 3, 4, fold=1), 3)).fold)
dq = collections.deque([1, 2], maxlen=5)
print(dq.__reduce__()[:3], list(dq.__reduce__()[3]))


class D(collections.deque):
    __slots__ = ("q", "__dict__")


e = D([2])
e.q = 1
e.y = 2
r = e.__reduce__()
print(r[:3], list(r[3]))
print(operator.methodcaller("f", 1).__reduce__())
print(re.copyreg is __import__("copyreg"), re.Pattern in __import__("copyreg").dispatch_table)
