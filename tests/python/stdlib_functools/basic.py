import functools
from functools import *
def deco(f):
    @wraps(f)
    def w(*a, **k):
        "wrapper doc"
        return f(*a, **k)
    return w
@deco
def hello(x: int) -> str:
    "hello doc"
    return "hi %s" % x
print(hello.__name__, hello.__doc__, hello.__qualname__, hello.__module__, hello.__annotations__, hello.__wrapped__.__name__, hello(3))
def f(a, b, c=3, *, d=4): return (a, b, c, d)
p = partial(f, 1, d=5)
print(p(2), p(2, c=9), p.func is f, p.args, p.keywords, repr(p).startswith("functools.partial(<function f at "), repr(p).endswith(", 1, d=5)"))
pp = partial(p, 2); print(pp(), pp.args, pp.func is f)
try: partial(1)
except TypeError as e: print(e)
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [], 7))
try: reduce(lambda a, b: a, [])
except TypeError as e: print(e)
calls = []
@lru_cache(maxsize=2)
def sq(n):
    calls.append(n); return n * n
print(sq(2), sq(2), sq(3), sq(4), sq(2), calls, sq.cache_info())
sq.cache_clear(); print(sq.cache_info(), sq.cache_parameters(), sq.__name__, sq.__wrapped__.__name__)
@lru_cache
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(50), fib.cache_info())
@cache
def k(a, b=1): return a + b
print(k(1), k(1, b=1), k(a=1), k.cache_info())
@lru_cache(typed=True)
def t(x): return type(x).__name__
print(t(1), t(1.0), t.cache_info())
try: lru_cache(3.5)
except TypeError as e: print(e)
class C:
    def __init__(self): self.n = 0
    @cached_property
    def val(self):
        "val doc"
        self.n += 1
        return 42
c = C(); print(c.val, c.val, c.n, C.val.__doc__, 'val' in c.__dict__)
del c.val; print(c.val, c.n)
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) < V(2), V(1) > V(2), V(1) <= V(1), V(2) >= V(1), V(1) >= V(2))
@total_ordering
class W:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __ge__(self, o): return self.v >= o.v
print(W(1) < W(2), W(1) > W(2), W(1) <= W(1), W(2) >= W(1))
try: total_ordering(type("X", (), {}))
except ValueError as e: print(e)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
@singledispatch
def show(x): return "obj %r" % (x,)
@show.register(int)
def _(x): return "int %d" % x
@show.register
def _(x: str): return "str " + x
@show.register(list)
@show.register(tuple)
def _(x): return "seq %d" % len(x)
from collections.abc import Mapping
@show.register(Mapping)
def _(x): return "map %d" % len(x)
print(show(1), show(True), show("a"), show([1]), show((1, 2)), show(1.5), show({}), show.dispatch(bool).__name__, len(show.registry))
class P:
    @singledispatchmethod
    def m(self, x): return "base"
    @m.register(int)
    def _(self, x): return "int"
print(P().m(1), P().m("x"))
class Q:
    def method(self, a, b): return (self, a, b)
    pm = partialmethod(method, 1)
q = Q(); print(q.pm(2)[1:])
print(WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES)
def g(): pass
g.extra = 1
def h(): pass
update_wrapper(h, g); print(h.extra, h.__wrapped__ is g)
class Obj: pass
o = Obj()
update_wrapper(o, g, assigned=("__name__", "missing")); print(o.__name__)
