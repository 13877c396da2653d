# RecursionError: its message names the check that reached the limit, and Python frames
# and the native levels of repr, comparisons, and native code calling Python count
# against one limit (CPython 3.11).
import sys


def show(label, f):
    try:
        print(label, f())
    except RecursionError as e:
        print(label, "RecursionError:", e)


def f():
    f()


show("plain", f)


def depth():
    n = 0

    def g():
        nonlocal n
        n += 1
        g()

    try:
        g()
    except RecursionError:
        pass
    return n


print("depth", depth())


def nest(k, make=lambda x: [x]):
    v = []
    for _ in range(k):
        v = make(v)
    return v


def deepest(op):
    # The deepest nesting `op` handles (CPython's limit, found by bisection).
    lo, hi = 1, 3000
    while lo < hi:
        mid = (lo + hi + 1) // 2
        try:
            op(mid)
            lo = mid
        except RecursionError:
            hi = mid - 1
    return lo


print("repr", deepest(lambda k: repr(nest(k))))
print("eq", deepest(lambda k: nest(k) == nest(k)))
print("tuple lt", deepest(lambda k: nest(k, lambda x: (x,)) < nest(k, lambda x: (x, 1))))
print("dict eq", deepest(lambda k: nest(k, lambda x: {1: x}) == nest(k, lambda x: {1: x})))


def in_function():
    return deepest(lambda k: repr(nest(k)))


print("repr in a function", in_function())

deep = nest(5000)
show("repr deep", lambda: repr(deep))
show("str deep", lambda: str(deep))
show("f-string deep", lambda: f"{deep}")
show("format deep", lambda: "%s" % [deep])
show("dict repr deep", lambda: repr(nest(5000, lambda x: {1: x})))
show("tuple repr deep", lambda: repr(nest(5000, lambda x: (x,))))
show("eq deep", lambda: deep == nest(5000))
show("tuple eq deep", lambda: nest(5000, lambda x: (x,)) == nest(5000, lambda x: (x,)))
show("dict eq deep", lambda: nest(5000, lambda x: {1: x}) == nest(5000, lambda x: {1: x}))
# A cycle is no recursion.
cyc = [1]
cyc.append(cyc)
show("repr cycle", lambda: repr(cyc))

n = 0


class R:
    def __repr__(self):
        global n
        n += 1
        return repr(self)


show("repr()", lambda: repr(R()))
print("levels", n)
n = 0


class F:
    def __repr__(self):
        global n
        n += 1
        return f"{self!r}"


show("!r", lambda: repr(F()))
print("levels", n)
n = 0


class E:
    def __eq__(self, o):
        global n
        n += 1
        return self == o


show("==", lambda: E() == E())
print("levels", n)
n = 0


class L:
    def __lt__(self, o):
        global n
        n += 1
        return [self] < [o]


# (Its message is not metal's: which of CPython's checks reaches the limit first.)
try:
    L() < L()
except RecursionError:
    print("[a] < [b] RecursionError")
print("levels", n)
n = 0


class H:
    def __hash__(self):
        global n
        n += 1
        return hash(self)


show("hash()", lambda: hash(H()))
print("levels", n)
n = 0


class GA:
    def __getattr__(self, name):
        global n
        n += 1
        return self.missing


show("__getattr__", lambda: GA().x)
print("levels", n)
n = 0


class P:
    @property
    def p(self):
        global n
        n += 1
        return self.p


show("property", lambda: P().p)
print("levels", n)

# The limit can be raised, and lowered only above the current depth.
sys.setrecursionlimit(2000)
print("depth at 2000", depth())
print("repr at 2000", deepest(lambda k: repr(nest(k))))
show("too low", lambda: sys.setrecursionlimit(3))
sys.setrecursionlimit(1000)
print("depth again", depth())
