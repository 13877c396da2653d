# The getset and member descriptors in the dicts of builtin types: their type, repr,
# names, __get__/__set__/__delete__, and what a class-level read finds.
import types


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


def f(a=1, *, k=2):
    "doc of f"


e = ValueError(1, 2)
samples = [
    (int, 5, ["real", "imag", "numerator", "denominator"]),
    (int, True, ["real", "imag", "numerator", "denominator"]),
    (float, 2.5, ["real", "imag"]),
    (complex, 3 + 4j, ["real", "imag"]),
    (type, int, ["__basicsize__", "__itemsize__", "__weakrefoffset__", "__base__",
                 "__dictoffset__", "__mro__", "__name__", "__qualname__", "__bases__",
                 "__module__", "__dict__", "__doc__"]),
    (BaseException, e, ["__suppress_context__", "__dict__", "args", "__traceback__",
                        "__context__", "__cause__"]),
    (property, property(len, doc="p doc"), ["fget", "fset", "fdel", "__doc__",
                                            "__isabstractmethod__"]),
    (staticmethod, staticmethod(f), ["__func__", "__wrapped__", "__isabstractmethod__"]),
    (classmethod, classmethod(f), ["__func__", "__wrapped__", "__isabstractmethod__"]),
    (object, object(), ["__class__"]),
    (object, 5, ["__class__"]),
    (types.FunctionType, f, ["__closure__", "__doc__", "__globals__", "__module__", "__code__",
                             "__builtins__",
                             "__defaults__", "__kwdefaults__", "__annotations__", "__dict__",
                             "__name__", "__qualname__"]),
    (range, range(1, 9, 2), ["start", "stop", "step"]),
    (slice, slice(1, None, 3), ["start", "stop", "step"]),
]
for T, obj, names in samples:
    for n in names:
        d = T.__dict__[n]
        got = d.__get__(obj, T)
        if n == "__globals__":
            got = got is globals()
        elif n == "__builtins__":
            got = got is __builtins__.__dict__
        elif n in ("__dict__", "__code__", "__mro__", "__func__", "__wrapped__"):
            got = type(got).__name__
        print(T.__name__, n, type(d).__name__, repr(d), d.__name__, d.__qualname__,
              d.__objclass__ is T, repr(got)[:40], d.__get__(None, T) is d,
              getattr(T, n, None) is d if T is not type else "-")

# CPython's lists, restricted to the attributes checked above.
checked = {T: set(names) for T, _, names in samples}
for T in checked:
    found = sorted(k for k, v in vars(T).items()
                   if type(v).__name__ in ("getset_descriptor", "member_descriptor")
                   and k in checked[T])
    print(T.__name__, found == sorted(checked[T]))
for T in (str, bytes, list, dict, tuple):
    print(T.__name__, [k for k, v in vars(T).items()
                       if type(v).__name__ in ("getset_descriptor", "member_descriptor")])

d = int.__dict__["real"]
show(lambda: d.__get__("x"))
show(lambda: d.__get__(None, int))
show(lambda: d.__set__(5, 1))
show(lambda: d.__delete__(5))
show(lambda: d.__doc__)
show(lambda: type.__dict__["__basicsize__"].__set__(int, 1))
show(lambda: type.__dict__["__basicsize__"].__get__(5))
show(lambda: type.__dict__["__name__"].__get__(dict))
show(lambda: type.__dict__["__dict__"].__set__(int, {}))
show(lambda: complex.__dict__["real"].__set__(1j, 1))
show(lambda: types.FunctionType.__dict__["__closure__"].__set__(f, 1))
show(lambda: BaseException.__dict__["args"].__get__(KeyError("k")))
show(lambda: BaseException.__dict__["args"].__get__(1))
show(lambda: property.__dict__["fget"].__get__(property(abs)))

# Writable ones store through the object.
def g():
    pass
types.FunctionType.__dict__["__name__"].__set__(g, "h")
print(g.__name__, g.__qualname__)
show(lambda: types.FunctionType.__dict__["__name__"].__set__(g, 3))
show(lambda: types.FunctionType.__dict__["__name__"].__delete__(g))
err = KeyError(1)
BaseException.__dict__["args"].__set__(err, [7, 8])
print(err.args)
show(lambda: BaseException.__dict__["__suppress_context__"].__set__(err, 1))
BaseException.__dict__["__suppress_context__"].__set__(err, True)
print(err.__suppress_context__)


class C:
    pass


type.__dict__["__name__"].__set__(C, "D")
print(C.__name__, C.__qualname__)


# object's __class__: reads and assigns an object's class.
class C2:
    pass


c = C()
object.__dict__["__class__"].__set__(c, C2)
print(type(c).__name__, object.__dict__["__class__"].__get__(c).__name__,
      object.__dict__["__class__"].__get__(int), "__class__" in object.__dict__)
show(lambda: object.__dict__["__class__"].__set__(5, C2))
show(lambda: object.__dict__["__class__"].__delete__(c))


# Abstract properties and methods.
class Abstract:
    def g(self):
        pass

    g.__isabstractmethod__ = True


print(property(Abstract.g).__isabstractmethod__, property(None, Abstract.g).__isabstractmethod__,
      property(len).__isabstractmethod__, staticmethod(Abstract.g).__isabstractmethod__,
      classmethod(len).__isabstractmethod__)

# Deleting what a function or an exception serves.
for n in ["__name__", "__qualname__", "__code__", "__defaults__", "__kwdefaults__",
          "__annotations__", "__dict__", "__doc__", "__module__"]:
    show(lambda: (delattr(g, n), getattr(g, n))[1])
for n in ["args", "__traceback__", "__context__", "__cause__", "__suppress_context__",
          "__dict__"]:
    show(lambda: delattr(err, n))
show(lambda: setattr(err, "__suppress_context__", 1))

# The instance attributes read as before.
class I(int):
    def parts(self):
        return super().real, super().imag


class E(Exception):
    pass


i = I(7)
show(lambda: setattr(i, "real", 1))
show(lambda: setattr(i, "numerator", 1))
i.other = 2
print(i.__dict__)


show(lambda: setattr(slice(1), "start", 1))


class M(type):
    pass


class K(metaclass=M):
    pass


show(lambda: setattr(K, "__mro__", ()))
show(lambda: setattr(K, "__dict__", {}))
K.__name__ = "K2"
print(K.__name__, K.__qualname__)
x = E()
x.args = [1]
print(x.args)
print(I(7).real, I(7).parts(), E(1, 2).args, E().__dict__, True.real, (2.5).imag)
print((3 + 4j).imag, range(3).stop, slice(2).stop, f.__name__, f.__defaults__)
print([n for n in dir(5) if n in ("real", "imag", "numerator", "denominator")])
print([n for n in dir(int) if n in ("real", "imag")], "args" in dir(e), "__mro__" in dir(type))
print(type.__doc__.splitlines()[0], property.__doc__.splitlines()[0])
show(lambda: types.FunctionType.__annotations__)
print(int.__doc__.splitlines()[0], C.__doc__, f.__doc__)
print(hasattr(int, "real"), hasattr(5, "numerator"), hasattr(int, "__flags__") or True)
