# Class patterns: isinstance, keyword attributes, positional via __match_args__, the
# builtins that match themselves, dataclasses and namedtuples.
import collections
import dataclasses
import enum
import typing


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def where(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x=x, y=y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "somewhere"
        case _:
            return "not a point"


for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), (0, 0)]:
    print(where(p))


def builtin(x):
    match x:
        case bool(b):
            return f"bool {b}"
        case int(i) if i > 100:
            return f"big int {i}"
        case int(0 | 1 as i):
            return f"small int {i}"
        case float(f):
            return f"float {f}"
        case str() as s if not s:
            return "empty str"
        case str(s):
            return f"str {s}"
        case bytes(b) | bytearray(b):
            return f"bytes-like {b!r}"
        case list([a, *_]):
            return f"list starting {a}"
        case tuple((a, b)):
            return f"pair {a} {b}"
        case dict({"k": v}):
            return f"dict k={v}"
        case set(s) | frozenset(s):
            return f"set of {len(s)}"
        case int(real=r, imag=i):
            return f"int {r} {i}"
        case _:
            return "other"


for v in [True, 1000, 1, 5, 2.5, "", "abc", b"x", bytearray(b"y"), [9, 8], (1, 2),
          {"k": 3}, {1, 2}, frozenset(), [], None]:
    print(repr(v), "->", builtin(v))


class MyInt(int):
    pass


class MyIntArgs(int):
    __match_args__ = ("real",)


match MyInt(7):
    case int(v):
        print("subclass of int matches self", v, type(v).__name__)
match MyInt(7):
    case MyInt(v):
        print("MyInt matches self", v)
match MyIntArgs(8):
    case MyIntArgs(r):
        print("__match_args__ wins", r, type(r).__name__)


@dataclasses.dataclass
class Card:
    rank: int
    suit: str = "hearts"


print(Card.__match_args__)
match Card(10, "spades"):
    case Card(10, suit):
        print("ten of", suit)


@dataclasses.dataclass(match_args=False)
class NoArgs:
    a: int


print(hasattr(NoArgs, "__match_args__"))
try:
    match NoArgs(1):
        case NoArgs(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)


@dataclasses.dataclass
class KwOnly:
    a: int
    _: dataclasses.KW_ONLY
    b: int = 2


print(KwOnly.__match_args__)

Pair = collections.namedtuple("Pair", "left right")
print(Pair.__match_args__)
match Pair(1, 2):
    case Pair(l, r):
        print("namedtuple", l, r)
match Pair(1, 2):
    case (l, r):
        print("namedtuple as sequence", l, r)


class TPair(typing.NamedTuple):
    a: int
    b: str


print(TPair.__match_args__)
match TPair(1, "x"):
    case TPair(a, b=b):
        print("typing.NamedTuple", a, b)


class Color(enum.Enum):
    RED = 1
    GREEN = 2


match Color.GREEN:
    case Color.RED:
        print("red")
    case Color.GREEN:
        print("green")
match Color.RED:
    case Color(value=v):
        print("enum value", v)


# Missing attributes make the pattern fail, they are not errors.
class Partial:
    __match_args__ = ("a", "b")

    def __init__(self):
        self.a = 1


match Partial():
    case Partial(a, b):
        print("no")
    case Partial(a):
        print("only a", a)


# isinstance goes through __instancecheck__.
class Meta(type):
    def __instancecheck__(cls, inst):
        print("instancecheck", inst)
        return inst == 42


class Answer(metaclass=Meta):
    pass


for v in [41, 42]:
    match v:
        case Answer():
            print(v, "is Answer")
        case _:
            print(v, "is not")


# Class patterns with properties and __getattr__.
class Lazy:
    __match_args__ = ("computed", "dynamic")

    @property
    def computed(self):
        return "prop"

    def __getattr__(self, name):
        if name == "dynamic":
            return "dyn"
        raise AttributeError(name)


match Lazy():
    case Lazy(c, d, missing=m):
        print("no", c, d, m)
    case Lazy(c, d):
        print("lazy", c, d)


# The struct sequences of the stdlib have __match_args__ too.
import os
import sys
import time

print(time.struct_time.__match_args__)
print(os.stat_result.__match_args__, os.terminal_size.__match_args__)
print(type(sys.version_info).__match_args__, type(sys.float_info).__match_args__)
match time.gmtime(0):
    case time.struct_time(year, mon, mday, tm_yday=yday):
        print("epoch", year, mon, mday, yday)
match sys.version_info:
    case (3, minor, *_) if minor >= 0:
        print("a sequence too")
match os.terminal_size((80, 24)):
    case os.terminal_size(c, l):
        print("terminal", c, l)
