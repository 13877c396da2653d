# The gc module's interface: generations, counts, thresholds, statistics, callbacks,
# freeze, the tracked objects and their references, debug flags and gc.garbage.
import gc
import sys


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


print(sorted(n for n in dir(gc) if not n.startswith("__")))
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL,
      gc.DEBUG_LEAK)

# Counts and thresholds (the defaults are the collector's own: set them to compare).
count = gc.get_count()
print(type(count).__name__, len(count), all(isinstance(c, int) for c in count))
old = gc.get_threshold()
gc.set_threshold(900, 12, 7)
print(gc.get_threshold())
gc.set_threshold(500)
print(gc.get_threshold())
show(gc.set_threshold)
show(gc.set_threshold, 1, 2, 3, 4)
show(gc.set_threshold, "x")
gc.set_threshold(*old)
print(gc.get_threshold() == old)

# collect() by generation.
show(gc.collect, 3)
show(gc.collect, -1)
show(gc.collect, "a")
show(gc.collect, 1, 2)


class Node:
    pass


def cycle():
    n = Node()
    n.me = n


before = gc.get_stats()
print(len(before), sorted(before[0]))
for g in (0, 1, 2):
    cycle()
    print("generation", g, "found", gc.collect(g))
    cycle()
    print("generation", g, "by keyword", gc.collect(generation=g))
after = gc.get_stats()
print([a["collections"] - b["collections"] for a, b in zip(after, before)])
print([a["collected"] - b["collected"] for a, b in zip(after, before)])
print([a["uncollectable"] for a in after])
print("after a full collection:", gc.get_count()[1:])

# Callbacks.
seen = []


def cb(phase, info):
    seen.append((phase, sorted(info.items())))


gc.callbacks.append(cb)
cycle()
gc.collect(1)
gc.collect()
gc.callbacks.remove(cb)
gc.collect()
for s in seen:
    print(s)

# is_tracked, as CPython's documentation shows it, and more kinds.
def f():
    pass


class Slotted:
    __slots__ = ()


for x in [0, "a", [], {}, {"a": 1}, {"a": []}, {"a": b""}, {(): 1}, (),
          (1, []), 1.5, 2**100, None, True, b"", bytearray(), range(3), iter(range(3)),
          iter([]), set(), frozenset(), f, len, [].append, Node, int, Node(), Slotted(),
          object(), slice(1, 2), {}.keys(), ValueError(), sys, (x for x in []),
          property(), staticmethod(f), 1j, ..., NotImplemented, f.__code__]:
    print(type(x).__name__, gc.is_tracked(x))
show(gc.is_tracked)
show(gc.is_tracked, 1, 2)


class Fin:
    def __del__(self):
        pass


x = Fin()
print("finalized:", gc.is_finalized(x), gc.is_finalized(1))
x.me = x
y = Fin()
y.me = y
keep = []


class Keep:
    def __del__(self):
        keep.append(self)


k = Keep()
k.me = k
del k
gc.collect()
print("finalized after resurrection:", gc.is_finalized(keep[0]))
keep.clear()
gc.collect()

# get_objects and its generations.
marker = Node()
print(any(o is marker for o in gc.get_objects()))
print(any(o is marker for o in gc.get_objects(generation=None)))
gc.collect()
print(any(o is marker for o in gc.get_objects(2)), any(o is marker for o in gc.get_objects(0)))
show(gc.get_objects, 3)
show(gc.get_objects, -2)
print(any(o is marker for o in gc.get_objects(-1)))
fresh = [Node()]
print(any(o is fresh for o in gc.get_objects(0)))

# get_referents and get_referrers.
print(gc.get_referents([1, "a", (2,)]))
print(gc.get_referents((1, [2])))
print(gc.get_referents({"k": [3]}))
print(gc.get_referents({1: "v"}))
print(gc.get_referents(1, "a"))
a = Node()
a.x = [1]
a.y = "q"
print(gc.get_referents(a))
holder = {"item": a.x}
refs = gc.get_referrers(a.x)
print(sorted(type(r).__name__ for r in refs if r is a or r is holder))
print(any(r is a for r in gc.get_referrers(Node)))

# freeze: nothing is collected from the permanent generation until unfreeze.
gc.collect()
gc.freeze()
print("frozen:", gc.get_freeze_count() > 0)
gc.unfreeze()
print("after unfreeze:", gc.get_freeze_count())

# DEBUG_SAVEALL keeps the garbage in gc.garbage.
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug())
cycle()
found = gc.collect()
print("saved:", found, len(gc.garbage), sorted({type(g).__name__ for g in gc.garbage}))
gc.set_debug(0)
gc.garbage.clear()
print("cleared:", gc.collect())
show(gc.set_debug, "x")
show(gc.set_debug)
show(gc.enable, 1)
show(gc.get_count, 1)
show(gc.is_finalized)

# A young threshold of 0 stops automatic collection (gc.collect() still works).
gc.collect()
gc.set_threshold(0)
before = gc.get_stats()[0]["collections"]
junk = []
for i in range(20000):
    n = Node()
    n.me = n
    junk.append([i])
print("automatic collections with threshold 0:", gc.get_stats()[0]["collections"] - before)
gc.set_threshold(*old)
print("collected at the end:", gc.collect() >= 20000)
