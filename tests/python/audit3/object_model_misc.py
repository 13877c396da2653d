# evaluation order of augmented assignment on subscripts and attributes
class Log:
    def __init__(self): self.d = {"k": 1}
    def __getitem__(self, k): print("  getitem", k); return self.d[k]
    def __setitem__(self, k, v): print("  setitem", k, v); self.d[k] = v
    def __getattr__(self, n): print("  getattr", n); return 10
    def __setattr__(self, n, v): print("  setattr", n, v); object.__setattr__(self, n, v)
class Val:
    def __init__(self, v): self.v = v
    def __iadd__(self, o): print("  iadd", o); return Val(self.v + o)
    def __repr__(self): return f"Val({self.v})"
l = Log()
def key(): print("  key()"); return "k"
l[key()] += 5
l.attr += 1
l.d["v"] = Val(1)
l.d["v"] += 2
print(l.d)
# __contains__ result converted to bool; __len__ result in bool context
class Cont:
    def __contains__(self, x): return x
print(1 in Cont(), 0 in Cont(), [] in Cont(), "s" not in Cont())
class LenBool:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
print(bool(LenBool(0)), bool(LenBool(3)), not LenBool(0), "yes" if LenBool(2) else "no")
class BoolNone:
    __bool__ = None
    def __len__(self): return 1
try:
    bool(BoolNone())
except TypeError as e:
    print("TypeError", e)
# __call__ on instance dict is not used
class NC: pass
nc = NC(); nc.__call__ = lambda: 1
try:
    nc()
except TypeError as e:
    print("TypeError", e)
# __setattr__ on metaclass
class MSet(type):
    def __setattr__(cls, n, v):
        print("  meta setattr", n, v)
        super().__setattr__(n, v)
class GS(metaclass=MSet): pass
GS.x = 1
print(GS.x)
# type() with kwargs flows to __init_subclass__
class Base:
    def __init_subclass__(cls, **kw):
        print("  init_subclass", cls.__name__, kw)
T = type("T", (Base,), {})
T2 = type.__new__(type, "T2", (Base,), {})
class Base2:
    def __init_subclass__(cls, opt):
        cls.opt = opt
class Use(Base2, opt=3): pass
print(Use.opt)
try:
    class Missing(Base2): pass
except TypeError as e:
    print("TypeError", e)
# __class__ cell and __classcell__ with metaclass
class MCell(type):
    def __new__(mcs, name, bases, ns):
        return super().__new__(mcs, name, bases, ns)
class Cell(metaclass=MCell):
    def m(self): return __class__
print(Cell().m() is Cell)
# object.__setattr__ / __getattribute__ direct use and errors
class Plain: pass
p = Plain()
object.__setattr__(p, "a", 1)
print(object.__getattribute__(p, "a"), p.a)
try:
    object.__setattr__(1, "a", 2)
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    object.__getattribute__(p, "zz")
except AttributeError as e:
    print("AttributeError", e)
# staticmethod / classmethod objects callable and attributes
sm = staticmethod(lambda x: x * 2)
cm = classmethod(lambda cls: cls.__name__)
class Holder:
    s = sm
    c = cm
print(Holder.s(3), Holder().s(4), Holder.c(), sm(5), isinstance(sm, staticmethod))
print(Holder.__dict__["c"].__get__(None, int)(), Holder.__dict__["c"].__get__(Holder())())
# bound method of builtin types
bm = [1, 2].append
print(bm.__self__, bm.__name__, type(bm).__name__)
m1 = "abc".upper
print(m1(), m1.__qualname__)
# method re-binding and unbound function call errors
class M:
    def f(self, x): return x
try:
    M.f(1)
except TypeError as e:
    print("TypeError", e)
try:
    M().f()
except TypeError as e:
    print("TypeError", e)
try:
    M().f(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    M().f(1, y=2)
except TypeError as e:
    print("TypeError", e)
# __init__ called again explicitly
class Re:
    def __init__(self, v=0): self.v = v
r = Re(1); r.__init__(5); print(r.v)
# class attribute mutation via instance vs assignment
class Shared:
    items = []
    n = 0
a, b = Shared(), Shared()
a.items.append(1); a.n += 1
print(b.items, b.n, a.n, Shared.n, "n" in vars(a))
# class body namespace things
class Body:
    x = 1
    y = [x * i for i in range(3)] if False else None
    z = x + 1
    del x
print(hasattr(Body, "x"), Body.z)
try:
    class Comp:
        x = 5
        y = [x for _ in range(2)]
except NameError as e:
    print("NameError", e)
