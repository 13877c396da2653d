import sys
def inner():
    raise ValueError("inner")
try:
    inner()
except ValueError as e:
    tb = e.__traceback__
    print(tb is not None, tb.tb_lineno)
e2 = KeyError("other")
r = e2.with_traceback(tb)
print(r is e2, e2.__traceback__ is not None, e2.__traceback__.tb_lineno if e2.__traceback__ else None)
print(e2.with_traceback(None).__traceback__)
try:
    e2.with_traceback(5)
except TypeError as t:
    print(t)
try:
    raise RuntimeError("x").with_traceback(tb)
except RuntimeError as r2:
    n = 0
    t = r2.__traceback__
    while t:
        n += 1
        t = t.tb_next
    print("frames", n)
