# Cycles through frame objects (frame -> locals -> exception -> traceback -> frame)
# are reclaimed by the cycle collector.
import gc
import sys
import weakref


class Marker:
    pass


def cycle_through_exception():
    m = Marker()
    try:
        raise ValueError("x")
    except ValueError as e:
        err = e
    return weakref.ref(m)


w = cycle_through_exception()
gc.collect()
print("exception cycle collected:", w() is None)


def cycle_through_frame():
    m = Marker()
    me = sys._getframe()
    return weakref.ref(m)


w = cycle_through_frame()
gc.collect()
print("frame in its own locals collected:", w() is None)


def holder():
    m = Marker()
    m.frame = sys._getframe()
    return m


m = holder()
w = weakref.ref(m)
print("alive while referenced:", w() is not None, m.frame.f_locals["m"] is m)
del m
gc.collect()
print("instance -> frame -> locals cycle collected:", w() is None)


def gen_cycle():
    m = Marker()
    m.g = gen(m)
    next(m.g)
    m.f = m.g.gi_frame
    return weakref.ref(m)


def gen(obj):
    yield obj


w = gen_cycle()
gc.collect()
print("generator frame cycle collected:", w() is None)


def back_chain():
    m = Marker()
    return leaf(m)


def leaf(m):
    m.f = sys._getframe()
    return weakref.ref(m)


w = back_chain()
gc.collect()
print("f_back chain collected:", w() is None)

for i in range(3000):
    cycle_through_exception()
    cycle_through_frame()
print("loops done:", gc.collect() >= 0)
