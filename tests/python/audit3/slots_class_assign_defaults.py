class L1(list): pass
class L2(list):
    def total(self): return sum(self)
x = L1([1, 2])
x.__class__ = L2
print(type(x).__name__, x.total(), x)
try:
    x.__class__ = list
except TypeError as e:
    print("TypeError", e)
try:
    x.__class__ = dict
except TypeError as e:
    print("TypeError", e)
x.attr = 1
print(x.__dict__)
class S1:
    __slots__ = ("a",)
class S2:
    __slots__ = ("a",)
s = S1(); s.a = 5
s.__class__ = S2
print(type(s).__name__, s.a)
class Pt:
    __slots__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
    @property
    def norm(self): return self.x + self.y
    def __getattr__(self, n): return f"ga:{n}"
p = Pt(1, 2)
print(p.norm, p.z)
del p.x
print(p.x)
class SlotsEq:
    __slots__ = ("v",)
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __hash__(self): return hash(self.v)
print({SlotsEq(1), SlotsEq(1)}.__len__(), SlotsEq(2) == SlotsEq(2))
# __slots__ inherited from builtin subclasses
class TS(tuple):
    __slots__ = ()
try:
    TS().x = 1
except AttributeError as e:
    print("AttributeError", e)
class IS(int):
    __slots__ = ()
print(IS(3) + 1, hasattr(IS(3), "__dict__"))
# class-level __slots__ listing reflects in dir
print([n for n in dir(Pt) if n in ("x", "y", "norm")])
# object() has no __dict__
try:
    object().__dict__
except AttributeError as e:
    print("AttributeError", e)
print(hasattr(1, "__dict__"), hasattr(Pt, "__dict__"), hasattr(p, "__dict__"))
# vars() on class and module
import sys
print(type(vars(Pt)).__name__, vars(sys) is sys.__dict__)
# __init_subclass__ is implicit classmethod, can be called directly
class Reg:
    subs = []
    def __init_subclass__(cls): Reg.subs.append(cls.__name__)
class R1(Reg): pass
Reg.__init_subclass__()
print(Reg.subs)
# default object methods available on user instances
class Dflt: pass
d = Dflt()
print(d.__eq__(d), d.__eq__(1), d.__ne__(1), d.__hash__() == hash(d), d.__init__(), d.__str__() == d.__repr__())
try:
    d.__format__("x")
except TypeError as e:
    print("TypeError", e)
print(sorted(n for n in dir(d) if not n.startswith("__")), "__dict__" in dir(d), "__module__" in dir(d))
