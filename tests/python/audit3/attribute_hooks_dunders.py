# __getattr__ / __getattribute__ / __setattr__ / __delattr__
class GA:
    cls_attr = "c"
    def __init__(self): self.real = 1
    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return "dyn:" + name
g = GA()
print(g.real, g.cls_attr, g.missing, getattr(g, "other"), hasattr(g, "_x"), getattr(g, "_y", "dflt"))
class GAProp:
    @property
    def p(self):
        raise AttributeError("inner")
    def __getattr__(self, name):
        return "fallback:" + name
print(GAProp().p)
class GAB:
    def __getattribute__(self, name):
        print("  getattribute", name)
        if name == "boom":
            raise AttributeError("nope")
        if name == "keyerr":
            raise KeyError("k")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        print("  getattr", name)
        return 0
    def meth(self): return "m"
b = GAB()
print(b.boom)
print(b.meth())
try:
    b.keyerr
except KeyError as e:
    print("KeyError", e)
print(hasattr(b, "boom"))
# implicit special method lookup bypasses __getattribute__
class Bypass:
    def __getattribute__(self, name):
        print("  getattribute", name)
        return object.__getattribute__(self, name)
    def __len__(self): return 3
    def __repr__(self): return "Bypass()"
bp = Bypass()
print(len(bp), repr(bp))
print(bp.__len__())
# __setattr__ / __delattr__
class SA:
    def __setattr__(self, name, value):
        print("  setattr", name, value)
        if name == "ro":
            raise AttributeError(f"{name} is read-only")
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print("  delattr", name)
        object.__delattr__(self, name)
sa = SA()
sa.x = 1
setattr(sa, "y", 2)
try:
    sa.ro = 3
except AttributeError as e:
    print("AttributeError", e)
del sa.x
try:
    del sa.zz
except AttributeError as e:
    print("AttributeError", e)
print(vars(sa))
sa.__dict__["direct"] = 5
print(sa.direct)
# setattr/getattr/delattr builtin error cases
for args in [(sa, 1), (sa, 1, 2)]:
    try:
        getattr(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    setattr(sa, 1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    delattr(object(), "x")
except AttributeError as e:
    print("AttributeError", e)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    del GA().nonexist
except AttributeError as e:
    print("AttributeError", e)
try:
    GA.nonexist
except AttributeError as e:
    print("AttributeError", e)
try:
    del GA.nonexist
except AttributeError as e:
    print("AttributeError", e)
# __class__ read/assign
class A: 
    def who(self): return "A"
class B:
    def who(self): return "B"
a = A()
print(a.__class__.__name__, type(a).__name__)
a.__class__ = B
print(a.who(), type(a).__name__, isinstance(a, B), isinstance(a, A))
for bad in (1, int, "x"):
    try:
        a.__class__ = bad
    except TypeError as e:
        print("TypeError", e)
class Sl:
    __slots__ = ("a",)
class Sl2:
    __slots__ = ("b",)
try:
    (1).__class__ = bool
except TypeError as e:
    print("TypeError", e)
print(A.__class__.__name__, int.__class__.__name__, (lambda: 0).__class__.__name__)
# __dict__ read/assign
class D: 
    cv = 1
d = D()
d.x = 1
print(d.__dict__)
d.__dict__ = {"y": 2}
print(d.y, hasattr(d, "x"), vars(d))
try:
    d.__dict__ = []
except TypeError as e:
    print("TypeError", e)
print(type(D.__dict__).__name__, "cv" in D.__dict__, D.__dict__["cv"])
try:
    D.__dict__["cv"] = 2
except TypeError as e:
    print("TypeError", e)
try:
    vars(1)
except TypeError as e:
    print("TypeError", e)
# __doc__, __module__, __qualname__, __name__
class Doc:
    "class doc"
    def m(self):
        "method doc"
    class Inner:
        def im(self): pass
    def factory(self):
        class Local: pass
        def localf(): pass
        return Local, localf
class NoDoc: pass
print(Doc.__doc__, Doc().__doc__, Doc.m.__doc__, NoDoc.__doc__, NoDoc().__doc__)
print(Doc.__module__, Doc().__module__, Doc.m.__module__)
print(Doc.__qualname__, Doc.Inner.__qualname__, Doc.Inner.im.__qualname__, Doc.m.__qualname__)
L, lf = Doc().factory()
print(L.__qualname__, lf.__qualname__, L.__name__, lf.__name__)
print((lambda: 0).__qualname__, Doc.__name__, Doc.Inner.__name__)
def gen(): yield
print(gen().__name__, gen().__qualname__)
Doc.__qualname__ = "X.Y"
print(Doc.__qualname__, repr(Doc))
Doc.__module__ = "othermod"
print(repr(Doc), repr(Doc.Inner))
try:
    Doc.__qualname__ = 3
except TypeError as e:
    print("TypeError", e)
# default repr format
import re
def norm(s): return re.sub(r"0x[0-9a-fA-F]+", "0xADDR", s)
class R: pass
print(norm(repr(R())), norm(str(R())), norm(object.__repr__(R())), norm(repr(Doc.Inner())))
print(norm(repr(R().__init__)), norm(repr(Doc().m)))
print(norm(repr(object())), repr(R), repr(int), repr(Doc.m)[:20])
print(norm(repr(gen())))
print(norm(repr(lambda: 0)))
