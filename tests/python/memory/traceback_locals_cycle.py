# A frame left by an exception keeps its variables until the exception is gone (the
# traceback holds the frame). A variable that holds the exception itself makes a
# cycle, which the cycle collector frees.
import gc


class T:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)


def reraiser():
    t = T("reraised")
    try:
        raise ValueError("x")
    except ValueError as e:
        err = e
        raise


def plain(n):
    t = T("plain %d" % n)
    if n:
        plain(n - 1)
    raise KeyError(n)


try:
    reraiser()
except ValueError:
    print("caught reraised")
print("before collect 1")
gc.collect()
print("after collect 1")

try:
    plain(2)
except KeyError as e:
    print("caught", e)
    saved = e
print("saved keeps the frames")
del saved
print("released")
gc.collect()
print("end")
