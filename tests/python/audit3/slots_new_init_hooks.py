class S:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1
s = S()
print(s.a)
try:
    s.b
except AttributeError as e:
    print("AttributeError", e)
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError", e)
try:
    s.__dict__
except AttributeError as e:
    print("AttributeError", e)
print(type(S.a).__name__, S.a.__name__, S.a.__objclass__ is S)
print(S.__slots__)
del s.a
try:
    del s.a
except AttributeError as e:
    print("AttributeError", e)
class T(S):
    pass
t = T()
t.c = 5
print(t.__dict__, t.a)
class U(S):
    __slots__ = ("c", "__dict__")
u = U()
u.z = 1
u.c = 2
print(u.__dict__, u.c)
class W:
    __slots__ = "single"
w = W()
w.single = 9
print(w.single, W.__slots__)
class WR:
    __slots__ = ()
try:
    WR().x = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    class Bad:
        __slots__ = ("x",)
        x = 1
except ValueError as e:
    print("ValueError", e)
try:
    class Bad2:
        __slots__ = ("a", "a")
except Exception as e:
    print(type(e).__name__, e)
try:
    class Bad3:
        __slots__ = (1,)
except TypeError as e:
    print("TypeError", e)
try:
    class Bad4:
        __slots__ = ("not valid",)
except TypeError as e:
    print("TypeError", e)
# slot and class attr via subclass
class V(S):
    __slots__ = ("d",)
v = V()
v.a = 1; v.d = 4
print(v.a, v.d, hasattr(v, "__dict__"))
# slots with dict mapping
class DS:
    __slots__ = {"p": "doc for p", "q": None}
print(sorted(DS.__slots__))

# __new__ / __init__
class N:
    def __new__(cls, *args, **kw):
        print("new", cls.__name__, args, kw)
        inst = super().__new__(cls)
        return inst
    def __init__(self, x, y=2):
        print("init", x, y)
N(1, y=3)
class Other:
    def __init__(self): print("Other init not called")
class N2:
    def __new__(cls):
        return 42
    def __init__(self):
        print("should not run")
print(N2())
class N3:
    def __new__(cls):
        return object.__new__(N3sub)
    def __init__(self):
        print("N3 init on", type(self).__name__)
class N3sub(N3): pass
N3()
try:
    object.__new__(N, 1)
    print("ok object.__new__ with extra args when __new__ overridden")
except TypeError as e:
    print("TypeError", e)
class Plain: pass
try:
    Plain(1)
except TypeError as e:
    print("TypeError", e)
class OnlyInit:
    def __init__(self): pass
try:
    OnlyInit(1)
except TypeError as e:
    print("TypeError", e)
class OnlyNew:
    def __new__(cls, a): return super().__new__(cls)
OnlyNew(1)
print("OnlyNew ok")
class RetInit:
    def __init__(self): return 5
try:
    RetInit()
except TypeError as e:
    print("TypeError", e)
try:
    object.__new__(1)
except TypeError as e:
    print("TypeError", e)
# __new__ is implicitly a staticmethod
print(type(N.__dict__["__new__"]).__name__)

# __init_subclass__
class Base:
    registry = []
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        Base.registry.append((cls.__name__, tag))
class C1(Base, tag="one"): pass
class C2(C1): pass
print(Base.registry)
try:
    class C3(Base, bogus=1): pass
except TypeError as e:
    print("TypeError", e)
try:
    class C4(bogus=1): pass
except TypeError as e:
    print("TypeError", e)
print(type(Base.__dict__["__init_subclass__"]).__name__)

# __set_name__
class Named:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
class H:
    x = Named()
    y = Named()
H.z = Named()  # not called
print(H.x.name, H.y.name, hasattr(H.z, "name"))
# type() three-arg also triggers set_name
T3 = type("T3", (), {"n": Named()})
