import copy
import gc


class P:
    __slots__ = ("x", "y")


class D(P):
    pass


d = D()
d.x = 1
d.w = 2
print(vars(d), d.__dict__, d.x)
d.__dict__["x"] = "shadow"
print(d.x, d.__dict__["x"])
del d.x
print(hasattr(d, "x"), d.__dict__)
d.x = 5
print(d.x, sorted(d.__dict__))


class WithDict:
    __slots__ = ("a", "__dict__")


w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b, vars(w))


# Members are descriptors on the class.
print(repr(P.x), P.x.__name__, P.x.__objclass__ is P, P.x.__qualname__)
p = P()
P.x.__set__(p, 10)
print(P.x.__get__(p, P), P.x.__get__(None, P) is P.x, p.x)
P.y.__set__(p, 11)
P.y.__delete__(p)
print(hasattr(p, "y"))
try:
    P.x.__get__(3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    P.x.__set__("s", 1)
except TypeError as e:
    print(type(e).__name__, e)


# A member copied onto an unrelated class does not apply to its instances.
class Other:
    pass


Other.x = P.x
try:
    Other().x = 1
except TypeError as e:
    print(type(e).__name__, e)


# Unset slot falls back to __getattr__.
class G:
    __slots__ = ("v",)

    def __getattr__(self, name):
        return "fallback " + name


g = G()
print(g.v)
g.v = "set"
print(g.v)


# Inheritance chains: each class adds slots after its base's.
class A:
    __slots__ = ("a",)


class B(A):
    __slots__ = ("b",)


class C(B):
    __slots__ = ("c", "__dict__")


c = C()
c.a, c.b, c.c, c.extra = 1, 2, 3, 4
print(c.a, c.b, c.c, vars(c))
print([A.a.__get__(c), B.b.__get__(c), C.c.__get__(c)])


class E(A):
    pass


class F(E, A):
    __slots__ = ("f",)


f = F()
f.a, f.f = "fa", "ff"
print(f.a, f.f, f.__dict__)

for bases in [(A, type("Q", (), {"__slots__": ("q",)})), (A, list), (A, Exception)]:
    try:
        type("Bad", bases, {})
    except TypeError as e:
        print(type(e).__name__, e)

for base in (int, tuple, bytes):
    try:
        type("Sub", (base,), {"__slots__": ("z",)})
    except TypeError as e:
        print(type(e).__name__, e)
print(type("T", (tuple,), {"__slots__": ()})((1, 2)))


# Builtin subclasses and exceptions take slots too.
class L(list):
    __slots__ = ("tag",)


l = L([1, 2])
l.tag = "t"
print(l, l.tag, hasattr(l, "__dict__"))


class Err(Exception):
    __slots__ = ("code",)


try:
    e = Err("boom")
    e.code = 7
    raise e
except Err as caught:
    print(caught, caught.code, caught.__dict__)


# Private names are mangled per class.
class M:
    __slots__ = ("__p",)

    def __init__(self):
        self.__p = "private"

    def get(self):
        return self.__p


print(M().get(), "_M__p" in M.__dict__)


# Duplicate names and sorted member order, as CPython.
class Dup:
    __slots__ = ("b", "a", "b")


print([k for k in Dup.__dict__ if k in ("a", "b")])
dp = Dup()
dp.b = 1
print(dp.b)


# copy keeps slot values.
class Pt:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


q = copy.copy(Pt(1, [2]))
r = copy.deepcopy(Pt(3, [4]))
print(q.x, q.y, r.x, r.y)


# Cycles through slots are collected, finalizers run.
class Node:
    __slots__ = ("other", "name")

    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


gc.collect()
n1, n2 = Node("n1"), Node("n2")
n1.other, n2.other = n2, n1
del n1, n2
print("collected", gc.collect() >= 2)


class Leaf:
    __slots__ = ("ref",)


leaf = Leaf()
leaf.ref = leaf
del leaf
print("self cycle", gc.collect() >= 1)
class A:
    __slots__ = ("x",)
class B(A):
    def __getattr__(self, n):
        return "ga " + n
class C(A):
    def __setattr__(self, n, v):
        print("setattr", n, v)
        object.__setattr__(self, n, v)
class D(A):
    def __getattribute__(self, n):
        return "gattr " + n
def rd(o):
    try:
        return o.x
    except AttributeError as e:
        return "AE " + str(e)
def wr(o, v):
    o.x = v
objs = [A(), B(), C(), D(), A()]
for _ in range(3):
    for o in objs:
        wr(o, 1)
        print(rd(o))
        del o.x
        print(rd(o))
A.x = property(lambda self: "prop")
print(rd(objs[0]))
