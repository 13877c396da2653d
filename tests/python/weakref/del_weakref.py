# A weak reference read inside the referent's __del__, and __del__ resurrecting it.
import gc
import weakref

log = []


class A:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        r = refs.get(self.name)
        print("del", self.name, "ref alive:", r is not None and r() is self,
              "count:", weakref.getweakrefcount(self))


refs = {}
a = A("plain")
refs["plain"] = weakref.ref(a, lambda r: print("callback plain, dead:", r() is None))
del a
print("after del plain", refs["plain"]())

saved = []


class B(A):
    def __del__(self):
        super().__del__()
        saved.append(self)


b = B("resurrect")
refs["resurrect"] = weakref.ref(b, lambda r: print("callback resurrect"))
del b
print("after del resurrect:", refs["resurrect"]() is saved[0], saved[0].name)
print("weakref.ref again:", weakref.ref(saved[0]) is refs["resurrect"])
saved.clear()
print("after clearing saved", refs["resurrect"]())

# A proxy and a WeakValueDictionary entry stay usable in __del__.
class C:
    def __del__(self):
        print("del C, proxy reads", p.x, "in dict:", "k" in wvd)


c = C()
c.x = 42
p = weakref.proxy(c)
wvd = weakref.WeakValueDictionary()
wvd["k"] = c
del c
print("after del C", "k" in wvd)

# A weak reference made in __del__ to the dying object.
class D:
    def __del__(self):
        global late
        late = weakref.ref(self)
        print("del D, late ref alive:", late() is self)


d = D()
keep = weakref.ref(d)
del d
print("after del D", keep(), late())

# In a reference cycle collected by gc, CPython clears the weak references first
# (their callbacks run), then calls __del__.
class E(A):
    pass


e = E("cycle")
e.me = e
refs["cycle"] = weakref.ref(e, lambda r: print("callback cycle"))
del e
gc.collect()
print("after collect", refs["cycle"]())

# An object whose __del__ has no weak reference to it.
class F:
    def __del__(self):
        print("del F")


f = F()
del f
print("end")

# weakref.finalize runs after __del__; a slotted class and an exception subclass.
class G:
    __slots__ = ("__weakref__", "v")

    def __del__(self):
        print("del G", wg() is self, self.v)


g = G()
g.v = 5
wg = weakref.ref(g)
weakref.finalize(g, print, "finalize G")
del g
print("after del G", wg())


class H(Exception):
    def __del__(self):
        print("del H", wh() is self, self.args)


h = H(1, 2)
wh = weakref.ref(h, lambda r: print("callback H"))
del h
print("after del H", wh())


# Two references and a WeakMethod.
class K:
    def m(self):
        return "m"

    def __del__(self):
        print("del K", r1() is self, r2() is self, wm()() if wm() else None)
        print("K done")


k = K()
r1 = weakref.ref(k, lambda r: print("callback r1"))
r2 = weakref.ref(k, lambda r: print("callback r2"))
wm = weakref.WeakMethod(k.m)
del k
print("after del K", r1(), r2(), wm())
