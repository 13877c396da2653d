def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class A:
    def m(self, x): return ("m", x)
    def n(): return "n"
    def k(self, *, kw): return kw
a = A()
bm = a.m
t(lambda: bm(1))
t(lambda: bm.__self__ is a)
t(lambda: bm.__func__ is A.m)
t(lambda: bm.__name__)
t(lambda: bm.__qualname__)
t(lambda: type(bm).__name__)
t(lambda: a.m == a.m)
t(lambda: a.m is a.m)
t(lambda: A.m == A.m)
t(lambda: a.m == A().m)
t(lambda: a.n())
t(lambda: A.n())
t(lambda: a.m())
t(lambda: a.m(1, 2))
t(lambda: A.m(1))
t(lambda: A.m())
t(lambda: a.k(1))
t(lambda: a.k())
t(lambda: a.k(kw=1, z=2))
t(lambda: a.m(x=1, y=2))
t(lambda: a.m(1, x=2))
t(lambda: bm.__doc__)
t(lambda: setattr(bm, "foo", 1))
t(lambda: bm.nope)
class C:
    def __call__(self, *a, **k): return ("called", a, k)
c = C()
t(lambda: c(1, x=2))
t(lambda: callable(c))
t(lambda: callable(C))
t(lambda: callable(a))
t(lambda: a())
c.__call__ = lambda: "instance-call"
t(lambda: c())
class D:
    __call__ = 5
t(lambda: D()())
t(lambda: callable(D()))
class E:
    def __call__(self): return self
t(lambda: E()() .__class__.__name__)
# method stored in instance is not bound
def free(*args): return len(args)
a.free = free
t(lambda: a.free())
A.free2 = free
t(lambda: a.free2())
# builtin functions as class attributes don't bind
class G:
    l = len
    ab = abs
t(lambda: G().ab(-3))
# staticmethod/classmethod objects
class H:
    @staticmethod
    def s(x): return x
    @classmethod
    def c(cls, x): return (cls.__name__, x)
t(lambda: H.s(1))
t(lambda: H().s(1))
t(lambda: H.c(1))
t(lambda: H.c())
t(lambda: H.s())
t(lambda: type(H.__dict__["s"]).__name__)
t(lambda: H.__dict__["s"].__func__.__name__)
t(lambda: H.__dict__["s"](5))
t(lambda: H.__dict__["c"].__func__.__qualname__)
t(lambda: H.c.__self__.__name__)
class H2(H): pass
t(lambda: H2.c(0))
t(lambda: H2().c(0))
t(lambda: classmethod(5).__func__)
t(lambda: staticmethod(5).__func__)
t(lambda: H.__dict__["c"](1))
