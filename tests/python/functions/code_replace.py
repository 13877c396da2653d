# code.replace() of the fields that rename or relocate, and of the constants and names
# (same length), with CPython's errors.
import traceback


def f(a, b=1):
    x = a + b
    return x * 2


c = f.__code__
for kw in [dict(co_name=1), dict(co_consts=[1]), dict(co_firstlineno="x"), dict(zz=1),
           dict(co_names=(1,) * len(c.co_names))]:
    try:
        c.replace(**kw)
    except (TypeError, SystemError) as e:
        print(type(e).__name__, e)
try:
    c.replace(1)
except TypeError as e:
    print(type(e).__name__, e)

c2 = c.replace(co_name="g", co_qualname="G.g", co_firstlineno=c.co_firstlineno + 100,
               co_filename="x.py")
print(c2.co_name, c2.co_qualname, c2.co_firstlineno - c.co_firstlineno, c2.co_filename,
      c2 is c, type(c2).__name__)
print(c.co_name, c.co_qualname, c.co_filename == __file__)
f.__code__ = c2
print(f.__name__, f.__qualname__, f(5))
try:
    f(None)
except TypeError:
    frame = traceback.extract_tb(__import__("sys").exc_info()[2])[-1]
    print(frame.filename, frame.lineno - c.co_firstlineno, frame.name)

same = c.replace(co_argcount=c.co_argcount, co_flags=c.co_flags, co_varnames=c.co_varnames)
print(same.co_varnames, same.co_argcount)


def k():
    return "old"


k.__code__ = k.__code__.replace(co_consts=tuple("new" if x == "old" else x
                                                for x in k.__code__.co_consts))
print(k())


def h():
    return len


h.__code__ = h.__code__.replace(co_names=("abs",))
print(h())
print(f.__code__.replace().co_name)
