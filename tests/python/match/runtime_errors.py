# The TypeErrors class patterns raise at run time, and a traceback from a pattern.
def t(subject, f):
    try:
        f(subject)
    except Exception as e:
        print(type(e).__name__, e)


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class ListArgs:
    __match_args__ = ["x"]


class IntArgs:
    __match_args__ = (1,)


class NoArgs:
    pass


NotAClass = 3


def not_a_class(v):
    match v:
        case NotAClass():
            pass


def too_many(v):
    match v:
        case Point(1, 2, 3):
            pass


def list_args(v):
    match v:
        case ListArgs(1):
            pass


def int_args(v):
    match v:
        case IntArgs(1):
            pass


def twice(v):
    match v:
        case Point(1, x=2):
            pass


def none_accepted(v):
    match v:
        case NoArgs(1):
            pass


def self_two(v):
    match v:
        case int(1, 2):
            pass


def not_instance_first(v):
    # The isinstance check comes first: no error for other types.
    match v:
        case ListArgs(1):
            pass
        case _:
            print("not a ListArgs, no error")


t(1, not_a_class)
t(Point(1, 2), too_many)
t(ListArgs(), list_args)
t(IntArgs(), int_args)
t(Point(1, 2), twice)
t(NoArgs(), none_accepted)
t(5, self_two)
t(5, not_instance_first)
t(1.5, self_two)

# CPython names a class it implements in C by its tp_name.
import collections
import datetime
import functools

for cls, v in [(collections.OrderedDict, collections.OrderedDict()),
               (collections.deque, collections.deque()),
               (collections.defaultdict, collections.defaultdict()),
               (datetime.date, datetime.date(2020, 1, 2)),
               (functools.partial, functools.partial(print))]:
    try:
        match v:
            case cls(1, 2):
                pass
    except TypeError as e:
        print(type(e).__name__, e)

# Uncaught: the traceback points at the pattern.
match Point(1, 2):
    case Point(1, 2, 3):
        pass
