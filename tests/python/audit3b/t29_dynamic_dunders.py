def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__ + ":", e)
class A: pass
a = A()
t(lambda: a + 1)
A.__add__ = lambda self, o: ("added", o)
t(lambda: a + 1)
A.__radd__ = lambda self, o: ("radded", o)
t(lambda: 1 + a)
del A.__add__
t(lambda: a + 1)
A.__len__ = lambda self: 7
t(lambda: len(a))
t(lambda: bool(a))
A.__bool__ = lambda self: False
t(lambda: bool(a))
A.__getattr__ = lambda self, n: "ga:" + n
t(lambda: a.zzz)
del A.__getattr__
t(lambda: a.zzz)
A.__eq__ = lambda self, o: True
t(lambda: a == 5)
t(lambda: A.__hash__ is None)
t(lambda: hash(a) is not None)
A.__hash__ = None
t(lambda: hash(a))
A.__hash__ = lambda self: 3
t(lambda: hash(a))
A.__call__ = lambda self, *x: ("call", x)
t(lambda: a(1, 2))
A.__iter__ = lambda self: iter([1, 2])
t(lambda: list(a))
A.__getitem__ = lambda self, k: k
t(lambda: a[5])
A.__repr__ = lambda self: "A-repr"
t(lambda: repr(a))
t(lambda: str(a))
A.__str__ = lambda self: "A-str"
t(lambda: str(a))
A.__setattr__ = lambda self, n, v: print("setattr hook", n, v)
a.foo = 1
t(lambda: hasattr(a, "foo"))
del A.__setattr__
a.foo = 2
t(lambda: a.foo)
A.__enter__ = lambda self: "entered"
A.__exit__ = lambda self, *x: None
def w():
    with a as v: return v
t(w)
A.__contains__ = lambda self, x: x == "in"
t(lambda: ("in" in a, "out" in a))
A.__lt__ = lambda self, o: "lt!"
t(lambda: a < 1)
t(lambda: 1 > a)
A.__neg__ = lambda self: "neg"
t(lambda: -a)
A.__index__ = lambda self: 2
t(lambda: [10, 20, 30][a])
A.__format__ = lambda self, s: "fmt:" + s
t(lambda: f"{a:zz}")
# subclass sees the change in parent
class B(A): pass
A.__mul__ = lambda self, o: "mul"
t(lambda: B() * 2)
# overriding in subclass then deleting
B.__mul__ = lambda self, o: "Bmul"
t(lambda: B() * 2)
del B.__mul__
t(lambda: B() * 2)
# builtin subclass dunder assignment
class MyL(list): pass
MyL.__len__ = lambda self: 99
t(lambda: len(MyL([1])))
MyL.__getitem__ = lambda self, i: "item"
t(lambda: MyL([1])[0])
MyL.__iter__ = lambda self: iter("xy")
t(lambda: list(MyL([1])))
# metaclass dunder assigned later
class Meta(type): pass
class C(metaclass=Meta): pass
Meta.__getitem__ = lambda cls, k: ("meta getitem", k)
t(lambda: C[1])
Meta.__len__ = lambda cls: 11
t(lambda: len(C))
Meta.__repr__ = lambda cls: "C-meta-repr"
t(lambda: repr(C))
Meta.__call__ = lambda cls, *a: "meta call"
t(lambda: C())
