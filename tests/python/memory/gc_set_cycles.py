# Cycles closed through sets and frozensets are found by the collector, and their
# members' finalizers and weakref callbacks run.
import gc
import weakref

gc.collect()


class Item:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return hash(self.name)

    def __del__(self):
        print("del", self.name)


a = Item("in-set")
s = {a, 1, "x"}
a.home = s
ref = weakref.ref(a, lambda r: print("callback for in-set"))
del a, s
print("set cycle collected:", gc.collect())
print("dead:", ref() is None)

b = Item("in-frozenset")
b.home = frozenset([b, 2])
del b
print("frozenset cycle collected:", gc.collect())

# A set reached from the cycle but not part of it goes with it.
c = Item("holder")
c.me = c
c.tags = {"a", "b"}
tags = weakref.ref(c)
del c
print("holder collected:", gc.collect())

# A set comprehension and set operations close cycles too.
d = Item("comprehension")
d.s = {x for x in [d]} | {3}
f = Item("difference")
f.s = {f, 1, 2} - {1}
del d, f
print("more cycles collected:", gc.collect())


# And an instance of a set subclass (counted as one object by CPython, two by metal:
# the instance and the set inside it).
class Bag(set):
    pass


e = Item("subclass")
e.bag = Bag([e])
del e
print("subclass cycle collected:", gc.collect() > 0)
live = {Item("kept"), 5}
print("nothing left:", gc.collect())
print(sorted(str(x) if isinstance(x, int) else x.name for x in live))
