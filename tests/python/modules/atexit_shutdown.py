# What runs when the interpreter exits: atexit functions (last registered first, an
# exception reported and the rest still run), weakref.finalize's pending finalizers,
# then __del__ of what __main__ held; weakref callbacks of objects still alive at exit
# are not called.
import atexit
import weakref


class A:
    def __del__(self):
        print("del A")


def bye(who, punct="!"):
    print("bye", who + punct)


class Broken:
    def __call__(self):
        raise ValueError("in atexit")

    def __repr__(self):
        return "<Broken>"


broken = Broken()


a = A()
r = weakref.ref(a, lambda r: print("callback a"))


class B:
    pass


b = B()
r2 = weakref.ref(b, lambda r: print("callback b"))
f1 = weakref.finalize(b, print, "finalize b")
c = B()
f2 = weakref.finalize(c, print, "finalize c")
f3 = weakref.finalize(c, print, "not at exit")
f3.atexit = False
atexit.register(bye, "first")
atexit.register(broken)
atexit.register(bye, "last", punct="?")
atexit.register(print, "unregistered")
atexit.unregister(print)
print(atexit.register(bye, "decorated") is bye)
d = B()
rd = weakref.ref(d, lambda r: print("callback d, freed before exit"))
del d
print("end")
