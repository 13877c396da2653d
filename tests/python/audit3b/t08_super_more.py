def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class A:
    def f(self): return "A.f"
    @classmethod
    def c(cls): return "A.c:" + cls.__name__
    @staticmethod
    def s(): return "A.s"
    @property
    def p(self): return "A.p"
    x = "A.x"
class B(A):
    def f(self): return "B>" + super().f()
    @classmethod
    def c(cls): return "B>" + super().c()
    @staticmethod
    def s(): return "B>" + super(B, B).s()
    @property
    def p(self): return "B>" + super().p
    def getx(self): return super().x
    def nosuch(self): return super().nope
    def setp(self): super().x = 1
class C(B): pass
t(lambda: C().f())
t(lambda: C.c())
t(lambda: C().c())
t(lambda: C.s())
t(lambda: C().p)
t(lambda: C().getx())
t(lambda: C().nosuch())
t(lambda: C().setp())
def no_args():
    return super()
t(no_args)
class D:
    def m(self):
        def inner():
            return super().m
        return inner()
t(lambda: D().m())
class E:
    def m(this):
        return super().__class__.__name__
t(lambda: E().m())
class F:
    def m(*args):
        return super()
t(lambda: F().m())
t(lambda: super(int, "x"))
t(lambda: super(A, 5))
t(lambda: super(5, A()))
t(lambda: repr(super(B, C())))
t(lambda: super(B, C()).__thisclass__.__name__)
t(lambda: super(B, C()).__self_class__.__name__)
t(lambda: super(B).__self__)
class G(A):
    def f(self):
        __class__ = 5
        return "shadowed"
t(lambda: G().f())
class H(A):
    def f(self):
        return __class__.__name__
t(lambda: H().f())
class I(dict):
    def __getitem__(self, k):
        return ("I", super().__getitem__(k))
t(lambda: I(a=1)["a"])
class J(list):
    def append(self, x):
        super().append(x * 2)
j = J(); j.append(3)
t(lambda: j)
class K:
    def __init__(self): super().__init__()
    def __repr__(self): return "K<" + super().__repr__()[:10] + ">"
t(lambda: repr(K()))
class L(A):
    def f(self):
        return super(L, self).f() + "+" + super(A, self).__class__.__name__
t(lambda: L().f())
t(lambda: super(L, L()).__getattribute__("f")())
