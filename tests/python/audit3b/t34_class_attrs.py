def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__ + ":", e)
class Counter:
    count = 0
    items = []
    def __init__(self):
        Counter.count += 1
        self.items.append(self.count)
a, b = Counter(), Counter()
t(lambda: (Counter.count, a.count, a.items is b.items, a.items))
a.count = 100
t(lambda: (a.count, b.count, Counter.count))
del a.count
t(lambda: a.count)
t(lambda: delattr(a, "count"))
class Sub(Counter): pass
Sub.count = 50
t(lambda: (Sub.count, Counter.count, Sub().count))
del Sub.count
t(lambda: Sub.count)
t(lambda: delattr(Sub, "count"))
# class attribute shadowed by instance through setattr/__dict__
class P:
    x = "class"
p = P()
p.__dict__["x"] = "inst"
t(lambda: (p.x, P.x))
# private name mangling in class attributes
class Q:
    __secret = 1
    def get(self): return self.__secret
t(lambda: Q().get())
t(lambda: Q._Q__secret)
t(lambda: Q.__secret)
# attribute access on the class of methods defined by lambdas
class R:
    f = lambda self: "lam"
    g = staticmethod(lambda: "st")
t(lambda: (R().f(), R.g(), R().g()))
# class attribute from outer function closure
def make(v):
    class S:
        val = v
        def get(self): return v
    return S
t(lambda: (make(1).val, make(2)().get()))
# __dict__ of class is mappingproxy, read-only
t(lambda: type(Q.__dict__).__name__)
t(lambda: Q.__dict__["_Q__secret"])
t(lambda: Q.__dict__.get("nope", "dflt"))
t(lambda: "get" in Q.__dict__)
t(lambda: list(Q.__dict__.keys())[:2])
# class attributes with same name as builtins
class T:
    list = [1]
    def m(self): return list
t(lambda: T().m() is list)
# descriptors found via type, not instance dict
class U: pass
u = U()
u.prop = property(lambda s: 1)
t(lambda: type(u.prop).__name__)
u.meth = lambda: "instance lambda"
t(lambda: u.meth())
# setattr on class propagates to existing instances
class V: pass
v = V()
V.newattr = "later"
t(lambda: v.newattr)
# __class__ attribute in class body
class W:
    def f(self): return __class__
t(lambda: W().f() is W)
# class with __eq__ on class-level compare
t(lambda: W == W)
t(lambda: W != V)
t(lambda: hash(W) == hash(W))
t(lambda: sorted([3, 1], key=int))
t(lambda: {W: 1}[W])
