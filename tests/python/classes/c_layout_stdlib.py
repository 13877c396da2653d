# The C layouts of the standard library's classes that CPython writes in C and metal in
# Python: sizes and offsets, subclasses' layouts, weak references, attribute setting on
# instances and classes, and which can be subclassed.
import collections
import datetime
import os
import queue
import random
import sys
import threading
import time
import weakref

import _random

classes = [
    queue.SimpleQueue,
    type(threading.Lock()),
    type(threading.RLock()),
    _random.Random,
    random.Random,
    time.struct_time,
    os.stat_result,
    os.terminal_size,
    type(sys.flags),
    type(sys.version_info),
    type(sys.float_info),
    type(sys.int_info),
    type(sys.hash_info),
    collections.deque,
]


def layout(t):
    return (t.__basicsize__, t.__itemsize__, t.__dictoffset__, t.__weakrefoffset__)


def attempt(what, fn):
    try:
        r = fn()
        print(what, "ok", r if r is not None else "")
    except (TypeError, AttributeError) as e:
        print(what, type(e).__name__, e)


for t in classes:
    print(t.__module__, t.__qualname__, layout(t), t.__base__.__name__,
          [c.__name__ for c in t.__mro__])

    def sub(t=t):
        class X(t):
            pass
        return layout(X)

    attempt("  subclass", sub)

    def cls_set(t=t):
        t.zzz = 1
        del t.zzz

    attempt("  class attribute", cls_set)

instances = [queue.SimpleQueue(), threading.Lock(), threading.RLock(), _random.Random(5),
             random.Random(5), time.gmtime(0), os.terminal_size((80, 24)), sys.flags,
             sys.version_info, collections.deque()]
for obj in instances:
    name = type(obj).__name__
    attempt(name + " weakref", lambda: type(weakref.ref(obj)).__name__)
    attempt(name + " set x", lambda: setattr(obj, "x", 1))
    attempt(name + " get x", lambda: obj.x)

t = time.gmtime(0)
attempt("set tm_year", lambda: setattr(t, "tm_year", 1))
attempt("del tm_year", lambda: delattr(t, "tm_year"))
attempt("set n_fields", lambda: setattr(t, "n_fields", 1))
attempt("del x", lambda: delattr(t, "x"))
attempt("flags.debug", lambda: setattr(sys.flags, "debug", 1))
attempt("struct_time __class__", lambda: setattr(t, "__class__", tuple))
print(t.tm_zone, t.tm_gmtoff, t)
print(os.terminal_size((80, 24)))

# Layout checks: multiple inheritance and __class__ assignment.


class Q(queue.SimpleQueue):
    pass


def multi():
    class M(queue.SimpleQueue, collections.deque):
        pass


attempt("SimpleQueue + deque", multi)
attempt("__class__ = SimpleQueue", lambda: setattr(Q(), "__class__", queue.SimpleQueue))
attempt("__class__ = Q", lambda: setattr(queue.SimpleQueue(), "__class__", Q))


class R1(random.Random):
    pass


class R2(random.Random):
    pass


r = R1(3)
r.__class__ = R2
print(type(r).__name__, r.random() == random.Random(3).random())
print(_random.Random(7).getrandbits(16) == _random.Random(7).getrandbits(16))
print(sorted(vars(R1(1))))

# Messages name such a class by its module and name, as CPython's do.
attempt("date + 1", lambda: datetime.date(2020, 1, 1) + 1)
attempt("deque + 1", lambda: collections.deque() + 1)
attempt("lock()", lambda: threading.Lock()())
attempt("sys.flags()", lambda: type(sys.flags)())
attempt("sys.version_info()", lambda: type(sys.version_info)((1, 2, 3, "final", 0)))
