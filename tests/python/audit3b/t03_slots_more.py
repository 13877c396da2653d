def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class A:
    __slots__ = ("x", "y")
a = A()
t(lambda: a.x)
a.x = 1
t(lambda: a.x)
t(lambda: hasattr(a, "__dict__"))
t(lambda: setattr(a, "z", 3))
t(lambda: type(A.x).__name__)
t(lambda: A.__slots__)
del a.x
t(lambda: delattr(a, "x"))
class B(A):
    pass
b = B()
b.z = 5
t(lambda: b.__dict__)
class C(A):
    __slots__ = ("z",)
c = C()
c.x = 1; c.z = 2
t(lambda: (c.x, c.z))
t(lambda: setattr(c, "w", 0))
class D:
    __slots__ = "single"
d = D()
d.single = 9
t(lambda: d.single)
t(lambda: D.__slots__)
class E:
    __slots__ = ["a", "__dict__"]
e = E()
e.a = 1; e.b = 2
t(lambda: e.__dict__)
t(lambda: e.a)
def mk():
    class F:
        __slots__ = ("a",)
        a = 5
    return F
t(mk)
def mk2():
    class G:
        __slots__ = ("a", "a")
    return G
t(mk2)
def mk3():
    class H(int):
        __slots__ = ("a",)
    return H
t(mk3)
def mk4():
    class I:
        __slots__ = (1,)
    return I
t(mk4)
def mk5():
    class J:
        __slots__ = ("__dict__", "__dict__")
    return J
t(mk5)
class K:
    __slots__ = ()
t(lambda: setattr(K(), "q", 1))
class L:
    __slots__ = ("v",)
    def __init__(self, v): self.v = v
    def __repr__(self): return f"L({self.v})"
t(lambda: [L(1), L(2)])
t(lambda: L.v.__name__)
t(lambda: L.v.__objclass__ is L)
