# super is a builtin type: its attributes, isinstance, type() of its objects, members.
import inspect

print(type(super), type(super) is type)
print(super.__name__, super.__qualname__, super.__module__)
print(super.__doc__.splitlines()[0])
print(repr(super))
print(callable(super), inspect.isclass(super), inspect.isbuiltin(super))
print(super.__mro__, super.__bases__)
print(sorted(k for k in vars(super) if k in
             ('__new__', '__init__', '__get__', '__getattribute__', '__repr__')))


class A:
    def f(self):
        return "A.f"

    @classmethod
    def c(cls):
        return "A.c " + cls.__name__

    x = 10


class B(A):
    def f(self):
        return "B.f " + super().f()

    @classmethod
    def c(cls):
        return "B.c " + super().c()


class C(B):
    pass


b = B()
s = super(B, b)
print(type(s) is super, isinstance(s, super), isinstance(b, super))
print(type(s).__name__, s.__class__ is super)
print(s.__thisclass__ is B, s.__self__ is b, s.__self_class__ is B)
print(s.f(), s.x, b.f(), B.c(), C.c())
print(repr(s))
print(repr(super(B, C())))
print(repr(super(B, C)))

# super(type, type2): classes.
sc = super(B, C)
print(sc.__self__ is C, sc.__self_class__ is C, sc.c())
print(super(A, B).__self_class__, super(B, B).__thisclass__)

# unbound super(B)
u = super(B)
print(u.__thisclass__, u.__self__, u.__self_class__)
print(repr(u))
try:
    u.f
except AttributeError as e:
    print("AttributeError", e)
bound = u.__get__(b)
print(type(bound) is super, bound.f(), bound.__self__ is b)
print(u.__get__(b, B).f())
print(u.__get__(None, B) is u, u.__get__(b, None).f())
try:
    u.__get__(None)
except TypeError as e:
    print("TypeError", e)
print(s.__get__(C()) is s)

# an unbound super as a class attribute is bound on instance access
class K(B):
    sup = super(B)
k = K()
print(type(k.sup) is super, k.sup.__self__ is k, k.sup.f())
print(K.sup is K.__dict__['sup'])

# the type's own methods called directly
print(super.__repr__(s) == repr(s))
print(super.__getattribute__(s, 'f')())
print(super.__getattribute__(s, '__thisclass__'))
print(type(super.__new__(super, B, b)).__name__)
print(super.__get__(u, b).f())
super.__init__(s, B, b)
print(s.f())

# zero-argument super in many places
class P:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "P(%r)" % self.v


class Q(P):
    def __init__(self, v):
        super().__init__(v * 2)

    def __repr__(self):
        return "Q/" + super().__repr__()

    def who(self):
        sp = super()
        return type(sp).__name__, sp.__thisclass__.__name__, sp.__self_class__.__name__

    def inner(self):
        def g():
            return super().__repr__()
        try:
            return g()
        except RuntimeError as e:
            return "RuntimeError " + str(e)

    def lam(self):
        return (lambda: 1)() and super().__repr__()

    @staticmethod
    def st():
        try:
            return super()
        except RuntimeError as e:
            return "RuntimeError " + str(e)

    def gen(self):
        yield super().__repr__()


q = Q(3)
print(q, q.who(), q.lam(), Q.st(), list(q.gen()))
print(q.inner())


class R(dict):
    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)

    def __getitem__(self, k):
        return super().__getitem__(k) + 1


r = R(a=1)
print(r, r['a'], super(R, r).__getitem__('a'))
print(super(R, r).__class__, super(R, r).__len__())
