# Exceptions met twice in a report (a member listed twice, a shared context): the traceback
# module's walk and the interpreter's printer leave out different ones, as CPython's do.
import sys, traceback
def leaf(i):
    try:
        raise ValueError(i)
    except ValueError as e:
        return e
try:
    raise KeyError("base")
except KeyError as k:
    shared = k
a = leaf(1)
a.__context__ = shared
b = leaf(2)
b.__context__ = shared
inner = ExceptionGroup("inner", [b, a])
inner.__context__ = a
g = ExceptionGroup("twice", [a, a, inner])
traceback.print_exception(g, file=sys.stdout)
raise g
