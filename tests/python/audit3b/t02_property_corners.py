def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class A:
    def __init__(self): self._x = 0
    @property
    def x(self):
        "the x doc"
        return self._x
    @x.setter
    def x(self, v): self._x = v
    @x.deleter
    def x(self): print("deleting"); del self._x
a = A()
a.x = 5
t(lambda: a.x)
del a.x
t(lambda: a.x)
t(lambda: A.x.__doc__)
t(lambda: A.x.fget.__name__)
t(lambda: A.x.fset.__name__)
t(lambda: type(A.x).__name__)
class B:
    y = property(lambda self: 1)
b = B()
t(lambda: setattr(b, "y", 2))
t(lambda: delattr(b, "y"))
class C:
    @property
    def z(self): raise AttributeError("inner")
    def __getattr__(self, n): return "getattr:" + n
t(lambda: C().z)
p = property(None)
class D:
    w = p
t(lambda: D().w)
t(lambda: property().__get__(None, D) is not None)
# property subclass
class myprop(property):
    pass
class E:
    @myprop
    def v(self): return 3
t(lambda: E().v)
t(lambda: type(E.v).__name__)
# property with doc argument
q = property(lambda s: 1, doc="given")
t(lambda: q.__doc__)
# getter/setter return new property
p1 = property(lambda s: 1)
p2 = p1.setter(lambda s, v: None)
t(lambda: p1 is p2)
t(lambda: p2.fget is p1.fget)
# property called with too many args
t(lambda: property(1, 2, 3, 4, 5))
class F:
    @property
    def g(self): return 1
t(lambda: F.g.__get__(F()))
t(lambda: F.g.__set__(F(), 1))
t(lambda: F.g.__delete__(F()))
