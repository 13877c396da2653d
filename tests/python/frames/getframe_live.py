# sys._getframe(): one live frame object per running frame.
import re
import sys
import types


def masked(r):
    return re.sub(r"0x[0-9a-f]+", "0xADDR", r)


def identity():
    f = sys._getframe()
    g = sys._getframe()
    print("same object:", f is g, sys._getframe() is sys._getframe())
    print("type:", type(f).__name__, type(f) is types.FrameType, isinstance(f, types.FrameType))


identity()


def lineno_follows():
    f = sys._getframe()
    first = f.f_lineno
    x = 1
    second = f.f_lineno
    print("lines advance:", second - first)
    lasti_a = f.f_lasti
    y = x + 1
    lasti_b = f.f_lasti
    print("lasti grows:", lasti_b > lasti_a, isinstance(lasti_a, int))
    for i in range(2):
        print("in loop", f.f_lineno - first)


lineno_follows()


def locals_resync():
    f = sys._getframe()
    a = 1
    d = f.f_locals
    print("first:", sorted(d))
    b = 2
    print("not yet:", "b" in d)
    d2 = f.f_locals
    print("same dict:", d is d2, "b" in d, d["b"])
    del a
    print("deleted:", "a" in f.f_locals)
    d["zz"] = 99
    print("extra key kept:", f.f_locals["zz"])
    d["b"] = 100
    print("write does not change the local:", b)
    print("back after read:", f.f_locals["b"])
    print("locals() is f_locals:", locals() is f.f_locals)


locals_resync()


def cells():
    outer = "o"
    f = sys._getframe()

    def inner():
        g = sys._getframe()
        seen = outer
        return sorted((k, v) for k, v in g.f_locals.items() if k != "g")

    print("cell in f_locals:", f.f_locals["outer"], "inner" in f.f_locals)
    outer = "changed"
    print("free var:", inner())
    print("cell follows:", f.f_locals["outer"])


cells()


def chain():
    def a():
        return b()

    def b():
        return c()

    def c():
        f = sys._getframe()
        names = []
        while f is not None:
            names.append(f.f_code.co_name)
            f = f.f_back
        return names

    print("chain:", a())
    me = sys._getframe()
    print("f_back identity:", sys._getframe(0).f_back is sys._getframe(1))
    print("depth 1 is caller:", (lambda: sys._getframe(1))() is me)


chain()


def caller_view():
    value = 42
    return peek()


def peek():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_locals["value"], f.f_lineno - f.f_code.co_firstlineno


print("caller:", caller_view())

top = sys._getframe()
print("module:", top.f_back, top.f_code.co_name, top.f_locals is globals(), top.f_globals is globals())
print("builtins:", top.f_builtins is __builtins__.__dict__ if hasattr(__builtins__, "__dict__") else top.f_builtins is __builtins__)
print("repr:", masked(repr(top)).replace(__file__, "FILE"))


def repr_in_function():
    return masked(repr(sys._getframe())).replace(__file__, "FILE")


print("repr:", repr_in_function())


def trace_attrs():
    f = sys._getframe()
    print("trace defaults:", f.f_trace, f.f_trace_lines, f.f_trace_opcodes)

    def tracer(*a):
        return None

    f.f_trace = tracer
    print("round trip:", f.f_trace is tracer)
    f.f_trace = None
    f.f_trace_lines = False
    f.f_trace_opcodes = True
    print("flags:", f.f_trace, f.f_trace_lines, f.f_trace_opcodes)


trace_attrs()


def iter_back(f):
    while f is not None:
        yield f
        f = f.f_back


def errors():
    f = sys._getframe()
    print("negative depth is the running frame:", sys._getframe(-5) is f)
    for depth in (10**6, len(list(iter_back(f)))):
        try:
            sys._getframe(depth)
        except ValueError as e:
            print("ValueError:", e)
    try:
        sys._getframe("x")
    except TypeError as e:
        print("TypeError")
    try:
        f.clear()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        f.f_nope
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        f.f_back = None
    except AttributeError as e:
        print("AttributeError")
    try:
        f.f_trace_lines = 1
    except TypeError as e:
        print("TypeError:", e)


errors()
