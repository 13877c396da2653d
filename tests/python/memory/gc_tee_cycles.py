# Cycles through the buffer that itertools.tee's iterators share are collected, with
# CPython's counts (the buffer is a container of its own, as CPython's
# _tee_dataobject is), whichever of the tees are alive.
import copy
import gc
import itertools
import weakref


class A:
    pass


gc.collect()


def run(name, make):
    a = A()
    keep = make(a)
    r = weakref.ref(a)
    del a
    n = gc.collect()
    print(name, n, "alive" if r() is not None else "freed")
    return keep


# Both tees of the family alive, the item referring to them.
run("list of tees", lambda a: setattr(a, "t", list(itertools.tee([a]))))
run("one tee kept", lambda a: setattr(a, "t", itertools.tee(iter([a]))[0]))
run("three tees", lambda a: setattr(a, "t", list(itertools.tee([a, 1, 2], 3))))


def partly_read(a):
    x, y = itertools.tee(iter([a, a, 1]))
    next(x)
    a.x = x
    a.y = y


run("partly read", partly_read)


def read_past(a):
    # The item is read by every tee: the buffer no longer holds it; the iterator does.
    x, y = itertools.tee(iter([a, 2]))
    next(x)
    next(y)
    a.l = [x, y]


run("read past", read_past)


def copied(a):
    x = itertools.tee([a])[0]
    a.c = [copy.copy(x), x]


run("copies", copied)


def many(a):
    # Items spread over several blocks of 57.
    x, y = itertools.tee([a] * 200)
    for _ in range(120):
        next(x)
    a.l = [x, y]


run("many blocks", many)


def dataobject(a):
    # A tee's reduction hands out its block object, which shares the buffer.
    x, y = itertools.tee(iter([a, 1]))
    d = x.__reduce__()[2][0]
    a.l = [d, x]


run("data object", dataobject)


def loose(a):
    # A block made by its constructor holds its own items.
    d = type(x := itertools.tee([])[0].__reduce__()[2][0])(iter([]), [a], None)
    a.d = d


run("loose block", loose)

# A tee kept from outside keeps the items in its buffer alive.
holder = run("kept from outside", lambda a: list(itertools.tee([a])))
print(type(next(holder[0])).__name__, gc.collect())
del holder
print(gc.collect())


# Items referring to the tees themselves (a generator reading them).
class Node:
    def __init__(self):
        self.tees = None


def self_ref():
    n = Node()
    a, b = itertools.tee(iter([n, n]))
    n.tees = [a, b]
    return weakref.ref(n)


r = self_ref()
print("self ref", gc.collect(), r() is None)


# tee() of a tee copies it: the family shares one buffer.
def family(a):
    x, = itertools.tee(iter([a]), 1)
    y, z = itertools.tee(x)
    a.l = [y, z]


run("tee of tee", family)

# Deep copies rebuild the buffer from block objects.
def deep(a):
    x, y = itertools.tee(iter([a, 1]))
    a.l = copy.deepcopy([x, y])


run("deepcopy", deep)
