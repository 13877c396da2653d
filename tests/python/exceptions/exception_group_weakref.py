# Weak references: ExceptionGroup and its subclasses take them (a class CPython makes as Python would), BaseExceptionGroup and the builtin exceptions do not.
import weakref
try:
    weakref.ref(ValueError())
except TypeError as e:
    print(e)
eg = ExceptionGroup("m", [ValueError()])
r = weakref.ref(eg)
print(r() is eg)
class E(Exception): pass
x = E()
print(weakref.ref(x)() is x, x.__weakref__ is not None)
print(sorted(vars(ExceptionGroup)), vars(ExceptionGroup)["__weakref__"])
print(eg.__weakref__ is r or eg.__weakref__ is None)
class MyEG(ExceptionGroup): pass
print(sorted(vars(MyEG)))
m = MyEG("m", [ValueError()])
print(weakref.ref(m)() is m)
try:
    weakref.ref(BaseExceptionGroup("b", [KeyboardInterrupt()]))
except TypeError as e:
    print(e)
try:
    eg.__weakref__ = 1
except AttributeError as e:
    print(e)
