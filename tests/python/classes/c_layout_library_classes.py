# Classes CPython implements in C and metal in Python: their C layouts in __basicsize__
# & co., in the layout checks of __class__ and __bases__ assignment, and in multiple
# inheritance.
import collections
import datetime
import functools
import operator


def show(label, f):
    try:
        print(label, f())
    except TypeError as e:
        print(label, "TypeError:", e)


classes = [collections.OrderedDict, collections.deque, collections.defaultdict,
           functools.partial, operator.itemgetter, operator.attrgetter,
           operator.methodcaller, datetime.date, datetime.datetime, datetime.time,
           datetime.timedelta, datetime.timezone, datetime.tzinfo]
for c in classes:
    print(c.__qualname__, c.__basicsize__, c.__itemsize__, c.__dictoffset__,
          c.__weakrefoffset__, c.__base__.__name__)


class X(collections.OrderedDict):
    pass


class Y(dict):
    pass


class Z(collections.OrderedDict):
    pass


class D(datetime.date):
    pass


class Q(collections.deque):
    __slots__ = ("a",)


for c in (X, Y, Z, D, Q):
    print(c.__name__, c.__basicsize__, c.__dictoffset__, c.__weakrefoffset__)


def assign_bases(cls, bases):
    cls.__bases__ = bases
    return [b.__name__ for b in cls.__bases__]


show("X.__bases__ = (Y,)", lambda: assign_bases(X, (Y,)))
show("Y.__bases__ = (collections.OrderedDict,)",
     lambda: assign_bases(Y, (collections.OrderedDict,)))
show("X.__bases__ = (Z,)", lambda: assign_bases(X, (Z,)))


def assign_class(obj, cls):
    obj.__class__ = cls
    return type(obj).__name__


show("X().__class__ = Y", lambda: assign_class(X(), Y))
show("X().__class__ = Z", lambda: assign_class(X(), Z))
show("Y().__class__ = X", lambda: assign_class(Y(), X))


class P:
    pass


show("D(2020, 1, 1).__class__ = P", lambda: assign_class(D(2020, 1, 1), P))


def make(*bases):
    return type("M", bases, {}).__mro__[1].__name__


show("(OrderedDict, deque)", lambda: make(collections.OrderedDict, collections.deque))
show("(OrderedDict, defaultdict)",
     lambda: make(collections.OrderedDict, collections.defaultdict))
show("(deque, date)", lambda: make(collections.deque, datetime.date))
show("(OrderedDict, Y)", lambda: make(collections.OrderedDict, Y))
show("(X, Z)", lambda: make(X, Z))
show("(datetime, date)", lambda: make(datetime.datetime, datetime.date))
