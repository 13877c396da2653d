# A frame object outlives its frame: the locals as they were at the end, the last
# line, and f_back (the caller's frame object, kept alive by it).
import sys


def make():
    a = 1
    f = sys._getframe()
    b = [a, 2]
    a = "last"
    return f


f = make()
print("locals at the end:", sorted(f.f_locals.items(), key=lambda kv: kv[0] if kv[0] != "f" else "~")[:2])
print("keys:", sorted(f.f_locals))
print("last line:", f.f_lineno - f.f_code.co_firstlineno)
print("name:", f.f_code.co_name)
print("back is the module frame:", f.f_back is sys._getframe())
print("same dict on each read:", f.f_locals is f.f_locals)


def outer():
    inner_frame = inner()
    me = sys._getframe()
    return inner_frame, me


def inner():
    return sys._getframe()


fi, fo = outer()
print("inner's back is outer's frame:", fi.f_back is fo)
print("outer ended too:", fo.f_code.co_name, sorted(fo.f_locals))
print("chain:", [fi.f_code.co_name, fi.f_back.f_code.co_name, fi.f_back.f_back.f_code.co_name])


def kept_back():
    def callee():
        return sys._getframe()
    local_of_caller = "still here"
    return callee()


g = kept_back()
print("caller's locals through f_back:", g.f_back.f_locals["local_of_caller"])
print("caller's last line:", g.f_back.f_lineno - g.f_back.f_code.co_firstlineno)


def with_cells():
    x = 10

    def read():
        return x

    x = 11
    return sys._getframe(), read


fc, read = with_cells()
print("cell value at the end:", fc.f_locals["x"], read())

fc.clear()
print("after clear:", fc.f_locals)
fc.clear()
print("clear twice:", fc.f_locals)


def reads_later():
    f = sys._getframe()
    v = 1
    return f


h = reads_later()
d = h.f_locals
d["extra"] = 5
print("dict keeps extra keys:", sorted(h.f_locals))


def many():
    frames = []
    for i in range(3):
        frames.append(make_frame(i))
    return frames


def make_frame(i):
    j = i * 10
    return sys._getframe()


print("distinct frames:", [(fr.f_locals["i"], fr.f_locals["j"]) for fr in many()], len({id(x) for x in many()}) >= 1)


def traced():
    return sys._getframe()


tf = traced()
tf.f_trace = print
tf.clear()
print("clear keeps f_back, drops f_trace:", tf.f_back is sys._getframe(), tf.f_trace, tf.f_lineno - tf.f_code.co_firstlineno)
