def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class Base:
    subs = []
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        Base.subs.append((cls.__name__, tag))
class A(Base, tag="a"): pass
class B(A): pass
class C(B, tag="c"): pass
print(Base.subs)
def bad():
    class D(Base, tag="d", extra=1): pass
t(bad)
def bad2():
    class X(foo=1): pass
t(bad2)
class P:
    @classmethod
    def __init_subclass__(cls):
        print("explicit classmethod", cls.__name__)
class Q(P): pass
class R:
    def __init_subclass__(cls):
        print("R init_subclass", cls.__name__, cls.__mro__[1].__name__)
class S(R): pass
class T(S): pass
# set_name order and args
class N:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
class U:
    a = N()
    b = N()
    def __init_subclass__(cls): print("U sub")
    c = N()
class V(U):
    d = N()
# set_name is called before init_subclass
class W:
    def __init_subclass__(cls):
        print("init_subclass sees", getattr(cls.__dict__.get("z"), "name", None))
class Z:
    def __set_name__(self, o, n): self.name = n
class Y(W):
    z = Z()
# same descriptor under two names
n = N()
class Two:
    x = n
    y = n
# type() with set_name
TT = type("TT", (), {"m": N()})
# set_name raising
class Bad:
    def __set_name__(self, o, n): raise ValueError("boom")
def mk():
    class K:
        q = Bad()
t(mk)
# init_subclass with metaclass kw
class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        print("meta new kw", kw)
        return super().__new__(m, name, bases, ns, **kw)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class MB(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        print("mb init_subclass", kw)
class MC(MB, flag=True): pass
