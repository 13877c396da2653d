# getattr() read again and again on instances while their classes, their dicts and the
# instances' classes change between the reads: every read answers what Python's rules
# give at that moment (a remembered answer never outlives the change).


class A:
    x = "class x"


class B:
    x = "B's x"


def show(*objs, name="x"):
    print([getattr(o, name, "<missing>") for o in objs])


a1, a2 = A(), A()
a1.x = "a1 x"
show(a1, a2)
for i in range(3):
    a2.y = i
    show(a1, a2, name="y")
# Attributes stored in another order: the remembered place is only a hint.
a3 = A()
a3.z = 0
a3.y = "a3 y"
show(a1, a2, a3, name="y")
del a2.y
show(a2, a3, name="y")
# The class value changes, then goes, then becomes a property, then a data descriptor.
A.x = "new class x"
show(a1, a2)
del A.x
show(a1, a2)
A.x = property(lambda self: "property x")
show(a1, a2)
del A.x
show(a1, a2)


class Data:
    def __get__(self, obj, owner):
        return "data"

    def __set__(self, obj, value):
        raise AttributeError("read-only")


A.x = Data()
show(a1, a2)
del A.x
show(a1, a2)
# A __getattribute__ and a __getattr__ added to the class and taken away.
A.__getattribute__ = lambda self, name: "hooked " + name
show(a1, a2)
del A.__getattribute__
show(a1, a2)
A.__getattr__ = lambda self, name: "fallback " + name
show(a1, a2, name="nothing")
show(a1, a2)
del A.__getattr__
# The instance's dict replaced, the instance's class changed.
a1.__dict__ = {"x": "fresh dict x", "w": 1}
show(a1, a2)
a1.__dict__ = {}
show(a1)
a2.__class__ = B
show(a1, a2)
B.x = "B's new x"
show(a2)
# A base class changing under a subclass.


class C(A):
    pass


c = C()
show(c)
A.x = "base x"
show(c)
C.x = "sub x"
show(c)
C.__bases__ = (B,)
del C.x
show(c)
# Many classes and names in turn, read many times (the remembered answers are reused
# and replaced).
classes = [type("K%d" % i, (), {"v%d" % i: i}) for i in range(40)]
objs = [k() for k in classes]
for o in objs[::7]:
    o.own = type(o).__name__
for rnd in range(2):
    print([getattr(o, "v%d" % i, None) for i, o in enumerate(objs)][::5],
          [getattr(o, "own", None) for o in objs][::7])
# Class-valued class attributes (read as they are unless their metaclass has __get__),
# shadowed by the instance's dict and not, changing between reads.


class K:
    pass


class M(type):
    def __get__(self, obj, owner):
        return "meta get"


class L(metaclass=M):
    pass


class D:
    k = K

    def meth(self):
        return "meth"


d1, d2 = D(), D()
for step in range(3):
    print(getattr(d1, "k").__name__, getattr(d2, "k").__name__)
d1.k = "own k"
print(getattr(d1, "k"), getattr(d2, "k").__name__)
D.k = L
print(getattr(d1, "k"), getattr(d2, "k"))
del d1.k
print(getattr(d1, "k"), getattr(d2, "k"))
D.k = K
d2.__dict__["k"] = "d2 k"
print(getattr(d1, "k").__name__, getattr(d2, "k"))
print(getattr(d1, "meth")(), getattr(d2, "meth")())
D.meth = K
print(getattr(d1, "meth").__name__)
