# descriptor protocol edge cases
class Data:
    def __init__(self, name="d"): self.name = name
    def __get__(self, inst, owner):
        return ("get", self.name, inst is None, owner.__name__)
    def __set__(self, inst, val):
        print("set", self.name, val)
    def __delete__(self, inst):
        print("delete", self.name)

class NonData:
    def __get__(self, inst, owner):
        return ("nd-get", inst is None, owner.__name__)

class SetOnly:
    def __set__(self, inst, val):
        print("setonly", val)

class DelOnly:
    def __delete__(self, inst):
        print("delonly")

class A:
    d = Data()
    nd = NonData()
    so = SetOnly()
    do = DelOnly()

a = A()
print(a.d, A.d)
a.d = 5
del a.d
a.__dict__["d"] = "shadow"
print(a.d)  # data descriptor wins
print(a.nd)
a.__dict__["nd"] = "inst"
print(a.nd)  # instance dict wins
print(A.nd)
# set-only descriptor is a data descriptor; getting returns the descriptor object itself when no instance value
print(type(a.so).__name__)
a.so = 3
try:
    del a.so
except AttributeError as e:
    print("AttributeError", e)
del a.do

# descriptors on class via metaclass: setting class attribute replaces descriptor
A.d = 10
print(A.d, a.d if "d" in a.__dict__ else "nodict")
print(a.__dict__)

# __get__ called with None on class access
class Rec:
    def __get__(self, inst, owner=None):
        return f"Rec({inst!r:.3}, {owner.__name__ if owner else None})"
class B:
    r = Rec()
print(B.r)
print(B().r[:8])
print(Rec().__get__(None, B))

# descriptor instance attribute (not class) is not invoked
class C: pass
c = C()
c.x = Data("inst")
print(type(c.x).__name__)

# property edge cases
class P:
    def __init__(self): self._x = 0
    @property
    def x(self):
        "the x doc"
        return self._x
    @x.setter
    def x(self, v): self._x = v * 2
    @x.deleter
    def x(self): print("deleting x"); del self._x
p = P()
p.x = 4
print(p.x, P.x.__doc__, type(P.x).__name__)
del p.x
try:
    p.x
except AttributeError as e:
    print("AttributeError", e)
print(P.x.fget.__name__, P.x.fset.__name__, P.x.fdel.__name__)
ro = property(lambda self: 1)
class Q:
    y = ro
    z = property()
q = Q()
for op in ("set", "del", "get"):
    for name in ("y", "z"):
        try:
            if op == "set": setattr(q, name, 1)
            elif op == "del": delattr(q, name)
            else: getattr(q, name)
        except AttributeError as e:
            print(op, name, "AttributeError", e)
# property with doc arg
pp = property(None, None, None, "docstr")
print(pp.__doc__)
# property getter() returns a copy
p1 = property(lambda s: 1)
p2 = p1.getter(lambda s: 2)
print(p1 is p2, p2.fget(None))

# classmethod / staticmethod
class K:
    @classmethod
    def cm(cls, *a): return (cls.__name__, a)
    @staticmethod
    def sm(*a): return a
class K2(K): pass
print(K.cm(1), K2.cm(2), K2().cm(3))
print(K.sm(1), K2().sm(2))
print(type(K.__dict__["cm"]).__name__, type(K.__dict__["sm"]).__name__)
print(K.__dict__["sm"].__func__ is K.sm)
print(K.__dict__["cm"].__func__ is K.cm.__func__)
print(K.cm.__self__ is K, K2().cm.__self__ is K2)
print(callable(K.__dict__["sm"]))
print(K.__dict__["sm"](5))
# classmethod wrapping property-like descriptor is deprecated in 3.11 but works
# bound method attributes
class M:
    def meth(self, x): return x
m = M()
bm = m.meth
print(bm.__self__ is m, bm.__func__ is M.meth, bm.__name__, bm.__qualname__)
print(bm == m.meth, bm is m.meth)
print(M.meth(m, 3))
# method equality with different instances
print(M().meth == M().meth)
# functions are non-data descriptors
f = M.__dict__["meth"]
print(f.__get__(m, M)(7), f.__get__(None, M) is f)
