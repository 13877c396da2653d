# The classes of builtin callables (builtin_function_or_method, method_descriptor,
# wrapper_descriptor, classmethod_descriptor, method-wrapper): what their dicts hold and
# how those entries behave, as in CPython 3.11.
import copy
import math

l = [1]
m = [2]
SAMPLES = [len, l.append, str.join, int.__add__, l.__len__, dict.__dict__["fromkeys"],
           math.sqrt, str.maketrans, object.__new__, dict.fromkeys]
NAMES = ("__getattribute__", "__repr__", "__reduce__", "__eq__", "__ne__", "__lt__", "__le__",
         "__gt__", "__ge__", "__hash__", "__call__", "__get__")
seen = set()
for f in SAMPLES:
    t = type(f)
    if t in seen:
        continue
    seen.add(t)
    print(t.__name__, [n for n in NAMES if n in vars(t)])
    for n in NAMES:
        if n in vars(t):
            d = vars(t)[n]
            print("   ", n, type(d).__name__, d.__qualname__, repr(d.__doc__))

for f in SAMPLES:
    t = type(f)
    r = t.__repr__(f)
    print(t.__name__, r.split(" at ")[0], t.__getattribute__(f, "__name__"))
    # (classmethod_descriptor's is object's, which says it cannot be pickled.)
    if "__reduce__" in vars(t):
        red = f.__reduce__()
        print("    reduce:", red if isinstance(red, str) else (red[0], red[1][0] if not isinstance(red[1][0], list) else "list", red[1][1]))

# Equality and hashing of the bound kinds: the same function of the same object.
print(type(len).__eq__(len, len), type(len).__eq__(len, abs), type(len).__ne__(len, abs),
      type(len).__eq__(len, 1), type(len).__lt__(len, len), type(len).__ge__(len, len))
print(type(l.append).__eq__(l.append, l.append), type(l.append).__eq__(l.append, m.append),
      type(l.append).__eq__(l.append, l.__len__), type(l.__len__).__eq__(l.__len__, l.__len__),
      type(l.__len__).__eq__(l.__len__, m.__len__), type(l.__len__).__eq__(l.__len__, l.append))
print(l.append == l.append, l.append != m.append, l.__len__ == l.__len__, l.__len__ == m.__len__,
      math.sqrt == math.sqrt, math.sqrt.__eq__(math.sqrt), len.__eq__(abs), math.sqrt == math.floor)
print(type(len).__hash__(len) == hash(len), hash(l.append) == hash(l.append),
      type(l.__len__).__hash__(l.__len__) == hash(l.__len__), hash(l.__len__) == hash(l.__len__))
print({l.append: 1}[l.append], {l.__len__: 2}[l.__len__])
for call in (
    lambda: l.append < l.append,
    lambda: l.__len__ <= l.__len__,
    lambda: type(len).__eq__(1, len),
    lambda: type(len).__eq__(len),
    lambda: type(str.join).__repr__(len),
    lambda: type(len).__reduce__(len, 1),
    lambda: type(len).__getattribute__(len, "nope"),
    lambda: type(str.join).__getattribute__(len, "__name__"),
):
    try:
        print(call())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)

# copy: the method-wrapper is made anew (equal); the others are themselves.
w = l.__len__
c = copy.copy(w)
print(c == w, c is w, c(), copy.deepcopy(w)(), copy.deepcopy(w) == w)
for f in (len, l.append, str.join, int.__add__, str.maketrans):
    print(copy.copy(f) is f, copy.deepcopy(f) is f)
