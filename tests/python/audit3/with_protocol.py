class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, repr(ev), tb is not None)
        return self.suppress
with CM("a") as x, CM("b", True) as y:
    print("body", x, y)
    raise ValueError("v")
print("after")
try:
    with CM("cde") as (p, q, *r):
        print(p, q, r)
        1 / 0
except ZeroDivisionError as e:
    print("propagated", e)
# suppression with truthy non-bool
class Truthy:
    def __enter__(self): return self
    def __exit__(self, *a): return [1]
with Truthy():
    raise KeyError("k")
print("suppressed by truthy list")
# __exit__ returning falsy object with __bool__
class FB:
    def __bool__(self): print("bool called"); return False
class CMFB:
    def __enter__(self): return self
    def __exit__(self, *a): return FB()
try:
    with CMFB():
        raise IndexError("i")
except IndexError:
    print("not suppressed")
# no exception: __bool__ of return value not consulted
with CMFB():
    pass
# enter raising: exit not called
class EnterFails:
    def __enter__(self): raise RuntimeError("enter")
    def __exit__(self, *a): print("should not"); return True
try:
    with CM("outer"), EnterFails():
        print("unreachable")
except RuntimeError as e:
    print("RuntimeError", e)
# exit raising replaces exception, with context
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, et, ev, tb): raise TypeError("from exit")
try:
    with ExitRaises():
        raise ValueError("orig")
except TypeError as e:
    print("TypeError", e, repr(e.__context__))
# with in generator, return/break/continue run exit
def gen():
    with CM("g"):
        yield 1
        yield 2
g = gen()
print(next(g))
g.close()
for i in range(3):
    with CM(f"loop{i}", suppress=True):
        if i == 0:
            continue
        if i == 1:
            raise StopIteration("inside with")
        break
def f():
    with CM("ret"):
        return "returned"
print(f())
# exit gets exact exception instance and can inspect traceback
class Inspect:
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        self.caught = ev
        return isinstance(ev, ArithmeticError)
ins = Inspect()
with ins:
    raise OverflowError("of")
print(type(ins.caught).__name__, ins.caught.args)
# missing __exit__ / __enter__ errors
class NoExit:
    def __enter__(self): return self
class NoEnter:
    def __exit__(self, *a): pass
for obj in (NoExit(), NoEnter(), 5):
    try:
        with obj:
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
# __enter__ looked up on type, not instance
class InstEnter:
    pass
ie = InstEnter()
ie.__enter__ = lambda: 1
ie.__exit__ = lambda *a: None
try:
    with ie:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
# nested suppression order
with CM("outer", True):
    with CM("inner"):
        raise NameError("n")
    print("not reached")
print("done")
# exception raised in exit while suppressing body exception chain
# sys.exc_info inside __exit__
import sys
class ExcInfo:
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        print("exc_info in exit:", sys.exc_info()[0].__name__ if sys.exc_info()[0] else None)
        return True
with ExcInfo():
    raise LookupError()
with ExcInfo():
    pass
# parenthesized with items (3.10+)
with (
    CM("p1") as a1,
    CM("p2") as a2,
):
    print(a1, a2)
