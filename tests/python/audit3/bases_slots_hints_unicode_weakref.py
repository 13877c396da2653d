import weakref
class A:
    __slots__ = ("a",)
class B:
    __slots__ = ("x",)
class C(A):
    __slots__ = ()
c = C()
c.a = 1
try:
    C.__bases__ = (B,)
except TypeError as e:
    print("TypeError:", e)
print(c.a)
class Obj:
    def __getattr__(self, name):
        if name == "foo":
            return 1
        raise AttributeError(name)
try:
    Obj().fo
except AttributeError as e:
    print(e.name, type(e.obj).__name__)
class D:
    pass
d = D()
try:
    del d.nam
except AttributeError as e:
    print(e, e.name, e.obj)
e = UnicodeError("utf-8", "x", 0, 1, "r")
print(str(e), e.encoding if hasattr(e, "encoding") else "-")
class MyU(UnicodeError):
    pass
print(str(MyU("a", "b")))
try:
    print(str(UnicodeDecodeError("u", b"ab", -9223372036854775807 - 1, 9223372036854775807, "r")))
except Exception as ex:
    print(type(ex).__name__)
r = weakref.ref(d, print)
print(r.__callback__ is print)
try:
    r.__callback__ = 5
except AttributeError as ex:
    print("AttributeError")
class Bs(bytes):
    pass
try:
    weakref.ref(Bs(b"x"))
except TypeError as ex:
    print(ex)
class L(list):
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration(9)
def g():
    r = yield from L()
    print("r", r)
list(g())
del r
Obj().fo
