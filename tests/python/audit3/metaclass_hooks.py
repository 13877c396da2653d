log = []
class OrderedNS(dict):
    def __setitem__(self, k, v):
        log.append(k)
        super().__setitem__(k, v)
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", mcs.__name__, name, [b.__name__ for b in bases], kw)
        return OrderedNS()
    def __new__(mcs, name, bases, ns, **kw):
        print("new", mcs.__name__, name, type(ns).__name__, kw)
        cls = super().__new__(mcs, name, bases, dict(ns))
        cls.created_by = mcs.__name__
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("init", cls.__name__, kw)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **kw):
        print("call", cls.__name__, a, kw)
        inst = super().__call__(*a, **kw)
        inst.via_meta = True
        return inst
    def __repr__(cls):
        return f"<Meta class {cls.__name__}>"
    def helper(cls):
        return "helper on " + cls.__name__
    @property
    def meta_prop(cls):
        return "mp:" + cls.__name__
    def __len__(cls): return 42
    def __getitem__(cls, k): return (cls.__name__, k)
    def __iter__(cls): return iter([1, 2])
    def __contains__(cls, x): return x == "in"
    def __or__(cls, other): return "or!"

class A(metaclass=Meta, flag=1):
    x = 1
    def f(self): return 2
print([k for k in log if not k.startswith("__")], "__module__" in log, "__qualname__" in log)
a = A(5) if False else A()
print(a.via_meta, A.created_by, repr(A), type(A).__name__)
print(A.helper(), A.meta_prop, len(A), A[3], list(A), "in" in A, A | int)
try:
    a.helper
except AttributeError as e:
    print("AttributeError", e)
class B(A, flag2=2):
    pass
print(type(B).__name__, B.created_by)
# metaclass inherited
print(isinstance(B, Meta), issubclass(Meta, type))
# class-level vs metaclass attribute precedence
class M2(type):
    attr = "meta"
    @property
    def dprop(cls): return "meta-data-descriptor"
class C(metaclass=M2):
    attr = "class"
    dprop = "class-dprop"
print(C.attr, C.dprop)
# metaclass as plain function
def fmeta(name, bases, ns, **kw):
    print("fmeta", name, sorted(k for k in ns if not k.startswith("__")), kw)
    return 123
class F(metaclass=fmeta, k=1):
    y = 2
print(F)
# __prepare__ returning non-mapping
class BadPrep(type):
    @classmethod
    def __prepare__(mcs, *a, **k): return 1
try:
    class G(metaclass=BadPrep): pass
except TypeError as e:
    print("TypeError", e)
# metaclass conflict
class MA(type): pass
class MB(type): pass
class PA(metaclass=MA): pass
class PB(metaclass=MB): pass
try:
    class PC(PA, PB): pass
except TypeError as e:
    print("TypeError", e)
# most derived metaclass picked
class MC(MA): pass
class PD(metaclass=MC): pass
class PE(PA, PD): pass
print(type(PE).__name__)
# __call__ returning other things skips __init__
class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class S(metaclass=Singleton):
    def __init__(self, v): print("S init", v); self.v = v
s1 = S(1); s2 = S(2)
print(s1 is s2, s2.v)
# __init_subclass__ + metaclass kwargs interplay
class M3(type):
    def __new__(mcs, name, bases, ns, **kw):
        return super().__new__(mcs, name, bases, ns, **kw)
class Base3(metaclass=M3):
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
class D3(Base3, opt=7): pass
# type.__call__ with non-instance from __new__
print(type(type), type.__class__, type(Meta))
# instancecheck/subclasscheck
class IMeta(type):
    def __instancecheck__(cls, inst):
        return inst == "magic"
    def __subclasscheck__(cls, sub):
        return sub is int
class I(metaclass=IMeta): pass
print(isinstance("magic", I), isinstance(I(), I), isinstance(1, I), issubclass(int, I), issubclass(I, I), issubclass(str, I))
print(isinstance("magic", (int, I)), issubclass(int, (str, I)))
# __class__ assignment on metaclass instance? keep simple
print(A.__class__ is Meta, A.__dict__["x"], "helper" in A.__dict__)
print(sorted(k for k in vars(A) if not k.startswith("__")))
