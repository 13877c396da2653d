# Groups nested deeper than the recursion limit: split, except* and repr stop with CPython's RecursionErrors.
import gc
e = ValueError(0)
for i in range(100000):
    e = ExceptionGroup("x", [e])
print("built")
try:
    print(e.split(ValueError)[0] is e)
    m, r = e.split(lambda x: isinstance(x, ExceptionGroup) and x.message == "y")
    print(m, r is e)
except RecursionError as x:
    print("RecursionError", x)
try:
    try:
        raise e
    except* ValueError as m:
        print("caught", m is e)
except Exception as x:
    print(type(x))
g = ExceptionGroup("cyc", [ValueError(1)])
g.exceptions[0].__context__ = g
del g
print(gc.collect() > 0)
del e
print("done")
e = ValueError(0)
for i in range(200000):
    e = ExceptionGroup("x", [e])
try:
    try:
        raise e
    except* Exception:
        raise
except RecursionError as x:
    print("RecursionError", x)
except ExceptionGroup as x:
    print("group", x is e)
try:
    print(str(e))
    print(len(repr(e)) > 0)
except RecursionError as x:
    print("RecursionError", x)
