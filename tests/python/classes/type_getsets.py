# type's own descriptors: __annotations__ (a class's own, made empty on first read),
# __abstractmethods__, __text_signature__ (a builtin type's, or a class's docstring
# signature line), and inspect.signature of builtin classes.
import inspect
import itertools

for n in ["__abstractmethods__", "__annotations__", "__text_signature__", "__dict__",
          "__doc__", "__module__", "__basicsize__", "__name__"]:
    print(n, repr(type.__dict__.get(n)))


class A:
    x: int


class B(A):
    pass


print(B.__annotations__, "__annotations__" in B.__dict__, A.__annotations__)


class C:
    pass


print(C.__dict__.get("__annotations__"))
print(C.__annotations__, C.__dict__.get("__annotations__"))
C.__annotations__ = {"y": str}
print(C.__annotations__)
del C.__annotations__
print("__annotations__" in C.__dict__)
for f in (lambda: type.__abstractmethods__, lambda: C.__abstractmethods__,
          lambda: int.__annotations__):
    try:
        print(f())
    except AttributeError as e:
        print("AttributeError", e)
C.__abstractmethods__ = frozenset({"f"})
print(C.__abstractmethods__, "__abstractmethods__" in C.__dict__)
del C.__abstractmethods__
print(type(C()).__name__, "__abstractmethods__" in C.__dict__)


class D:
    """D(a, b)
--

doc"""


class E:
    """E(a)

--

no signature: a blank line comes first"""


class F:
    """G(a)
--

another name"""


class H:
    pass


class L(list):
    pass


for c in (C, D, E, F, H, L, list, int, dict, object, type, enumerate, itertools.count):
    print(c.__name__, repr(c.__text_signature__))
for c in (list, dict, int, enumerate, range, zip, str, bytes, bytearray, set, frozenset,
          tuple, object, type, float, complex, bool, slice, property, map, filter,
          reversed, memoryview, super, staticmethod, classmethod, itertools.count,
          itertools.chain, itertools.repeat, itertools.islice, L, C, D, E):
    try:
        print(c.__name__, inspect.signature(c))
    except (ValueError, TypeError) as e:
        print(c.__name__, type(e).__name__, e)
