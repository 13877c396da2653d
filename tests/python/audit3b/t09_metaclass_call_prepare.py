def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, [b.__name__ for b in bases], kw)
        return {"injected": 1}
    def __new__(mcs, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")), kw)
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("init", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print("call", cls.__name__, a, k)
        inst = super().__call__(*a, **k)
        print("made", type(inst).__name__)
        return inst
class A(metaclass=Meta, opt=1):
    def __init__(self, v): self.v = v
    y = 2
t(lambda: A.injected)
t(lambda: A(5).v)
class B(A): pass
t(lambda: type(B).__name__)
t(lambda: B(v=1).v)
class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class S(metaclass=Singleton):
    def __init__(self): print("S init once")
t(lambda: S() is S())
class NoCall(type):
    def __call__(cls):
        return "not an instance"
class N(metaclass=NoCall): pass
t(lambda: N())
class BadPrep(type):
    @classmethod
    def __prepare__(m, n, b): return 5
def mk():
    class X(metaclass=BadPrep): pass
t(mk)
class MetaNewReturnsOther(type):
    def __new__(m, n, b, ns):
        return 42
class Z(metaclass=MetaNewReturnsOther): pass
t(lambda: Z)
def fmeta(name, bases, ns):
    return (name, bases, sorted(k for k in ns if not k.startswith("__")))
class F(metaclass=fmeta):
    a = 1
t(lambda: F)
class M1(type): pass
class M2(type): pass
class P(metaclass=M1): pass
class Q(metaclass=M2): pass
def conf():
    class R(P, Q): pass
t(conf)
class M3(M1): pass
class T(P, metaclass=M3): pass
t(lambda: type(T).__name__)
class U(P, metaclass=type): pass
t(lambda: type(U).__name__)
t(lambda: type("V", (P,), {}).__class__.__name__)
t(lambda: type("W", (), {}, extra=1))
t(lambda: type("W", ()))
t(lambda: type(1, 2, 3))
t(lambda: type("W", (1,), {}))
t(lambda: type("W", (), []))
t(lambda: type())
