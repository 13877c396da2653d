# __doc__ of builtin types, their instances, methods and the builtin functions: the
# docstrings CPython 3.11 has (user classes' and their instances' stay their own).
import math


class A:
    pass


class D:
    """documented"""


class I(int):
    pass


class E(Exception):
    pass


for v in [int, str, list, dict, set, frozenset, tuple, bytes, float, bool, object, type,
          range, property, staticmethod, classmethod, super, enumerate, zip, Exception,
          ValueError, KeyError, StopIteration, type(None)]:
    d = v.__doc__
    print(v.__name__, repr(d[:60]) if d else d)
for v in [5, "x", [], {}, 1.5, True, (), range(2), ValueError("m"), None]:
    d = v.__doc__
    print(type(v).__name__, repr(d[:40]) if d else d)
for f in [len, print, isinstance, sorted, str.join, [].append, dict.get, int.__add__,
          (5).__add__, str.__len__, dict.fromkeys, int.bit_length, object.__init__]:
    d = f.__doc__
    print(getattr(f, "__qualname__", f), repr(d[:50]) if d else d)
print(A.__doc__, A().__doc__, D.__doc__, D().__doc__, I.__doc__, I(2).__doc__, E.__doc__)
print(math.pow.__doc__ == pow.__doc__, "__doc__" in int.__dict__, "__doc__" in A.__dict__)
