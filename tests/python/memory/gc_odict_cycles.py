# Cycles through the keys of an OrderedDict (kept in a list beside its dict) are
# collected, with CPython's counts.
import collections
import gc
import weakref


class A:
    pass


class K:
    def __hash__(self):
        return 1


gc.collect()


def run(name, make):
    a = A()
    keep = make(a)
    r = weakref.ref(a)
    del a
    n = gc.collect()
    print(name, n, "alive" if r() is not None else "freed")
    return keep


def setitem(a):
    od = collections.OrderedDict()
    od[a] = 1
    a.od = od


run("key", setitem)
run("constructor", lambda a: setattr(a, "od", collections.OrderedDict([(a, 1)])))
run("value", lambda a: setattr(a, "od", collections.OrderedDict(x=a)))


def moved(a):
    od = collections.OrderedDict.fromkeys("abc")
    od[a] = 2
    od.move_to_end(a, last=False)
    a.l = [od]


run("moved", moved)


def popped(a):
    # A key popped from the OrderedDict is no longer held.
    od = collections.OrderedDict()
    od[a] = 1
    od.pop(a)
    a.od = od
    return od


od = run("popped", popped)
print(len(od), gc.collect())


def with_iterator(a):
    od = collections.OrderedDict()
    od[a] = 1
    od["x"] = 2
    it = iter(od)
    next(it)
    a.od = od
    return it


it = run("live iterator", with_iterator)
print(next(it), gc.collect())
del it
print("iterator gone", gc.collect())


def key_object(a):
    # The key itself closes the cycle.
    k = K()
    od = collections.OrderedDict()
    od[k] = a
    k.od = od
    a.k = k


run("key object", key_object)


class OD(collections.OrderedDict):
    pass


def subclass(a):
    od = OD()
    od[a] = 1
    od.me = od
    a.od = od


run("subclass", subclass)


# Many of them.
refs = []
for i in range(100):
    a = A()
    od = collections.OrderedDict()
    od[a] = i
    a.od = od
    refs.append(weakref.ref(a))
del a, od
print("many", gc.collect(), sum(r() is not None for r in refs))
