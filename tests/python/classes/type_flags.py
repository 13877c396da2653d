# type.__flags__: CPython's tp_flags, of builtin types and of classes (without
# Py_TPFLAGS_VALID_VERSION_TAG, which CPython's method cache sets when it likes).
import abc
import collections
import collections.abc
import enum
import functools
import itertools
import operator
import re
import types

MASK = ~(1 << 19)

builtin = [object, int, bool, float, complex, str, bytes, bytearray, list, tuple, dict,
           set, frozenset, type, range, slice, memoryview, property, staticmethod,
           classmethod, super, enumerate, zip, map, filter, reversed, type(None),
           type(NotImplemented), type(...), BaseException, Exception, ValueError, KeyError,
           StopIteration, OSError, BaseExceptionGroup, Warning, types.FunctionType,
           types.MethodType, types.BuiltinFunctionType, types.ModuleType, types.CodeType,
           types.FrameType, types.GeneratorType, types.CoroutineType,
           types.MappingProxyType, type({}.keys()), type({}.values()), type({}.items()),
           type(iter([])), type(iter({})), type(iter(range(3))), collections.OrderedDict,
           collections.deque, collections.defaultdict, functools.partial, itertools.chain,
           itertools.count, types.SimpleNamespace, type(str.join), type(str.__add__),
           type(int.real), type((1).__add__), types.GenericAlias, types.UnionType,
           re.Pattern, re.Match, operator.itemgetter]
for t in builtin:
    print(f"{t.__name__:28} {t.__flags__ & MASK:#010x}")


class C: pass
class S: __slots__ = ()
class S2: __slots__ = ("a",)
class WD: __slots__ = ("__dict__",)
class Wr: __slots__ = ("__weakref__",)
class A(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
class Concrete(A):
    def f(self): ...
class L(list): pass
class D(dict): pass
class I(int): pass
class IS(int): __slots__ = ()
class T(tuple): pass
class St(str): pass
class B(bytes): pass
class BA(bytearray): pass
class F(float): pass
class E(Exception): pass
class VE(ValueError): pass
class M(type): pass
class MM(M): pass
class Seq(collections.abc.Sequence): pass
class Map(collections.abc.Mapping): pass
class MutMap(collections.abc.MutableMapping): pass
class Ce(C): pass
class OD(collections.OrderedDict): pass
class DQ(collections.deque): pass
class DD(collections.defaultdict): pass
class P(functools.partial): pass
class Mixed(C, int): pass
class En(enum.Enum):
    X = 1
class IE(enum.IntEnum):
    Y = 1
class Pr(property): pass
class SetSub(set): pass
class FS(frozenset): pass
class LSeq(list, collections.abc.Sequence): pass

for c in [C, S, S2, WD, Wr, A, Concrete, abc.ABC, abc.ABCMeta, L, D, I, IS, T, St, B, BA,
          F, E, VE, M, MM, Seq, Map, MutMap, Ce, OD, DQ, DD, P, Mixed, En, IE, type(En),
          Pr, SetSub, FS, LSeq, collections.abc.Sequence, collections.abc.Mapping,
          collections.abc.Iterable]:
    print(f"{c.__name__:28} {c.__flags__ & MASK:#010x}")

# The abstract bit follows __abstractmethods__.
C.__abstractmethods__ = frozenset({"x"})
print(hex(C.__flags__ & MASK), hex(Ce.__flags__ & MASK))
del C.__abstractmethods__
print(hex(C.__flags__ & MASK))
for bad in (lambda: setattr(C, "__flags__", 0), lambda: delattr(C, "__flags__"),
            lambda: setattr(int, "__flags__", 0)):
    try:
        bad()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
print(type(type.__dict__["__flags__"]).__name__, "__flags__" in dir(type))
print(type.__dict__["__flags__"].__get__(int) & MASK == int.__flags__ & MASK)
# Bits programs test.
for t in (list, L, tuple, dict, D, Seq, Map, int, I, str, St, BaseException, E, type, M):
    f = t.__flags__
    print(t.__name__, bool(f & (1 << 5)), bool(f & (1 << 6)), bool(f & (1 << 9)),
          bool(f & (1 << 10)), bool(f & (1 << 20)), [b for b in range(24, 32) if f >> b & 1])
