# Operator errors name the operands' own classes (a builtin subclass's instance too),
# and classes CPython writes in C carry their dotted C names in messages.
import collections
import datetime
import functools
import operator
import types


class D(dict):
    pass


class L(list):
    pass


class I(int):
    pass


class S(str):
    pass


cases = [
    lambda: D() + 1,
    lambda: L() - 1,
    lambda: 1 - D(),
    lambda: D() | 1,
    lambda: I(1) + "x",
    lambda: S("a") - 1,
    lambda: D() < D(),
    lambda: hash(collections.OrderedDict()),
    lambda: datetime.date(1, 1, 1) + 1,
    lambda: collections.defaultdict().x,
    lambda: hash(collections.deque()),
    lambda: functools.partial(int).x,
    lambda: operator.itemgetter(1).x,
    lambda: types.SimpleNamespace().x,
    lambda: datetime.timedelta(1) < 1,
    lambda: collections.OrderedDict() + 1,
    lambda: collections.deque() < 1,
    lambda: collections.OrderedDict[int][str],
    lambda: datetime.date[int],
]
for f in cases:
    try:
        f()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)


class OD(collections.OrderedDict):
    pass


try:
    OD() + 1
except TypeError as e:
    print(e)
