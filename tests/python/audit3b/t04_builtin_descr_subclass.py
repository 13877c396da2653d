def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class myprop(property):
    pass
class mycm(classmethod):
    pass
class mysm(staticmethod):
    pass
class A:
    @myprop
    def p(self): return "p"
    @mycm
    def c(cls): return "c:" + cls.__name__
    @mysm
    def s(): return "s"
t(lambda: A().p)
t(lambda: type(A.__dict__["p"]).__name__)
t(lambda: A.c())
t(lambda: A().c())
t(lambda: type(A.__dict__["c"]).__name__)
t(lambda: A.s())
t(lambda: type(A.__dict__["s"]).__name__)
class P2(property):
    def __init__(self, fget):
        super().__init__(fget)
        self.extra = "extra"
class B:
    @P2
    def q(self): return 10
t(lambda: B().q)
t(lambda: B.__dict__["q"].extra)
class cached:
    def __init__(self, f): self.f = f
    def __set_name__(self, o, n): self.n = n
    def __get__(self, o, t=None):
        if o is None: return self
        v = self.f(o); o.__dict__[self.n] = v; return v
class C:
    calls = 0
    @cached
    def val(self):
        C.calls += 1
        return 99
c = C()
t(lambda: (c.val, c.val, C.calls))
t(lambda: isinstance(A.__dict__["p"], property))
