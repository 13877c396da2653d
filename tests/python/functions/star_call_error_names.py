# The callable named in f(*x)/f(**m) errors as CPython names it: functions, classes
# and methods with their module, builtins bare.
def f(**k): pass
class W: pass
class M:
    def meth(self, **k): pass
for c in (f, W, M().meth, dict, print, len, M.meth):
    try:
        c(**{"a": 1}, **{"a": 2})
    except TypeError as e:
        print(e)
    try:
        c(*1)
    except TypeError as e:
        print(e)
    try:
        c(**1)
    except TypeError as e:
        print(e)
