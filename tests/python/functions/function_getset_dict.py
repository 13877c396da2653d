# A function's special attributes (its type's getset and member descriptors) are the
# function's own: assigning one does not write its __dict__, a __dict__ entry of that
# name does not shadow it, and wrong types raise CPython's errors.
import functools
import gc


def show(label, f):
    print(label, sorted(f.__dict__.items()))
    print("   ", f.__name__, f.__qualname__, f.__doc__, f.__module__)
    print("   ", f.__defaults__, f.__kwdefaults__, f.__annotations__)


def f(a, b=1, *, c=2) -> int:
    "doc"


show("initial", f)
f.__annotations__ = {"a": int}
f.__doc__ = "x"
f.__module__ = "m"
f.__kwdefaults__ = {"c": 3}
f.__defaults__ = (5,)
f.__qualname__ = "q"
f.__name__ = "n"
show("assigned", f)
print(vars(f))

# Entries of the special names in the dict are plain entries.
f.__dict__["__name__"] = "dn"
f.__dict__["__annotations__"] = {"z": 1}
f.__dict__["__doc__"] = "ddoc"
f.__dict__["__module__"] = "dm"
f.__dict__["__qualname__"] = "dq"
f.__dict__["__defaults__"] = (9,)
f.__dict__["__kwdefaults__"] = {"c": 9}
f.__dict__["__code__"] = 1
f.__dict__["__globals__"] = 1
f.__dict__["__closure__"] = 1
f.__dict__["__builtins__"] = 1
f.__dict__["__dict__"] = 5
show("dict entries", f)
print(f.__code__.co_name, type(f.__globals__).__name__, f.__closure__)
print(type(f.__builtins__).__name__, type(f.__dict__).__name__, len(vars(f)))
print(getattr(f, "__name__"), f.__dict__["__name__"])

# Stores of each attribute: what is read back, and what the dict holds.
CASES = [
    ("__name__", 1), ("__name__", "ok"), ("__qualname__", 1), ("__qualname__", None),
    ("__annotations__", 1), ("__annotations__", None), ("__annotations__", {"r": 2}),
    ("__annotations__", [("a", 1)]),
    ("__kwdefaults__", 1), ("__kwdefaults__", None), ("__kwdefaults__", {"k": 1}),
    ("__defaults__", [1]), ("__defaults__", None), ("__defaults__", (1, 2)),
    ("__doc__", 3), ("__doc__", None), ("__module__", 4), ("__module__", None),
    ("__code__", 1), ("__globals__", {}), ("__closure__", ()), ("__builtins__", {}),
    ("__dict__", 1), ("__dict__", None), ("__dict__", {"k": "v"}),
]
for name, val in CASES:
    g = lambda: 0
    try:
        setattr(g, name, val)
        print("set", name, repr(getattr(g, name)), sorted(g.__dict__))
    except Exception as e:
        print("set", name, repr(val), type(e).__name__, e)

NAMES = ["__name__", "__qualname__", "__annotations__", "__kwdefaults__",
         "__defaults__", "__doc__", "__module__", "__code__", "__globals__",
         "__closure__", "__builtins__", "__dict__"]
for name in NAMES:
    def g(x=1, *, y=2) -> None:
        "g doc"
    try:
        delattr(g, name)
        print("del", name, repr(getattr(g, name)), sorted(g.__dict__))
    except Exception as e:
        print("del", name, type(e).__name__, e)

# The annotations dict handed out is the function's own until replaced.
g = lambda: 0
g.__annotations__["r"] = 1
print(g.__annotations__, vars(g))
g.__annotations__ = None
print(g.__annotations__, vars(g))
del g.__annotations__
print(g.__annotations__)

# The type's descriptors reach the same attributes.
FT = type(f)
FT.__dict__["__name__"].__set__(f, "viaset")
print(f.__name__, FT.__dict__["__name__"].__get__(f, FT), f.__dict__["__name__"])
FT.__dict__["__annotations__"].__set__(f, {"q": 1})
print(f.__annotations__, f.__dict__["__annotations__"])
FT.__dict__["__annotations__"].__delete__(f)
print(f.__annotations__)
for name in ["__globals__", "__closure__", "__builtins__", "__name__", "__doc__"]:
    try:
        FT.__dict__[name].__set__(f, 1)
        print(name, repr(getattr(f, name)))
    except (AttributeError, TypeError) as e:
        print(name, type(e).__name__, e)

# A __dict__ assigned (shared by two functions, holding its function).
d = {"a": 1}
g = lambda: 1
h = lambda: 2
g.__dict__ = d
h.__dict__ = d
h.b = 2
print(g.__dict__ is d, g.b, vars(g), g.__name__)
g.__dict__ = {"__name__": "zz", "self": g}
print(g.__name__, sorted(vars(g)))
del g, h
gc.collect()
print(d)

# Other attributes live in the dict, and go from it.
f.cache = 1
print(f.cache, f.__dict__["cache"])
del f.cache
for expr in ["f.cache", "f.nothing"]:
    try:
        eval(expr)
    except AttributeError as e:
        print(e)
try:
    del f.nothing
except AttributeError as e:
    print(e)


def wrapped(x: int) -> str:
    "wrapped doc"


@functools.wraps(wrapped)
def wrapper(*a):
    return wrapped(*a)


print(wrapper.__name__, wrapper.__qualname__, wrapper.__doc__, wrapper.__annotations__)
print(sorted(vars(wrapper)), wrapper.__wrapped__ is wrapped)


# Methods of a class defined in Python are plain functions, lambdas too.
class K:
    def meth(self, a: int = 1, *, k: str = "x"):
        "m doc"

    lam = lambda self: 0


K.meth.__kwdefaults__ = {"k": "y"}
K.meth.__annotations__ = {}
K.meth.__qualname__ = "Other.meth"
K.meth.__module__ = "elsewhere"
K.lam.__name__ = "named"
K.lam.__doc__ = "lam doc"
K.lam.__defaults__ = (3,)
print(vars(K.meth), vars(K.lam), K.meth.__kwdefaults__, K.meth.__module__)
print(K().meth.__qualname__, K().meth.__annotations__, K().lam.__name__, K().lam.__doc__)
print(K().lam.__defaults__, K().meth.__kwdefaults__, K().meth.__module__)
K.meth.__dict__["__doc__"] = "shadow?"
print(K.meth.__doc__, K().meth.__doc__, K.meth.__dict__)
try:
    K.lam.__name__ = b"bytes"
except TypeError as e:
    print(e)
