import contextlib, sys, io
from contextlib import *
@contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)
with tag("a") as t:
    print("body", t)
try:
    with tag("b"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)
@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))
with swallow():
    raise KeyError("k")
print("after swallow")
@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield(): pass
except RuntimeError as e: print(e)
@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice(): pass
except RuntimeError as e: print(e)
@contextmanager
def reraise_other():
    try:
        yield
    except ValueError:
        raise TypeError("converted")
try:
    with reraise_other():
        raise ValueError("v")
except TypeError as e:
    print("got", e, type(e.__context__).__name__)
@tag("deco")
def decorated(x):
    print("in decorated", x)
decorated(1); decorated(2)
print(tag.__name__, type(tag("x")).__name__)
with suppress(KeyError, IndexError):
    [][1]
print("suppressed")
try:
    with suppress(KeyError):
        1/0
except ZeroDivisionError: print("not suppressed")
class Thing:
    def close(self): print("closed")
with closing(Thing()) as th: print(type(th).__name__)
with nullcontext(5) as n: print(n)
with nullcontext() as n: print(n)
with ExitStack() as stack:
    for i in range(3):
        stack.enter_context(tag("s%d" % i))
    stack.callback(print, "callback", 1)
    stack.push(lambda *a: print("push", a[0]))
def bad_cb(): raise ValueError("cb")
try:
    with ExitStack() as stack:
        stack.callback(bad_cb)
        stack.callback(print, "runs first")
        raise KeyError("body")
except ValueError as e:
    print("exit stack raised", e, repr(e.__context__))
with ExitStack() as stack:
    stack.push(lambda t, v, tb: True)
    raise KeyError("suppressed by stack")
print("after stack")
s = ExitStack(); s.callback(print, "closed explicitly"); s2 = s.pop_all(); s.close(); s2.close()
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured")
print(repr(buf.getvalue()))
try:
    with ExitStack() as st:
        st.enter_context(object())
except TypeError as e: print(e)
class CM(AbstractContextManager):
    def __exit__(self, *a): pass
with CM() as c: print(type(c).__name__)
print(isinstance(CM(), AbstractContextManager), isinstance(nullcontext(), AbstractContextManager))
@contextmanager
def stopper():
    yield
try:
    with stopper():
        raise StopIteration("s")
except StopIteration as e:
    print("StopIteration passes", e)
