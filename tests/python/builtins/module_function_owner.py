# A native module's functions belong to their module as in CPython: __module__ is the
# module's name, __self__ the module (builtins' too); functools.wraps copies them.
import math, itertools, gc, sys, builtins
for f in [math.sqrt, math.floor, itertools.tee, gc.collect, sys.exit, sys.getrecursionlimit, len, print, isinstance, builtins.sorted, abs]:
    print(repr(f), f.__module__, f.__self__.__name__, type(f.__self__).__name__, f.__name__, f.__qualname__)
print(math.sqrt.__self__ is math, len.__self__ is builtins)
print(type(math.sqrt).__name__, math.sqrt(16.0), len([1, 2]))
print([].append.__self__, [].append.__module__ if hasattr([].append, "__module__") else "-")
print(str.join.__module__ if hasattr(str.join, "__module__") else "no __module__")
print(repr(builtins), repr(sys), repr(itertools), repr(gc))
import functools
@functools.wraps(math.sqrt)
def w(x):
    return x
print(w.__module__, w.__name__, w.__wrapped__ is math.sqrt)
