# Frame objects across native calls (sorted key, repr, with, exc_info) and chained
# exceptions: tb_frame, f_back and f_locals as CPython 3.11.
import sys, traceback
def key(x):
    if x == 2:
        raise ValueError("key")
    return x
def sorter():
    data = [3, 2, 1]
    return sorted(data, key=key)
try:
    sorter()
except ValueError as e:
    print([ (f.f_code.co_name, sorted(f.f_locals) if f.f_code.co_name != '<module>' else None) for f, _ in traceback.walk_tb(e.__traceback__)])
    inner = list(traceback.walk_tb(e.__traceback__))[-1][0]
    print(inner.f_back.f_code.co_name, inner.f_back.f_back.f_code.co_name)
def g():
    yield from range(3)
    yield sys._getframe().f_back.f_code.co_name
print(list(g()))
class A:
    def __repr__(self):
        return sys._getframe(1).f_code.co_name
print(repr(A()), str(A()), f"{A()!r}")
def h():
    return [sys._getframe(i).f_code.co_name for i in range(3)]
print(h())
def nested_exc():
    try:
        try:
            1/0
        except ZeroDivisionError:
            raise KeyError("k")
    except KeyError as e:
        c = e.__context__
        return c.__traceback__.tb_frame is sys._getframe(), e.__traceback__.tb_frame is sys._getframe()
print(nested_exc())
def finally_frames():
    try:
        raise ValueError
    finally:
        fr = sys._getframe()
try:
    finally_frames()
except ValueError as e:
    print(sorted(e.__traceback__.tb_next.tb_frame.f_locals))
import gc
def make_many():
    for i in range(100):
        try:
            raise ValueError(i)
        except ValueError as e:
            x = e
    return x
x = make_many()
print(x.__traceback__.tb_frame.f_code.co_name, x.__traceback__.tb_frame.f_locals["i"])
def with_stmt():
    class CM:
        def __enter__(self): return self
        def __exit__(self, *a):
            print("exit sees", a[2].tb_frame.f_code.co_name, a[2].tb_frame is sys._getframe(1))
            return True
    with CM():
        raise OSError("x")
with_stmt()
def exc_info_frame():
    try:
        raise ValueError
    except ValueError:
        return sys.exc_info()[2].tb_frame is sys._getframe()
print(exc_info_frame())
