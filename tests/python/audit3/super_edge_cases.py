class A:
    def __init__(self): self.log = ["A"]
    @property
    def p(self): return "A.p"
    @p.setter
    def p(self, v): self.log.append(("A.p set", v))
    def m(self, *a): return ("A.m", a)
    def __getitem__(self, k): return ("A.getitem", k)
    x = "A.x"
class B(A):
    def __init__(self):
        super().__init__()
        self.log.append("B")
    def set_via_super(self):
        try:
            super().p = 5
        except AttributeError as e:
            return ("AttributeError", str(e))
    def set_via_prop(self):
        A.p.fset(self, 6)
        return self.log[-1]
    def nested(self):
        def inner(arg):
            return super().m(arg)
        try:
            r = inner(self)
            return r[0], type(r[1][0]).__name__
        except (RuntimeError, TypeError) as e:
            return (type(e).__name__, str(e))
    def nested_bad(self):
        def inner():
            return super().m()
        try:
            return inner()
        except (RuntimeError, TypeError) as e:
            return (type(e).__name__, str(e))
    def subscript(self):
        try:
            return super()[1]
        except TypeError as e:
            return ("TypeError", str(e))
    def dunder_explicit(self):
        return super().__getitem__(2)
    def attr(self):
        return super().x, super().__class__.__name__, super().__thisclass__.__name__
    def args_kw(self):
        return super().m(1, k=2) if False else super().m(1)
b = B()
print(b.log, b.set_via_super(), b.set_via_prop(), b.nested(), b.nested_bad())
print(b.subscript(), b.dunder_explicit(), b.attr(), b.args_kw())
# super() in classmethod / staticmethod / __new__ / __init_subclass__ / metaclass method
class Base:
    @classmethod
    def create(cls): return ("Base.create", cls.__name__)
    def __init_subclass__(cls, **kw):
        cls.inited = True
class Derived(Base):
    @classmethod
    def create(cls): return ("Derived.create",) + super().create()
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls.derived_inited = True
class DD(Derived): pass
print(Derived.create(), DD.create(), DD.inited, DD.derived_inited, hasattr(Derived, "derived_inited"))
class Meta(type):
    def __call__(cls, *a):
        obj = super().__call__(*a)
        return ("wrapped", type(obj).__name__)
class WM(metaclass=Meta): pass
print(WM())
# unbound super objects
us = super(B)
print(type(us).__name__, us.__thisclass__.__name__, us.__self__)
# super across diamond with cooperative kwargs
class R:
    def __init__(self, **kw):
        print("  R rest", kw)
class X(R):
    def __init__(self, x=None, **kw):
        print("  X", x); super().__init__(**kw)
class Y(R):
    def __init__(self, y=None, **kw):
        print("  Y", y); super().__init__(**kw)
class Z(X, Y):
    def __init__(self, **kw):
        print("  Z"); super().__init__(**kw)
Z(x=1, y=2)
print([c.__name__ for c in Z.__mro__])
# super().__init__ with object and extra args
class O:
    def __init__(self, a):
        try:
            super().__init__(a)
        except TypeError as e:
            print("TypeError", e)
O(1)
# super() where first arg reassigned
class Re(A):
    def m(self):
        self = 5
        try:
            return super().m()
        except TypeError as e:
            return ("TypeError", str(e))
print(Re().m())
# __class__ in methods refers to defining class even in subclass
class P1:
    def who(self): return __class__.__name__, type(self).__name__
class P2(P1): pass
print(P2().who())
# super() with __getattr__ on the instance is not consulted
class GA:
    def __getattr__(self, n): return "instance-getattr"
class GA2(GA):
    def look(self):
        try:
            return super().missing
        except AttributeError as e:
            return ("AttributeError", str(e))
print(GA2().look(), GA2().missing)
