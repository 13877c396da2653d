# setattr() (a store from native code) on instances: plain attributes, a property
# added to the class after the first store, a method shadowed, __slots__, a class
# __setattr__ added later, __class__ assigned, __dict__ replaced, dunder names, a data
# descriptor on a base class, and the same name on instances of two classes.
class A:
    def m(self):
        return "method"

a = A()
for i in range(3):
    setattr(a, "x", i)
print(a.x, vars(a))
setattr(a, "m", lambda: "shadow")
print(a.m(), A().m())

class P:
    pass

p = P()
setattr(p, "v", 1)
P.v = property(lambda self: "prop", lambda self, val: print("setter", val))
setattr(p, "v", 2)
print(p.v, vars(p))

class S:
    __slots__ = ("s",)

s = S()
setattr(s, "s", 5)
print(s.s)
try:
    setattr(s, "t", 1)
except AttributeError as e:
    print("AttributeError:", e)

class H:
    pass

h = H()
setattr(h, "y", 1)
H.__setattr__ = lambda self, k, val: print("hook", k, val)
setattr(h, "y", 2)
print(vars(h))
del H.__setattr__
setattr(h, "y", 3)
print(vars(h))

class B1:
    pass

class B2:
    pass

b = B1()
setattr(b, "z", 1)
b.__class__ = B2
setattr(b, "z", 2)
print(type(b).__name__, vars(b))
b.__dict__ = {"q": 0}
setattr(b, "z", 3)
print(vars(b))
setattr(b, "__doc__", "doc")
setattr(b, "__weird__", 1)
print(b.__doc__, vars(b))

class Desc:
    def __get__(self, obj, owner=None):
        return "desc"
    def __set__(self, obj, val):
        print("Desc.__set__", val)

class Base:
    d = Desc()

class Derived(Base):
    pass

x = Derived()
setattr(x, "d", 9)
print(x.d, vars(x))
Base.d = 1
setattr(x, "d", 10)
print(x.d, vars(x))
for cls in (A, P):
    o = cls()
    try:
        setattr(o, "w", cls.__name__)
        print(vars(o))
    except Exception as e:
        print(type(e).__name__, e)

# Instances of subclasses of builtin types.
class D(dict):
    pass

d = D(a=1)
setattr(d, "x", 1)
setattr(d, "x", 2)
print(d, vars(d), d.x)
class N(int):
    pass

n = N(5)
setattr(n, "tag", "t")
print(n, n.tag, vars(n))
for name in ("real", "numerator"):
    try:
        setattr(n, name, 1)
    except AttributeError as e:
        print("AttributeError:", e)
class L(list):
    __slots__ = ()

try:
    setattr(L(), "q", 1)
except AttributeError as e:
    print("AttributeError:", e)
