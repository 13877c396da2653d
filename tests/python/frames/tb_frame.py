# Traceback entries hold their frames: tb_frame, tb_lineno, tb_lasti, tb_next.
import sys


def fail(n):
    secret = n * 2
    raise ValueError(n)


def middle(n):
    here = "middle"
    return fail(n)


def catch():
    try:
        middle(3)
    except ValueError as e:
        tb = e.__traceback__
        print("outermost is the running frame:", tb.tb_frame is sys._getframe())
        entries = []
        while tb is not None:
            fr = tb.tb_frame
            entries.append((fr.f_code.co_name, tb.tb_lineno - fr.f_code.co_firstlineno, isinstance(tb.tb_lasti, int)))
            tb = tb.tb_next
        print("entries:", entries)
        t = e.__traceback__
        print("middle's locals:", t.tb_next.tb_frame.f_locals)
        print("fail's locals:", t.tb_next.tb_next.tb_frame.f_locals)
        print("fail's back is middle:", t.tb_next.tb_next.tb_frame.f_back is t.tb_next.tb_frame)
        print("middle's back is catch:", t.tb_next.tb_frame.f_back is sys._getframe())
        print("tb_lineno vs f_lineno of the left frame:",
              t.tb_next.tb_next.tb_lineno == t.tb_next.tb_next.tb_frame.f_lineno)
        after = "bound after the raise"
        print("live for the catching frame:", "after" in t.tb_frame.f_locals)
        return e


e = catch()
tb = e.__traceback__
print("after return, catch's frame keeps its locals:", sorted(tb.tb_frame.f_locals))
print("lasti:", tb.tb_lasti >= 0, tb.tb_next.tb_lasti >= 0)


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def hold():
    obj = Noisy("held by the traceback")
    raise KeyError("k")


try:
    hold()
except KeyError as err:
    print("in except: not yet deleted")
print("after except")


def keep():
    obj = Noisy("kept with the exception")
    raise KeyError("k2")


try:
    keep()
except KeyError as err:
    saved = err
print("saved exception keeps the frame's locals")
print(saved.__traceback__.tb_next.tb_frame.f_locals["obj"].name)
del saved
print("released")


def reraise():
    try:
        fail(1)
    except ValueError:
        raise


try:
    reraise()
except ValueError as e2:
    names = []
    t = e2.__traceback__
    while t:
        names.append(t.tb_frame.f_code.co_name)
        t = t.tb_next
    print("reraise chain:", names)


def same_frame_twice():
    frames = []
    for i in range(2):
        try:
            {}["missing"]
        except KeyError as e:
            frames.append(e.__traceback__.tb_frame)
    return frames[0] is frames[1] is sys._getframe()


print("one frame object for one frame:", same_frame_twice())

try:
    exec("def f():\n    local_in_exec = 1\n    1/0\nf()\n", {})
except ZeroDivisionError as e3:
    t = e3.__traceback__
    while t.tb_next:
        t = t.tb_next
    print("exec'd frame:", t.tb_frame.f_code.co_name, t.tb_frame.f_locals)


def two_levels():
    return fail(0)


try:
    two_levels()
except ValueError as e4:
    t = e4.__traceback__
    print("tb_next is the same object:", t.tb_next is t.tb_next, t.tb_next.tb_next is t.tb_next.tb_next)
    print("__traceback__ is the same object:", e4.__traceback__ is t)
    print("last tb_next:", t.tb_next.tb_next.tb_next)
    print("types:", type(t).__name__, type(t.tb_frame).__name__)
