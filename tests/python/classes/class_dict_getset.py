# A class's __dict__ and __weakref__ entries: getset descriptors type() adds where the
# instances have what no base gives them.
import abc


class A:
    x = 1


class B(A):
    pass


class S:
    __slots__ = ("a",)


class SD:
    __slots__ = ("a", "__dict__")


class SW:
    __slots__ = ("__weakref__",)


class SX(SW):
    pass


class I(int):
    pass


class L(list):
    pass


class E(Exception):
    pass


class T(tuple):
    pass


class St(str):
    pass


class D(dict):
    pass


class M(type):
    pass


class P(property):
    pass


class Ab(abc.ABC):
    pass


class C(A):
    __slots__ = ()


for c in (A, B, S, SD, SW, SX, I, L, E, T, St, D, M, P, Ab, C):
    # (abc keeps its caches under names of its own: only the dunders are compared.)
    print(c.__name__, [k for k in c.__dict__ if c is not Ab or k.startswith("__")])
g = A.__dict__["__dict__"]
w = A.__dict__["__weakref__"]
print(g, w, type(g).__name__, g.__name__, g.__objclass__, g.__qualname__)
a = A()
a.y = 2
print(g.__get__(a), w.__get__(a), g.__get__(None, A) is g, a.__dict__ is g.__get__(a))
g.__set__(a, {"z": 3})
print(a.__dict__, a.z)
a.__dict__ = {"q": 4}
print(vars(a))
del a.__dict__
print(a.__dict__)
for bad in (lambda: g.__get__(1), lambda: g.__set__(a, 5), lambda: w.__set__(a, 1),
            lambda: setattr(a, "__weakref__", 1), lambda: g.__get__(S())):
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print("__dict__" in dir(A), "__weakref__" in dir(S), "__dict__" in dir(SD))
sd = SD()
sd.k = 1
print(SD.__dict__["__dict__"].__get__(sd))
