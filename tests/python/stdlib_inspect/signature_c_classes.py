# inspect.signature of the classes CPython writes in C (metal's library may write them in
# Python): no signature for the type, whatever their __init__ looks like in metal; a
# Python subclass's own __init__ or __new__ has one.
import collections
import datetime
import functools
import inspect
import itertools
import operator
import random
import types


def show(label, obj):
    try:
        print(label, inspect.signature(obj))
    except Exception as e:
        print(label, type(e).__name__, e)


for t in [collections.deque, collections.OrderedDict, collections.defaultdict,
          functools.partial, operator.itemgetter, operator.attrgetter,
          operator.methodcaller, types.SimpleNamespace, datetime.date, datetime.datetime,
          datetime.timedelta, datetime.timezone, itertools.chain, dict, list,
          types.GenericAlias, collections.Counter, random.Random, collections.UserDict]:
    show(t.__name__, t)


class D(collections.deque):
    pass


class O(collections.OrderedDict):
    def __init__(self, a, b=1):
        super().__init__()


class N(collections.defaultdict):
    def __new__(cls, factory, *, extra=None):
        return super().__new__(cls, factory)


class Plain:
    pass


class P2(functools.partial):
    pass


show("D", D)
show("O", O)
show("N", N)
show("Plain", Plain)
show("P2", P2)
show("partial object", functools.partial(int, base=2))
show("itemgetter object", operator.itemgetter(1))
show("attrgetter object", operator.attrgetter("x"))
show("deque object", collections.deque())
