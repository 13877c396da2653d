class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print([k.__name__ for k in Z.__mro__])
print([k.__name__ for k in Z.mro()])
print(type(Z.__mro__).__name__, type(Z.mro()).__name__)
print(Z.__bases__ == (K1, K2, K3), Z.__base__.__name__)
for bases in [(A, O), (K1, K2, A, K3, B)]:
    try:
        type("X", bases, {})
        print("ok")
    except TypeError as e:
        print("TypeError", e)
try:
    class Dup(A, A): pass
except TypeError as e:
    print("TypeError", e)
class X(object): pass
class Y(X): pass
try:
    class Bad(X, Y): pass
except TypeError as e:
    print("TypeError", e)
try:
    class Bad2(int, str): pass
except TypeError as e:
    print("TypeError", e)
try:
    class Bad4(bool): pass
except TypeError as e:
    print("TypeError", e)

# super
class P:
    def who(self): return "P"
    @classmethod
    def cwho(cls): return "P.c:" + cls.__name__
    @staticmethod
    def swho(): return "P.s"
    @property
    def prop(self): return "P.prop"
class Q(P):
    def who(self): return "Q>" + super().who()
    @classmethod
    def cwho(cls): return "Q.c>" + super().cwho()
    @staticmethod
    def swho():
        try:
            return super().swho()
        except RuntimeError as e:
            return "RuntimeError " + str(e)
    @property
    def prop(self): return "Q>" + super().prop
    def lam(self):
        return (lambda: super().who())()
    def gen(self):
        yield super().who()
    def comp(self):
        return [super().who() for _ in range(1)]
    def noarg():
        return super().who()
    def deleted_self(self):
        del self
        return super().who()
    def cls_ref(self):
        return __class__.__name__
q = Q()
print(q.who(), Q.cwho(), Q.swho(), q.prop)
for f in (q.lam, lambda: next(q.gen()), q.comp):
    try:
        print(f())
    except (RuntimeError, TypeError) as e:
        print(type(e).__name__, e)
for f in (Q.noarg, lambda: q.deleted_self()):
    try:
        f()
    except RuntimeError as e:
        print("RuntimeError", e)
print(q.cls_ref())
def outside():
    return super().x
try:
    outside()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    super(Q, 1)
except TypeError as e:
    print("TypeError", e)
try:
    super(1, q)
except TypeError as e:
    print("TypeError", e)
s = super(Q, q)
print(s.__thisclass__ is Q, s.__self__ is q, s.__self_class__ is Q)
print(repr(super(Q, Q))[:30])
print(super(Q, Q).who(q))
try:
    super(Q, q).nonexistent
except AttributeError as e:
    print("AttributeError", e)
try:
    super(P, q).who()
except AttributeError as e:
    print("AttributeError", e)
# super in __init_subclass__ and __new__
class SN:
    def __new__(cls, *a):
        o = super().__new__(cls)
        o.args = a
        return o
print(SN(1, 2).args)
# super with setattr goes to object
class SA:
    def __setattr__(self, k, v):
        super().__setattr__(k, v * 2)
sa = SA(); sa.x = 3; print(sa.x)

# type() forms
T = type("T", (A,), {"x": 1, "f": lambda self: self.x + 1, "__module__": "mymod", "__qualname__": "Outer.T"})
print(T.__name__, T.__qualname__, T.__module__, T().f(), T.__bases__[0].__name__)
T0 = type("T0", (), {})
print(T0.__bases__, T0.__module__)
print(type(1) is int, type(T()) is T, type(T) is type)
for args in [("a",), ("a", (), {}, 1), (1, (), {}), ("a", 1, {}), ("a", (), 1), ("a", (1,), {})]:
    try:
        type(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    type()
except TypeError as e:
    print("TypeError", e)
T.__name__ = "Renamed"
print(T.__name__, T.__qualname__)
try:
    T.__name__ = 5
except TypeError as e:
    print("TypeError", e)
try:
    int.__name__ = "x"
except TypeError as e:
    print("TypeError", e)
try:
    int.foo = 1
except TypeError as e:
    print("TypeError", e)
