# dir() lists the descriptors CPython keeps in type dicts: __class__, and
# __dict__/__weakref__ for classes whose instances have a dict.
import math


class A:
    pass


class S:
    __slots__ = ("x",)


class D(dict):
    pass


names = ("__class__", "__dict__", "__weakref__", "__module__")
print([n for n in dir(A) if n in names])
print([n for n in dir(A()) if n in names])
print([n for n in dir(S()) if n in names])
print([n for n in dir(D()) if n in names], "__class__" in dir(1), "__class__" in dir(int))
print("__class__" in dir(math), "__dict__" in dir(math))
