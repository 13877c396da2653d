# RecursionError through calls CPython 3.11 makes through a C-level check before the
# frame: str(x) with a __str__ (PyObject_Str), a call of an instance with a __call__ and
# a call of a Python class (the call of an object without vectorcall). Each level counts
# two against the limit, and which of the two checks reaches it (so the message)
# depends on the depth the recursion starts at. The call sites are warmed up first:
# CPython counts one more level at a `str(x)` it has not specialised yet. Formatting
# (f"{self}", format(self) and "{}".format(self) in a __str__) reaches it through a C
# method's call (object.__format__, int.__format__, str.format itself), each counting a
# level too.
import sys

n = 0
# Levels left before a recursion returns (-1: none); tested without a comparison, which
# CPython may count as a level too.
left = -1


class S:
    def __str__(self):
        global n, left
        n += 1
        left -= 1
        if not left:
            return "s"
        return str(self)


class Pct:
    def __str__(self):
        global n, left
        n += 1
        left -= 1
        if not left:
            return "s"
        return "%s" % (self,)


class C:
    def __call__(self):
        global n, left
        n += 1
        left -= 1
        if not left:
            return 0
        return self()


class CK:
    def __call__(self, k=0):
        global n, left
        n += 1
        left -= 1
        if not left:
            return 0
        return self(k=k)


class CA:
    def __call__(self, *a):
        global n, left
        n += 1
        left -= 1
        if not left:
            return 0
        return self(*a)


class I:
    def __init__(self):
        global n, left
        n += 1
        left -= 1
        if not left:
            return
        I()


class IK:
    def __init__(self, k=0):
        global n, left
        n += 1
        left -= 1
        if not left:
            return
        IK(k=k)


class N:
    def __new__(cls):
        global n, left
        n += 1
        left -= 1
        if not left:
            return object.__new__(cls)
        return N()


class Sub(list):
    def __init__(self):
        global n, left
        n += 1
        left -= 1
        if not left:
            return
        Sub()


class F:
    def __str__(self):
        global n, left
        n += 1
        left -= 1
        if not left:
            return "s"
        return f"{self}"


class G:
    def __str__(self):
        global n, left
        n += 1
        left -= 1
        if not left:
            return "s"
        return format(self)


class H:
    def __str__(self):
        global n, left
        n += 1
        left -= 1
        if not left:
            return "s"
        return "{}".format(self)


class IntSub(int):
    def __str__(self):
        global n, left
        n += 1
        left -= 1
        if not left:
            return "s"
        return f"{self}"


cases = {
    "str": lambda: str(S()),
    "%s": lambda: str(Pct()),
    "__call__": lambda: C()(),
    "__call__ kw": lambda: CK()(k=1),
    "__call__ *a": lambda: CA()(1, 2),
    "__init__": lambda: I(),
    "__init__ kw": lambda: IK(k=1),
    "__new__": lambda: N(),
    "list subclass": lambda: Sub(),
    "f": lambda: str(F()),
    "format": lambda: str(G()),
    "str.format": lambda: str(H()),
    "int sub": lambda: str(IntSub(5)),
}


def run(f):
    global n
    n = 0
    try:
        f()
        return n, "ok"
    except RecursionError as e:
        return n, str(e)


def at(depth, f):
    if depth:
        return at(depth - 1, f)
    return run(f)


# Warm up every call site (CPython specialises a function's instructions after it has
# run a few times).
for name, f in cases.items():
    for _ in range(12):
        left = 3
        assert run(f) == (3, "ok"), name
    left = -1

for name, f in cases.items():
    for d in range(4):
        print(name, d, *at(d, f))


def depth():
    k = 0

    def g():
        nonlocal k
        k += 1
        g()

    try:
        g()
    except RecursionError:
        pass
    return k


# Frames left by an exception, a return and a RecursionError give their levels back.
class Boom:
    def __init__(self):
        raise ValueError("boom")

    def __str__(self):
        raise ValueError("str")

    def __call__(self):
        raise ValueError("call")


class BadStr:
    def __str__(self):
        return 1


for _ in range(3000):
    try:
        Boom()
    except ValueError:
        pass
b = object.__new__(Boom)
for _ in range(3000):
    try:
        str(b)
    except ValueError:
        pass
    try:
        b()
    except ValueError:
        pass
    try:
        str(BadStr())
    except TypeError:
        pass
print("depth", depth())
sys.setrecursionlimit(300)
print("depth at 300", depth())
for name, f in cases.items():
    print(name, "at 300", *at(5, f))
sys.setrecursionlimit(1000)
print("depth again", depth())
