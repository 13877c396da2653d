import gc
import re
import weakref


def clean(s):
    return re.sub(r"0x[0-9a-f]+", "X", s)


class A:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "A(%d)" % self.n

    def __eq__(self, other):
        return isinstance(other, A) and self.n == other.n

    def __hash__(self):
        return hash(self.n)


a = A(1)
r = weakref.ref(a)
print(r() is a, r.__callback__, weakref.ref(a) is r, weakref.getweakrefcount(a))
print(clean(repr(r)))
print(hash(r) == hash(a), r == weakref.ref(A(1)) if False else r == r)
print(type(r).__name__, type(r).__module__, weakref.ref is weakref.ReferenceType)
log = []
r2 = weakref.ref(a, lambda w: log.append(("cb", w is r2, w())))
print(r2 is r, r2 == r, weakref.getweakrefcount(a), weakref.getweakrefs(a) == [r, r2])
b = A(1)
rb = weakref.ref(b)
print("equal referents:", r == rb, r != rb)
del a
print("after del:", r(), log)
print(clean(repr(r)), r == r2, r != r2)
try:
    hash(weakref.ref(A(5)))
except TypeError as e:
    print("TypeError:", e)
print(hash(rb) == hash(b))
del b
print("hash kept:", hash(rb) == hash(1))


# What cannot be weakly referenced.
class S:
    __slots__ = ("x",)


class SW:
    __slots__ = ("x", "__weakref__")


class I(int):
    pass


class L(list):
    pass


def f():
    pass


for o in [1, "s", (1,), [1], {}, None, object(), S(), SW(), I(3), L(), f, A, {1}, frozenset(), len, ValueError("x")]:
    try:
        weakref.ref(o)
        print(type(o).__name__, "ok")
    except TypeError as e:
        print("TypeError:", e)

# Callbacks: newest reference first; a dead reference's callback is not called.
class B:
    pass


order = []
b = B()
w1 = weakref.ref(b, lambda w: order.append(1))
w2 = weakref.ref(b, lambda w: order.append(2))
w3 = weakref.ref(b, lambda w: order.append(3))
del w2
del b
print("order:", order)

# A cycle's members: callbacks run when the collector frees them.
c = B()
c.me = c
seen = []
wc = weakref.ref(c, lambda w: seen.append("collected"))
del c
print("before collect:", seen, wc() is not None)
gc.collect()
print("after collect:", seen, wc())

# An exception in a callback is reported and ignored.
class Boom:
    def __call__(self, w):
        return 1 / 0

    def __repr__(self):
        return "<boom>"


d = B()
wd = weakref.ref(d, Boom())
del d
print("still running", wd())

# Functions and classes.
def g():
    return 42


wg = weakref.ref(g)
print(wg()(), clean(repr(wg)))
wA = weakref.ref(A)
print(wA() is A, clean(repr(wA)))

# Subclassing ref.
class MyRef(weakref.ref):
    def __new__(cls, ob, callback=None, tag=""):
        self = super().__new__(cls, ob, callback)
        self.tag = tag
        return self

    def __init__(self, ob, callback=None, tag=""):
        super().__init__(ob, callback)


e = B()
try:
    weakref.ref(e, None, 3)
except TypeError as exc:
    print("TypeError:", exc)
m = MyRef(e, None, "t")
print(type(m).__name__, m.tag, m() is e, m is weakref.ref(e), isinstance(m, weakref.ref))
