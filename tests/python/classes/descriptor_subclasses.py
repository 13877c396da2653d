# Subclasses of property, classmethod and staticmethod are the descriptors they extend.


class P(property):
    pass


class Logged(property):
    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        super().__init__(fget, fset, fdel, doc)
        self.label = "logged"


class A:
    def __init__(self):
        self._v = 10

    x = P(lambda self: 1)

    @P
    def y(self):
        return self._v

    @y.setter
    def y(self, value):
        self._v = value * 2

    @y.deleter
    def y(self):
        print("deleting y")
        self._v = 0

    @Logged
    def z(self):
        return "z"


a = A()
print(a.x, a.y, a.z)
a.y = 5
print(a.y)
del a.y
print(a.y)
print(type(A.__dict__["y"]).__name__, type(A.y).__name__, A.z.label, isinstance(A.y, property))
try:
    a.x = 3
except AttributeError as e:
    print("AttributeError:", e)


class CM(classmethod):
    pass


class SM(staticmethod):
    pass


class B:
    @CM
    def c(cls, k=1):
        return "c:%s:%s" % (cls.__name__, k)

    @SM
    def s(k=2):
        return "s:%s" % k


class C(B):
    pass


print(B.c(), B().c(3), C.c(), C().c(k=4))
print(B.s(), B().s(5), C.s())
print(type(B.__dict__["c"]).__name__, type(B.__dict__["s"]).__name__)


# A subclass that defines __get__ itself is called instead.
class Doubling(property):
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return 2 * super().__get__(obj, owner)


class D:
    v = Doubling(lambda self: 21)


print(D().v, type(D.v).__name__)


# super() from a subclass reaches the class-level method.
class E(B):
    @CM
    def c(cls, k=1):
        return "E+" + super().c(k)


print(E.c(), E().c(7))


# The wrapped descriptor's attributes, and a subclass's own __set__ calling property's.
print(A.__dict__["y"].fget.__name__, A.__dict__["x"].fset, B.__dict__["c"].__func__.__name__)


class Checked(property):
    def __set__(self, obj, value):
        if value < 0:
            raise ValueError("negative")
        super().__set__(obj, value)


class F:
    def _get(self):
        return self._n

    def _set(self, v):
        self._n = v

    n = Checked(_get, _set)


f = F()
f.n = 4
print(f.n)
try:
    f.n = -1
except ValueError as e:
    print("ValueError:", e)
print(f.n)
