import copy
from collections import OrderedDict, defaultdict, Counter, deque, namedtuple
a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
print(b == a, b is a, b[1] is a[1], c[1] is a[1], c[2]["k"] is a[2]["k"], c == a)
t = (1, 2); print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2]); t3 = copy.deepcopy(t2); print(t3 == t2, t3 is t2, t3[1] is t2[1])
r = [1]; r.append(r); rr = copy.deepcopy(r); print(rr[1] is rr, rr is r)
shared = [0]; s = [shared, shared]; ss = copy.deepcopy(s); print(ss[0] is ss[1], ss[0] is shared)
class P:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return "P(%r, %r)" % (self.x, self.y)
p = P(1, [2]); p2 = copy.copy(p); p3 = copy.deepcopy(p)
print(p2, p3, p2.y is p.y, p3.y is p.y, type(p3) is P)
class S:
    __slots__ = ("a", "b", "__c")
    def __init__(self): self.a = [1]; self.__c = 3
    def c(self): return self.__c
s1 = S(); s2 = copy.copy(s1); s3 = copy.deepcopy(s1)
print(s2.a is s1.a, s3.a is s1.a, s3.a, hasattr(s3, "b"), s3.c())
class C:
    def __init__(self): self.v = [1]
    def __copy__(self): print("__copy__ called"); return "copied"
    def __deepcopy__(self, memo): print("__deepcopy__ called", type(memo).__name__); return "deep"
print(copy.copy(C()), copy.deepcopy(C()))
class G:
    def __init__(self): self.v = 1
    def __getstate__(self): return {"v": self.v * 10}
    def __setstate__(self, st): self.v = st["v"] + 1
print(copy.copy(G()).v, copy.deepcopy(G()).v)
class R:
    def __init__(self, a): self.a = a
    def __reduce__(self): return (R, (self.a + 1,))
print(copy.copy(R(1)).a, copy.deepcopy(R(1)).a)
od = OrderedDict(a=[1], b=2); od2 = copy.deepcopy(od); print(od2, od2["a"] is od["a"], type(od2).__name__)
dd = defaultdict(list, x=[1]); dd2 = copy.deepcopy(dd); print(dd2, dd2["x"] is dd["x"], copy.copy(dd))
print(copy.deepcopy(Counter("aab")), copy.copy(deque([1, 2], 3)), copy.deepcopy(deque([[1]])))
Pt = namedtuple("Pt", "x y"); pt = Pt(1, [2]); print(copy.copy(pt), copy.deepcopy(pt), copy.deepcopy(pt).y is pt.y)
class L(list):
    pass
l = L([1, [2]]); l.attr = 5; l2 = copy.deepcopy(l); print(l2, type(l2).__name__, l2.attr, l2[1] is l[1])
class D(dict): pass
d = D(a=[1]); d2 = copy.copy(d); print(d2, type(d2).__name__, d2["a"] is d["a"])
print(copy.deepcopy({1, 2}), copy.copy(frozenset([1])), copy.deepcopy(b"x"), copy.deepcopy(3.5), copy.deepcopy(None))
e = ValueError("bad", 2); e2 = copy.copy(e); print(repr(e2), e2 is e)
def f(): pass
print(copy.deepcopy(f) is f, copy.copy(int) is int, copy.deepcopy(len) is len)
class M:
    def m(self): return self
mm = M(); bm = copy.deepcopy(mm.m); print(bm() is mm, type(bm()).__name__)
def gen(): yield
try: copy.copy(gen())
except TypeError as e: print(e)
import sys
try: copy.deepcopy(sys)
except TypeError as e: print(e)
memo = {}
x = [1]; y = copy.deepcopy([x, x], memo); print(id(x) in memo, y[0] is y[1])
print(copy.Error, copy.error is copy.Error)
