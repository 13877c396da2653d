import sys
def echo():
    received = []
    try:
        while True:
            try:
                x = yield len(received)
                received.append(x)
            except ValueError as e:
                print("  gen caught", repr(e))
                yield "handled"
    except GeneratorExit:
        print("  GeneratorExit; received", received)
        raise
    finally:
        print("  finally")
g = echo()
print(g.send(None), g.send("a"), g.send("b"))
print(g.throw(ValueError("x")))
print(next(g))
print(g.throw(ValueError, ValueError("y")))
g.close()
g.close()
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
# send non-None to fresh generator
def simple():
    yield 1
s = simple()
try:
    s.send(5)
except TypeError as e:
    print("TypeError", e)
# throw into fresh generator
s = simple()
try:
    s.throw(KeyError("k"))
except KeyError as e:
    print("KeyError", e)
print(list(s))
# throw with type only, and bad throw args
s = simple(); next(s)
try:
    s.throw(IndexError)
except IndexError as e:
    print("IndexError", repr(e))
for args in [(ValueError, 1), (ValueError, (1, 2)), (ValueError, None)]:
    s = simple()
    try:
        s.throw(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
# return value via StopIteration
def retval():
    yield 1
    return {"done": True}
r = retval(); next(r)
try:
    next(r)
except StopIteration as e:
    print("value", e.value, e.args)
def ret_none():
    return
    yield
try:
    next(ret_none())
except StopIteration as e:
    print("value", e.value, e.args)
def ret_tuple():
    return (1, 2)
    yield
try:
    next(ret_tuple())
except StopIteration as e:
    print("value", e.value, e.args)
# yield from: delegation, return value, send/throw passthrough
def inner():
    x = yield "i1"
    print("  inner got", x)
    try:
        yield "i2"
    except KeyError:
        print("  inner handled KeyError")
        yield "i3"
    return "inner-ret"
def outer():
    res = yield from inner()
    print("  outer got", res)
    yield "o1"
o = outer()
print(next(o), o.send("sent"), o.throw(KeyError), next(o))
try:
    next(o)
except StopIteration:
    print("outer done")
# yield from iterables and iterators
def yf():
    yield from [1, 2]
    yield from range(3, 5)
    yield from "ab"
    yield from (x * 10 for x in (1, 2))
    r = yield from iter([])
    print("  r is", r)
print(list(yf()))
# close propagates to inner
def inner2():
    try:
        yield 1
        yield 2
    finally:
        print("  inner2 finally")
def outer2():
    try:
        yield from inner2()
    finally:
        print("  outer2 finally")
o = outer2(); next(o); o.close()
# generator ignoring GeneratorExit
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
st = stubborn(); next(st)
try:
    st.close()
except RuntimeError as e:
    print("RuntimeError", e)
# close returns None; generator that returns in finally
def ret_on_close():
    try:
        yield 1
    except GeneratorExit:
        return "ignored"
rc = ret_on_close(); next(rc)
print(rc.close())
# PEP 479
def leaky():
    yield 1
    next(iter([]))
try:
    list(leaky())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__, e.__suppress_context__)
def raise_stop():
    raise StopIteration("explicit")
    yield
try:
    next(raise_stop())
except RuntimeError as e:
    print("RuntimeError", e, repr(e.__cause__))
def sub_stop():
    yield
    raise StopAsyncIteration
try:
    list(sub_stop())
except Exception as e:
    print(type(e).__name__, repr(e))
# StopIteration caught inside generator is fine
def caught_stop():
    try:
        next(iter([]))
    except StopIteration:
        yield "caught"
print(list(caught_stop()))
# generator expressions
ge = (x * x for x in range(4) if x % 2 == 0)
print(type(ge).__name__, ge.__name__, list(ge), list(ge))
print(sum(x for x in range(5)), max((x for x in "abc"), key=ord))
# first iterable evaluated eagerly
try:
    (x for x in 5)
except TypeError as e:
    print("TypeError", e)
gen_lazy = (1 / x for x in [1, 0])
print(next(gen_lazy))
try:
    next(gen_lazy)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
# nested genexp scoping
print(list((i, j) for i in range(2) for j in range(i, 2)))
# generator attributes
def states():
    yield 1
st = states()
print(st.gi_running, st.__name__, st.__qualname__)
# iterator protocol on user classes
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
c = Countdown(3)
print(list(c), list(c), next(c, "default"))
for a, b in zip(Countdown(3), "xyz"):
    print(a, b, end="; ")
print()
class IterOnly:
    def __iter__(self):
        yield from (1, 2, 3)
print(list(IterOnly()), 2 in IterOnly(), sorted(IterOnly(), reverse=True), dict.fromkeys(IterOnly()))
class NextNoIter:
    def __next__(self): return 1
try:
    for _ in NextNoIter(): pass
except TypeError as e:
    print("TypeError", e)
try:
    next(IterOnly())
except TypeError as e:
    print("TypeError", e)
# yield as expression in various positions
def exprs():
    a = (yield 1) or "none"
    print("  a =", a)
    b = [(yield 2), (yield 3)]
    print("  b =", b)
ex = exprs()
print(next(ex), ex.send(None), ex.send("x"))
try:
    ex.send("y")
except StopIteration:
    print("exprs done")
