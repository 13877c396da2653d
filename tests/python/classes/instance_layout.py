# Checks the instance-layout rules CPython applies to classes defined in Python: the
# sizes and offsets a class reports (__basicsize__, __itemsize__, __dictoffset__,
# __weakrefoffset__) with and without __slots__, __dict__ and __weakref__, over object
# and builtin bases; which base is __base__ (the one whose layout the instances extend,
# not always the first); which bases cannot be combined ("lay-out conflict"); and
# `obj.__class__ = C` between classes laid out alike or not, with CPython's messages.
import types


class A: pass
class B(A): pass
class S: __slots__ = ('a',)
class S0: __slots__ = ()
class SD: __slots__ = ('__dict__',)
class SW: __slots__ = ('__weakref__',)
class SWX: __slots__ = ('x', '__weakref__', 'a')
class SDX(S): __slots__ = ('__dict__', 'b')
class L(list): pass
class L0(list): __slots__ = ()
class LX(list): __slots__ = ('x',)
class I(int): pass
class I0(int): __slots__ = ()
class E(Exception): pass
class E0(Exception): __slots__ = ()
class ES(Exception): __slots__ = ('x',)
class T(tuple): pass
class F(float): pass
class Str(str): pass
class By(bytes): pass
class D(dict): pass
class Se(set): pass
class M(types.ModuleType): pass
class Meta(type): pass
class O(OSError): pass
class KE(KeyError): pass
class X(S0, A): pass
class Y(S0, A): __slots__ = ()
class Z(S, A): __slots__ = ('z',)
class Q(L, A): pass
class P(property): pass
class SM(staticmethod): pass
class C2(A, S): pass
class WithDictFromSecond(S0, SD): __slots__ = ()
class WithWeakFromSecond(S0, SW): __slots__ = ()
for t in [A, B, S, S0, SD, SW, SWX, SDX, L, L0, LX, I, I0, E, E0, ES, T, F, Str, By, D,
          Se, M, Meta, O, KE, X, Y, Z, Q, P, SM, C2, WithDictFromSecond, WithWeakFromSecond]:
    print(f"{t.__name__:20} base={t.__base__.__name__:12} size={t.__basicsize__:3}"
          f" item={t.__itemsize__} dict={t.__dictoffset__:3} weak={t.__weakrefoffset__}")

print("-- bases that cannot share an instance")


def make(*bases):
    names = ", ".join(b.__name__ for b in bases)
    try:
        c = type("New", bases, {})
    except TypeError as e:
        print(f"class New({names}) ->", type(e).__name__, e)
    else:
        print(f"class New({names}) -> base {c.__base__.__name__}")


class I2(int): pass
class SY: __slots__ = ('y',)
make(I, I2)
make(A, list)
make(S, SY)
make(E, O)
make(ValueError, OSError)
make(KeyError, IndexError)
make(OSError, SyntaxError)
make(SWX, A)
make(A, SWX)
make(dict, A)
make(int, float)
make(list, tuple)
make(S0, L)

print("-- __class__ assignment")


def set_class(obj, cls):
    was = type(obj).__name__
    try:
        obj.__class__ = cls
    except TypeError as e:
        print(f"{was} -> {cls.__name__}:", type(e).__name__, e)
    else:
        print(f"{was} -> {cls.__name__}: ok, now", type(obj).__name__)


class A2: pass
class S02: __slots__ = ()
class SX: __slots__ = ('x',)
class SX2: __slots__ = ('x',)
class L2(list): pass
class E2(Exception): pass
class V(ValueError): pass
class K(KeyError): pass
class M2(types.ModuleType): pass
class SubSX(SX): pass

for obj, cls in [(A(), A2), (A(), S0), (S0(), S02), (S0(), A), (SX(), SX2), (SX(), SY),
                 (SX(), A), (A(), SD), (SD(), A), (A(), SW), (SW(), S0), (L(), L2),
                 (L(), L0), (L0(), L), (L(), A), (I(1), I2), (I(1), A), (E(), E2),
                 (E(), V), (V(), K), (E(), A), (A(), B), (SubSX(), SX2), (SubSX(), SX),
                 (M('m'), M2), (M('m'), types.ModuleType), (D(), L), (A(), int),
                 (A(), object)]:
    set_class(obj, cls)
set_class(types.ModuleType('plain'), M)
sx = SX()
sx.x = 3
sx.__class__ = SX2
print(type(sx).__name__, sx.x)

print("-- the layout attributes are read-only")
for name in ["__basicsize__", "__itemsize__", "__dictoffset__", "__weakrefoffset__",
             "__base__", "__mro__", "__flags__"]:
    try:
        setattr(A, name, 5)
    except AttributeError as e:
        print(name, type(e).__name__, e)
print(A.__basicsize__, "__basicsize__" in vars(A))
